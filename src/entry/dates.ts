// Which month and day a ledger is about. Pure: "today" is always passed in by the CLI layer
// (src/cli/context.ts asOfDate is the one clock); nothing here reads the clock. Also what staff
// type as an amount, and the fix when it is not one.
import { addMonths, monthEnd } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';
import { isCalendarDate } from '../schema/index.js';

/** LS-4: ledgers are due by month end, so in the first ten days of a month the month just ended is the one to report. */
export function defaultLedgerMonth(today: string, firstDays = 10): string {
  const month = today.slice(0, 7);
  return Number(today.slice(8, 10)) <= firstDays ? addMonths(month, -1) : month;
}

/** The default date of an event reported in a month's ledger: today, but not after the month's end. */
export function defaultEventDate(month: string, today: string): string {
  const end = monthEnd(month);
  return today < end ? (today < `${month}-01` ? `${month}-01` : today) : end;
}

export { isCalendarDate, monthEnd };
export const isMonth = (s: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

/**
 * Lenient number input for staff: full-width digits, thousands separators and a trailing 万元 are
 * accepted. A comma only groups thousands (1,200.5): `8,20` is a decimal comma, refused rather
 * than read as 820; so is an amount beyond 2^53, which a number cannot hold exactly.
 */
export function parseMoney(input: string): number | null {
  const s = input.normalize('NFKC').replace(/\s/g, '').replace(/(万元|万)$/, '');
  if (s.includes(',') && !THOUSANDS.test(s)) return null;
  const n = s.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(n)) return null;
  const v = Number(n);
  return v <= Number.MAX_SAFE_INTEGER ? v : null;
}
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/;

/** `8,20` or `8，2`: a comma where the decimal point belongs; the amount meant, or null. */
export function decimalComma(input: string): string | null {
  const s = input.normalize('NFKC').replace(/\s/g, '').replace(/(万元|万)$/, '');
  return /^\d+,\d{1,2}$/.test(s) ? s.replace(',', '.') : null;
}

/** What to type instead of an amount that is not one: the decimal point for a decimal comma. */
export function moneyFix(input: string, lang: Lang): string {
  const fixed = decimalComma(input);
  return fixed ? t('entry.bad.moneyComma', { value: input, fixed }, lang) : t('entry.bad.money', {}, lang);
}

export function parsePercent(input: string): number | null {
  const s = input.normalize('NFKC').replace(/\s/g, '').replace(/%$/, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return n >= 0 && n <= 100 ? n : null;
}

/** Lenient date input: full-width digits, and 2022/10/5 or 2022.10.5, are normalised to YYYY-MM-DD. */
export function parseDate(input: string): string | null {
  const s = input.normalize('NFKC').trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (!m) return null;
  const d = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isCalendarDate(d) ? d : null;
}
