// Validate a change in the context of the whole workspace before it touches the disk, then
// write it atomically (temp file in the same folder, fsync, rename, fsync the folder): a
// reader — an editor, CI, a colleague's `git pull` — never sees half a record.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Lang } from '../i18n/index.js';
import { loadModel, type Loaded } from '../model/load.js';
import { validateLoaded } from '../cli/validate-core.js';
import { classify, listRecordFiles, type Diagnostic, type Listed } from '../workspace/index.js';

export interface Checked {
  loaded: Loaded;
  /** diagnostics that the change brings: those of the changed files, and new ones elsewhere */
  diagnostics: Diagnostic[];
  errors: Diagnostic[];
}

/** The workspace as it would be with `changes` (workspace-relative path → text) applied. */
export function loadWith(root: string, lang: Lang, changes: Record<string, string>): Loaded {
  const listed: Listed[] = listRecordFiles(root);
  for (const rel of Object.keys(changes)) {
    if (!listed.some((l) => l.rel === rel)) listed.push({ ...classify(rel), abs: join(root, rel) });
  }
  const enc = new TextEncoder();
  return loadModel(root, {
    lang, list: listed,
    read: (rel) => {
      if (rel in changes) return enc.encode(changes[rel]);
      try { return readFileSync(join(root, rel)); } catch { return null; }
    },
  });
}

const keyOf = (d: Diagnostic) => `${d.file}\u0000${d.rule}\u0000${d.message}`;

/** Validate the workspace with the change; report what the change brings. */
export function checkChange(root: string, lang: Lang, changes: Record<string, string>): Checked {
  const before = new Set(validateLoaded(loadWith(root, lang, {}), lang).map(keyOf));
  const loaded = loadWith(root, lang, changes);
  const all = validateLoaded(loaded, lang);
  const diagnostics = all.filter((d) => d.file in changes || !before.has(keyOf(d)));
  return { loaded, diagnostics, errors: diagnostics.filter((d) => d.severity === 'error') };
}

/** temp + fsync + rename (+ fsync of the folder); keeps the mode of a file it replaces. */
export function writeAtomic(abs: string, text: string): void {
  const dir = dirname(abs);
  mkdirSync(dir, { recursive: true });
  let mode = 0o644;
  if (existsSync(abs)) { try { mode = statSync(abs).mode & 0o777; } catch { /* keep the default */ } }
  const tmp = join(dir, `.${abs.slice(dir.length + 1)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, abs);
  } catch (e) {
    if (fd !== undefined) { try { closeSync(fd); } catch { /* already failing */ } }
    try { unlinkSync(tmp); } catch { /* nothing to clean */ }
    throw e;
  }
  try {
    const dfd = openSync(dir, 'r');
    try { fsyncSync(dfd); } finally { closeSync(dfd); }
  } catch { /* some file systems cannot fsync a folder; the rename is still atomic */ }
}
