// Find the workspace, list its record files, decode and parse each one.
//
// Fast by default (docs/performance.md): every clean file is taken by the fast path (fast/:
// the parse cache, the fast parser on every core); the position-keeping parse runs only for a
// file that something asks positions of (a diagnostic), and for every file that is not clean,
// which goes through the careful path below.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { t, type Lang } from '../i18n/index.js';
import { decode } from './decode.js';
import type { Diagnostic } from './diagnostic.js';
import { beginFast, LazySourceFile, type FileStamp } from './fast/index.js';
import { MAX_FILE_BYTES } from './limits.js';
import { parseFast, parseYaml } from './parse.js';
import { SourceFile, type CheckFn } from './source.js';
import { checkText } from './textcheck.js';

export { MAX_FILE_BYTES };

export type RecordKind = 'config' | 'unit' | 'project' | 'list' | 'ledger' | 'review';

export interface WorkspaceFile extends SourceFile { }
export interface LoadedFile { file: SourceFile; kind: RecordKind }

export interface Workspace {
  root: string;
  files: LoadedFile[];
  byPath: Map<string, SourceFile>;
  /** diagnostics of reading and parsing (encoding, text, YAML) */
  diagnostics: Diagnostic[];
  /** read from disk: each read file's stamp, taken before its bytes were read (verdict.ts) */
  stamps?: Map<string, FileStamp>;
}

export const CONFIG_FILE = 'kzp.yaml';

export class WorkspaceNotFound extends Error {
  constructor(readonly from: string) { super(`no kzp.yaml found from ${from}`); }
}

/** Walk up from `start` to the folder holding kzp.yaml (like git), or take `-C DIR` as given. */
export function findRoot(start: string, explicit = false): string {
  let dir = resolve(start);
  if (explicit) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    throw new WorkspaceNotFound(dir);
  }
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new WorkspaceNotFound(resolve(start));
    dir = up;
  }
}

const FOLDERS: Record<string, { kind: RecordKind; sub?: RegExp; expected: string }> = {
  units: { kind: 'unit', expected: 'units/<单位id>.yaml' },
  projects: { kind: 'project', expected: 'projects/<项目id>.yaml' },
  lists: { kind: 'list', expected: 'lists/<清单id>.yaml' },
  ledgers: { kind: 'ledger', sub: /^\d{4}-\d{2}$/, expected: 'ledgers/<YYYY-MM>/<项目id>.yaml' },
  reviews: { kind: 'review', sub: /^\d{4}$/, expected: 'reviews/<YYYY>/<id>.yaml' },
};

export interface Listed {
  rel: string; abs: string; kind: RecordKind | null; folder: string; expected: string; yml: boolean;
  /** true when the listing saw a regular file (not a symlink): it may take the fast path */
  plain?: boolean;
}

/** Every YAML file under the record folders, with the kind its place gives it (null = misplaced). */
export function listRecordFiles(root: string): Listed[] {
  const out: Listed[] = [{ rel: CONFIG_FILE, abs: join(root, CONFIG_FILE), kind: 'config', folder: '', expected: CONFIG_FILE, yml: false }];
  for (const [folder, spec] of Object.entries(FOLDERS)) {
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    walk(base, folder, 0, !spec.sub);
    // The same kinds as classify() gives, decided on the way down (a record sits at depth 0 of a
    // flat folder, or at depth 1 in a subfolder named by `sub`): this listing runs on every
    // command, and on 120k files a split and two spreads per file would be most of its time.
    function walk(abs: string, rel: string, depth: number, here: boolean) {
      let entries: import('node:fs').Dirent[];
      try { entries = readdirSync(abs, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0)); } catch { return; }
      for (const e of entries) {
        const name = e.name;
        if (name.charCodeAt(0) === 46 /* . */) continue;
        const a = abs + sep + name, r = rel + '/' + name;
        // the entry's type comes with the listing; only a symlink or an unknown type needs a stat
        let dir = e.isDirectory();
        const file = !dir && e.isFile();
        if (!dir && !file) { try { dir = statSync(a).isDirectory(); } catch { dir = false; } }
        if (dir) { if (depth < 4) walk(a, r, depth + 1, depth === 0 && !!spec.sub && spec.sub.test(name)); continue; }
        if (!YAML_NAME.test(name)) continue;
        out.push({ rel: r, kind: here ? spec.kind : null, folder, expected: spec.expected, yml: !name.endsWith('.yaml'), abs: a, plain: file });
      }
    }
  }
  return out;
}
const YAML_NAME = /\.ya?ml$/i;

