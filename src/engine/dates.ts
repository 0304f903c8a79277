// Calendar arithmetic on YYYY-MM-DD / YYYY-MM strings. Pure: no clock, no time zone of the
// machine (dates are civil dates of the workspace time zone).
// The rules and the engine convert the same few thousand dates hundreds of thousands of times
// on a large workspace: both directions are remembered. Pure: the same input always
// gives the same output, so a memo cannot change an answer.
const toDaysMemo = new Map<string, number>();
const fromDaysMemo = new Map<number, string>();
export function toDays(date: string): number {
  let v = toDaysMemo.get(date);
  if (v === undefined) {
    const [y, m, d] = date.split('-').map(Number);
    v = Math.floor(Date.UTC(y, m - 1, d) / 86400000);
    if (toDaysMemo.size < 1 << 16) toDaysMemo.set(date, v);
  }
  return v;
}
export function fromDays(days: number): string {
  let v = fromDaysMemo.get(days);
  if (v === undefined) {
    v = new Date(days * 86400000).toISOString().slice(0, 10);
    if (fromDaysMemo.size < 1 << 16) fromDaysMemo.set(days, v);
  }
  return v;
}
export function addDays(date: string, n: number): string { return fromDays(toDays(date) + n); }
export function daysBetween(from: string, to: string): number { return toDays(to) - toDays(from); }

export function monthOf(date: string): string { return date.slice(0, 7); }
const monthEndMemo = new Map<string, string>();
export function monthEnd(month: string): string {
  let v = monthEndMemo.get(month);
  if (v === undefined) {
    const [y, m] = month.split('-').map(Number);
    v = fromDays(Math.floor(Date.UTC(y, m, 1) / 86400000) - 1);
    if (monthEndMemo.size < 1 << 12) monthEndMemo.set(month, v);
  }
  return v;
}
export function monthStart(month: string): string { return `${month}-01`; }
const nextMonthMemo = new Map<string, string>();
export function addMonths(month: string, n: number): string {
  // the month after is asked for in every loop over months: remembered
  if (n === 1) { const v = nextMonthMemo.get(month); if (v !== undefined) return v; }
  const i = Number(month.slice(0, 4)) * 12 + (Number(month.slice(5, 7)) - 1) + n;
  const v = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  if (n === 1 && nextMonthMemo.size < 1 << 12) nextMonthMemo.set(month, v);
  return v;
}
/** Inclusive range of months. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
export function quarterOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}
export function quarterMonths(q: string): [string, string, string] {
  const [y, n] = q.split('-Q').map(Number);
  const first = `${y}-${String((n - 1) * 3 + 1).padStart(2, '0')}`;
  return [first, addMonths(first, 1), addMonths(first, 2)];
}
export function quarterEnd(q: string): string { return monthEnd(quarterMonths(q)[2]); }
export function yearOf(date: string): number { return Number(date.slice(0, 4)); }
export function minDate(a: string, b: string): string { return a < b ? a : b; }
export function maxDate(a: string, b: string): string { return a > b ? a : b; }
