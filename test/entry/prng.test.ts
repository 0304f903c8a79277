// AS-3: the documented draw (docs/inspection-sampling.md) must never change, or past draws
// could no longer be re-drawn from their seeds.
import { describe, expect, it } from 'vitest';
import { drawSample, mulberry32 } from '../../src/entry/prng.js';
import { defaultEventDate, defaultLedgerMonth, parseDate, parseMoney } from '../../src/entry/dates.js';

describe('mulberry32 + partial Fisher–Yates', () => {
  it('mulberry32 is the published one (bryc, "PRNGs in JavaScript"), value for value', () => {
    // the reference implementation as published, so that anyone can re-draw in a browser console
    function reference(a: number) {
      return function () {
        let t = (a += 0x6d2b79f5);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    for (const seed of [0, 1, 20220920, 0xffffffff]) {
      const a = mulberry32(seed), b = reference(seed | 0);
      for (let i = 0; i < 1000; i++) expect(a()).toBe(b());
    }
    const r = mulberry32(1);
    expect([r(), r(), r()].map((x) => Math.floor(x * 2 ** 32))).toEqual([2693262067, 11749833, 2265367787]);
  });
  it('draws the same sample from the same seed whatever the population order, in the order drawn', () => {
    const pop = Array.from({ length: 40 }, (_, i) => `KZ-2022-${String(i + 1).padStart(3, '0')}`);
    const a = drawSample(pop, 10, 20220920);
    expect(drawSample([...pop].reverse(), 10, 20220920)).toEqual(a);
    expect(new Set(a).size).toBe(10);
    expect(a).toMatchInlineSnapshot(`
      [
        "KZ-2022-036",
        "KZ-2022-001",
        "KZ-2022-013",
        "KZ-2022-012",
        "KZ-2022-010",
        "KZ-2022-009",
        "KZ-2022-025",
        "KZ-2022-040",
        "KZ-2022-020",
        "KZ-2022-027",
      ]
    `);
  });
  it('refuses a seed that is not an unsigned 32-bit integer', () => {
    expect(() => drawSample(['a'], 1, -1)).toThrow();
    expect(() => drawSample(['a'], 1, 2 ** 32)).toThrow();
    expect(() => drawSample(['a'], 1, 1.5)).toThrow();
  });
  it('a size above the population draws everyone', () => {
    expect(drawSample(['b', 'a'], 5, 7).sort()).toEqual(['a', 'b']);
  });
});

describe('dates of a ledger (LS-4)', () => {
  it('the default month is the month just ended during the first ten days, else this month', () => {
    expect(defaultLedgerMonth('2022-11-05')).toBe('2022-10');
    expect(defaultLedgerMonth('2022-11-10')).toBe('2022-10');
    expect(defaultLedgerMonth('2022-11-11')).toBe('2022-11');
    expect(defaultLedgerMonth('2023-01-03')).toBe('2022-12');
  });
  it('an event reported for a month defaults to today, within the month', () => {
    expect(defaultEventDate('2022-10', '2022-11-05')).toBe('2022-10-31');
    expect(defaultEventDate('2022-10', '2022-10-20')).toBe('2022-10-20');
  });
  it('accepts what staff type: full-width digits, 万元, slashes', () => {
    expect(parseMoney('８２０')).toBe(820);
    expect(parseMoney('1,200.5万元')).toBe(1200.5);
    expect(parseMoney('12.345')).toBeNull();
    expect(parseMoney('-3')).toBeNull();
    expect(parseDate('2022/10/5')).toBe('2022-10-05');
    expect(parseDate('2022年10月5日')).toBe('2022-10-05');
    expect(parseDate('2022-02-30')).toBeNull();
  });
});
