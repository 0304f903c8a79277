// The docx bulletin: the blocks of the md bulletin (./document.ts) laid out as an official
// document per GB/T 9704-2012 (党政机关公文格式), with Word's own structure:
// - A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 22 lines of 28 characters
//   (body lines exactly 28.95 pt; body runs condensed 0.25 pt); page numbers "— 1 —" in 4号 宋体,
//   odd pages right and even pages left, one character in from the edge.
// - Paragraph styles, so that Word's navigation pane and a table of contents work and every
//   paragraph of a kind looks the same: Title (2号 方正小标宋简体), Heading 1 / 2 / 3 with outline
//   levels 1–3 for 一、 (3号 黑体) / （一） (3号 楷体_GB2312) / 1. (3号 仿宋_GB2312 bold), Normal
//   (3号 仿宋_GB2312, Times New Roman for Latin letters and digits), all black: none of Word's
//   blue heading defaults.
// - The 版头: the issuer(s) as 发文机关标志 (red 小标宋, centred, as large as fits the 156 mm line,
//   at most 初号; two issuers stacked: 联合行文), the 期号 and issuing date, the red 分隔线.
// - Tables in 小四 (五号 where 小四 does not fit): columns of numbers, dates and codes as wide as
//   their widest cell so they never wrap, names and text sharing the rest; amounts right-aligned;
//   a repeated header row; rows never split across pages.
// - The charts as SVG with a PNG fallback (./png.ts), each with its caption.
// - The 落款 (signers and date) kept on one page with the paragraph before it; the 附注 under
//   it; an annex on a new page; the 版记 last (4号, thick first and last lines, thin between,
//   a second line of 抄送 under the first name).
// - Reproducible: the same blocks give the same bytes (fixed timestamps; see `pack`).
import {
  AlignmentType, BorderStyle, Document, Footer, ImageRun, LineRuleType, Packer, PageNumber, PageOrientation,
  Paragraph, ShadingType, TableLayoutType, TabStopType, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { displayWidth } from '../width.js';
import type { Chart } from './charts.js';
import { plain, type Align, type Block, type BulletinDocument, type Inline, type TableBlock } from './document.js';
import type { DocProperties } from './index.js';
import { svgToPng } from './png.js';
import { tighten } from './typeset.js';

import { CELL_MARGIN, CONDENSE, FONTS, LINE, MARGIN, MM, PAGE, RED, SIZE, TEXT_WIDTH, layoutTable } from './page.js';

const INDENT = 2 * 16 * 20;                           // two 3号 characters: the first-line indent

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia });
const exact = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const single = { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 };

