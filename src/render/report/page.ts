// The page of an official document per GB/T 9704-2012, in Word's units (twips, half-points),
// and the layout of a table's columns on it: the numbers the docx bulletin (./docx.ts) is built
// from, apart from the docx objects so that they can be checked on their own.
import type { TableBlock } from './document.js';
import { textPoints, tighten } from './typeset.js';

export const MM = 1440 / 25.4;                               // twips per millimetre
export const PAGE = { width: Math.round(210 * MM), height: Math.round(297 * MM) };   // 11906 × 16838
export const MARGIN = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;   // 156 mm
export const LINE = 579;                              // 28.95 pt in twips: 22 lines in 225 mm
// 22 lines a page: every body paragraph has an exact line spacing of 28.95 pt (225 mm / 22). No
// document grid: LibreOffice snaps table rows to it (doNotSnapToGridInCell is ignored there).
// 28 characters a line: 156 mm hold 27.6 characters of 16 pt, so body runs are condensed by
// 0.25 pt (28 × 15.75 pt = 441 pt ≤ 442.2 pt). A character grid (linesAndChars) would do the
// same in Word but is laid out differently by LibreOffice and WPS.
export const CONDENSE = -5;                           // twips of character spacing for body text
export const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', h1: '黑体', h2: '楷体_GB2312', page: '宋体', latin: 'Times New Roman' };
// half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt, 五号 10.5 pt
export const SIZE = { title: 44, body: 32, page: 28, imprint: 28, table: 24, tableSmall: 21, note: 24, caption: 24 };
export const RED = 'FF0000';

export const CELL_MARGIN = 60;                               // twips left and right in a cell
const pt2tw = (pt: number) => Math.ceil(pt * 20);

/**
 * Column widths from the content: a column of numbers, dates or codes (right or centre aligned)
 * gets its widest cell, so it never wraps; a header may wrap, but not inside a word of digits;
 * the text columns share the rest by their natural widths. 小四 when that fits the text width,
 * else 五号.
 */
export function layoutTable(t: TableBlock): { size: number; widths: number[] } {
  for (const size of [SIZE.table, SIZE.tableSmall]) {
    const pt = size / 2;
    const pad = 2 * CELL_MARGIN + 80;
    const fixed = t.aligns.map((a) => a !== 'left');
    const cells = (i: number) => t.rows.map((r) => tighten(r[i] ?? ''));
    // a header wraps between Chinese characters; keep its longest run of digits/Latin and 2 characters
    const headMin = (i: number) => Math.max(textPoints('项目', pt), ...(tighten(t.head[i]).match(/[\x21-\x7e]+/g) ?? []).map((w) => textPoints(w, pt)));
    const need = t.head.map((_, i) => pt2tw(Math.max(headMin(i), ...(fixed[i] ? cells(i).map((c) => textPoints(c, pt)) : [0]))) + pad);
    const natural = t.head.map((h, i) => (fixed[i] ? need[i] : pt2tw(Math.max(textPoints(tighten(h), pt) * 0.6, ...cells(i).map((c) => textPoints(c, pt)))) + pad));
    const minText = t.head.map((_, i) => (fixed[i] ? 0 : Math.max(need[i], pt2tw(4 * pt) + pad)));
    const fixedSum = need.reduce((a, w, i) => a + (fixed[i] ? w : 0), 0);
    // 小四 only where every name column still gets eight characters (or all it needs)
    const comfortable = t.head.reduce((a, _, i) => a + (fixed[i] ? 0 : Math.max(minText[i], Math.min(natural[i], pt2tw(8 * pt) + pad))), 0);
    if (fixedSum + comfortable > TEXT_WIDTH && size !== SIZE.tableSmall) continue;
    const widths = t.head.map((_, i) => (fixed[i] ? need[i] : minText[i]));
    const room = () => TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
    // grow columns towards a target width, in proportion to what each lacks, as far as the room goes
    const grow = (target: (i: number) => number) => {
      const lack = widths.map((w, i) => Math.max(0, target(i) - w));
      const sum = lack.reduce((a, b) => a + b, 0);
      const r = room();
      if (r > 0 && sum > 0) lack.forEach((l, i) => { widths[i] += Math.floor(l * Math.min(1, r / sum)); });
    };
    const headOne = t.head.map((h) => pt2tw(textPoints(tighten(h), pt)) + pad);
    // names up to eight characters on one line; then headers on one line (a header of four lines
    // is hard to read); then names at their full length
    grow((i) => (fixed[i] ? 0 : Math.min(natural[i], pt2tw(8 * pt) + pad)));
    grow((i) => headOne[i]);
    grow((i) => (fixed[i] ? 0 : natural[i]));
    // what is left goes to every column by its width, so the table is as wide as the text
    const r = room();
    if (r > 0) {
      const sum = widths.reduce((a, b) => a + b, 0);
      widths.forEach((w, i) => { widths[i] += Math.floor((r * w) / sum); });
    }
    return { size, widths };
  }
  throw new Error('unreachable');
}
