// A project's investment month by month as inline SVG, drawn by kzp (no chart library, nothing
// fetched): a bar for each month's investment, the year's cumulative investment as a line with
// one point per ledger month, and the year's plan spread evenly over its months as a dashed line.
import { xml } from '../render/report/index.js';
import { wan } from '../render/index.js';
import type { LedgerMonth } from './model.js';

const C = { bar: '#9fb7dd', actual: '#1f4e9c', plan: '#c62828', grid: '#ddd', text: '#222' };
const W = 720, H = 260, L = 64, R = 16, T = 24, B = 40;

export function investmentChart(months: LedgerMonth[]): string {
  if (!months.length) return '<p class="empty">尚无台账</p>';
  const max = Math.max(1, ...months.map((x) => Math.max(x.cumulative, x.planCumulative ?? 0, x.invested)));
  const step = niceStep(max / 4);
  const top = Math.ceil(max / step) * step;
  const slot = (W - L - R) / months.length;
  const x = (i: number) => L + slot * (i + 0.5);
  const y = (v: number) => T + (H - T - B) * (1 - v / top);
  const f = (n: number) => n.toFixed(1);
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${xml('月度完成投资与计划')}" font-size="12">`];
  for (let v = 0; v <= top + 1e-9; v += step) {
    out.push(`<line x1="${L}" y1="${f(y(v))}" x2="${W - R}" y2="${f(y(v))}" stroke="${C.grid}"/><text x="${L - 6}" y="${f(y(v) + 4)}" text-anchor="end" fill="${C.text}">${xml(wan(v).replace(/\.00$/, ''))}</text>`);
  }
  months.forEach((m, i) => {
    const bw = Math.max(2, slot * 0.5);
    out.push(`<rect class="bar" x="${f(x(i) - bw / 2)}" y="${f(y(m.invested))}" width="${f(bw)}" height="${f(y(0) - y(m.invested))}" fill="${C.bar}"><title>${xml(`${m.month} 当月完成 ${wan(m.invested)} 万元`)}</title></rect>`);
    const every = Math.ceil(months.length / 12);
    if (i % every === 0) out.push(`<text x="${f(x(i))}" y="${H - B + 16}" text-anchor="middle" fill="${C.text}">${xml(m.month.slice(2).replace('-', '.'))}</text>`);
  });
  // one line per year: the cumulative amount starts again each January
  const years = [...new Set(months.map((m) => m.month.slice(0, 4)))];
  for (const yr of years) {
    const idx = months.map((m, i) => [m, i] as const).filter(([m]) => m.month.startsWith(yr));
    const plan = idx.filter(([m]) => m.planCumulative !== null);
    if (plan.length > 1) out.push(`<polyline class="plan" fill="none" stroke="${C.plan}" stroke-width="1.5" stroke-dasharray="5 3" points="${plan.map(([m, i]) => `${f(x(i))},${f(y(m.planCumulative!))}`).join(' ')}"/>`);
    out.push(`<polyline class="actual" fill="none" stroke="${C.actual}" stroke-width="2" points="${idx.map(([m, i]) => `${f(x(i))},${f(y(m.cumulative))}`).join(' ')}"/>`);
  }
  months.forEach((m, i) => {
    out.push(`<circle class="point" data-month="${xml(m.month)}" cx="${f(x(i))}" cy="${f(y(m.cumulative))}" r="3.5" fill="${C.actual}"><title>${xml(`${m.month} 本年累计 ${wan(m.cumulative)} 万元${m.planCumulative !== null ? `，按计划应达 ${wan(m.planCumulative)} 万元` : ''}`)}</title></circle>`);
  });
  out.push(`<text x="${L}" y="14" fill="${C.text}">万元</text>`);
  out.push(`<g transform="translate(${W - R - 330},8)"><rect width="12" height="10" fill="${C.bar}"/><text x="16" y="10">当月完成</text><line x1="80" y1="5" x2="100" y2="5" stroke="${C.actual}" stroke-width="2"/><text x="104" y="10">本年累计</text><line x1="170" y1="5" x2="190" y2="5" stroke="${C.plan}" stroke-width="1.5" stroke-dasharray="5 3"/><text x="194" y="10">年度计划（按月均分）</text></g>`);
  out.push('</svg>');
  return out.join('');
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const n = raw / p;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * p;
}
