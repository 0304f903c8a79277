// calendar.ts answers offsets a day at a time where the day has one offset. Checked
// against Intl asked directly, instant by instant, across zones with daylight saving, half- and
// quarter-hour offsets and a skipped day (Pacific/Apia, 2011-12-30).
import { describe, expect, it } from 'vitest';
import { civilDate, civilDateTime, ledgerDueInstant, startOfDay, zoneOffset } from '../../src/engine/calendar.js';
import { mulberry32 } from '../../src/entry/prng.js';

/** The civil date-time of an instant in a zone, from Intl alone: the reference. */
function reference(ms: number, tz: string): string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour === '24' ? '00' : p.hour}:${p.minute}`;
}

const ZONES = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Apia', 'America/Sao_Paulo', 'Asia/Kolkata'];

describe('civil time in the workspace zone', () => {
  it('agrees with Intl at 20,000 random instants and at every quarter hour around transitions', () => {
    const rnd = mulberry32(20221031);
    const from = Date.UTC(2010, 0, 1), to = Date.UTC(2030, 0, 1);
    for (let i = 0; i < 20_000; i++) {
      const tz = ZONES[i % ZONES.length];
      const ms = Math.floor(from + rnd() * (to - from));
      const want = reference(ms, tz);
      expect(civilDateTime(ms, tz)).toBe(want);
      expect(civilDate(ms, tz)).toBe(want.slice(0, 10));
    }
    // minute by minute through days with a transition (spring forward, fall back, the skipped day)
    for (const [tz, day] of [['America/New_York', '2022-03-13'], ['America/New_York', '2022-11-06'], ['Europe/London', '2022-10-30'],
      ['Australia/Lord_Howe', '2022-04-03'], ['Pacific/Apia', '2011-12-29'], ['Pacific/Apia', '2011-12-31']] as const) {
      const start = Date.parse(`${day}T00:00:00Z`) - 86_400_000;
      for (let ms = start; ms < start + 3 * 86_400_000; ms += 60_000) expect(civilDateTime(ms, tz)).toBe(reference(ms, tz));
    }
  });

  it('a ledger is due at 24:00 of its due date in the zone, however the day is reached', () => {
    expect(ledgerDueInstant('2022-10', 0, 'Asia/Shanghai')).toBe(Date.parse('2022-10-31T16:00:00Z'));
    expect(ledgerDueInstant('2022-10', 3, 'Asia/Shanghai')).toBe(Date.parse('2022-11-03T16:00:00Z'));
    expect(ledgerDueInstant('2022-10', 0, 'America/New_York')).toBe(Date.parse('2022-11-01T04:00:00Z'));
    expect(startOfDay('2022-11-07', 'America/New_York')).toBe(Date.parse('2022-11-07T05:00:00Z'));
    expect(zoneOffset(Date.parse('2022-07-01T00:00:00Z'), 'Asia/Kathmandu')).toBe((5 * 60 + 45) * 60_000);
  });
});
