// Input-method traps in values (src/schema/ime.ts) and Windows device names (src/schema/common.ts).
import { describe, expect, it } from 'vitest';
import { isReservedName } from '../../src/schema/common.js';
import { imeTrap } from '../../src/schema/ime.js';

describe('imeTrap', () => {
  it('finds what an input method or a paste put into a value, and the value meant', () => {
    expect(imeTrap('２０２２－０１－２７')).toEqual({ kinds: ['fullwidth'], fixed: '2022-01-27', invisible: undefined });
    expect(imeTrap('３００．５')).toMatchObject({ kinds: ['fullwidth'], fixed: '300.5' });
    expect(imeTrap('“kz-urban-invest”')).toMatchObject({ kinds: ['quotes'], fixed: 'kz-urban-invest' });
    expect(imeTrap('「construction」')).toMatchObject({ kinds: ['quotes'], fixed: 'construction' });
    expect(imeTrap('‘２０２２-０１-２７’')).toMatchObject({ kinds: ['quotes', 'fullwidth'], fixed: '2022-01-27' });
    expect(imeTrap('finance-bureau，planning-bureau')).toMatchObject({ kinds: ['comma'], fixed: 'finance-bureau, planning-bureau' });
    expect(imeTrap('kz-urban-invest\u200b')).toEqual({ kinds: ['invisible'], fixed: 'kz-urban-invest', invisible: 'U+200B' });
    expect(imeTrap('\u3000drc')).toMatchObject({ kinds: ['space'], fixed: 'drc' });
    expect(imeTrap('ＫＺ-2022-001')).toMatchObject({ kinds: ['fullwidth'], fixed: 'KZ-2022-001' });
  });
  it('leaves ordinary values alone, Chinese text with its own punctuation included', () => {
    for (const v of ['2022-01-27', 'kz-urban-invest', '汉丰湖环湖路改造工程', '路基工程完成80%,桥梁桩基完成12根', '开州府〔2021〕90号', '《开州区综合交通规划》', '汉丰湖“环湖路”改造']) expect(imeTrap(v)).toBeNull();
  });
});

describe('Windows device names', () => {
  it('CON, PRN, AUX, NUL, COM1–9, LPT1–9 in any case; not names that only begin with them', () => {
    for (const n of ['CON', 'con', 'Nul', 'aux', 'PRN', 'COM1', 'com9', 'LPT1', 'lpt3', 'COM¹']) expect(isReservedName(n), n).toBe(true);
    for (const n of ['CON1', 'console', 'nul-1', 'aux-bureau', 'COM10', 'lpt', 'KZ-2022-001']) expect(isReservedName(n), n).toBe(false);
  });
});
