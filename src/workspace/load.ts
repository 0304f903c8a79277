// Find the workspace, list its record files, decode and parse each one.
//
// Fast by default (issue 7, docs/performance.md): every clean file is parsed by the fast parser
// (parse.ts parseFast), on all cores when the files are many (worker-pool.ts), or taken from the
// parse cache when unchanged (cache.ts); the position-keeping parse runs only for a file that
// something asks positions of (a diagnostic), and for every file that is not clean, which then
// goes through the careful path below exactly as before.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { t, type Lang } from '../i18n/index.js';
import { CACHE_MIN_FILES, ParseCache } from './cache.js';
import { decode } from './decode.js';
import type { Diagnostic } from './diagnostic.js';
import { parseFast, parseYaml, type Parsed } from './parse.js';
import { SourceFile, type CheckFn, type Checked } from './source.js';
import { checkText } from './textcheck.js';
import { startFast, type FastRun } from './worker-pool.js';
import { MAX_FILE_BYTES, type FileStamp } from './worker-task.js';

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
    // command, and on 120k files a split and two spreads per file are most of its time (issue 7).
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
  // `from` read them (a write checks the workspace before and after its change: one read, issue 7)
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
 * A file that parsed clean on the fast path: its YAML document and line counter (for positions)
 * are parsed on first use, and its text, for a file read from disk, is read again on first use
 * (most files never need it, and 120k files' texts are a few hundred MB of heap). Same values,
 * same positions as an eagerly parsed SourceFile (parse-differential.test.ts). A file changed on
 * disk while kzp runs may show the new text in an excerpt: the values are those first read.
 */
export class LazySourceFile extends SourceFile {
  declare private lazy: { text?: string | (() => string); parsed?: Parsed; doc?: Document; lineCounter?: LineCounter; own?: boolean };
  constructor(path: string, text: string | (() => string), data: unknown, checked?: Checked) {
    super(path, '');
    // The base class's fields are own data properties, which the prototype's accessors below could
    // not shadow. Deleting them newest first keeps the object in V8's fast mode (each is the last
    // property added), and 120k files then cost a small object each, not a dictionary and closures.
    const self = this as unknown as Record<string, unknown>;
    for (const k of ['_lines', 'lineCounter', 'doc', 'data', 'text']) delete self[k];
    this.data = data;
    this.lazy = { text };
    if (checked) this.checked = checked;
  }
}
const parsedOf = (f: LazySourceFile): Parsed => {
  const z = (f as unknown as { lazy: { parsed?: Parsed } }).lazy;
  return (z.parsed ??= parseYaml(f.text));
};
Object.defineProperties(LazySourceFile.prototype, {
  text: {
    configurable: true,
    get(this: LazySourceFile) {
      const z = (this as unknown as { lazy: { text: string | (() => string) } }).lazy;
      return typeof z.text === 'function' ? (z.text = z.text()) : z.text;
    },
  },
  doc: {
    configurable: true,
    get(this: LazySourceFile) { const z = (this as unknown as { lazy: { own?: boolean; doc?: Document } }).lazy; return z.own ? z.doc : parsedOf(this).doc; },
    set(this: LazySourceFile, v: Document | undefined) { const z = (this as unknown as { lazy: { own?: boolean; doc?: Document; lineCounter?: LineCounter } }).lazy; if (!z.own) z.lineCounter = parsedOf(this).lineCounter; z.own = true; z.doc = v; },
  },
  lineCounter: {
    configurable: true,
    get(this: LazySourceFile) { const z = (this as unknown as { lazy: { own?: boolean; lineCounter?: LineCounter } }).lazy; return z.own ? z.lineCounter : parsedOf(this).lineCounter; },
    set(this: LazySourceFile, v: LineCounter | undefined) { const z = (this as unknown as { lazy: { own?: boolean; doc?: Document; lineCounter?: LineCounter } }).lazy; if (!z.own) z.doc = parsedOf(this).doc; z.own = true; z.lineCounter = v; },
  },
});

/**
 * The fast path of a read, begun: the parse cache consulted, and the parse of the files it did
 * not know started on the other cores (worker-pool.ts startFast). readWorkspace finishes it.
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
 * validate command, on a verdict miss: zod, the model and the rules; issue 7).
 */
export function beginRead(root: string, listed: Listed[], stamps?: Map<string, FileStamp>): ReadStart {
  const seen = new Map<string, FileStamp>();
  return { listed, seen, finish: beginFast(root, listed, stamps, seen) };
}

/**
 * Read every regular, listed file on the fast path: begun here, finished by the function it
 * returns. The files that are not plainly clean are left out (the careful path reads them).
 */
function beginFast(root: string, listed: Listed[], stamps: Map<string, FileStamp> | undefined, seen: Map<string, FileStamp>): (check?: CheckFn) => Map<string, SourceFile> {
  const out = new Map<string, SourceFile>();
  const todo = listed.filter((l) => l.kind !== null && !l.yml && l.plain === true);
  if (todo.length === 0) return () => out;
  const useCache = todo.length >= CACHE_MIN_FILES && process.env.KZP_CACHE !== '0';
  const cache = useCache ? ParseCache.open(root) : null;
  const misses: Listed[] = [];
  // for a miss whose stamp changed, the hash the cache has: the parse (on any core) compares the
  // bytes first, and the same bytes (a checkout, a copy, a racy row) spare the parse
  const expect = new Map<string, string>();
  if (cache && cache.size) {
    for (const l of todo) {
      // stamps taken by the caller (verdict.ts, before anything was read) spare a second stat
      let stamp = stamps?.get(l.rel);
      if (!stamp) {
        let st;
        try { st = statSync(l.abs); } catch { misses.push(l); continue; }
        stamp = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
      }
      const hit = cache.byStamp(l.rel, stamp);
      if (!hit) {
        const h = cache.hashOf(l.rel);
        if (h) expect.set(l.rel, h);
        misses.push(l);
        continue;
      }
      seen.set(l.rel, stamp);
      cache.keep(l.rel, hit);
      out.set(l.rel, new LazySourceFile(l.rel, diskText(l.abs), hit.data, hit.checked));
    }
  } else for (const l of todo) misses.push(l); // not push(...todo): 125k arguments overflow the stack
  // each result is made into a file, and its cache row written, as it comes: nothing holds the
  // values' JSON past its row (issue 7, L memory)
  const files = misses.map((l) => { const h = expect.get(l.rel); return h ? { abs: l.abs, rel: l.rel, expect: h } : { abs: l.abs, rel: l.rel }; });
  const run = startFast({ files, withHash: cache !== null, racyAfter: cache?.racyAfter });
  return (check) => endFast(run, misses, todo, out, seen, cache, check);
}

function endFast(run: FastRun, misses: Listed[], todo: Listed[], out: Map<string, SourceFile>, seen: Map<string, FileStamp>, cache: ParseCache | null, check?: CheckFn): Map<string, SourceFile> {
  run.finish((i, r) => {
    if (!r) return;
    const l = misses[i];
    const stamp = { size: r.size, mtimeMs: r.mtimeMs, ctimeMs: r.ctimeMs, ino: r.ino };
    seen.set(l.rel, stamp);
    if (r.same) {
      // unparsed, as the cache has it (were it gone, the careful path would read the file)
      const hit = cache?.byHash(l.rel, r.hash!);
      if (hit) {
        cache!.keep(l.rel, { ...stamp, hash: hit.hash, data: hit.data, checked: hit.checked });
        out.set(l.rel, new LazySourceFile(l.rel, diskText(l.abs), hit.data, hit.checked));
      }
      return;
    }
    out.set(l.rel, new LazySourceFile(l.rel, diskText(l.abs), r.data));
    if (cache && r.row) cache.add(r.row);
  });
  // The schema check of every record the cache does not know the outcome of, here, after the
  // parse, on the main thread (in one tight loop it costs a third less than beside the parse on
  // the workers), and its outcome kept: a run with a warm cache runs no Zod (issue 7).
  // Without a cache the model checks, as for every file that is not clean.
  if (cache && check) {
    for (const l of todo) {
      const f = out.get(l.rel);
      if (!f || f.checked) continue;
      const c = check(l.rel, l.kind!, f.data);
      if (!c) continue;
      const same = sameJson(f.data, c.value);
      f.checked = { kind: c.kind, value: same ? f.data : c.value };
      cache.addCheck(l.rel, c.kind, same ? undefined : c.value);
    }
  }
  cache?.save();
  return out;
}

/** Whether two values have the same JSON (same keys in the same order), without making it. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], y[i])) return false;
    return true;
  }
  // JSON leaves out a key whose value is undefined
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  const kx = Object.keys(x).filter((k) => x[k] !== undefined), ky = Object.keys(y).filter((k) => y[k] !== undefined);
  if (kx.length !== ky.length) return false;
  for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i] || !sameJson(x[kx[i]], y[ky[i]])) return false;
  return true;
}

/**
 * The record files of a workspace on disk, by workspace-relative path, as the renderers of
 * diagnostics use them (`get` for an excerpt, `keys`): each is read and decoded only when asked
 * for. For a run printed again from the verdict cache (verdict.ts), which read no file.
 */
export class DiskFiles extends Map<string, SourceFile> {
  private readonly base: string;
  constructor(root: string, rels: Iterable<string>) {
    super();
    this.base = root;
    for (const r of rels) super.set(r, undefined as unknown as SourceFile);
  }
  override get(rel: string): SourceFile | undefined {
    if (!super.has(rel)) return undefined;
    let f = super.get(rel);
    if (!f) { f = new LazySourceFile(rel, diskText(join(this.base, rel)), undefined); super.set(rel, f); }
    return f;
  }
  override *values(): MapIterator<SourceFile> { for (const k of super.keys()) yield this.get(k)!; }
  override *entries(): MapIterator<[string, SourceFile]> { for (const k of super.keys()) yield [k, this.get(k)!]; }
  override [Symbol.iterator](): MapIterator<[string, SourceFile]> { return this.entries(); }
  override forEach(fn: (v: SourceFile, k: string, m: Map<string, SourceFile>) => void, self?: unknown): void { for (const [k, v] of this.entries()) fn.call(self, v, k, this); }
}

/** A file's text read again on demand; a function of its own, so that the closure holds the path only. */
function diskText(abs: string): () => string {
  return () => textOf(() => readFileSync(abs));
}

function textOf(bytes: Uint8Array | (() => Uint8Array)): string {
  try {
    const d = decode(typeof bytes === 'function' ? bytes() : bytes);
    return d.ok ? d.text : '';
  } catch {
    return ''; // gone since it was listed: an excerpt is all that is lost
  }
}

function safeReal(p: string): string | null {
  try { return realpathSync(p); } catch { return null; }
}

export function relPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}
