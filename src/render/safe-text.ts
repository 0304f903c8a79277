// Text from the records on its way into a document or onto a terminal. `kzp validate` refuses
// such text in names and titles; every writer still passes record text through here, because
// reports run with --force and the computing commands run on data that failed validation.
//
// What goes: C0 controls other than tab, LF and CR (XML 1.0 cannot carry them: one \x01 makes a
// .docx that Word refuses to open), DEL and the C1 controls (U+0080–U+009F; U+009B is a CSI to
// many terminals), ANSI/OSC escape sequences whole (ESC[31m, ESC]8;;url BEL …, so no colour,
// title or hyperlink of the data reaches a terminal), the bidirectional embeddings, overrides
// and isolates (U+202A–U+202E, U+2066–U+2069: they reorder what a reader sees), the
// non-characters U+FFFE/U+FFFF and lone surrogates (not encodable as UTF-8).
//
// Documents drop them (`cleanText`); the terminal shows them as a visible code (`shownText`,
// e.g. "\x1b[31m" prints as `\x1b[31m`), so whoever reads a diagnostic sees what is in the file.

// ESC followed by a CSI (ESC [ … final byte), an OSC/DCS/APC/PM/SOS string (ended by BEL or
// ESC \), or a single character; then the single code points.
// eslint-disable-next-line no-control-regex
const UNSAFE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[ -~]?)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// a quick test first: nearly all text has none of these
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/;

/** Record text for a document (docx, xlsx, html, md): what a document must not carry is dropped. */
export function cleanText(s: string): string {
  return SUSPECT.test(s) ? s.replace(UNSAFE, '') : s;
}

const code = (ch: string): string => {
  const n = ch.codePointAt(0)!;
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
};

/** Record text for a terminal: the same characters, shown as codes (`\x1b[31m`) instead of acting. */
export function shownText(s: string): string {
  if (!SUSPECT.test(s)) return s;
  return s.replace(UNSAFE, (seq) => [...seq].map((ch) => (SUSPECT.test(ch) ? code(ch) : ch)).join(''));
}

/** Every string in a plain-data value, cleaned for a document (objects and arrays copied). */
export function cleanDeep<T>(v: T): T {
  if (typeof v === 'string') return cleanText(v) as T;
  if (Array.isArray(v)) return v.map(cleanDeep) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = cleanDeep(x);
    return out as T;
  }
  return v;
}

// kzp's own colours: SGR sequences only (ESC [ digits and semicolons m)
// eslint-disable-next-line no-control-regex
const SGR = /^\u001b\[[0-9;]*m$/;
// JSON.stringify leaves C1 controls, bidi controls and non-characters raw: as \uXXXX they stay valid JSON
const ucode = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The backstop on everything kzp prints (src/cli/main.ts): whatever a renderer let through is
 * shown, not acted on. With `colour`, SGR sequences stay (kzp's own colours); every other ESC
 * sequence, and every one without `colour`, prints as codes, as do the other characters of
 * `shownText`. Text without any of them (nearly all) is returned as it is. The codes are
 * \uXXXX, which is the same character to a JSON reader, so `--json` output stays valid JSON.
 */
export function terminalText(s: string, colour: boolean): string {
  if (!SUSPECT.test(s)) return s;
  return s.replace(UNSAFE, (seq) => (colour && SGR.test(seq) ? seq : [...seq].map((ch) => (SUSPECT.test(ch) ? ucode(ch) : ch)).join('')));
}
