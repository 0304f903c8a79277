// The read of a workspace: its listed files, decoded and parsed, with the diagnostics of the
// read. Three ways in, one for each kind of caller:
// - a disk read (readDisk, or beginRead … finish): the fast path (fast/: parse cache, every
//   core) for every plainly clean regular file, the careful read (careful.ts) for the rest;
// - a read of given sources (readSources): files by path from memory — `--at` (git blobs) and
//   tests — every one the careful way, no cache;
// - a read with changes (readWithChanges): a workspace already read, with some files replaced
//   or added by texts, the way a write checks its change before it touches the disk.
import { join } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { errorsInto, loadText, readOnDisk, safeReal, type ErrorAt } from './careful.js';
import type { Diagnostic } from './diagnostic.js';
import { beginFast, type FileStamp } from './fast/index.js';
import { classify, listRecordFiles, type Listed, type RecordKind } from './listing.js';
import type { CheckFn, SourceFile } from './source.js';

export interface LoadedFile { file: SourceFile; kind: RecordKind }

export interface Workspace {
  root: string;
  files: LoadedFile[];
  byPath: Map<string, SourceFile>;
  /** diagnostics of reading and parsing (encoding, text, YAML) */
  diagnostics: Diagnostic[];
  /** a disk read: each read file's stamp, taken before its bytes were read (the verdict's key) */
  stamps?: Map<string, FileStamp>;
}

/** A disk read begun: the parse workers work from here on; `finish` completes the read, once. */
export interface DiskRead {
  readonly listed: Listed[];
  /** `check`: the schema check of a clean record, whose outcome the parse cache keeps (the read knows no schema) */
  finish(lang: Lang, check?: CheckFn): Workspace;
}

/**
 * Begin the read of the workspace on disk now and finish it later: the workers boot and parse
 * while the caller loads the modules it needs after the read (`kzp validate`: zod, the model and
 * the rules). `stamps`, taken by the caller before anything was read, spare a stat per file.
 */
export function beginRead(root: string, listed: Listed[] = listRecordFiles(root), stamps?: Map<string, FileStamp>): DiskRead {
  const seen = new Map<string, FileStamp>();
  const fast = beginFast(root, listed, stamps, seen);
  return {
    listed,
    finish(lang, check) {
      const realRoot = safeReal(root);
      return collect(root, lang, listed, fast(check), [], (l, err) => readOnDisk(l, realRoot, seen, err), seen);
    },
  };
}

/** The workspace on disk, read now. */
export function readDisk(root: string, lang: Lang, check?: CheckFn): Workspace {
  return beginRead(root).finish(lang, check);
}

/** A workspace of given sources (`--at`, tests): `read` gives a listed file's bytes, or null when it has none. */
export function readSources(root: string, lang: Lang, listed: Listed[], read: (rel: string) => Uint8Array | null): Workspace {
  return collect(root, lang, listed, new Map(), [], (l) => read(l.rel));
}

/**
 * The workspace `from` (read before) with `changes` (workspace-relative path → text) applied:
 * the changed files are read from their texts; every other file, and its diagnostics, is taken
 * as `from` has it.
 */
export function readWithChanges(from: Workspace, changes: Record<string, string>, lang: Lang): Workspace {
  const listed = listRecordFiles(from.root);
  for (const rel of Object.keys(changes)) {
    if (!listed.some((l) => l.rel === rel)) listed.push({ ...classify(rel), abs: join(from.root, rel) });
  }
  const changed = (rel: string) => Object.hasOwn(changes, rel);
  const kept = { files: new Map(from.files.map((f) => [f.file.path, f])), changed };
  const diagnostics = from.diagnostics.filter((d) => !changed(d.file));
  return collect(from.root, lang, listed, new Map(), diagnostics, (l) => new TextEncoder().encode(changes[l.rel]), undefined, kept);
}

/**
 * The workspace of a listing: each placed record taken from `fast` (the fast path's files), or
 * from `kept` (unchanged files of an earlier read), or read by `bytesOf` (null: nothing to read,
 * its diagnostic given) the careful way.
 */
function collect(
  root: string, lang: Lang, listed: Listed[], fast: Map<string, SourceFile>, diagnostics: Diagnostic[],
  bytesOf: (l: Listed, err: ErrorAt) => Uint8Array | null,
  stamps?: Map<string, FileStamp>, kept?: { files: Map<string, LoadedFile>; changed: (rel: string) => boolean },
): Workspace {
  const files: LoadedFile[] = [];
  const byPath = new Map<string, SourceFile>();
  const err = errorsInto(diagnostics, lang);
  for (const l of listed) {
    if (kept && !kept.changed(l.rel)) {
      const f = kept.files.get(l.rel);
      if (f) { files.push(f); byPath.set(l.rel, f.file); }
      continue;
    }
    if (l.kind === null) { err(l.rel, 1, 1, !l.meant ? 'ws.misplaced' : l.folder.toLowerCase() === l.meant ? 'ws.unknownFolderCase' : 'ws.unknownFolder', { expected: l.expected, folder: l.folder, meant: l.meant }, 'SCHEMA'); continue; }
    if (l.yml) { err(l.rel, 1, 1, 'ws.yml', { name: l.rel.replace(/\.ya?ml$/i, '.yaml') }, 'SCHEMA'); continue; }
    const quick = fast.get(l.rel);
    if (quick) { files.push({ file: quick, kind: l.kind }); byPath.set(l.rel, quick); continue; }
    const bytes = bytesOf(l, err);
    if (!bytes) continue;
    const loaded = loadText(l.rel, bytes, lang, diagnostics);
    if (!loaded) continue;
    files.push({ file: loaded, kind: l.kind });
    byPath.set(l.rel, loaded);
  }
  return { root, files, byPath, diagnostics, stamps };
}
