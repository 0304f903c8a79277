// The docx bulletin: the md template's output laid out as an official document per GB/T
// 9704-2012 (党政机关公文格式): A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title
// 2号 方正小标宋简体 centred; body 3号 仿宋_GB2312 with Times New Roman for Latin letters and
// digits; level-1 headings 黑体, level-2 楷体_GB2312; 22 lines of 28 characters (document grid,
// line pitch 28.95 pt exactly); page numbers "— 1 —" in 4号 宋体, odd pages right and even pages
// left, one character in from the edge; tables in 五号/小四 with a repeated header row. The 版头:
// the issuer's name as 发文机关标志 (red 小标宋, centred, as large as fits the 156 mm line, at most
// 初号), and under it the red 分隔线 as wide as the text, before the title.
//
// The md subset read here is what templates/report/*.md.hbs write: `#` title, a bold line after
// it as subtitle, `##`/`###`/`####` headings, paragraphs, `- ` items, `> [!WARNING]` banners,
// `>` quotes, pipe tables, `---` (what follows is the closing note and signature), `**bold**`.
import {
  AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, PageOrientation,
  Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { displayWidth } from '../width.js';
import { mdUnescape } from './templates.js';

// ---- GB/T 9704-2012 numbers ----
const MM = 1440 / 25.4;                               // twips per millimetre
export const PAGE = { width: Math.round(210 * MM), height: Math.round(297 * MM) };   // 11906 × 16838
export const MARGIN = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;   // 156 mm
export const LINE = 579;                              // 28.95 pt in twips: 22 lines in 225 mm
const BODY_PT = 16;                                   // 3号
// 22 lines a page: every body paragraph has an exact line spacing of 28.95 pt (225 mm / 22). No
// document grid: LibreOffice snaps table rows to it (doNotSnapToGridInCell is ignored there).
// 28 characters a line: 156 mm hold 27.6 characters of 16 pt, so body runs are condensed by
// 0.25 pt (28 × 15.75 pt = 441 pt ≤ 442.2 pt). A character grid (linesAndChars) would do the
// same in Word but is laid out differently by LibreOffice and WPS.
export const CONDENSE = -5;                           // twips of character spacing for body text
export const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', h1: '黑体', h2: '楷体_GB2312', page: '宋体', latin: 'Times New Roman' };
const SIZE = { title: 44, body: 32, page: 28, table: 21, tableWide: 21, tableNarrow: 24 };   // half-points: 2号 22pt, 3号 16pt, 4号 14pt, 五号 10.5pt, 小四 12pt

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia });

type Inline = { text: string; bold: boolean };
function inlines(s: string): Inline[] {
  const out: Inline[] = [];
  const re = /\*\*(.+?)\*\*/g;
  let last = 0, m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m.index > last) out.push({ text: mdUnescape(s.slice(last, m.index)), bold: false });
    out.push({ text: mdUnescape(m[1]), bold: true });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ text: mdUnescape(s.slice(last)), bold: false });
  return out;
}

/** Chinese typesetting: no spaces between Chinese and Latin letters or digits (the md keeps them for readability). */
export function tighten(s: string): string {
  const cjk = '\u2014\u2018-\u201d\u3000-\u303f\u3400-\u9fff\uff00-\uffef';
  return s.replace(new RegExp(`([${cjk}]) +(?=[0-9A-Za-z%.+\u2212-])`, 'g'), '$1').replace(new RegExp(`([0-9A-Za-z%.]) +(?=[${cjk}])`, 'g'), '$1');
}

interface RunStyle { font: string; size: number; bold?: boolean; color?: string; condense?: boolean }
function runs(s: string, st: RunStyle): TextRun[] {
  return inlines(s).map((x) => new TextRun({
    text: tighten(x.text), font: font(st.font), size: st.size, bold: st.bold || x.bold || undefined, color: st.color,
    characterSpacing: st.size === SIZE.body && st.condense !== false ? CONDENSE : undefined,
  }));
}

const exact = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
function para(s: string, st: RunStyle, o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; rightIndent?: number; border?: boolean } = {}): Paragraph {
  return new Paragraph({
    children: runs(s, st), alignment: o.align ?? AlignmentType.JUSTIFIED, spacing: exact,
    indent: { firstLine: o.indent === false ? 0 : 2 * BODY_PT * 20, right: o.rightIndent },
    border: o.border ? { top: box, bottom: box, left: box, right: box } : undefined,
  });
}
const box = { style: BorderStyle.SINGLE, size: 12, color: 'C62828', space: 4 };