/** Word's styles for the bulletin: the official fonts and sizes, all black, headings with outline levels. */
function styles() {
  const heading = (eastAsia: string, level: number, bold = false) => ({
    run: { font: font(eastAsia), size: SIZE.body, color: '000000', bold, characterSpacing: CONDENSE },
    paragraph: { spacing: exact, indent: { firstLine: INDENT }, outlineLevel: level, keepNext: true, keepLines: true },
  });
  const own = (id: string, name: string, run: object, paragraph: object) => ({ id, name, ...(id === 'Normal' ? {} : { basedOn: 'Normal' }), next: 'Normal', quickFormat: true, run, paragraph });
  return {
    default: {
      document: { run: { font: font(FONTS.body), size: SIZE.body, color: '000000' }, paragraph: { spacing: exact } },
      title: { run: { font: font(FONTS.title), size: SIZE.title, color: '000000' }, paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 760, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, keepNext: true } },
      heading1: heading(FONTS.h1, 0),
      heading2: heading(FONTS.h2, 1),
      heading3: heading(FONTS.body, 2, true),
      // not used by the bulletins, but black like the others for whoever adds one in Word
      heading4: heading(FONTS.body, 3), heading5: heading(FONTS.body, 4), heading6: heading(FONTS.body, 5),
    },
    paragraphStyles: [
      own('Normal', 'Normal', { font: font(FONTS.body), size: SIZE.body, characterSpacing: CONDENSE }, { alignment: AlignmentType.JUSTIFIED, spacing: exact, indent: { firstLine: INDENT } }),
      own('KzpSubtitle', '副标题（楷体）', { font: font(FONTS.h2), size: SIZE.body }, { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true }),
      own('KzpMasthead', '发文机关标志', { font: font(FONTS.title), color: RED }, { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } }),
      own('KzpIssue', '期号', { font: font(FONTS.body), size: SIZE.body }, { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } }),
      own('KzpTable', '表格文字', { font: font(FONTS.body), size: SIZE.table, characterSpacing: 0 }, { alignment: AlignmentType.LEFT, spacing: single, indent: { firstLine: 0 } }),
      own('KzpTableHead', '表头', { font: font(FONTS.h1), size: SIZE.table, characterSpacing: 0 }, { alignment: AlignmentType.CENTER, spacing: single, indent: { firstLine: 0 } }),
      own('KzpFigure', '图', {}, { alignment: AlignmentType.CENTER, spacing: single, indent: { firstLine: 0 }, keepNext: true }),
      own('KzpCaption', '图题', { font: font(FONTS.body), size: SIZE.caption, characterSpacing: 0 }, { alignment: AlignmentType.CENTER, spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 120 }, indent: { firstLine: 0 } }),
      own('KzpSignature', '落款', { font: font(FONTS.body), size: SIZE.body }, { alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: 4 * 16 * 20 }, keepNext: true, keepLines: true }),
      own('KzpNote', '附注', { font: font(FONTS.body), size: SIZE.note, characterSpacing: 0 }, { alignment: AlignmentType.JUSTIFIED, spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, indent: { firstLine: 2 * 12 * 20 } }),
      own('KzpImprint', '版记', { font: font(FONTS.body), size: SIZE.imprint, characterSpacing: 0 }, { alignment: AlignmentType.LEFT, spacing: { line: 440, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, indent: { firstLine: 0, left: 280, right: 280 } }),
      own('KzpWarning', '警示', { font: font(FONTS.h1), size: SIZE.body, color: 'C62828', bold: true }, { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } }),
    ],
  };
}

const runs = (xs: Inline[], extra: { size?: number } = {}) => xs.map((x) => new TextRun({ text: tighten(x.text), bold: x.bold || undefined, ...extra }));
const plainRun = (s: string, extra: object = {}) => new TextRun({ text: tighten(s), ...extra });

// ---- tables ----

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER };

function table(t: TableBlock): Table {
  const { size, widths } = layoutTable(t);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, i: number, header: boolean) => new TableCell({
    children: [new Paragraph({ style: header ? 'KzpTableHead' : 'KzpTable', alignment: header ? AlignmentType.CENTER : ALIGN[t.aligns[i]], children: [plainRun(text, { size })] })],
    width: { size: widths[i], type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER,
    margins: { top: 30, bottom: 30, left: CELL_MARGIN, right: CELL_MARGIN }, borders,
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } : undefined,
  });
  const row = (cells: string[], header: boolean) => new TableRow({ tableHeader: header, cantSplit: true, children: t.head.map((_, i) => cell(cells[i] ?? '', i, header)) });
  return new Table({ rows: [row(t.head, true), ...t.rows.map((r) => row(r, false))], width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED });
}

// ---- the parts of an official document ----

