// Encoders for the corpus: Node can decode GBK/GB18030 but not encode them, so the reverse
// table is built once from the decoder (two-byte GBK, and the four-byte GB18030 range of the
// BMP that the corpus needs). UTF-16 in both byte orders, with or without a BOM.
let gbk: Map<string, number[]> | undefined;

function table(): Map<string, number[]> {
  if (gbk) return gbk;
  gbk = new Map();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !gbk.has(ch)) gbk.set(ch, [a, b]);
    }
  return gbk;
}

/** GB18030 four-byte sequence of a supplementary-plane code point (linear from U+10000 = 90 30 81 30). */
function fourByte(cp: number): number[] {
  let n = cp - 0x10000;
  const b4 = 0x30 + (n % 10); n = Math.floor(n / 10);
  const b3 = 0x81 + (n % 126); n = Math.floor(n / 126);
  const b2 = 0x30 + (n % 10); n = Math.floor(n / 10);
  const b1 = 0x90 + n;
  return [b1, b2, b3, b4];
}

/** Text → GB18030 bytes (GBK for every character GBK has). */
export function toGb18030(text: string): Uint8Array {
  const t = table();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (t.has(ch)) out.push(...t.get(ch)!);
    else if (cp >= 0x10000) out.push(...fourByte(cp));
    else throw new Error(`no GB18030 bytes for U+${cp.toString(16)} in the corpus encoder`);
  }
  const bytes = new Uint8Array(out);
  if (new TextDecoder('gb18030').decode(bytes) !== text) throw new Error('GB18030 round trip failed');
  return bytes;
}

export function toUtf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units: number[] = bom ? [0xfeff] : [];
  for (let i = 0; i < text.length; i++) units.push(text.charCodeAt(i));
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    const hi = u >> 8, lo = u & 0xff;
    if (order === 'le') { out[2 * i] = lo; out[2 * i + 1] = hi; } else { out[2 * i] = hi; out[2 * i + 1] = lo; }
  });
  return out;
}

export function utf8(text: string): Uint8Array { return new TextEncoder().encode(text); }

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let off = 0;
  for (const p of parts) { out.set(p, off); off += p.length; }
  return out;
}
