// The read of a workspace: its listed files, decoded and parsed, with the diagnostics of the
// read. Fast by default (docs/performance.md): every clean file is taken by the fast path (fast/:
// the parse cache, the fast parser on every core); the position-keeping parse runs only for a
// file that something asks positions of (a diagnostic), and for every file that is not clean,
// which goes through the careful read (careful.ts).
import type { Lang } from '../i18n/index.js';
import { errorsInto, loadText, readOnDisk, safeReal } from './careful.js';
import type { Diagnostic } from './diagnostic.js';
import { beginFast, type FileStamp } from './fast/index.js';
import { listRecordFiles, type Listed, type RecordKind } from './listing.js';
import type { CheckFn, SourceFile } from './source.js';

export interface LoadedFile { file: SourceFile; kind: RecordKind }

export interface Workspace {
  root: string;
  files: LoadedFile[];
  byPath: Map<string, SourceFile>;
  /** diagnostics of reading and parsing (encoding, text, YAML) */
  diagnostics: Diagnostic[];
  /** read from disk: each read file's stamp, taken before its bytes were read (the verdict's key) */
  stamps?: Map<string, FileStamp>;
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
  const err = errorsInto(diagnostics, lang);
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
    const bytes = opts.read ? opts.read(l.rel) : changes && changed(l.rel) ? new TextEncoder().encode(changes[l.rel]) : readOnDisk(l, realRoot, stamps ?? new Map(), err);
    if (!bytes) continue;
    const loaded = loadText(l.rel, bytes, lang, diagnostics);
    if (!loaded) continue;
    files.push({ file: loaded, kind: l.kind });
    byPath.set(l.rel, loaded);
  }
  return { root, files, byPath, diagnostics, stamps };
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

