// The careful read of one file: every check, and a diagnostic with file, line and column for
// whatever is wrong. Files that the fast path (fast/) did not take plainly come here: a file
// with a fault, a symlink, anything that is not a regular file, a file given as text.
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { t, type Lang } from '../i18n/index.js';
import { decode } from './decode.js';
import type { Diagnostic } from './diagnostic.js';
import { LazySourceFile, type FileStamp } from './fast/index.js';
import { MAX_FILE_BYTES } from './limits.js';
import type { Listed } from './listing.js';
import { parseFast, parseYaml } from './parse.js';
import { SourceFile } from './source.js';
import { checkText } from './textcheck.js';

/** A read-level error at file:line:column, with the hint of its catalog key unless `hint` is false. */
export type ErrorAt = (file: string, line: number, column: number, key: string, params: Record<string, unknown>, rule?: string, hint?: boolean) => void;

export function errorsInto(diagnostics: Diagnostic[], lang: Lang): ErrorAt {
  return (file, line, column, key, params, rule = 'YAML', hint = true) => {
    diagnostics.push({ file, line, column, endColumn: undefined, severity: 'error', rule, message: t(key, params, lang), hint: hint ? t(`${key}.hint`, params, lang) : undefined });
  };
}

/**
 * The bytes of a listed file on disk, or null with the reason as a diagnostic: a symlink that
 * leads out of the workspace (`realRoot`), a FIFO, socket, device or folder (each would block or
 * never end), a file over MAX_FILE_BYTES, an unreadable one. Its stamp goes into `stamps`,
 * taken before its bytes are read.
 */
export function readOnDisk(l: Listed, realRoot: string | null, stamps: Map<string, FileStamp>, err: ErrorAt): Uint8Array | null {
  try {
    const ls = lstatSync(l.abs);
    if (ls.isSymbolicLink()) {
      const target = safeReal(l.abs);
      if (!target || !realRoot || !(target === realRoot || target.startsWith(realRoot + sep))) {
        err(l.rel, 1, 1, 'ws.symlink', { target: target ?? '?' });
        return null;
      }
    }
    const st = statSync(l.abs);
    stamps.set(l.rel, { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino });
    if (!st.isFile()) {
      err(l.rel, 1, 1, 'ws.notRegular', { kind: st.isDirectory() ? 'folder' : st.isFIFO() ? 'FIFO' : 'special' });
      return null;
    }
    if (st.size > MAX_FILE_BYTES) {
      err(l.rel, 1, 1, 'ws.tooLarge', { size: (st.size / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 });
      return null;
    }
    return readFileSync(l.abs);
  } catch (e) {
    err(l.rel, 1, 1, 'ws.unreadable', { reason: (e as NodeJS.ErrnoException).code ?? String(e) }, 'YAML', false);
    return null;
  }
}

export function safeReal(p: string): string | null {
  try { return realpathSync(p); } catch { return null; }
}

/** Decode, check and parse one file; diagnostics are appended. Returns the file even when it failed to parse (for excerpts). */
export function loadText(rel: string, bytes: Uint8Array, lang: Lang, diagnostics: Diagnostic[]): SourceFile | null {
  const push = (line: number, column: number, key: string, params: Record<string, unknown>, hint: boolean, endColumn?: number) =>
    diagnostics.push({ file: rel, line, column, endColumn, severity: 'error', rule: 'YAML', message: t(key, params, lang), hint: hint ? t(`${key}.hint`, params, lang) : undefined });
  if (bytes.length > MAX_FILE_BYTES) {
    const params = { size: (bytes.length / 1048576).toFixed(1), max: MAX_FILE_BYTES / 1048576 };
    push(1, 1, 'ws.tooLarge', params, true);
    return null;
  }
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
