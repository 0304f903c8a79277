// The workbook for the monthly meeting (`kzp export excel`): one sheet per table the meeting
// works through. Written with exceljs' streaming WorkbookWriter: rows are committed as they are
// written and the writer waits for the zip to deflate them (stream.ts drained), and
// xl/sharedStrings.xml is streamed out in pieces (stream.ts streamSharedStrings), so memory does not
// grow with the sheet's XML. Only the shared-string table — the distinct texts — stays in memory
// until the end; shared strings are what Excel itself writes and every reader accepts
// (100,000 ledger rows in under 200 MB peak RSS, `node scripts/bench-excel.mjs 100000`).
//
// Every sheet: a title row (district, sheet, month) and a source row (when the data were taken,
// from which version, whether they passed the check, in plain words), a bold filled header,
// frozen header rows and first columns, an autofilter, widths that fit Chinese text (long text
// wraps in a capped column, rows as tall as their wrapped text), 万元 as '#,##0.00', dates as
// date cells, red/yellow/green fills for lights and overdue rows, header rows repeated on every
// printed page, page numbers in the footer.
//
// Printed at full size, never shrunk to the paper: A4 landscape when the sheet fits it, else A3
// landscape; a sheet wider than A3 goes on across pages with its first columns repeated. So no
// text prints smaller than its 10 pt (`npm run render-check` looks).
//
// User text is always written as a string value (never a formula object, never rich text), so
// a project named "=HYPERLINK(…)" or "+1" stays text; control characters, escape sequences and
// bidi overrides are dropped (render/safe-text.ts).
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { wan } from '../format.js';
import { cleanText } from '../safe-text.js';
import { displayWidth } from '../width.js';
import { drained, streamSharedStrings } from './stream.js';

export type ColumnKind = 'text' | 'id' | 'date' | 'month' | 'wan' | 'pct' | 'points' | 'int' | 'light';
/** `max`: the widest a text column gets (longer text wraps); `width`: a fixed width. */
export interface Column { header: string; kind: ColumnKind; width?: number; max?: number }
export type Cell = string | number | null;
export type RowFill = 'red' | 'yellow' | 'green' | null;
export interface SheetRow { cells: Cell[]; fill?: RowFill }
export interface SheetSpec {
  name: string; title: string; columns: Column[]; freezeColumns: number; rows: Iterable<SheetRow> | (() => Iterable<SheetRow>); sizeHint?: SheetRow[];
  /** the data's type size, 10 pt unless a short sheet is to print large */
  fontSize?: number;
}
/**
 * `epoch`: the time stamped in the workbook's properties (seconds): with `stampZip` on the
 * written file (../zip-stamp.ts), the same data give the same bytes; `author`: the center.
 */
export interface WorkbookSpec { district: string; month: string; sourceLine: string; warning: string | null; sheets: SheetSpec[]; epoch?: number; author?: string }

export const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined, id: undefined, light: undefined,
  date: 'yyyy-mm-dd', month: 'yyyy"年"m"月"', wan: '#,##0.00', pct: '0.0%', points: '0.0', int: '#,##0',
};
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** A date cell's value: "2022-12-20", "2022-12-20 09:30" or "2022-12" as a date (UTC, as Excel has no zones); null for other text. */
export function dateValue(s: string, kind: ColumnKind): { date: Date; time: boolean } | null {
  const m = kind === 'month' ? /^(\d{4})-(\d{2})$/.exec(s) : /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0)];
  return { date: new Date(Date.UTC(y, mo - 1, d, h, mi)), time: m[4] !== undefined };
}
export const FILLS = {
  header: 'FFD9E1F2',
  title: 'FFFFFFFF',
  warning: 'FFFFC7CE',
  red: 'FFF8CBAD', yellow: 'FFFFE699', green: 'FFC6EFCE',              // row fills
  lightRed: 'FFC00000', lightYellow: 'FFFFC000', lightGreen: 'FF00B050', // the light cell itself
} as const;
const LIGHT_TEXT: Record<string, string> = { red: '红灯', yellow: '黄灯', green: '绿灯' };
const FONT = 'SimSun';

/** A record's text as a cell value: always a plain string, without what a document must not carry. */
export function textValue(s: string): string { return cleanText(s); }

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function widthOf(v: Cell, kind: ColumnKind): number {
  if (v === null) return 0;
  if (typeof v === 'number') {
    if (kind === 'wan') return wan(v).length;
    if (kind === 'pct') return 7;
    return String(v).length;
  }
  if (kind === 'light') return 4;
  if (kind === 'month') return 9;
  if (kind === 'date') return v.length > 10 ? 16 : 10;
  return displayWidth(v);
}

