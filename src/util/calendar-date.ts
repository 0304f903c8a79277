// Is a YYYY-MM-DD string a day on the calendar? (No dependencies: the CLI's flag checks use it at start-up.)
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isCalendarDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  // digits read in place: this runs for every date of every record
  const n = (i: number) => s.charCodeAt(i) - 48;
  const y = n(0) * 1000 + n(1) * 100 + n(2) * 10 + n(3), m = n(5) * 10 + n(6), d = n(8) * 10 + n(9);
  if (m < 1 || m > 12 || d < 1) return false;
  const days = m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : MONTH_DAYS[m - 1];
  return d <= days;
}
