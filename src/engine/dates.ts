// Calendar arithmetic on YYYY-MM-DD / YYYY-MM strings. Pure: no clock, no time zone of the
// machine (dates are civil dates of the workspace time zone).
export function toDays(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}
export function fromDays(days: number): string {
  return new Date(days * 86400000).toISOString().slice(0, 10);
}
export function addDays(date: string, n: number): string { return fromDays(toDays(date) + n); }
export function daysBetween(from: string, to: string): number { return toDays(to) - toDays(from); }

export function monthOf(date: string): string { return date.slice(0, 7); }
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return fromDays(Math.floor(Date.UTC(y, m, 1) / 86400000) - 1);
}
export function monthStart(month: string): string { return `${month}-01`; }
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
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
