// Instants and the workspace time zone. A ledger for October is due at 2022-10-31 24:00 in the
// workspace time zone (Asia/Shanghai by default): 23:30+08:00 is on time, 16:10Z that day is not.
// Pure: time zone rules come from Intl, never from the machine's clock or zone.
import { addDays, fromDays, monthEnd } from './dates.js';

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function fmt(tz: string): Intl.DateTimeFormat {
  let f = fmtCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    fmtCache.set(tz, f);
  }
  return f;
}

function parts(ms: number, tz: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const o: Record<string, number> = {};
  for (const p of fmt(tz).formatToParts(new Date(ms))) if (p.type !== 'literal') o[p.type] = Number(p.value);
  return { y: o.year, m: o.month, d: o.day, h: o.hour === 24 ? 0 : o.hour, mi: o.minute, s: o.second };
}

const offsets = new Map<string, Map<number, number>>();
const days = new Map<string, Map<number, number | null>>();
const BUCKET = 15 * 60 * 1000; // zone offsets change on quarter-hour instants
const DAY = 86_400_000;

/** The offset at a quarter-hour bucket, asked of Intl once per zone and bucket. */
function bucketOffset(b: number, tz: string): number {
  let byBucket = offsets.get(tz);
  if (!byBucket) offsets.set(tz, (byBucket = new Map()));
  let off = byBucket.get(b);
  if (off === undefined) {
    const at = b * BUCKET;
    const p = parts(at, tz);
    off = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - at;
    byBucket.set(b, off);
  }
  return off;
}

/**
 * Offset of the zone from UTC at an instant, in ms. A UTC day whose start and end have the same
 * offset has it throughout (no zone changes its offset twice in a day and back), so most
 * instants cost a map lookup; only a day with a transition is resolved to the quarter hour
 * (a year of commits spread over 4,000 quarter hours made 4,000 Intl calls).
 */
export function zoneOffset(ms: number, tz: string): number {
  const d = Math.floor(ms / DAY);
  let byDay = days.get(tz);
  if (!byDay) days.set(tz, (byDay = new Map()));
  let off = byDay.get(d);
  if (off === undefined) {
    const a = bucketOffset((d * DAY) / BUCKET, tz), b = bucketOffset(((d + 1) * DAY) / BUCKET, tz);
    byDay.set(d, (off = a === b ? a : null));
  }
  return off ?? bucketOffset(Math.floor(ms / BUCKET), tz);
}

/** The instant a civil date starts (00:00) in the zone. */
export function startOfDay(date: string, tz: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  let ms = guess - zoneOffset(guess, tz);
  ms = guess - zoneOffset(ms, tz);
  return ms;
}

/** The civil date of an instant in the zone. */
export function civilDate(ms: number, tz: string): string {
  return fromDays(Math.floor((ms + zoneOffset(ms, tz)) / DAY));
}

/** Civil date-time "YYYY-MM-DD HH:MM" of an instant in the zone. */
export function civilDateTime(ms: number, tz: string): string {
  const local = ms + zoneOffset(ms, tz);
  const day = Math.floor(local / DAY);
  const minutes = Math.floor((local - day * DAY) / 60_000);
  const h = Math.floor(minutes / 60), mi = minutes % 60;
  return `${fromDays(day)} ${h < 10 ? '0' : ''}${h}:${mi < 10 ? '0' : ''}${mi}`;
}

/** LS-4: the last civil day a month's ledger may arrive (month end + grace days). */
export function ledgerDueDate(month: string, graceDays: number): string { return addDays(monthEnd(month), graceDays); }

/** LS-4: the instant after which a month's ledger is late: 24:00 of its due date in the zone. */
const dueInstants = new Map<string, number>();
export function ledgerDueInstant(month: string, graceDays: number, tz: string): number {
  // the same dozen instants for every project's ledgers: remembered (pure)
  const key = `${tz}|${graceDays}|${month}`;
  let v = dueInstants.get(key);
  if (v === undefined) dueInstants.set(key, (v = startOfDay(addDays(ledgerDueDate(month, graceDays), 1), tz)));
  return v;
}

export function isValidTimeZone(tz: string): boolean {
  try { new Intl.DateTimeFormat('en-US', { timeZone: tz }); return true; } catch { return false; }
}
