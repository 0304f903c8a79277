#!/usr/bin/env node
// `npm run bundle`: dist/kzp.mjs, kzp in one file that runs with a plain `node kzp.mjs …` on
// Node >= 20.19 with no node_modules (what `kzp init` and `kzp vendor` put into a workspace's
// tools/). Built from the tsc output (dist/, so it is the code the tests run) with esbuild:
// - every dependency inlined; kzp's own lazy `createRequire(import.meta.url)` loads (parse.ts,
//   source.ts, workbook.ts) become plain require calls esbuild resolves, still lazy;
// - templates/ and package.json embedded (src/util/embedded.ts is replaced by the real files);
// - the parse workers run the bundle itself (src/bundle.ts);
// - the licence texts of the bundled packages appended as a comment, as their licences ask.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT = join(DIST, 'kzp.mjs');
const posix = (p) => p.split(sep).join('/');

function files(dir) {
  const out = [];
  const walk = (d) => { for (const n of readdirSync(d).sort()) { const a = join(d, n); if (statSync(a).isDirectory()) walk(a); else out.push(a); } };
  walk(dir);
  return out;
}

if (!existsSync(join(DIST, 'bundle.js'))) { console.error('kzp bundle: dist/bundle.js is missing; run `npm run build` first'); process.exit(2); }

const assets = { 'package.json': readFileSync(join(ROOT, 'package.json'), 'utf8') };
for (const f of files(join(ROOT, 'templates'))) assets[posix(relative(ROOT, f))] = readFileSync(f, 'utf8');
const buildHash = createHash('sha1');
for (const f of files(DIST).filter((f) => f.endsWith('.js'))) buildHash.update(`${posix(relative(DIST, f))}\0`).update(readFileSync(f));
for (const [k, v] of Object.entries(assets)) buildHash.update(`${k}\0${v}\0`);
const embeddedModule = `export const embedded = ${JSON.stringify({ files: assets, build: buildHash.digest('base64') })};\n`;

const LAZY_REQUIRE = /^const require = createRequire\(import\.meta\.url\);$/m;
const kzpPlugin = {
  name: 'kzp',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]util[\\/]embedded\.js$/ }, () => ({ contents: embeddedModule, loader: 'js' }));
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      return LAZY_REQUIRE.test(text) ? { contents: text.replace(LAZY_REQUIRE, ''), loader: 'js', resolveDir: dirname(args.path) } : undefined;
    });
  },
};

const result = await build({
  entryPoints: [join(DIST, 'bundle.js')],
  outfile: OUT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  minify: process.env.KZP_BUNDLE_MINIFY !== '0',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // the CommonJS packages inside require Node's own modules: an ES module has no `require`
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __kzpCreateRequire } from 'node:module';\nconst require = __kzpCreateRequire(import.meta.url);" },
  plugins: [kzpPlugin],
});

// nothing but Node's own modules may be left to load at run time: a workspace's tools/ has no node_modules
const { builtinModules } = await import('node:module');
const loose = Object.values(result.metafile.outputs).flatMap((o) => o.imports).map((i) => i.path)
  .filter((p) => !p.startsWith('node:') && !builtinModules.includes(p));
if (loose.length) { console.error(`kzp bundle: not inlined: ${[...new Set(loose)].join(', ')}`); process.exit(1); }

// the licences of what is inside (MIT, ISC, BSD and Apache ask for their notice to travel with the code)
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(input);
  if (!m || packages.has(m[1])) continue;
  const dir = join(ROOT, m[1]);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const lic = readdirSync(dir).find((n) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(n));
  packages.set(m[1], { name: pkg.name, version: pkg.version, license: pkg.license ?? '', text: lic ? readFileSync(join(dir, lic), 'utf8').trim() : '' });
}
const notices = [...packages.values()].sort((a, b) => (a.name < b.name ? -1 : 1))
  .map((p) => `${p.name}@${p.version} (${p.license})${p.text ? `\n\n${p.text}` : ''}`);
const kzpLicense = readFileSync(join(ROOT, 'LICENSE'), 'utf8').trim();
const body = `kzp ${JSON.parse(assets['package.json']).version}\n\n${kzpLicense}\n\nThis file contains these packages, under their licences:\n\n${notices.join('\n\n----\n\n')}`;
writeFileSync(OUT, `${readFileSync(OUT, 'utf8')}\n/*! ${body.replace(/\*\//g, '* /')}\n*/\n`, { mode: 0o755 });
const size = statSync(OUT).size;
console.error(`kzp bundle: ${posix(relative(ROOT, OUT))}, ${(size / 1e6).toFixed(1)} MB, ${packages.size} packages inlined`);