/** 发文机关标志: red 小标宋, as large as the longest name fits one line, at most 初号 (42 pt). */
function masthead(issuers: string[]): Paragraph[] {
  const ems = Math.max(1, ...issuers.map((x) => displayWidth(x) / 2));
  const pt = Math.min(42, Math.floor((TEXT_WIDTH / 20) / ems));
  return issuers.map((name) => new Paragraph({
    style: 'KzpMasthead', children: [new TextRun({ text: name, size: pt * 2 })],
    spacing: { line: Math.max(LINE, pt * 20 + 120), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  }));
}

const redRule = { style: BorderStyle.SINGLE, size: 18, color: RED, space: 8 };   // 2.25 pt, 4 mm below

/** The 期号 left, the issuing date right, and under them the red 分隔线 as wide as the text. */
function issueLine(number: string, date: string): Paragraph[] {
  return [
    new Paragraph({ children: [], spacing: exact }),
    new Paragraph({
      style: 'KzpIssue', tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [plainRun(number), new TextRun({ text: '\t' }), plainRun(date)], border: { bottom: redRule },
    }),
    new Paragraph({ children: [], spacing: exact }),
  ];
}

function chartParagraphs(c: Chart, n: number): Paragraph[] {
  const width = 589;                                  // px at 96 dpi: 156 mm
  const height = Math.round((width * c.height) / c.width);
  const svg = new TextEncoder().encode(c.svg);
  return [
    new Paragraph({
      style: 'KzpFigure',
      children: [new ImageRun({ type: 'svg', data: svg, transformation: { width, height }, fallback: { type: 'png', data: svgToPng(c.svg, 1800) }, altText: { name: `图${n}`, title: c.caption, description: c.caption } })],
    }),
    new Paragraph({ style: 'KzpCaption', children: [plainRun(`图${n}　${c.caption}`)] }),
  ];
}

const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000' };   // 0.35 mm
const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' };    // 0.25 mm
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** The 版记 (GB/T 9704-2012 7.4): one line a row, a thick line above the first and below the last, thin lines between. */
function imprint(b: Extract<Block, { kind: 'imprint' }>): Table {
  const ch = SIZE.imprint * 10;                      // one 4号 character in twips
  const para = (children: TextRun[], label: number, last: boolean) => new Paragraph({
    style: 'KzpImprint', keepNext: !last, children,
    // "抄送：" and the like: a second line starts under the first name (GB/T 9704-2012 7.4.2)
    indent: label ? { left: ch + label * ch, hanging: label * ch, right: ch } : undefined,
    tabStops: last ? [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - 2 * ch }] : undefined,
  });
  const rows = [
    ...b.lines.map((l) => para([plainRun(l)], /^[^：]{1,4}：/.test(l) ? l.indexOf('：') + 1 : 0, false)),
    para([plainRun(b.issuer), new TextRun({ text: '\t' }), plainRun(b.date)], 0, true),
  ].map((p, i, all) => new TableRow({
    cantSplit: true,
    children: [new TableCell({
      width: { size: TEXT_WIDTH, type: WidthType.DXA }, margins: { top: 40, bottom: 40, left: 0, right: 0 },
      borders: { top: i === 0 ? thick : thin, bottom: i === all.length - 1 ? thick : thin, left: none, right: none },
      children: [p],
    })],
  }));
  // after the 附注, all on one page. GB/T 9704 puts its last line on the bottom edge of the last
  // page; a floating table would, in Word, but LibreOffice 7 moves it to the top of a page of its own
  return new Table({
    rows, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [TEXT_WIDTH], layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
  });
}

function footer(odd: boolean): Footer {
  const st = { font: font(FONTS.page), size: SIZE.page };
  return new Footer({
    children: [new Paragraph({
      alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT, spacing: single,
      indent: odd ? { right: SIZE.page * 10, firstLine: 0 } : { left: SIZE.page * 10, firstLine: 0 },   // one 4号 character in from the edge
      children: [new TextRun({ ...st, text: '— ' }), new TextRun({ ...st, children: [PageNumber.CURRENT] }), new TextRun({ ...st, text: ' —' })],
    })],
  });
}