/** The kind a workspace-relative path gives a YAML file (null kind = misplaced in a record folder). */
export function classify(rel: string): Omit<Listed, 'abs'> {
  if (rel === CONFIG_FILE) return { rel, kind: 'config', folder: '', expected: CONFIG_FILE, yml: false };
  const parts = rel.split('/');
  const spec = FOLDERS[parts[0]];
  if (!spec) return { rel, kind: null, folder: parts[0], expected: '', yml: false };
  const ok = spec.sub ? parts.length === 3 && spec.sub.test(parts[1]) : parts.length === 2;
  const name = parts[parts.length - 1];
  return { rel, kind: ok ? spec.kind : null, folder: parts[0], expected: spec.expected, yml: !/\.yaml$/.test(name) };
}

/** For tests and `--at`: the listing of an in-memory set of files. */
export function listPaths(paths: string[]): Listed[] {
  return paths.filter((p) => p === CONFIG_FILE || /\.ya?ml$/i.test(p)).filter((p) => p === CONFIG_FILE || p.split('/')[0] in FOLDERS)
    .sort((a, b) => (a === CONFIG_FILE ? -1 : b === CONFIG_FILE ? 1 : a < b ? -1 : a > b ? 1 : 0)).map((p) => ({ ...classify(p), abs: p }));
}

export interface ReadOptions {
  /** read a file's bytes by workspace-relative path (in-memory workspaces, `--at`) */
  read?: (rel: string) => Uint8Array | null;
  list?: Listed[];
  /** stamps of the listed files taken before reading (verdict.ts) */
  stamps?: Map<string, FileStamp>;
  /** texts that replace files on disk, or add files: a change checked before it is written */
  changes?: Record<string, string>;
  /** with `changes`: the workspace as already read, whose other files (and their diagnostics) are taken as they are */
  from?: Workspace;
  /** the schema check of a clean record, whose outcome the parse cache keeps (model/load.ts; the read knows no schema) */
  check?: CheckFn;
  /** the read of `list` begun earlier (beginRead); not with `read` or `changes` */
  begun?: ReadStart;
}

