// The decoder (src/workspace/decode.ts): which encoding, which line, mixed files, lone CR.
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/workspace/decode.js';
import { concat, toGb18030, toUtf16, utf8 } from '../corpus/encode.js';

describe('decode', () => {
  it('UTF-8, with or without a BOM; a lone CR becomes a line break, CRLF is kept', () => {
    expect(decode(utf8('a: 1\n'))).toEqual({ ok: true, text: 'a: 1\n', bom: false });
    expect(decode(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('名称: 汉丰湖\n')))).toEqual({ ok: true, text: '名称: 汉丰湖\n', bom: true });
    expect(decode(utf8('a: 1\rb: 2\r\nc: 3\r'))).toMatchObject({ ok: true, text: 'a: 1\nb: 2\r\nc: 3\n' });
  });
  it('GBK: the first line with Chinese, decoded, at its first non-ASCII character', () => {
    expect(decode(toGb18030('id: x\nname: 汉丰街道办事处\n'))).toEqual({ ok: false, encoding: 'GB18030', preview: 'name: 汉丰街道办事处', line: 2, column: 7, mixed: false });
  });
  it('mixed: a GBK line in a UTF-8 file', () => {
    const bytes = concat(utf8('name: 汉丰湖\n'), toGb18030('note: 征地拆迁\n'));
    expect(decode(bytes)).toEqual({ ok: false, encoding: 'GB18030', preview: 'note: 征地拆迁', line: 2, column: 7, mixed: true });
  });
  it('UTF-16 in both byte orders, with and without a BOM', () => {
    for (const [order, enc] of [['le', 'UTF-16LE'], ['be', 'UTF-16BE']] as const)
      for (const bom of [true, false]) expect(decode(toUtf16('id: x\nname: 汉丰\n', order, bom))).toMatchObject({ ok: false, encoding: enc, preview: 'name: 汉丰', line: 1, column: 1 });
  });
  it('Windows-1252, and binary (NUL or control bytes)', () => {
    expect(decode(new Uint8Array([0x6e, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]))).toEqual({ ok: false, encoding: 'WINDOWS-1252', preview: 'n: café', line: 1, column: 7, mixed: false });
    expect(decode(new Uint8Array([0x61, 0x0a, 0x62, 0x00]))).toMatchObject({ ok: false, encoding: 'binary', line: 2, column: 2 });
    expect(decode(new Uint8Array([0x01, 0x02, 0xff, 0xfe, 0x80]))).toMatchObject({ ok: false, encoding: 'binary' });
  });
  it('never throws on any bytes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
    for (let i = 0; i < 2000; i++) {
      const b = new Uint8Array(next() % 64).map(() => next() & 0xff);
      expect(() => decode(b)).not.toThrow();
    }
  });
});
