// The files kzp ships beside its code (package.json, templates/): read from the package folder,
// or, in the single-file build (dist/kzp.mjs, scripts/bundle.mjs), from the copies embedded in it.
// Nothing else may locate a package file through import.meta.url: in the bundle that URL is the
// bundle's own, wherever a workspace's tools/ folder put it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedded } from './embedded.js';

/** The package folder (where package.json is); in the bundle, the folder of kzp.mjs. */
const PACKAGE_DIR = fileURLToPath(new URL(embedded ? '.' : '../../', import.meta.url));

/** True in the single-file build. */
export const bundled = embedded !== null;

/** What identifies this build of the code that reads and checks records, in the bundle (its build hash); null in the package. */
export const bundleBuild: string | null = embedded?.build ?? null;

/** Where a package file is shown to be (for messages): in the package its real path, in the bundle a name beside kzp.mjs. */
export function assetPath(rel: string): string { return join(PACKAGE_DIR, rel); }

/** The text of a package file (`templates/records/unit.yaml`); throws like readFileSync when there is none. */
export function readAsset(rel: string): string {
  if (!embedded) return readFileSync(join(PACKAGE_DIR, rel), 'utf8');
  const text = embedded.files[rel];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file, kzp's ${rel}`), { code: 'ENOENT' });
  return text;
}

export function assetExists(rel: string): boolean {
  return embedded ? Object.hasOwn(embedded.files, rel) : existsSync(join(PACKAGE_DIR, rel));
}

/** Every file below a package folder (`templates/workspace`), as paths relative to it with `/`, sorted. */
export function listAssets(dir: string): string[] {
  const prefix = dir.replace(/\/$/, '') + '/';
  if (embedded) return Object.keys(embedded.files).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)).sort();
  const out: string[] = [];
  const base = join(PACKAGE_DIR, dir);
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(base, abs).split('\\').join('/'));
    }
  };
  walk(base);
  return out.sort();
}

/**
 * The single-file build that `kzp init` and `kzp vendor` copy into a workspace's tools/: this
 * very file when kzp runs from it, else the package's dist/kzp.mjs (`npm run bundle`); null when
 * there is none.
 */
export function bundleFile(): string | null {
  if (embedded) return fileURLToPath(import.meta.url);
  const p = join(PACKAGE_DIR, 'dist', 'kzp.mjs');
  return existsSync(p) ? p : null;
}
