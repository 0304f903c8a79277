// The one place numbers are formatted for people: 万元 with two decimals, 亿元 for large totals,
// percentages with one decimal, points with one decimal.
// one formatter: toLocaleString with options builds an Intl.NumberFormat per call
// (0.4 s of the M workbook's column widths)
const WAN = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export function wan(n: number): string {
  return WAN.format(n);
}
/** 亿元 (100 million yuan) from 万元, two decimals. */
export function yi(n: number): string { return (n / 10000).toFixed(2); }
/** A money amount in the unit a reader expects: ≥ 1 亿元 in 亿元, else 万元. */
export function money(n: number, lang: 'zh' | 'en' = 'zh'): string {
  if (Math.abs(n) >= 10000) return lang === 'zh' ? `${yi(n)} 亿元` : `${yi(n)} 亿元 (100M yuan)`;
  return `${wan(n)} 万元`;
}
export function pct(x: number | null | undefined): string { return x === null || x === undefined ? '—' : `${x.toFixed(1)}%`; }
export function points(x: number | null | undefined): string { return x === null || x === undefined ? '—' : x.toFixed(1); }
/** signed points: "落后 12.3 个百分点" / "超过 2.0 个百分点" is worded by the caller; this gives +12.3 / −2.0 */
export function signed(x: number | null | undefined): string { return x === null || x === undefined ? '—' : `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(1)}`; }

// ---- for bulletins: Chinese dates and plain counts ----
/** "2022-12" → "2022年12月". */
export function cnMonth(month: string | null | undefined): string {
  if (!month) return '—';
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}
/** "2022-12-31" → "2022年12月31日". */
export function cnDate(date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}
/**
 * A date as official text writes it: "12月20日" within `year`, "2023年1月31日" outside it. A
 * time of day after the date ("2022-12-05 09:30") is kept after it.
 */
export function shortDate(date: string | null | undefined, year: number | null): string {
  if (!date) return '—';
  const [d, time] = date.split(' ');
  const [y, m, day] = d.split('-');
  const text = year !== null && Number(y) === year ? `${Number(m)}月${Number(day)}日` : cnDate(d);
  return time ? `${text} ${time}` : text;
}
/** A whole number with thousands separators. */
export function int(n: number | null | undefined): string { return n === null || n === undefined ? '—' : Math.round(n).toLocaleString('en-US'); }
/** A percentage number without the sign, one decimal ("89.5"), for sentences that say "%" themselves. */
export function pct1(x: number | null | undefined): string { return x === null || x === undefined ? '—' : x.toFixed(1); }
/** 1 → "一", 12 → "十二": for numbering headings (（一）、（二）…). */
export function cnNumber(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  if (n < 20) return `十${n % 10 ? d[n % 10] : ''}`;
  if (n < 100) return `${d[Math.floor(n / 10)]}十${n % 10 ? d[n % 10] : ''}`;
  return String(n);
}
