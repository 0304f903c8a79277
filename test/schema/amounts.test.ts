// Amounts that are not what they look like: src/schema/amounts.ts, the money schema's bound, and
// the lenient amount input of `kzp ledger add` (src/entry/dates.ts).
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/schema/check.js';
import { moneyHint, radixScalars } from '../../src/schema/amounts.js';
import { decimalComma, parseMoney } from '../../src/entry/dates.js';
import { moneyFix } from '../../src/entry/index.js';
import { SourceFile, parseYaml } from '../../src/workspace/index.js';

const file = (path: string, text: string): SourceFile => {
  const f = new SourceFile(path, text);
  const p = parseYaml(text);
  f.doc = p.doc; f.lineCounter = p.lineCounter; f.data = p.data;
  return f;
};
const LEDGER = (invested: string) => `project: KZ-2022-001\nmonth: 2022-02\nprogress: { invested: ${invested}, stage: construction }\n`;

describe('radixScalars', () => {
  it('finds hexadecimal and octal integers with their paths, in block and flow style', () => {
    const text = 'a: 0x1F4\nb: [1, 0o17]\nc: { d: 12 }\ne: "0x10"\n';
    expect(radixScalars(parseYaml(text).doc!, text)).toEqual([
      { path: ['a'], source: '0x1F4', value: 500, base: 16 },
      { path: ['b', 1], source: '0o17', value: 15, base: 8 },
    ]);
  });
});

describe('checkRecord on amounts', () => {
  const diag = (invested: string) => checkRecord(file('ledgers/2022-02/KZ-2022-001.yaml', LEDGER(invested)), 'ledger', 'en').diagnostics;
  it('refuses 0x and 0o amounts at the value, as KP-2; decimal amounts pass', () => {
    expect(diag('0x1C2').map((d) => [d.rule, d.line, d.column, d.message])).toEqual([['KP-2', 3, 23, '"progress.invested" has the value 0x1C2, a base-16 integer that YAML reads as 450']]);
    expect(diag('0o17')[0]).toMatchObject({ rule: 'KP-2', message: expect.stringContaining('base-8') });
    expect(diag('450')).toEqual([]);
    expect(diag('8.2')).toEqual([]);
  });
  it('explains a decimal comma, a binary amount and one beyond 2^53', () => {
    expect(diag('"8,20"')[0].hint).toMatch(/write 8\.20/);
    expect(diag('0b101')[0].hint).toMatch(/0b prefix/);
    expect(diag('9007199254740993')[0]).toMatchObject({ rule: 'KP-2', hint: expect.stringContaining('2^53') });
    expect(diag('9007199254740991')).toEqual([]);
  });
  it('a number field that is not money gets the same refusal under SCHEMA', () => {
    const d = checkRecord(file('ledgers/2022-02/KZ-2022-001.yaml', LEDGER('450').replace('stage: construction', 'stage: construction, percent: 0x20')), 'ledger', 'zh').diagnostics;
    expect(d.map((x) => [x.rule, x.message])).toEqual([['SCHEMA', '"progress.percent" 的值 0x20 是 16 进制整数,YAML 会读作 32']]);
  });
  it('moneyHint leaves ordinary faults to the general hint', () => {
    expect(moneyHint('12,800')).toBeNull();
    expect(moneyHint('820万元')).toBeNull();
    expect(moneyHint(12)).toBeNull();
  });
});

describe('parseMoney (ledger add)', () => {
  it('a comma only groups thousands: 8,20 is refused, not read as 820', () => {
    expect(parseMoney('8,20')).toBeNull();
    expect(parseMoney('8，2')).toBeNull();
    expect(parseMoney('12,80')).toBeNull();
    expect(parseMoney('1,2000')).toBeNull();
    expect(parseMoney('1,200.5')).toBe(1200.5);
    expect(parseMoney('12,800')).toBe(12800);
    expect(parseMoney('1,234,567.89万元')).toBe(1234567.89);
  });
  it('refuses amounts beyond 2^53', () => {
    expect(parseMoney('9007199254740993')).toBeNull();
    expect(parseMoney('9007199254740991')).toBe(9007199254740991);
  });
  it('says what to type for a decimal comma', () => {
    expect(decimalComma('8,20')).toBe('8.20');
    expect(decimalComma('12,800')).toBeNull();
    expect(moneyFix('8,20', 'zh')).toContain('写成 8.20');
    expect(moneyFix('abc', 'en')).toMatch(/^amounts are in 万元/);
  });
});
