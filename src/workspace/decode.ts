// Bytes → text. UTF-8 only (a BOM is tolerated, FORMAT.md); GBK/GB18030 and UTF-16 are
// recognised so the error can name the encoding, show what the file says and how to fix it.
export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; encoding: 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'binary'; preview: string; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function preview(text: string): string {
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return first.length > 60 ? first.slice(0, 60) + '…' : first;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: false, encoding: 'UTF-16LE', preview: preview(new TextDecoder('utf-16le').decode(bytes.subarray(2))), line: 1, column: 1 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = new Uint8Array(bytes.length - 2);
    for (let i = 2; i + 1 < bytes.length; i += 2) { swapped[i - 2] = bytes[i + 1]; swapped[i - 1] = bytes[i]; }
    return { ok: false, encoding: 'UTF-16BE', preview: preview(new TextDecoder('utf-16le').decode(swapped)), line: 1, column: 1 };
  }
  // UTF-16 without BOM: many NUL bytes at odd or even positions.
  let nul = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nul++;
  if (nul > 0) {
    let even = 0, odd = 0;
    for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? odd++ : even++);
    if (nul > n / 4 && odd > even * 4) return { ok: false, encoding: 'UTF-16LE', preview: preview(new TextDecoder('utf-16le').decode(bytes)), line: 1, column: 1 };
    if (nul > n / 4 && even > odd * 4) {
      const sw = new Uint8Array(bytes.length);
      for (let i = 0; i + 1 < bytes.length; i += 2) { sw[i] = bytes[i + 1]; sw[i + 1] = bytes[i]; }
      return { ok: false, encoding: 'UTF-16BE', preview: preview(new TextDecoder('utf-16le').decode(sw)), line: 1, column: 1 };
    }
    const at = bytes.indexOf(0);
    const pos = position(bytes, at);
    return { ok: false, encoding: 'binary', preview: '', ...pos };
  }
  let bom = false;
  let body = bytes;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { bom = true; body = bytes.subarray(3); }
  try {
    return { ok: true, text: utf8.decode(body), bom };
  } catch {
    const bad = firstInvalidUtf8(body);
    const pos = position(body, bad);
    let pv = '';
    try { pv = preview(new TextDecoder('gb18030', { fatal: true }).decode(body)); } catch { return { ok: false, encoding: 'binary', preview: '', ...pos }; }
    return { ok: false, encoding: 'GB18030', preview: pv, ...pos };
  }
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