/** The widest a text column gets before its text wraps (Excel character units). */
export const TEXT_MAX = 24;

/**
 * Column widths in Excel character units: the widest cell (CJK counts two), within bounds; a
 * header wraps (over at most three lines) rather than widening a column of short values.
 */
export function columnWidths(columns: Column[], rows: SheetRow[], scale = 1): number[] {
  return columns.map((c, i) => {
    if (c.width) return c.width;
    let w = 0;
    for (const r of rows) w = Math.max(w, widthOf(r.cells[i] ?? null, c.kind));
    const head = displayWidth(c.header);
    w = Math.max(w, Math.ceil(head / 3), Math.min(head, 8));
    const max = c.kind === 'text' ? c.max ?? TEXT_MAX : 22;
    return Math.ceil(Math.min(max, Math.max(c.kind === 'pct' || c.kind === 'light' ? 8 : 5, w + 2)) * scale);
  });
}

// ---- printing ----

/** Printable width of the landscape papers with the sheet margins (0.5 in each side), in points. */
const PAPER = { A4: { size: 9, width: (297 - 25.4) * 72 / 25.4 }, A3: { size: 8, width: (420 - 25.4) * 72 / 25.4 } };
/**
 * The printed width of columns of Excel widths `w`, in points. A width counts characters of the
 * workbook's 11 pt default font: 7 px each in Excel, about 9 px in LibreOffice (measured with
 * Carlito, the metric twin of Calibri): the wider figure, so a sheet that fits A4 in one fits in both.
 */
export const printedWidth = (w: number[]): number => w.reduce((a, x) => a + (x * 9 + 5) * 0.75, 0);

/** A4 landscape when the sheet fits it at full size, else A3 landscape (wider sheets go on across pages). */
export function paperFor(widths: number[]): 'A4' | 'A3' {
  return printedWidth(widths) <= PAPER.A4.width ? 'A4' : 'A3';
}

/**
 * Text lines a cell of this width shows when its text wraps, counted a little generously (a
 * line breaks before a closing bracket or 、 rather than at the last character that fits).
 */
function linesOf(v: Cell, width: number): number {
  if (typeof v !== 'string' || v.length * 2 < width - 1) return 1;
  let n = 0;
  for (const part of v.split('\n')) n += Math.max(1, Math.ceil((displayWidth(part) * 1.15) / Math.max(1, width - 1)));
  return n;
}

export const HEADER_ROW = 3;

/** Write the workbook to a stream (a file stream opened by the command). */
export async function writeWorkbook(spec: WorkbookSpec, stream: Writable): Promise<void> {
  const stamp = spec.epoch === undefined ? undefined : new Date(spec.epoch * 1000);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true, ...(stamp ? { created: stamp, modified: stamp } : {}) } as ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookWriter>[0]);
  streamSharedStrings(wb);
  wb.creator = spec.author ?? 'kzp';
  wb.lastModifiedBy = spec.author ?? 'kzp';
  wb.title = `${spec.district}重点项目月度调度会工作簿（${spec.month}）`;
  for (const sh of spec.sheets) await writeSheet(wb, spec, sh, stream);
  await wb.commit();
}

