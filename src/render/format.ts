// The one place numbers are formatted for people: 万元 with two decimals, 亿元 for large totals,
// percentages with one decimal, points with one decimal.
export function wan(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
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