function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) { cur += s[i] + s[i + 1]; i++; continue; }
    if (s[i] === '|') { cells.push(cur.trim()); cur = ''; continue; }
    cur += s[i];
  }
  cells.push(cur.trim());
  return cells;
}

function table(lines: string[]): Table {
  const head = splitRow(lines[0]);
  const alignRow = lines[1] && /^\|?\s*:?-{3,}/.test(lines[1].trim()) ? splitRow(lines[1]) : null;
  const body = lines.slice(alignRow ? 2 : 1).map(splitRow);
  const n = head.length;
  const aligns = Array.from({ length: n }, (_, i) => {
    const a = alignRow?.[i] ?? '';
    return a.startsWith(':') && a.endsWith(':') ? AlignmentType.CENTER : a.endsWith(':') ? AlignmentType.RIGHT : AlignmentType.LEFT;
  });
  const size = n >= 6 ? SIZE.tableWide : SIZE.tableNarrow;
  // widths: by the widest text of each column (header counted less, it may wrap), scaled to the text width
  const want = Array.from({ length: n }, (_, i) => {
    const cells = body.map((r) => displayWidth(mdUnescape(r[i] ?? '')));
    const hw = displayWidth(mdUnescape(head[i]).replace(/（.*?）/g, ''));
    const w = Math.max(4, Math.min(hw, 8), ...cells);
    return Math.min(w, 36);
  });
  // columns of numbers and dates never wrap: they get their width first, text columns share the rest
  const half = (size / 2) * 10;                      // twips of one Latin character (half an em)
  const fixed = Array.from({ length: n }, (_, i) => body.length > 0 && body.every((r) => { const x = mdUnescape(r[i] ?? ''); return displayWidth(x) === x.length || x.length <= 4; }));
  const fixedW = want.map((w, i) => (fixed[i] ? Math.ceil(w * half + 160) : 0));
  const rest = Math.max(TEXT_WIDTH - fixedW.reduce((a, b) => a + b, 0), TEXT_WIDTH * 0.3);
  const flexTotal = want.reduce((a, w, i) => a + (fixed[i] ? 0 : w), 0) || 1;
  let widths = want.map((w, i) => (fixed[i] ? fixedW[i] : Math.floor((rest * w) / flexTotal)));
  const sum = widths.reduce((a, b) => a + b, 0);
  if (sum > TEXT_WIDTH) widths = widths.map((w) => Math.floor((w * TEXT_WIDTH) / sum));
  const cellPara = (s: string, align: (typeof AlignmentType)[keyof typeof AlignmentType], header: boolean) => new Paragraph({
    children: runs(s, { font: header ? FONTS.h1 : FONTS.body, size }), alignment: header ? AlignmentType.CENTER : align,
    spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
  });
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const row = (cells: string[], header: boolean) => new TableRow({
    tableHeader: header, cantSplit: true,
    children: Array.from({ length: n }, (_, i) => new TableCell({
      children: [cellPara(cells[i] ?? '', aligns[i], header)], width: { size: widths[i], type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER,
      margins: { top: 30, bottom: 30, left: 60, right: 60 }, borders,
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } : undefined,
    })),
  });
  return new Table({ rows: [row(head, true), ...body.map((r) => row(r, false))], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths });
}

function footer(odd: boolean): Footer {
  const st = { font: font(FONTS.page), size: SIZE.page };
  return new Footer({
    children: [new Paragraph({
      alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: odd ? { right: SIZE.page * 10 } : { left: SIZE.page * 10 },   // one 4号 character in from the edge
      children: [new TextRun({ ...st, text: '— ' }), new TextRun({ ...st, children: [PageNumber.CURRENT] }), new TextRun({ ...st, text: ' —' })],
    })],
  });
}

const RED = 'FF0000';
/**
 * The 版头 (GB/T 9704-2012 7.2): the issuer's name (发文机关标志, here its full name alone, which
 * the standard allows) in red 小标宋, centred, as large as one line of the version area holds, at
 * most 初号 (42 pt); then the red 分隔线, as wide as the text, 4 mm below.
 */
