// The writers' second line of defence: record text that would break a document or act on a
// terminal is dropped (documents) or shown as a code (terminal).
import { describe, expect, it } from 'vitest';
import { cleanDeep, cleanText, shownText } from '../../src/render/safe-text.js';

const ESC = '\u001b';

describe('cleanText: what no document may carry is dropped', () => {
  it.each([
    ['项目\u0001名称', '项目名称'],
    ['a\u0000b\u0008c\u000bd\u000ce\u001ff', 'abcdef'],
    [`红${ESC}[31m字${ESC}[0m`, '红字'],
    [`链${ESC}]8;;http://x${ESC}\\接${ESC}]8;;\u0007`, '链接'],
    [`标题${ESC}]0;pwned\u0007`, '标题'],
    [`${ESC}c重置`, '重置'],
    [`${ESC}项目`, '项目'],
    ['\u202e反向\u202c', '反向'],
    ['\u2066隔离\u2069', '隔离'],
    ['a\ufffeb\uffffc', 'abc'],
    ['lone\ud800 high', 'lone high'],
    ['lone\udc00 low', 'lone low'],
    ['C1\u009b31m', 'C131m'],
    ['del\u007f', 'del'],
  ])('%j → %j', (input, out) => {
    expect(cleanText(input)).toBe(out);
  });
  it('keeps tab, line breaks, CJK, full-width punctuation and emoji (surrogate pairs)', () => {
    const s = '项目\t名称\n第二行\r\n（试行）：，😀\u200b';
    expect(cleanText(s)).toBe(s);
  });
  it('cleanDeep cleans every string of plain data and keeps the rest', () => {
    expect(cleanDeep({ a: 'x\u0001', b: [1, 'y\u202e', null], c: { d: true } })).toEqual({ a: 'x', b: [1, 'y', null], c: { d: true } });
  });
});

describe('shownText: the terminal shows the codes, never acts on them', () => {
  it('an ESC sequence prints as text without a raw ESC', () => {
    const s = shownText(`项目${ESC}[31m红`);
    expect(s).toBe('项目\\x1b[31m红');
    expect(s).not.toContain(ESC);
  });
  it('controls, bidi overrides and lone surrogates become \\x / \\u codes', () => {
    expect(shownText('a\u0001b\u202ec\ud800d\u009be')).toBe('a\\x01b\\u202ec\\ud800d\\x9be');
  });
  it('clean text is returned unchanged', () => {
    expect(shownText('重庆市开州区（试行）😀\t')).toBe('重庆市开州区（试行）😀\t');
  });
});
