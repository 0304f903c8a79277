// Bytes → text. UTF-8 only (a BOM is tolerated, FORMAT.md); GBK/GB18030, UTF-16 and
// Windows-1252 are recognised so the error can name the encoding, show what the offending
// line says in it, and how to fix it. A file that is UTF-8 except for a line pasted from a
// GBK source (mixed encodings) is told apart from a file saved as GBK, and the position
// points at that line's first non-ASCII character. Old Mac line ends (a lone CR) are line
// breaks in YAML 1.2; they are turned into LF so that lines and columns stay right.
export type Encoding = 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'WINDOWS-1252' | 'binary';

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | {
    ok: false; encoding: Encoding;
    /** the offending line (or the first line with text), decoded in `encoding` */
    preview: string;
    line: number; column: number;
    /** true when the rest of the file is valid UTF-8 with non-ASCII text: only some lines are in `encoding` */
    mixed?: boolean;
  };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function clip(line: string): string {
  const s = line.replace(/\r$/, '').trim();
  return s.length > 60 ? s.slice(0, 60) + '…' : s;
}

function firstTextLine(text: string): string {
  const lines = text.split(/\r?\n/);
  return clip(lines.find((l) => /[^\x00-\x7f]/.test(l)) ?? lines.find((l) => l.trim() !== '') ?? '');
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: false, encoding: 'UTF-16LE', preview: firstTextLine(new TextDecoder('utf-16le').decode(bytes.subarray(2))), line: 1, column: 1 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: false, encoding: 'UTF-16BE', preview: firstTextLine(new TextDecoder('utf-16le').decode(swap(bytes.subarray(2)))), line: 1, column: 1 };
  // UTF-16 without BOM: many NUL bytes at odd or even positions.
  let nul = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  if (nul > 0) {
    let even = 0, odd = 0;
    for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? odd++ : even++);
    if (nul > n / 4 && odd > even * 4) return { ok: false, encoding: 'UTF-16LE', preview: firstTextLine(new TextDecoder('utf-16le').decode(bytes)), line: 1, column: 1 };
    if (nul > n / 4 && even > odd * 4) return { ok: false, encoding: 'UTF-16BE', preview: firstTextLine(new TextDecoder('utf-16le').decode(swap(bytes))), line: 1, column: 1 };
  }
  const zero = bytes.indexOf(0);
  if (zero >= 0) return { ok: false, encoding: 'binary', preview: '', ...position(bytes, zero) };
  let bom = false;
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { bom = true; body = bytes.subarray(3); }
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return notUtf8(body);
  }
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  return { ok: true, text, bom };
}

/** Which encoding the bytes that are not UTF-8 are in, and where the first such line is. */
function notUtf8(body: Uint8Array): Decoded {
  // line by line: a line that is valid UTF-8 with non-ASCII text is evidence of UTF-8
  let start = 0, lineNo = 1, utf8Text = false;
  let bad: { line: number; start: number; end: number } | null = null;
  while (start <= body.length) {
    let end = body.indexOf(0x0a, start);
    if (end < 0) end = body.length;
    const line = body.subarray(start, end);
    if (line.some((b) => b >= 0x80)) {
      let valid = true;
      try { utf8.decode(line); } catch { valid = false; }
      if (valid) utf8Text = true;
      else if (!bad) bad = { line: lineNo, start, end };
    }
    if (end === body.length) break;
    start = end + 1;
    lineNo++;
  }
  if (!bad) { // cannot happen (the whole did not decode), but never throw on input
    const at = firstInvalidUtf8(body);
    return { ok: false, encoding: 'binary', preview: '', ...position(body, at) };
  }
  const raw = body.subarray(bad.start, bad.end);
  const firstHigh = raw.findIndex((b) => b >= 0x80);
  const column = firstHigh + 1; // the bytes before it are ASCII: one character each
  const gb = tryDecode('gb18030', raw);
  const mixed = utf8Text;
  if (gb !== null && /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(gb))
    return { ok: false, encoding: 'GB18030', preview: clip(gb), line: bad.line, column, mixed };
  if (looksBinary(body)) return { ok: false, encoding: 'binary', preview: '', line: bad.line, column };
  const latin = tryDecode('windows-1252', raw) ?? '';
  return { ok: false, encoding: 'WINDOWS-1252', preview: clip(latin), line: bad.line, column, mixed };
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try { return new TextDecoder(label, { fatal: true }).decode(bytes); } catch { return null; }
}

/** Control bytes other than tab, LF, CR, form feed and ESC in the first 4 KiB: not a text file. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  let ctl = 0;
  for (let i = 0; i < n; i++) { const c = b[i]; if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b) ctl++; }
  return ctl > 0;
}

function swap(bytes: Uint8Array): Uint8Array {
  const sw = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) { sw[i] = bytes[i + 1]; sw[i + 1] = bytes[i]; }
  return sw;
}

function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1, lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  // column in characters of the valid prefix of the line
  let column = 1;
  try { column = utf8.decode(bytes.subarray(lineStart, offset)).length + 1; } catch { column = offset - lineStart + 1; }
  return { line, column };
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return b.length;
}