function masthead(issuer: string): Paragraph[] {
  const ems = Math.max(1, displayWidth(issuer) / 2);
  const pt = Math.min(42, Math.floor((TEXT_WIDTH / 20) / ems));
  return [
    new Paragraph({
      children: [new TextRun({ text: issuer, font: font(FONTS.title), size: pt * 2, color: RED })],
      alignment: AlignmentType.CENTER, spacing: { line: Math.max(LINE, pt * 20 + 120), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    }),
    new Paragraph({
      children: [], spacing: { line: 240, lineRule: LineRuleType.EXACT, before: 0, after: Math.round(4 * MM) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 0 } },   // 2.25 pt
    }),
    new Paragraph({ children: [], spacing: exact }),
  ];
}

/** Lay an md bulletin out as a GB/T 9704 document; with `issuer`, under its red 版头. */
export function mdToDocument(md: string, meta: { title: string; warning: boolean; issuer?: string }): Document {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const children: (Paragraph | Table)[] = meta.issuer ? masthead(meta.issuer) : [];
  const body: RunStyle = { font: FONTS.body, size: SIZE.body };
  let afterRule = false, sawTitle = false, lastWasTitle = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const tr = line.trim();
    if (!tr) continue;
    if (tr.startsWith('|')) {
      const block: string[] = [];
      while (i < lines.length && lines[i].trim().startsWith('|')) block.push(lines[i++]);
      i--;
      children.push(table(block));
      children.push(new Paragraph({ children: [], spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } }));
      lastWasTitle = false;
      continue;
    }
    if (tr.startsWith('>')) {
      const block: string[] = [];
      while (i < lines.length && lines[i].trim().startsWith('>')) block.push(lines[i++].trim().replace(/^>\s?/, ''));
      i--;
      const warn = /^\[!(WARNING|CAUTION|IMPORTANT)\]/.test(block[0] ?? '');
      const text = block.filter((b) => !/^\[!\w+\]$/.test(b)).join('');
      children.push(para(text, warn ? { font: FONTS.h1, size: SIZE.body, color: 'C62828', bold: true } : { font: FONTS.h2, size: SIZE.body }, { indent: !warn, border: warn, align: AlignmentType.LEFT }));
      continue;
    }
    if (/^-{3,}$/.test(tr)) { afterRule = true; children.push(new Paragraph({ children: [], spacing: exact })); continue; }
    const h = /^(#{1,4})\s+(.*)$/.exec(tr);
    if (h) {
      const level = h[1].length;
      if (level === 1) {
        children.push(para(h[2], { font: FONTS.title, size: SIZE.title }, { align: AlignmentType.CENTER, indent: false }));
        sawTitle = true; lastWasTitle = true;
        continue;
      }
      const st = level === 2 ? { font: FONTS.h1, size: SIZE.body } : level === 3 ? { font: FONTS.h2, size: SIZE.body } : { font: FONTS.body, size: SIZE.body, bold: true };
      children.push(para(h[2], st, { align: AlignmentType.LEFT }));
      lastWasTitle = false;
      continue;
    }
    if (lastWasTitle && sawTitle && /^\*\*.*\*\*$/.test(tr)) {
      children.push(para(tr.slice(2, -2), { font: FONTS.h2, size: SIZE.body }, { align: AlignmentType.CENTER, indent: false }));
      children.push(new Paragraph({ children: [], spacing: exact }));
      lastWasTitle = false;
      continue;
    }
    lastWasTitle = false;
    if (/^[-*]\s+/.test(tr)) { children.push(para(tr.replace(/^[-*]\s+/, ''), body)); continue; }
    // after the rule: the closing note, then the issuer and date, right-aligned (落款)
    if (afterRule && displayWidth(tr) <= 40 && !/[：:，,；;。]/.test(tr)) {
      children.push(para(tr, body, { align: AlignmentType.RIGHT, indent: false, rightIndent: 4 * BODY_PT * 20 }));
      continue;
    }
    children.push(para(tr, body));
  }
  return new Document({
    creator: 'kzp', title: meta.title, description: meta.warning ? '数据未通过校验' : '',
    evenAndOddHeaderAndFooters: true,
    compatibility: { doNotSnapToGridInCell: true },
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.body }, paragraph: { spacing: exact } } } },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
          margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right, header: Math.round(15 * MM), footer: Math.round(23 * MM) },
        },
      },
      footers: { default: footer(true), even: footer(false) },
      children,
    }],
  });
}

export async function mdToDocx(md: string, meta: { title: string; warning: boolean; issuer?: string }): Promise<Uint8Array> {
  const buf = await Packer.toBuffer(mdToDocument(md, meta));
  return new Uint8Array(buf);
}
