// The bulletin's two charts as SVG, drawn here (no chart library, nothing fetched): completion by
// sector against time progress, and cumulative investment month by month against the planned
// line. The html bulletin has them inline; the docx has the same SVG with a PNG beside it for
// readers without SVG (./png.ts). Labels are 13 px of a 640 px wide chart: 9 pt when the chart is
// as wide as the text of an A4 page. Every text from the records is XML-escaped.
import type { Bulletin } from '../../engine/index.js';
import { pct, yi } from '../format.js';

export function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const COLORS = { green: '#2e7d32', yellow: '#f9a825', red: '#c62828', plan: '#555', actual: '#1f4e9c', bar: '#9fb7dd', grid: '#ddd', text: '#222' };
// the official 仿宋 first; then CJK fonts a machine without it has (Linux, macOS), so the PNG shows Chinese
const FONT = `font-family="'FangSong','仿宋_GB2312','仿宋','SimSun','Noto Serif CJK SC','Source Han Serif SC','Songti SC','Noto Sans CJK SC',serif"`;
export const CHART_WIDTH = 640;
const PX = 13;

/** Horizontal bars: each sector's completion, coloured by its light, and a dashed line at time progress. */
export function sectorChart(b: Bulletin): string {
  const rows = b.sectors;
  const W = CHART_WIDTH, left = 104, right = 64, top = 30, rowH = 28, bottom = 32;
  const H = top + rows.length * rowH + bottom;
  const max = Math.max(100, b.overall.timeProgress, ...rows.map((r) => r.completion ?? 0));
  const scale = Math.ceil(max / 20) * 20;
  const x = (v: number) => left + ((W - left - right) * v) / scale;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${xml('分领域投资完成率与时间进度')}" ${FONT} font-size="${PX}">`);
  for (let v = 0; v <= scale; v += 20) {
    out.push(`<line x1="${x(v)}" y1="${top - 6}" x2="${x(v)}" y2="${H - bottom}" stroke="${COLORS.grid}"/>`);
    out.push(`<text x="${x(v)}" y="${H - bottom + 16}" text-anchor="middle" fill="${COLORS.text}">${v}%</text>`);
  }
  const tp = x(b.overall.timeProgress);
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const c = r.completion ?? 0;
    out.push(`<text x="${left - 8}" y="${y + rowH / 2 + 4}" text-anchor="end" fill="${COLORS.text}">${xml(r.name)}</text>`);
    out.push(`<rect x="${left}" y="${y + 5}" width="${Math.max(0, x(c) - left).toFixed(1)}" height="${rowH - 10}" fill="${COLORS[r.light]}"><title>${xml(`${r.name} ${pct(r.completion)}`)}</title></rect>`);
    out.push(completionLabel(pct(r.completion), x(c), left, tp, y + rowH / 2 + 4));
  });
  out.push(`<line x1="${tp}" y1="${top - 10}" x2="${tp}" y2="${H - bottom}" stroke="${COLORS.plan}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
  out.push(`<text x="${tp}" y="${top - 14}" text-anchor="middle" fill="${COLORS.plan}">${xml(`时间进度 ${pct(b.overall.timeProgress)}`)}</text>`);
  out.push('</svg>');
  return out.join('');
}

/** Width of a label of digits, "." and "%" at 13 px, a little generous. */
export const labelWidth = (text: string): number => 8 * text.length + 4;

/**
 * A bar's percentage, after its end, unless the dashed time-progress line would cross it: then
 * inside the bar's end in white where the bar is long enough, else after the line.
 */
export function completionLabel(text: string, end: number, left: number, tp: number, y: number): string {
  const w = labelWidth(text);
  const from = end + 4;
  if (from + w < tp - 3 || from > tp + 3) return `<text x="${from.toFixed(1)}" y="${y}" fill="${COLORS.text}">${xml(text)}</text>`;
  if (end - left >= w + 8) return `<text x="${(end - 4).toFixed(1)}" y="${y}" text-anchor="end" fill="#fff">${xml(text)}</text>`;
  return `<text x="${(Math.max(tp, end) + 5).toFixed(1)}" y="${y}" fill="${COLORS.text}">${xml(text)}</text>`;
}

/** Monthly investment bars, the cumulative line and the planned line (plan × months / 12), in 亿元. */
export function monthlyChart(b: Bulletin): string {
  const pts = b.monthly;
  const W = CHART_WIDTH, H = 310, left = 60, right = 24, top = 34, bottom = 44;
  const maxV = Math.max(b.overall.planned, ...pts.map((p) => p.cumulative), 1);
  const step = niceStep(maxV / 5);
  const scale = Math.ceil(maxV / step) * step;
  const n = 12;
  const slot = (W - left - right) / n;
  const x = (i: number) => left + slot * (i + 0.5);
  const y = (v: number) => top + (H - top - bottom) * (1 - v / scale);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${xml('累计完成投资与序时计划')}" ${FONT} font-size="${PX}">`);
  for (let v = 0; v <= scale + 1e-9; v += step) {
    out.push(`<line x1="${left}" y1="${y(v).toFixed(1)}" x2="${W - right}" y2="${y(v).toFixed(1)}" stroke="${COLORS.grid}"/>`);
    out.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="${COLORS.text}">${yi(v)}</text>`);
  }
  out.push(`<text x="${left - 6}" y="${top - 14}" text-anchor="end" fill="${COLORS.text}">亿元</text>`);
  for (let i = 0; i < n; i++) out.push(`<text x="${x(i).toFixed(1)}" y="${H - bottom + 16}" text-anchor="middle" fill="${COLORS.text}">${i + 1}月</text>`);
  pts.forEach((p, i) => {
    out.push(`<rect x="${(x(i) - slot * 0.3).toFixed(1)}" y="${y(p.invested).toFixed(1)}" width="${(slot * 0.6).toFixed(1)}" height="${(y(0) - y(p.invested)).toFixed(1)}" fill="${COLORS.bar}"><title>${xml(`${p.month} 当月 ${yi(p.invested)} 亿元`)}</title></rect>`);
  });
  const planLine = Array.from({ length: n }, (_, i) => `${x(i).toFixed(1)},${y((b.overall.planned * (i + 1)) / 12).toFixed(1)}`).join(' ');
  out.push(`<polyline points="${planLine}" fill="none" stroke="${COLORS.plan}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
  if (pts.length) {
    out.push(`<polyline points="${pts.map((p, i) => `${x(i).toFixed(1)},${y(p.cumulative).toFixed(1)}`).join(' ')}" fill="none" stroke="${COLORS.actual}" stroke-width="2.5"/>`);
    pts.forEach((p, i) => out.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(p.cumulative).toFixed(1)}" r="3" fill="${COLORS.actual}"><title>${xml(`${p.month} 累计 ${yi(p.cumulative)} 亿元，${pct(p.completion)}`)}</title></circle>`));
    const last = pts[pts.length - 1];
    // above whichever line is higher there: both rise to the right, so the label, which ends
    // left of the point, clears both (behind plan, the dashed line crossed it)
    const planned = (b.overall.planned * pts.length) / 12;
    const ly = Math.max(14, Math.min(y(last.cumulative), y(planned)) - 8);
    out.push(`<text x="${(x(pts.length - 1) - 6).toFixed(1)}" y="${ly.toFixed(1)}" text-anchor="end" fill="${COLORS.actual}">${xml(`${yi(last.cumulative)} 亿元（${pct(last.completion)}）`)}</text>`);
  }
  const ly = H - 8;
  out.push(`<line x1="${left}" y1="${ly - 4}" x2="${left + 24}" y2="${ly - 4}" stroke="${COLORS.actual}" stroke-width="2.5"/><text x="${left + 30}" y="${ly}">累计完成投资</text>`);
  out.push(`<line x1="${left + 140}" y1="${ly - 4}" x2="${left + 164}" y2="${ly - 4}" stroke="${COLORS.plan}" stroke-width="1.5" stroke-dasharray="5 3"/><text x="${left + 170}" y="${ly}">序时计划（年度计划×月数/12）</text>`);
  out.push(`<rect x="${left + 410}" y="${ly - 10}" width="14" height="10" fill="${COLORS.bar}"/><text x="${left + 430}" y="${ly}">当月完成投资</text>`);
  out.push('</svg>');
  return out.join('');
}

function niceStep(raw: number): number {
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  for (const k of [1, 2, 2.5, 5, 10]) if (k * p >= raw) return k * p;
  return 10 * p;
}

export interface Chart { svg: string; caption: string; width: number; height: number }

function chart(svg: string, caption: string): Chart {
  return { svg, caption, width: CHART_WIDTH, height: Number(/height="(\d+)"/.exec(svg)?.[1] ?? 300) };
}

/** The charts of a monthly bulletin, by the name its template places them with (`<!-- kzp:chart NAME -->`). */
export function chartsFor(b: Bulletin): Record<string, Chart> {
  return {
    monthly: chart(monthlyChart(b), `1—${b.monthNumber}月累计完成投资与序时计划`),
    sectors: chart(sectorChart(b), `分领域投资完成率与时间进度（${pct(b.overall.timeProgress)}）`),
  };
}
