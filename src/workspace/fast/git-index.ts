// What git's index knows of the workspace's files: for each tracked file, its blob id and the
// stamp git saw when it last hashed it (`git ls-files -s --debug`, one process). A file whose
// stamp is still the one in the index has the bytes of that blob, as far as `git status` trusts
// it; the parse cache then finds the file's row by the blob id without reading the file (a fresh
// checkout in CI with a restored cache: every stamp is new, every blob id is known).
//
// Taken only where the blob is the file's bytes: no filter, ident or working-tree-encoding in
// any attributes file git would read (line-ending conversion is caught by the size: see
// noConversion), and an entry that is not racy (modified at or after the index was written:
// git's own rule) and carries no assume-unchanged, skip-worktree or intent-to-add flag.
// Anything unexpected — no git, not a repository, an output this code does not know — gives
// nothing, and the files are read and hashed instead: it only costs time.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { FileStamp } from './stamp.js';

/** A tracked file as the index has it: its blob id and the stamp git recorded with it. */
export interface IndexEntry { id: string; size: number; mtimeMs: number; ctimeMs: number; ino: number }

const git = (root: string, args: string[]): string =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } });

/**
 * The index's entries of the files under `root` (paths relative to it, as the listing has
 * them), or null where git's blobs cannot stand for the files' bytes. `dirs`: the folders the
 * records are in, relative to root (each may hold a .gitattributes).
 */
export function readGitIndex(root: string, dirs: Iterable<string>): Map<string, IndexEntry> | null {
  const listing = gitIndexListing(root, dirs);
  return listing && parseIndexDebug(listing.out, listing.indexMtimeMs);
}

/** What git says of its index, as parseIndexDebug reads it: taken on one thread, read on another (stamp-pool.ts). */
export interface IndexListing { out: string; indexMtimeMs: number }

/** The index as `git ls-files -s --debug` prints it, or null where git's blobs cannot stand for the files' bytes. */
export function gitIndexListing(root: string, dirs: Iterable<string>): IndexListing | null {
  try {
    if (process.env.GIT_ATTR_SOURCE) return null;
    const [top, indexPath, infoAttributes] = git(root, ['rev-parse', '--show-toplevel', '--git-path', 'index', '--git-path', 'info/attributes']).split('\n');
    if (!top || !indexPath || !infoAttributes) return null;
    if (!noConversion(root, top, infoAttributes, dirs)) return null;
    const indexMtimeMs = statSync(isAbsolute(indexPath) ? indexPath : join(root, indexPath)).mtimeMs;
    return { out: git(root, ['ls-files', '-s', '--debug', '-z']), indexMtimeMs };
  } catch {
    return null;
  }
}

/**
 * Whether git could give a file bytes of its blob's size that are not its blob: a filter driver
 * (a clean/smudge command, Git LFS), ident or working-tree-encoding in any attributes file git
 * reads, or attributes read from a tree. Line-ending conversion (core.autocrlf, text, eol) only
 * ever removes CRs from a work-tree file to make its blob, so a file of its blob's size (the
 * parse cache checks the size with the id) is its blob; `kzp init` writes `*.yaml text eol=lf`.
 */
function noConversion(root: string, top: string, infoAttributes: string, dirs: Iterable<string>): boolean {
  let config = '';
  try { config = git(root, ['config', '-z', '--get-regexp', '^(core\\.attributesfile|attr\\.tree)$']); } catch { /* exit 1: neither is set */ }
  const xdg = process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  const files = [isAbsolute(infoAttributes) ? infoAttributes : join(root, infoAttributes), join(xdg, 'git', 'attributes'), '/etc/gitattributes'];
  for (const item of config.split('\0')) {
    if (!item) continue;
    const [name, value = ''] = item.split('\n');
    if (name !== 'core.attributesfile') return false;
    files.push(value.startsWith('~/') ? join(homedir(), value.slice(2)) : isAbsolute(value) ? value : join(top, value));
  }
  // every folder that holds records, the folders between them and the workspace, and every
  // folder from the workspace up to the repository's top
  const folders = new Set<string>();
  for (const d of dirs) for (let f = d; f !== '.' && f !== '' && !folders.has(f); f = dirname(f)) folders.add(f);
  for (const f of folders) files.push(join(root, f, '.gitattributes'));
  const topAbs = resolve(top);
  for (let d = resolve(root); ; d = dirname(d)) {
    files.push(join(d, '.gitattributes'));
    if (d === topAbs || dirname(d) === d) break;
  }
  for (const f of files) {
    let text: string;
    try {
      if (statSync(f).size > 1 << 20) return false;
      text = readFileSync(f, 'latin1');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') continue;
      return false;
    }
    // a word anywhere (a pattern, a macro, a comment) is enough to give up: only time is lost
    if (/filter|ident|encoding/i.test(text)) return false;
  }
  return true;
}

// one entry of `git ls-files -s --debug -z`: mode, blob id, stage, path, then its stat data
const ENTRY = /(\d{6}) ([0-9a-f]{40}) (\d)\t([^\0]*)\0 {2}ctime: (\d+):(\d+)\n {2}mtime: (\d+):(\d+)\n {2}dev: \d+\tino: (\d+)\n {2}uid: \d+\tgid: \d+\n {2}size: (\d+)\tflags: ([0-9a-f]+)\n/y;
// CE_VALID (assume-unchanged), CE_INTENT_TO_ADD, CE_SKIP_WORKTREE
const UNTRUSTED_FLAGS = 0x8000 | (1 << 29) | (1 << 30);

/** The entries of that output; null if any part of it is not understood. */
export function parseIndexDebug(out: string, indexMtimeMs: number): Map<string, IndexEntry> | null {
  const entries = new Map<string, IndexEntry>();
  ENTRY.lastIndex = 0;
  while (ENTRY.lastIndex < out.length) {
    const m = ENTRY.exec(out);
    if (!m) return null;
    const [, mode, id, stage, path, cs, cns, ms, mns, ino, size, flags] = m;
    if ((mode !== '100644' && mode !== '100755') || stage !== '0' || (parseInt(flags, 16) & UNTRUSTED_FLAGS) !== 0) continue;
    // the same arithmetic as Node's Stats (seconds × 1e3 + nanoseconds / 1e6): equal stamps are equal numbers
    const mtimeMs = Number(ms) * 1e3 + Number(mns) / 1e6;
    // racy: changed in the clock tick the index was written in, or after (git's rule)
    if (mtimeMs >= indexMtimeMs - 1) continue;
    entries.set(path, { id, size: Number(size), mtimeMs, ctimeMs: Number(cs) * 1e3 + Number(cns) / 1e6, ino: Number(ino) });
  }
  return entries;
}

/** Whether a file's stamp is the one the index has (the index keeps 32 bits of the size and inode). */
export function sameAsIndex(s: FileStamp, e: IndexEntry): boolean {
  return e.size === s.size % 2 ** 32 && e.mtimeMs === s.mtimeMs && e.ctimeMs === s.ctimeMs && e.ino === s.ino % 2 ** 32;
}
