// Random mutations of record files for the fuzz tests: delete a key, change a value's
// type, swap two values, truncate, insert random bytes or text, duplicate or drop a line, tabs,
// CRLF. Each operation is data (fast-check generates it, shrinks it and prints it on failure)
// and applies deterministically to the bytes of one file.
import fc from 'fast-check';

export type Op =
  | { op: 'deleteKey'; at: number }
  | { op: 'changeType'; at: number; to: string }
  | { op: 'swapValues'; a: number; b: number }
  | { op: 'truncate'; at: number }
  | { op: 'insertBytes'; at: number; bytes: number[] }
  | { op: 'insertText'; at: number; text: string }
  | { op: 'duplicateLine'; at: number }
  | { op: 'deleteLine'; at: number }
  | { op: 'indent'; at: number; by: string }
  | { op: 'crlf' };

/** Values of other types, and of the kinds a person or an input method gets wrong. */
export const REPLACEMENTS = [
  '[]', '{}', '', 'null', '~', '"text"', "'x'", '0', '-1', '1.234', '1e309', '.inf', '.nan', 'true', 'yes', '是',
  '２０２２-０１-２７', '１２８００', '“kz-urban-invest”', '「construction」', '2022-02-30', '2022-13-01', '9999-12-31',
  '0000-00-00', 'KZ/2022', '..', 'CON', 'nul', '&a x', '*a', '!!binary AAAA', '!!js/function "f"', '<<: *a', '[[[[[[[[', '{a: {b: {c: }}}',
  '- a\n- b', '|\n  block', '"\\u0000"', '"\\uD800"', '\u200b', '😀', '𠮷', '${process.exit(1)}', '{{constructor.constructor}}',
  '__proto__', '=cmd|"/c calc"!A1', '<script>alert(1)</script>',
];

const unit = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('deleteKey' as const), at: unit }),
  fc.record({ op: fc.constant('changeType' as const), at: unit, to: fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.string({ maxLength: 12 })) }),
  fc.record({ op: fc.constant('swapValues' as const), a: unit, b: unit }),
  fc.record({ op: fc.constant('truncate' as const), at: unit }),
  fc.record({ op: fc.constant('insertBytes' as const), at: unit, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ op: fc.constant('insertText' as const), at: unit, text: fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }) }),
  fc.record({ op: fc.constant('duplicateLine' as const), at: unit }),
  fc.record({ op: fc.constant('deleteLine' as const), at: unit }),
  fc.record({ op: fc.constant('indent' as const), at: unit, by: fc.constantFrom(' ', '  ', '\t', '\u3000', '-', '- ') }),
  fc.constant({ op: 'crlf' as const }),
);

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8'); // not fatal: mutations of bytes that are not UTF-8 go through text ops lossy, byte ops exact

const KEY_LINE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*|"[^"]*"):(?:\s|$)/;

function pick<T>(xs: T[], at: number): T | undefined { return xs.length ? xs[Math.min(xs.length - 1, Math.floor(at * xs.length))] : undefined; }

/** Apply one operation to a file's bytes. */
export function apply(bytes: Uint8Array, o: Op): Uint8Array {
  switch (o.op) {
    case 'truncate': return bytes.subarray(0, Math.floor(o.at * bytes.length));
    case 'insertBytes': {
      const i = Math.floor(o.at * (bytes.length + 1));
      const out = new Uint8Array(bytes.length + o.bytes.length);
      out.set(bytes.subarray(0, i)); out.set(o.bytes, i); out.set(bytes.subarray(i), i + o.bytes.length);
      return out;
    }
    default: break;
  }
  const text = dec.decode(bytes);
  const lines = text.split('\n');
  const keyLines = lines.map((l, i) => (KEY_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
  const valueOf = (l: string) => { const m = /^(\s*(?:-\s+)?(?:[A-Za-z_][\w-]*|"[^"]*"):)(.*)$/.exec(l); return m ? { head: m[1], value: m[2] } : null; };
  switch (o.op) {
    case 'deleteKey': {
      const i = pick(keyLines, o.at);
      if (i === undefined) return bytes;
      // the key, and the lines indented under it
      const ind = /^\s*/.exec(lines[i])![0].length;
      let j = i + 1;
      while (j < lines.length && lines[j].trim() !== '' && /^\s*/.exec(lines[j])![0].length > ind) j++;
      lines.splice(i, j - i);
      break;
    }
    case 'changeType': {
      const i = pick(keyLines, o.at);
      if (i === undefined) return bytes;
      const v = valueOf(lines[i]);
      if (!v) return bytes;
      const ind = ' '.repeat(/^\s*/.exec(lines[i])![0].length + 2);
      lines[i] = `${v.head} ${o.to.includes('\n') ? '\n' + o.to.split('\n').map((x) => ind + x).join('\n') : o.to}`;
      break;
    }
    case 'swapValues': {
      const i = pick(keyLines, o.a), j = pick(keyLines, o.b);
      if (i === undefined || j === undefined || i === j) return bytes;
      const a = valueOf(lines[i]), b = valueOf(lines[j]);
      if (!a || !b) return bytes;
      lines[i] = a.head + b.value; lines[j] = b.head + a.value;
      break;
    }
    case 'insertText': {
      const i = Math.floor(o.at * (text.length + 1));
      return enc.encode(text.slice(0, i) + o.text + text.slice(i));
    }
    case 'duplicateLine': { const i = pick(lines.map((_, k) => k), o.at)!; lines.splice(i, 0, lines[i]); break; }
    case 'deleteLine': { const i = pick(lines.map((_, k) => k), o.at)!; lines.splice(i, 1); break; }
    case 'indent': { const i = pick(lines.map((_, k) => k), o.at)!; lines[i] = o.by + lines[i]; break; }
    case 'crlf': return enc.encode(lines.join('\r\n'));
  }
  return enc.encode(lines.join('\n'));
}

export function applyAll(bytes: Uint8Array, ops: Op[]): Uint8Array { return ops.reduce(apply, bytes); }