export function readWorkspace(root: string, lang: Lang, opts: ReadOptions = {}): Workspace {
  const files: LoadedFile[] = [];
  const byPath = new Map<string, SourceFile>();
  const realRoot = safeReal(root);
  const listed = opts.list ?? opts.begun?.listed ?? listRecordFiles(root);
  // a file given in `changes` is read from there, the careful way; the others as usual, or as
  // `from` read them (a write checks the workspace before and after its change: one read)
  const changes = opts.changes;
  const changed = (rel: string) => !!changes && Object.hasOwn(changes, rel);
  const base = changes && opts.from ? new Map(opts.from.files.map((f) => [f.file.path, f])) : null;
  const diagnostics: Diagnostic[] = base ? opts.from!.diagnostics.filter((d) => !changed(d.file)) : [];
  // the fast path: regular files of a real listing, all read and parsed up front (cache, cores)
  const begun = opts.begun && !opts.read && !changes && (opts.list === undefined || opts.list === opts.begun.listed) ? opts.begun : undefined;
  const stamps = opts.read || changes ? undefined : begun ? begun.seen : new Map<string, FileStamp>();
  const fast = opts.read || base ? new Map<string, SourceFile>() : begun ? begun.finish(opts.check)
    : beginFast(root, changes ? listed.filter((l) => !changed(l.rel)) : listed, opts.stamps, stamps ?? new Map())(opts.check);
  const err = (file: string, line: number, column: number, key: string, params: Record<string, unknown>, rule = 'YAML', hint = true, endColumn?: number) => {
    diagnostics.push({ file, line, column, endColumn, severity: 'error', rule, message: t(key, params, lang), hint: hint ? t(`${key}.hint`, params, lang) : undefined });
  };
  for (const l of listed) {
    if (base && !changed(l.rel)) {
      const f = base.get(l.rel);
      if (f) { files.push(f); byPath.set(l.rel, f.file); }
      continue;
    }
    if (l.kind === null) {
      err(l.rel, 1, 1, 'ws.misplaced', { expected: l.expected, folder: l.folder }, 'SCHEMA');
      continue;
    }
    if (l.yml) { err(l.rel, 1, 1, 'ws.yml', { name: l.rel.replace(/\.ya?ml$/i, '.yaml') }, 'SCHEMA'); continue; }
    const quick = fast.get(l.rel);
    if (quick) { files.push({ file: quick, kind: l.kind }); byPath.set(l.rel, quick); continue; }
    let bytes: Uint8Array | null;
    if (opts.read) bytes = opts.read(l.rel);
    else if (changes && changed(l.rel)) bytes = new TextEncoder().encode(changes[l.rel]);
    else {
      try {
        const ls = lstatSync(l.abs);
        if (ls.isSymbolicLink()) {
          const target = safeReal(l.abs);
          if (!target || !(target === realRoot || target.startsWith(realRoot + sep))) {
            err(l.rel, 1, 1, 'ws.symlink', { target: target ?? '?' });
            continue;
          }
        }
        const st = statSync(l.abs);
        stamps?.set(l.rel, { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino });
        if (!st.isFile()) {
          // a FIFO, socket or device would block or never end; a folder named *.yaml is no record
          err(l.rel, 1, 1, 'ws.notRegular', { kind: st.isDirectory() ? 'folder' : st.isFIFO() ? 'FIFO' : 'special' }, l.kind === 'config' ? 'YAML' : 'YAML');
          continue;
        }
        if (st.size > MAX_FILE_BYTES) {
          err(l.rel, 1, 1, 'ws.tooLarge', { size: (st.size / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 });
          continue;
        }
        bytes = readFileSync(l.abs);
      } catch (e) {
        err(l.rel, 1, 1, 'ws.unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) }, 'YAML', false);
        continue;
      }
    }
    if (!bytes) continue;
    if (bytes.length > MAX_FILE_BYTES) {
      err(l.rel, 1, 1, 'ws.tooLarge', { size: (bytes.length / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 });
      continue;
    }
    const loaded = loadText(l.rel, bytes, lang, diagnostics);
    if (!loaded) continue;
    files.push({ file: loaded, kind: l.kind });
    byPath.set(l.rel, loaded);
  }
  return { root, files, byPath, diagnostics, stamps };
}

/** Decode, check and parse one file; diagnostics are appended. Returns the file even when it failed to parse (for excerpts). */
export function loadText(rel: string, bytes: Uint8Array, lang: Lang, diagnostics: Diagnostic[]): SourceFile | null {
  const push = (line: number, column: number, key: string, params: Record<string, unknown>, hint: boolean, endColumn?: number) =>
    diagnostics.push({ file: rel, line, column, endColumn, severity: 'error', rule: 'YAML', message: t(key, params, lang), hint: hint ? t(`${key}.hint`, params, lang) : undefined });
  const dec = decode(bytes);
  if (!dec.ok) {
    if (dec.encoding === 'binary') push(dec.line, dec.column, 'ws.binary', {}, true);
    else if (dec.mixed) push(dec.line, dec.column, 'ws.encodingMixed', { line: dec.line, encoding: dec.encoding === 'GB18030' ? 'GBK/GB18030' : dec.encoding, preview: dec.preview }, true);
    else push(dec.line, dec.column, 'ws.encoding', { encoding: dec.encoding === 'GB18030' ? 'GBK/GB18030' : dec.encoding, preview: dec.preview, iconv: dec.encoding === 'GB18030' ? 'GB18030' : dec.encoding }, true);
    return null;
  }
  const textFaults = checkText(dec.text);
  if (textFaults.length === 0) {
    const data = parseFast(dec.text);
    if (data !== null) return new LazySourceFile(rel, dec.text, data);
  }
  const file = new SourceFile(rel, dec.text);
  for (const f of textFaults) {
    const key = f.code === 'conflict' ? 'ws.conflict' : f.code === 'fullwidth-colon' ? 'ws.fullwidthColon' : f.code === 'fullwidth-space' ? 'ws.fullwidthSpace' : 'ws.tabIndent';
    push(f.line, f.column, key, { marker: f.text.slice(0, 7) }, true, f.column + f.length);
  }
  if (textFaults.some((f) => f.code === 'conflict')) return file;
  const parsed = parseYaml(dec.text);
  file.doc = parsed.doc;
  file.lineCounter = parsed.lineCounter;
  const seen = new Set(textFaults.map((f) => f.line));
  for (const f of parsed.faults) {
    if (seen.has(f.line) && f.code !== 'DUPLICATE_KEY') continue; // already explained by a text check
    const known = ['DUPLICATE_KEY', 'ALIAS', 'TAG', 'TOO_DEEP', 'EMPTY', 'MULTI_DOC'].includes(f.code);
    push(f.line, f.column, known ? `yaml.${f.code}` : 'yaml.generic', { detail: f.detail }, f.code !== 'TOO_DEEP', f.endColumn);
  }
  if (parsed.faults.length === 0 && textFaults.length === 0) file.data = parsed.data;
  return file;
}

/**
 * The fast path of a read, begun: the parse cache consulted, and the parse of the files it did
 * not know started on the other cores (fast/begin.ts). readWorkspace finishes it.
 */
export interface ReadStart {
  readonly listed: Listed[];
  /** the stamp of every file read (the workspace's `stamps`) */
  readonly seen: Map<string, FileStamp>;
  readonly finish: (check?: CheckFn) => Map<string, SourceFile>;
}

/**
 * Begin the read of a listing on disk now, and let readWorkspace finish it (opts.begun): the
 * workers boot and parse while the caller loads the modules it needs after the read (the
 * validate command, on a verdict miss: zod, the model and the rules).
 */
export function beginRead(root: string, listed: Listed[], stamps?: Map<string, FileStamp>): ReadStart {
  const seen = new Map<string, FileStamp>();
  return { listed, seen, finish: beginFast(root, listed, stamps, seen) };
}

function safeReal(p: string): string | null {
  try { return realpathSync(p); } catch { return null; }
}

export function relPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}
