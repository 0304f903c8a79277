// The fill-in workbook on disk (exceljs, loaded only by the two Excel commands): written with
// its headers and the filled-in facts locked, drop-downs for stage, category and status, and
// Excel data validation for money, percent and dates; read back as plain cell values whoever
// saved it (Excel, WPS, LibreOffice: dates as dates or serials, text as shared or inline strings).
import type ExcelJS from 'exceljs';
import { PROBLEM_CATEGORIES, STAGES } from '../schema/index.js';
import { labelOf } from './labels.js';
import { COLUMNS, SHEET, STATUS, type CellValue, type Grid, type Template, type TemplateRow } from './excel-sheet.js';

const FONT = 'SimSun';
const HEADER_FILL = 'FFD9E1F2';
const EDIT_FILL = 'FFFFF2CC';
const WIDTHS = { progress: [14, 30, 14, 12, 36, 10, 12, 12], problems: [14, 8, 36, 14, 12, 12, 10, 12], countdown: [14, 8, 36, 12, 12] };

type Validation = ExcelJS.DataValidation;
const list = (values: string[]): Validation => ({ type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`], showErrorMessage: true, errorTitle: '请从下拉列表中选择', error: `可选:${values.join('、')}` });
const money: Validation = { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, errorTitle: '金额不正确', error: '填写万元数,不小于 0,最多两位小数' };
const percent: Validation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], showErrorMessage: true, errorTitle: '百分比不正确', error: '填写 0 到 100 之间的数' };
const date: Validation = { type: 'date', operator: 'greaterThan', allowBlank: true, formulae: [new Date(Date.UTC(2000, 0, 1))], showErrorMessage: true, errorTitle: '日期不正确', error: '填写日期,如 2022-10-28' };

const VALIDATIONS: Record<'progress' | 'problems' | 'countdown', (Validation | null)[]> = {
  progress: [null, null, money, list(STAGES.map((s) => labelOf('stage', s))), null, percent, null, date],
  problems: [null, null, null, list(PROBLEM_CATEGORIES.map((c) => labelOf('category', c))), date, date, list([STATUS.open, STATUS.resolved]), date],
  countdown: [null, null, null, date, date],
};
const DATE_COLS = { progress: [7], problems: [4, 5, 7], countdown: [3, 4] };

function dateCell(v: CellValue): CellValue {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v;
}

function fillSheet(ws: ExcelJS.Worksheet, kind: 'progress' | 'problems' | 'countdown', rows: TemplateRow[]): void {
  ws.columns = COLUMNS[kind].map((h, i) => ({ header: h, width: WIDTHS[kind][i] }));
  const head = ws.getRow(1);
  head.eachCell((c) => { c.font = { name: FONT, bold: true }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }; c.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }; });
  head.height = 30;
  rows.forEach((row, n) => {
    const xr = ws.getRow(n + 2);
    COLUMNS[kind].forEach((_h, i) => {
      const cell = xr.getCell(i + 1);
      const v = DATE_COLS[kind].includes(i) ? dateCell(row.cells[i] ?? null) : row.cells[i] ?? null;
      cell.value = v as ExcelJS.CellValue;
      cell.font = { name: FONT };
      if (DATE_COLS[kind].includes(i)) cell.numFmt = 'yyyy-mm-dd';
      if (i === 2 && kind === 'progress') cell.numFmt = '#,##0.00';
      if (row.editable.includes(i)) {
        cell.protection = { locked: false };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: EDIT_FILL } };
        const val = VALIDATIONS[kind][i];
        if (val) cell.dataValidation = val;
      }
    });
  });
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
}

/** The workbook of `t`, as bytes. `epoch` (seconds) stamps its properties so that the same data give the same file. */
export async function writeTemplate(t: Template, epoch?: number): Promise<Buffer> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'kzp';
  if (epoch !== undefined) { wb.created = new Date(epoch * 1000); wb.modified = wb.created; }
  const intro = wb.addWorksheet(SHEET.intro);
  intro.columns = [{ width: 16 }, { width: 80 }];
  const lines: [string, string][] = [
    [`${t.district}重点项目月度台账填报表`, ''], ['单位编号', t.unit], ['单位名称', t.unitName], ['月份', t.month], ['', ''],
    ['填写说明', '黄色单元格由本单位填写,其余单元格已锁定。'],
    ['进度', '每个项目一行:本月完成投资(万元)、项目阶段(下拉选择)、形象进度、总体进度(%)、填报人(人员编号)、报送日期。'],
    ['问题', '上月仍未解决的问题已列出:在「状态」中选择未解决或已解决,已解决的填写解决日期。新问题写在下方空行:项目编号、问题描述、类别(下拉选择)、提出日期、限时办结日期;问题编号由系统编定,不用填写。'],
    ['倒计时', '本年度倒计时任务:本月完成的,填写完成日期。'],
    ['交回', '填好后交区项目中心,用 kzp import excel 文件名 导入;有错误时会指出工作表和单元格,全部改正后才写入。'],
  ];
  lines.forEach(([a, b], i) => { const r = intro.getRow(i + 1); r.getCell(1).value = a; r.getCell(2).value = b; r.getCell(1).font = { name: FONT, bold: i === 0 || i >= 5 }; r.getCell(2).font = { name: FONT }; r.getCell(2).alignment = { wrapText: true, vertical: 'top' }; });
  intro.getRow(1).getCell(1).font = { name: FONT, bold: true, size: 14 };
  fillSheet(wb.addWorksheet(SHEET.progress), 'progress', t.progress);
  fillSheet(wb.addWorksheet(SHEET.problems), 'problems', t.problems);
  fillSheet(wb.addWorksheet(SHEET.countdown), 'countdown', t.countdown);
  // locked: headers and filled-in facts; no password, so a center analyst can still unprotect a sheet
  for (const ws of wb.worksheets) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A cell's plain value: rich text joined, a formula's result, a hyperlink's text. */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((x) => x.text).join('');
    if ('result' in v) return plain((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return null;
  }
  return String(v);
}

/** Every sheet's cells as plain values (row 1 first). */
export async function readWorkbook(bytes: Buffer): Promise<Grid> {
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const grid: Grid = {};
  for (const ws of wb.worksheets) {
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: CellValue[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, 8); c++) cells.push(plain(row.getCell(c).value));
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    grid[ws.name] = rows;
  }
  return grid;
}
