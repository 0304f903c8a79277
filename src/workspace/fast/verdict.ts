// The verdict cache, `.kzp/cache/validate.json`: what `kzp validate` found, printed again.
//
// `kzp validate` run twice on the same files gives the same diagnostics: nothing it checks depends
// on the clock, git or anything outside the listed record files (RULES.md, docs/performance.md).
// So the second run needs no read, parse, schema or rule at all: it lists the files, stats them,
// and when every stamp (path, size, mtime, ctime, inode) and the kzp build are those of the last
// run, it prints that run's diagnostics again. One changed byte changes the file's mtime and
// ctime, and everything is checked again (with the parse cache sparing the unchanged files).
//
// When it is not used or not written, so that a stale verdict is never printed:
// - a listed file is not a regular file (a symlink's target can change behind the link's stamp);
// - a file was modified within RACY_MS before the stamps were taken: a filesystem clock ticks
//   coarsely (1–10 ms on Linux, 2 s on FAT), and a second write within the same tick would keep
//   the stamp. Such a run is checked in full and not cached (git's "racy clean" rule);
// - another kzp build (the version, Node and every file of dist/ by size and mtime), another
//   language of the messages, KZP_CACHE=0, or fewer than CACHE_MIN_FILES files.
// Signed and written atomically like the parse cache (signed.ts); safe to delete at any time.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleBuild } from '../../util/index.js';
import type { Diagnostic } from '../diagnostic.js';
import type { Listed } from '../listing.js';
import { CONFIG_FILE } from '../root.js';
import { CACHE_DIR, CACHE_MIN_FILES, readSigned, writeSigned } from './signed.js';
import { RACY_MS, stampOf, type FileStamp } from './stamp.js';

const VERDICT_FILE = 'validate.json';
const FORMAT = 1;
/** How much of the key's text is hashed at a time (characters). */
const KEY_CHUNK = 16_384;

/** What `kzp validate` needs to print a run again. */
export interface Verdict {
  diagnostics: Diagnostic[];
  /** record files of the listing that were not read into the workspace (unreadable, not UTF-8) */
  unread: string[];
  configReadable: boolean;
}

export interface Stamped {
  /** every listed file's stamp, taken before anything was read */
  byRel: Map<string, FileStamp>;
  /** the key of this listing, these stamps, this build and this language */
  key: string;
  /** a file changed too recently for its stamp to be trusted: do not write a verdict */
  racy: boolean;
}

let buildMemo: string | undefined;
/** This kzp build: version, Node, and every file of dist/ by path, size and mtime (a rebuild is another build). */
function buildPrint(): string {
  if (buildMemo) return buildMemo;
  const h = createHash('sha1').update(`verdict ${FORMAT}\0${process.versions.node}\0`);
  // the single-file build: its build hash (beside kzp.mjs is a workspace, not dist/)
  if (bundleBuild) return (buildMemo = h.update(bundleBuild).digest('base64'));
  const dist = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\/]+$/, '');
  try { h.update(statSync(join(dist, '..', 'package.json')).mtimeMs.toString()); } catch { h.update('no package.json'); }
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try { entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)); } catch { return; }
    for (const e of entries) {
      const p = dir + sep + e.name;
      if (e.isDirectory()) { walk(p); continue; }
      try { const st = statSync(p); h.update(`${p}\0${st.size}\0${st.mtimeMs}\n`); } catch { h.update(`${p}\0gone\n`); }
    }
  };
  walk(dist);
  return (buildMemo = h.digest('base64'));
}

/**
 * Stamp every listed file, before any is read (the check of a warm run). Null when the verdict
 * cache does not apply: too few files, KZP_CACHE=0, or a listed path that is not a regular file.
 */
export function stampListing(listed: Listed[], lang: string, now = Date.now()): Stamped | null {
  return keyOf(listed, lang, now, new Map(), (l) => {
    const st = lstatSync(l.abs, { throwIfNoEntry: false });
    return st?.isFile() ? stampOf(st) : null;
  });
}

/**
 * The same key from the stamps a full read took (each before its file's bytes were read), so that
 * a first run stats nothing twice; `since` is when that run began. Files the read did not take
 * (misplaced ones, whose content does not matter) are stamped now.
 */
export function stampsOfRead(listed: Listed[], read: Map<string, FileStamp>, lang: string, since: number): Stamped | null {
  // the read's own map is the stamps (nothing to copy on 120k files); the few files it did not take are added to it
  return keyOf(listed, lang, since, read, (l) => {
    if (l.plain !== true) {
      // kzp.yaml is listed without a file type; every other path must have been a regular file
      const st = l.rel === CONFIG_FILE ? lstatSync(l.abs, { throwIfNoEntry: false }) : undefined;
      if (!st?.isFile()) return null;
    }
    const s = read.get(l.rel);
    if (s) return s;
    const st = lstatSync(l.abs, { throwIfNoEntry: false });
    return st?.isFile() ? stampOf(st) : null;
  });
}

function keyOf(listed: Listed[], lang: string, now: number, byRel: Map<string, FileStamp>, stampFor: (l: Listed) => FileStamp | null): Stamped | null {
  if (listed.length < CACHE_MIN_FILES || process.env.KZP_CACHE === '0') return null;
  // the hash of the lines joined by newlines, fed a few kilobytes at a time: the joined text of
  // 120k lines would be made at the end of a run, when the heap is fullest (docs/performance.md)
  const h = createHash('sha1');
  let text = `${buildPrint()}\n${lang}`;
  let racy = false;
  for (const l of listed) {
    let s: FileStamp | null;
    try { s = stampFor(l); } catch { return null; }
    if (!s) return null;
    if (s.mtimeMs > now - RACY_MS) racy = true;
    byRel.set(l.rel, s);
    text += `\n${l.rel}\0${s.size}\0${s.mtimeMs}\0${s.ctimeMs}\0${s.ino}`;
    if (text.length > KEY_CHUNK) { h.update(text); text = ''; }
  }
  return { byRel, key: h.update(text).digest('base64'), racy };
}

/** Whether a verdict was kept at all (a first run need not stamp the files before reading them). */
export function hasVerdict(root: string): boolean {
  return existsSync(join(root, CACHE_DIR, VERDICT_FILE));
}

/** The verdict of the last run, if it was of exactly these stamps. */
export function readVerdict(root: string, stamped: Stamped): Verdict | null {
  const body = readSigned(join(root, CACHE_DIR, VERDICT_FILE));
  if (body === null) return null;
  try {
    const raw = JSON.parse(body) as { key?: unknown } & Partial<Verdict>;
    if (raw.key !== stamped.key || !Array.isArray(raw.diagnostics) || !Array.isArray(raw.unread) || typeof raw.configReadable !== 'boolean') return null;
    return { diagnostics: raw.diagnostics, unread: raw.unread, configReadable: raw.configReadable };
  } catch {
    return null;
  }
}

/** Keep this run's verdict for the next one (not when a stamp is racy). Never throws. */
export function saveVerdict(root: string, stamped: Stamped, v: Verdict): void {
  if (stamped.racy) return;
  writeSigned(join(root, CACHE_DIR, VERDICT_FILE), JSON.stringify({ key: stamped.key, ...v }));
}
