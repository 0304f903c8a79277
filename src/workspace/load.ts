// Find the workspace, list its record files, decode and parse each one.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { t, type Lang } from '../i18n/index.js';
import { decode } from './decode.js';
import type { Diagnostic } from './diagnostic.js';
import { parseYaml } from './parse.js';
import { SourceFile } from './source.js';
import { checkText } from './textcheck.js';

export type RecordKind = 'config' | 'unit' | 'project' | 'list' | 'ledger' | 'review';

export interface WorkspaceFile extends SourceFile { }
export interface LoadedFile { file: SourceFile; kind: RecordKind }

export interface Workspace {
  root: string;
  files: LoadedFile[];
  byPath: Map<string, SourceFile>;
  /** diagnostics of reading and parsing (encoding, text, YAML) */
  diagnostics: Diagnostic[];
}

export const CONFIG_FILE = 'kzp.yaml';
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

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

export interface Listed { rel: string; abs: string; kind: RecordKind | null; folder: string; expected: string; yml: boolean }

/** Every YAML file under the record folders, with the kind its place gives it (null = misplaced). */
export function listRecordFiles(root: string): Listed[] {
  const out: Listed[] = [{ rel: CONFIG_FILE, abs: join(root, CONFIG_FILE), kind: 'config', folder: '', expected: CONFIG_FILE, yml: false }];
  for (const [folder, spec] of Object.entries(FOLDERS)) {
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    walk(base, folder, 0);
    function walk(abs: string, rel: string, depth: number) {
      let entries: string[];
      try { entries = readdirSync(abs).sort(); } catch { return; }
      for (const name of entries) {
        if (name.startsWith('.')) continue;
        const a = join(abs, name), r = `${rel}/${name}`;
        let st;
        try { st = statSync(a); } catch { st = null; }
        if (st?.isDirectory()) { if (depth < 4) walk(a, r, depth + 1); continue; }
        if (!/\.ya?ml$/i.test(name)) continue;
        out.push({ ...classify(r), abs: a });
      }
    }
  }
  return out;
}

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

export function readWorkspace(root: string, lang: Lang, opts: { read?: (rel: string) => Uint8Array | null; list?: Listed[] } = {}): Workspace {
  const files: LoadedFile[] = [];
  const byPath = new Map<string, SourceFile>();
  const diagnostics: Diagnostic[] = [];
  const realRoot = safeReal(root);
  const listed = opts.list ?? listRecordFiles(root);
  const err = (file: string, line: number, column: number, key: string, params: Record<string, unknown>, rule = 'YAML', hint = true, endColumn?: number) => {
    diagnostics.push({ file, line, column, endColumn, severity: 'error', rule, message: t(key, params, lang), hint: hint ? t(`${key}.hint`, params, lang) : undefined });
  };
  for (const l of listed) {
    if (l.kind === null) {
      err(l.rel, 1, 1, 'ws.misplaced', { expected: l.expected, folder: l.folder }, 'SCHEMA');
      continue;
    }
    if (l.yml) { err(l.rel, 1, 1, 'ws.yml', { name: l.rel.replace(/\.ya?ml$/i, '.yaml') }, 'SCHEMA'); continue; }
    let bytes: Uint8Array | null;
    if (opts.read) bytes = opts.read(l.rel);
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
        if (st.size > MAX_FILE_BYTES) {
          err(l.rel, 1, 1, 'ws.tooLarge', { size: (st.size / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 });
          continue;
        }
        bytes = readFileSync(l.abs);
      } catch (e) {
        if (l.kind === 'config') continue; // reported by findRoot's caller
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
  return { root, files, byPath, diagnostics };
}

/** Decode, check and parse one file; diagnostics are appended. Returns the file even when it failed to parse (for excerpts). */
export function loadText(rel: string, bytes: Uint8Array, lang: Lang, diagnostics: Diagnostic[]): SourceFile | null {
  const push = (line: number, column: number, key: string, params: Record<string, unknown>, hint: boolean, endColumn?: number) =>
    diagnostics.push({ file: rel, line, column, endColumn, severity: 'error', rule: 'YAML', message: t(key, params, lang), hint: hint ? t(`${key}.hint`, params, lang) : undefined });
  const dec = decode(bytes);
  if (!dec.ok) {
    if (dec.encoding === 'binary') push(dec.line, dec.column, 'ws.binary', {}, true);
    else push(dec.line, dec.column, 'ws.encoding', { encoding: dec.encoding === 'GB18030' ? 'GBK/GB18030' : dec.encoding, preview: dec.preview, iconv: dec.encoding === 'GB18030' ? 'GB18030' : dec.encoding }, true);
    return null;
  }
  const file = new SourceFile(rel, dec.text);
  const textFaults = checkText(dec.text);
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
    const known = ['DUPLICATE_KEY', 'ALIAS', 'TOO_DEEP', 'EMPTY', 'MULTI_DOC'].includes(f.code);
    push(f.line, f.column, known ? `yaml.${f.code}` : 'yaml.generic', { detail: f.detail }, f.code !== 'TOO_DEEP', f.endColumn);
  }
  if (parsed.faults.length === 0 && textFaults.length === 0) file.data = parsed.data;
  return file;
}

function safeReal(p: string): string | null {
  try { return realpathSync(p); } catch { return null; }
}

export function relPath(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/');
}
