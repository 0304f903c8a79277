// Putting the site in place as a whole: every file is written into a new hidden folder beside
// the target (named like atomic-file's temporary files), which is then renamed into place. A
// reader or a web server sees the old site or the new one, never a mixture; a failure (a full
// disk) leaves the old site as it was and removes the new folder. A folder that is in the way and
// is not a site kzp wrote (no marker file) is never replaced.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeFolders, streamFileAtomic, tempNameFor } from '../util/index.js';
import { asWriteFailed } from '../util/index.js';
import type { SiteFile } from './build.js';

/** The file that marks a folder as a site kzp wrote (and so may replace). */
export const MARKER = '.kzp-site';

export type TargetState = 'absent' | 'empty' | 'site' | 'foreign' | 'not-a-folder';

export function targetState(target: string): TargetState {
  if (!existsSync(target)) return 'absent';
  if (!statSync(target).isDirectory()) return 'not-a-folder';
  const names = readdirSync(target);
  if (!names.length) return 'empty';
  return names.includes(MARKER) ? 'site' : 'foreign';
}

/** Write `files` as the folder `target` (which must be absent, empty or a site kzp wrote). Throws WriteFailed. */
export async function writeSite(target: string, files: SiteFile[]): Promise<void> {
  makeFolders(dirname(target), target);
  const tmp = tempNameFor(target);
  try {
    mkdirSync(tmp);
    // the folder is hidden and not yet in place: its files need no rename of their own
    writeFileSync(join(tmp, MARKER), 'kzp site\n');
    const made = new Set<string>();
    for (const f of files) {
      const abs = join(tmp, f.path);
      const dir = dirname(abs);
      if (!made.has(dir)) { mkdirSync(dir, { recursive: true }); made.add(dir); }
      if ('content' in f) writeFileSync(abs, f.content);
      else await streamFileAtomic(abs, f.produce, { finish: f.finish });
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw asWriteFailed(e, target);
  }
  let old: string | null = null;
  try {
    if (existsSync(target)) { old = tempNameFor(target); renameSync(target, old); }
    renameSync(tmp, target);
  } catch (e) {
    if (old && !existsSync(target)) { try { renameSync(old, target); old = null; } catch { /* the old site stays at its hidden name */ } }
    rmSync(tmp, { recursive: true, force: true });
    throw asWriteFailed(e, target);
  }
  if (old) rmSync(old, { recursive: true, force: true });
}
