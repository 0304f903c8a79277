// Text a record must not carry, in any string value, whatever its field: what makes a document
// invalid or a terminal act. The writers drop or show the same characters
// (src/render/safe-text.ts), as a second line; here `kzp validate` refuses them, so the file is
// fixed where it was written. Pure: the schema checker words and places the diagnostics.
//
// - C0 controls other than tab, LF and CR, DEL and the C1 controls: XML 1.0 cannot carry the
//   C0 ones (one \x01 in a project name makes a .docx that Word refuses to open), and U+009B is
//   a CSI to many terminals. An ESC (U+001B) starts a terminal sequence: reported as one.
// - U+FFFE, U+FFFF and lone surrogates: not characters; UTF-8 cannot encode a lone surrogate.
// - Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
//   reorder what a reader sees. An error in names and titles (what bulletins, workbooks and the
//   terminal show as a project's, unit's or problem's name); a warning in other text (a note).
export type TextFaultKind = 'control' | 'escape' | 'bidi' | 'noncharacter' | 'surrogate';

export interface ValueFault {
  path: (string | number)[];
  kind: TextFaultKind;
  /** the offending character (or the whole ESC sequence), as it is in the value */
  seq: string;
  /** its index in the value (UTF-16 units) */
  index: number;
  severity: 'error' | 'warning';
}

// a quick test first: nearly every string has none of these
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/;
// an ESC sequence whole (CSI, OSC/DCS/APC/PM/SOS string, or ESC and one character), as safe-text.ts
// eslint-disable-next-line no-control-regex
const FAULT = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -~]?)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\u202a-\u202e\u2066-\u2069]|[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The fields whose text is a name or a title: shown as such in documents and on the terminal. */
export const NAME_FIELDS = new Set(['name', 'title', 'district', 'task', 'issue', 'target', 'physical', 'duty', 'decision_ref', 'ref', 'agent', 'scope']);

function kindOf(seq: string): TextFaultKind {
  const c = seq.charCodeAt(0);
  if (c === 0x1b) return 'escape';
  if (c >= 0x202a && c <= 0x2069) return 'bidi';
  if (c === 0xfffe || c === 0xffff) return 'noncharacter';
  if (c >= 0xd800 && c <= 0xdfff) return 'surrogate';
  return 'control';
}

/** A name or title: a field of NAME_FIELDS, or a sector's name in kzp.yaml. */
function isName(path: (string | number)[]): boolean {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return NAME_FIELDS.has(path[i] as string) || (i === 1 && path[0] === 'sectors');
  return false;
}

/** The first fault of each string value in a parsed record (one a value is enough to find it). */
export function valueFaults(data: unknown): ValueFault[] {
  const out: ValueFault[] = [];
  // one path, pushed and popped: it is copied only for a fault (a clean record, nearly all, makes none)
  const path: (string | number)[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!SUSPECT.test(v)) return;
      FAULT.lastIndex = 0;
      const m = FAULT.exec(v);
      if (!m) return;
      const kind = kindOf(m[0]);
      // a bidi mark in free text (a note) may be a paste from a right-to-left text: warn there
      out.push({ path: [...path], kind, seq: m[0], index: m.index, severity: kind === 'bidi' && !isName(path) ? 'warning' : 'error' });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) { path.push(i); walk(v[i]); path.pop(); }
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) { path.push(k); walk((v as Record<string, unknown>)[k]); path.pop(); }
    }
  };
  walk(data);
  return out;
}

/** A character or sequence as codes a reader can look for: U+0001, or ESC [ 3 1 m as "\x1b[31m". */
export function codeOf(seq: string): string {
  if (seq.length === 1 || kindOf(seq) !== 'escape') return `U+${seq.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return [...seq].map((ch) => { const n = ch.codePointAt(0)!; return n < 0x20 || n === 0x7f ? `\\x${n.toString(16).padStart(2, '0')}` : ch; }).join('');
}

// YAML's double-quoted escapes of one character (YAML 1.2 §5.7)
const NAMED: Record<string, string> = { '0': '\0', a: '\u0007', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\u001b', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029' };

/**
 * Where in the source text the character `ch` is, from (line, column) on: the character itself,
 * or a double-quoted escape that gives it (\x01, \e, \u202e …). Null when neither is found
 * within the next `span` lines (then the value's own position is the answer).
 */
export function findInSource(lines: readonly string[], line: number, column: number, ch: string, span = 50): { line: number; column: number; length: number } | null {
  const code = ch.charCodeAt(0);
  const esc = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g;
  for (let l = line; l <= Math.min(lines.length, line + span); l++) {
    const s = lines[l - 1];
    const from = l === line ? Math.max(0, column - 1) : 0;
    const raw = s.indexOf(ch, from);
    let best = raw >= 0 ? { index: raw, length: 1 } : null;
    esc.lastIndex = from;
    for (let m = esc.exec(s); m; m = esc.exec(s)) {
      if (best && m.index > best.index) break;
      const e = m[1];
      const v = e.length === 1 ? NAMED[e] : e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16) > 0xffff ? 0xfffd : parseInt(e.slice(1), 16)) : undefined;
      if (v !== undefined && v.charCodeAt(0) === code) { best = { index: m.index, length: m[0].length }; break; }
    }
    if (best) return { line: l, column: best.index + 1, length: best.length };
  }
  return null;
}