/** The bulletin's blocks as a Word document. */
export function documentOf(d: BulletinDocument, charts: Record<string, Chart>, props: DocProperties, o: { warning: boolean }): Document {
  const children: (Paragraph | Table)[] = [];
  const blank = () => new Paragraph({ children: [], spacing: exact });
  let figure = 0;
  const bs = d.blocks;
  // the 落款 never stands alone on a page: it keeps with the paragraphs before it up to the last
  // one of the body (past a short 附件 line)
  const keep = new Set<number>();
  bs.forEach((b, i) => {
    if (b.kind !== 'signature') return;
    for (let k = i - 1; k >= 0 && (bs[k].kind === 'para' || bs[k].kind === 'item' || bs[k].kind === 'quote'); k--) {
      keep.add(k);
      if (plain((bs[k] as { text: Inline[] }).text).length > 20) break;
    }
  });
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
    const beforeSignature = keep.has(i);
    switch (b.kind) {
      case 'masthead':
        children.push(...masthead(b.issuers));
        if (bs[i + 1]?.kind !== 'issue') children.push(new Paragraph({ children: [], spacing: { line: 240, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, border: { bottom: redRule } }), blank());
        break;
      case 'issue': children.push(...issueLine(b.number, b.date)); break;
      case 'title': children.push(new Paragraph({ style: 'Title', children: [plainRun(b.text)] })); break;
      case 'subtitle': children.push(new Paragraph({ style: 'KzpSubtitle', children: [plainRun(b.text)] }), blank()); break;
      case 'warning':
        children.push(new Paragraph({ style: 'KzpWarning', children: runs(b.text), border: { top: box, bottom: box, left: box, right: box } }));
        break;
      case 'heading': {
        const style = `Heading${b.level}`;
        children.push(new Paragraph({ style, children: [plainRun(b.text)], pageBreakBefore: b.annex || undefined, indent: b.annex ? { firstLine: 0 } : undefined, alignment: b.annex ? AlignmentType.CENTER : undefined }));
        break;
      }
      case 'para': case 'item': children.push(new Paragraph({ children: runs(b.text), keepNext: beforeSignature || undefined })); break;
      case 'quote': children.push(new Paragraph({ children: runs(b.text, {}), keepNext: beforeSignature || undefined })); break;
      case 'table': children.push(table(b), new Paragraph({ children: [], spacing: single })); break;
      case 'chart': { const c = charts[b.name]; if (c) children.push(...chartParagraphs(c, ++figure)); break; }
      case 'signature':
        children.push(new Paragraph({ children: [], spacing: exact, keepNext: true }));
        children.push(...b.lines.map((l) => new Paragraph({ style: 'KzpSignature', children: [plainRun(l)] })));
        break;
      case 'note': children.push(new Paragraph({ style: 'KzpNote', children: [plainRun(b.text)] })); break;
      case 'imprint': children.push(blank(), imprint(b), new Paragraph({ children: [], spacing: single })); break;
    }
  }
  return new Document({
    creator: props.author, lastModifiedBy: props.author, title: props.title, subject: props.subject, keywords: props.keywords,
    description: o.warning ? `数据未通过校验；${props.description}` : props.description,
    evenAndOddHeaderAndFooters: true,
    compatibility: { doNotSnapToGridInCell: true },
    styles: styles(),
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
const box = { style: BorderStyle.SINGLE, size: 12, color: 'C62828', space: 4 };

interface ZipEntry { date: Date; async(type: 'string'): Promise<string> }
interface Zip { files: Record<string, ZipEntry>; file(name: string, data: string): void; generateAsync(o: object): Promise<Buffer> }

/**
 * The .docx bytes, the same for the same document: every zip entry and the core properties are
 * dated `epoch` (seconds; SOURCE_DATE_EPOCH, else the issuing date), and the drawings are
 * numbered in order. docx 9 stamps the clock's time on both and has no option for it, so the
 * package is compiled with its own compiler and finished here.
 */
export async function pack(doc: Document, epoch: number): Promise<Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: { compile(d: Document, p?: unknown, o?: unknown[]): Zip } }).compiler;
  if (!compiler) return new Uint8Array(await Packer.toBuffer(doc));   // another docx: not reproducible, still a document
  const zip = compiler.compile(doc, undefined, []);
  const iso = new Date(epoch * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = zip.files['docProps/core.xml'];
  if (core) zip.file('docProps/core.xml', (await core.async('string')).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`));
  const main = zip.files['word/document.xml'];
  if (main) { let n = 0; zip.file('word/document.xml', (await main.async('string')).replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++n}"`)); }
  const date = new Date(epoch * 1000);
  for (const f of Object.values(zip.files)) f.date = date;
  return new Uint8Array(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
}

export async function documentDocx(d: BulletinDocument, charts: Record<string, Chart>, props: DocProperties, o: { warning: boolean; epoch?: number }): Promise<Uint8Array> {
  const epoch = o.epoch ?? Math.floor(Date.parse(`${props.date}T00:00:00Z`) / 1000);
  return pack(documentOf(d, charts, props, o), epoch);
}
