// Instants shown in the workspace zone, for many commits at once.
import { zoneOffset } from '../calendar.js';

export interface Zoned { offset(ms: number): number; date(ms: number): string; dateTime(ms: number): string; iso(ms: number): string }

/**
 * The zone's offset is looked up (Intl) once per quarter hour of UTC time — zone transitions
 * fall on quarter hours — and the rest is arithmetic. Same answers as calendar.ts's civilDate
 * / civilDateTime.
 */
export function zoned(tz: string): Zoned {
  const cache = new Map<number, number>();
  const offset = (ms: number) => {
    const q = Math.floor(ms / 900000);
    let off = cache.get(q);
    if (off === undefined) cache.set(q, (off = zoneOffset(ms, tz)));
    return off;
  };
  const local = (ms: number) => new Date(Math.floor(ms / 1000) * 1000 + offset(ms)).toISOString();
  return {
    offset,
    date: (ms) => local(ms).slice(0, 10),
    dateTime: (ms) => { const x = local(ms); return `${x.slice(0, 10)} ${x.slice(11, 16)}`; },
    iso: (ms) => {
      const off = offset(ms);
      const m = Math.abs(off) / 60000;
      return `${local(ms).slice(0, 19)}${off < 0 ? '-' : '+'}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    },
  };
}

/** An instant as ISO 8601 in the workspace zone: 2022-10-31T23:30:00+08:00. */
export function zonedIso(ms: number, tz: string): string { return zoned(tz).iso(ms); }