async function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, spec: WorkbookSpec, sh: SheetSpec, out: Writable): Promise<void> {
  const n = sh.columns.length;
  const last = colLetter(n);
  const size = sh.fontSize ?? 10;
  const sample = sh.sizeHint ?? (Array.isArray(sh.rows) ? (sh.rows as SheetRow[]) : []);
  // widths are in characters of the default 11 pt font: larger type needs wider columns
  const widths = columnWidths(sh.columns, sample, Math.max(1, size / 10));
  const paper = paperFor(widths);
  const wide = printedWidth(widths) > PAPER.A3.width;
  const ws = wb.addWorksheet(sh.name, {
    views: [{ state: 'frozen', xSplit: sh.freezeColumns, ySplit: HEADER_ROW, topLeftCell: `${colLetter(sh.freezeColumns + 1)}${HEADER_ROW + 1}`, activeCell: `${colLetter(sh.freezeColumns + 1)}${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: PAPER[paper].size, orientation: 'landscape', fitToPage: false, scale: 100,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `1:${HEADER_ROW}`, ...(wide && sh.freezeColumns ? { printTitlesColumn: `A:${colLetter(sh.freezeColumns)}` } : {}),
      horizontalCentered: !wide,
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页', evenFooter: '&C第 &P 页，共 &N 页' },
    properties: { defaultRowHeight: 18 },
  });
  ws.columns = sh.columns.map((c, i) => ({ key: `c${i}`, width: widths[i] }));
  const lineHeight = size * 1.35;

  // title and source rows
  const title = ws.getRow(1);
  title.getCell(1).value = textValue(sh.title);
  title.getCell(1).font = { name: FONT, size: 14, bold: true };
  title.getCell(1).alignment = { vertical: 'middle', horizontal: 'left' };
  title.height = 24;
  ws.mergeCells(`A1:${last}1`);
  title.commit();
  const src = ws.getRow(2);
  src.getCell(1).value = textValue(spec.warning ? `${spec.warning} ${spec.sourceLine}` : spec.sourceLine);
  src.getCell(1).font = { name: FONT, size: 10, color: { argb: spec.warning ? 'FFC00000' : 'FF595959' }, bold: !!spec.warning };
  if (spec.warning) src.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS.warning } };
  ws.mergeCells(`A2:${last}2`);
  src.commit();

  const head = ws.getRow(HEADER_ROW);
  sh.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: size + 1, bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS.header } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = thin;
  });
  head.height = Math.max(30, Math.max(...sh.columns.map((c, i) => Math.ceil(displayWidth(c.header) / Math.max(1, widths[i] - 1)))) * (size + 1) * 1.35 + 4);
  head.commit();

  let r = HEADER_ROW;
  const rows = typeof sh.rows === 'function' ? sh.rows() : sh.rows;
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const row of rows) {
    r++;
    const xr = ws.getRow(r);
    let lines = 1;
    sh.columns.forEach((c, i) => {
      const cell = xr.getCell(i + 1);
      const v = row.cells[i] ?? null;
      let numFmt: string | undefined, light: string | null = null;
      const d = typeof v === 'string' && (c.kind === 'date' || c.kind === 'month') ? dateValue(v, c.kind) : null;
      if (v === null || v === '') cell.value = null;
      else if (typeof v === 'number') { cell.value = v; numFmt = NUMBER_FORMATS[c.kind]; }
      else if (d) { cell.value = d.date; numFmt = d.time ? DATETIME_FORMAT : NUMBER_FORMATS[c.kind]; }
      else if (c.kind === 'light') {
        cell.value = LIGHT_TEXT[v] ?? textValue(v);
        light = v === 'red' || v === 'yellow' || v === 'green' ? v : null;
      } else { cell.value = textValue(v); if (c.kind === 'text') lines = Math.max(lines, linesOf(v, widths[i] / Math.max(1, size / 10))); }
      // one style object per kind of cell, shared: exceljs remembers a style object's id and
      // renders the style only the first time (styling was half of the M workbook's time)
      const key = `${i}|${numFmt ?? ''}|${c.kind === 'light' && typeof v === 'string' ? `L${light ?? ''}` : ''}|${row.fill ?? ''}`;
      let style = styles.get(key);
      if (!style) styles.set(key, (style = cellStyle(c, numFmt, c.kind === 'light' && typeof v === 'string', light, row.fill ?? null, size)));
      cell.style = style;
    });
    // as tall as the wrapped text: a reader of the printed sheet sees all of it
    xr.height = Math.max(18, Math.ceil(lines * lineHeight + 4));
    xr.commit();
    if ((r - HEADER_ROW) % 64 === 0) await drained(ws, out);
  }
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: Math.max(r, HEADER_ROW), column: n } };
  ws.commit();
}

/**
 * The style of a data cell, set property by property (the same keys in the same order give the
 * same XML): number format, font, fill, alignment, border.
 */
function cellStyle(c: Column, numFmt: string | undefined, lightText: boolean, light: string | null, fill: RowFill, size: number): Partial<ExcelJS.Style> {
  const st: Partial<ExcelJS.Style> = {};
  if (numFmt) st.numFmt = numFmt;
  if (light) {
    const argb = light === 'red' ? FILLS.lightRed : light === 'yellow' ? FILLS.lightYellow : FILLS.lightGreen;
    st.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    st.font = { name: FONT, size, bold: true, color: { argb: light === 'yellow' ? 'FF000000' : 'FFFFFFFF' } };
  }
  if (!lightText) st.font = { name: FONT, size };
  st.alignment = { vertical: 'middle', horizontal: c.kind === 'text' ? 'left' : c.kind === 'light' || c.kind === 'date' || c.kind === 'month' || c.kind === 'id' ? 'center' : 'right', wrapText: c.kind === 'text' };
  st.border = thin;
  if (fill && c.kind !== 'light') st.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[fill] } };
  return st;
}

const line = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const thin = { top: line, left: line, bottom: line, right: line };
