// The monthly ledger as a fill-in workbook (LS-4, LS-5): what each sheet holds, the rows of a
// unit's month with last month's state filled in, and the check of every cell of a workbook
// read back. Pure: a workbook comes in as plain cell values, a sheet name → rows (row 1 the header).
import { t, type Lang } from '../i18n/index.js';
import { dutyMonths } from '../engine/index.js';
import type { Model } from '../model/index.js';
import { PROBLEM_CATEGORIES, STAGES } from '../schema/index.js';
import { defaultEventDate, parseDate, parseMoney, parsePercent } from './dates.js';
import { allowedValues, enumValue, labelOf } from './labels.js';
import { buildLedger, ledgerBasis, type LedgerAnswers, type LedgerBasis } from './ledger.js';

export const SHEET = { intro: '说明', progress: '进度', problems: '问题', countdown: '倒计时' } as const;
export const COLUMNS = {
  progress: ['项目编号', '项目名称', '本月完成投资(万元)', '项目阶段', '形象进度', '总体进度(%)', '填报人', '报送日期'],
  problems: ['项目编号', '问题编号', '问题描述', '类别', '提出日期', '限时办结', '状态', '解决日期'],
  countdown: ['项目编号', '任务编号', '任务', '计划完成', '完成日期'],
} as const;
/** Empty rows for new problems under those carried over. */
export const NEW_PROBLEM_ROWS = 20;
export const STATUS = { open: '未解决', resolved: '已解决' } as const;

export type CellValue = string | number | Date | null;
export type Grid = Record<string, CellValue[][]>;

export interface TemplateRow { cells: CellValue[]; /** 0-based columns the unit fills in */ editable: number[] }
export interface Template { unit: string; unitName: string; month: string; district: string; progress: TemplateRow[]; problems: TemplateRow[]; countdown: TemplateRow[]; projects: string[] }

/** The unit's projects with a ledger duty in the month (the owner reports, LS-4). */
export function unitProjects(m: Model, unit: string, month: string): string[] {
  return [...m.projects.values()].filter((p) => p.data.owner === unit && dutyMonths(m, p.data.id).has(month)).map((p) => p.data.id).sort();
}

/** The workbook's rows: this month's ledger where it exists, else last month's state (stage, 形象进度) and open problems. */
export function template(m: Model, unit: string, month: string, today: string): Template {
  const projects = unitProjects(m, unit, month);
  const progress: TemplateRow[] = [], problems: TemplateRow[] = [], countdown: TemplateRow[] = [];
  for (const id of projects) {
    const b = ledgerBasis(m, id, month);
    const cur = b.existing?.data, prev = b.previous?.data;
    const stage = cur?.progress.stage ?? prev?.progress.stage ?? b.project.stage;
    progress.push({
      cells: [id, b.project.name, cur?.progress.invested ?? null, labelOf('stage', stage), cur?.progress.physical ?? prev?.progress.physical ?? null,
        cur?.progress.percent ?? prev?.progress.percent ?? null, cur?.reporter ?? b.project.liaison ?? null, cur?.submitted_on ?? null],
      editable: [2, 3, 4, 5, 6, 7],
    });
    for (const { problem, current } of b.problems) {
      const st = current?.status ?? 'open';
      problems.push({ cells: [id, problem.id, problem.title, labelOf('category', problem.category), problem.raised_on, problem.due ?? null, STATUS[st], current?.resolved_on ?? null], editable: [6, 7] });
    }
    for (const { task, current } of b.tasks) countdown.push({ cells: [id, task.id, task.task, task.due, current ?? null], editable: [4] });
    for (const task of b.laterTasks) countdown.push({ cells: [id, task.id, task.task, task.due, null], editable: [4] });
  }
  for (let i = 0; i < NEW_PROBLEM_ROWS; i++) problems.push({ cells: [null, null, null, null, null, null, null, null], editable: [0, 2, 3, 4, 5, 6, 7] });
  const u = m.units.get(unit)!.data;
  void today;
  return { unit, unitName: u.name, month, district: m.config.district, progress, problems, countdown, projects };
}

// ---- reading back ----

export interface CellError { sheet: string; cell: string; message: string; fix: string }
export interface Imported { project: string; basis: LedgerBasis; value: Record<string, unknown> }

const col = (i: number) => String.fromCharCode(65 + i);
const blank = (v: CellValue) => v === null || (typeof v === 'string' && v.trim() === '');
const prose = (v: CellValue) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());
/** ids, codes and numbers: full-width forms typed with a Chinese input method read as ASCII */
const text = (v: CellValue) => prose(v).normalize('NFKC');

/** A date cell: a date (Excel, LibreOffice), an Excel serial number, or text YYYY-MM-DD. */
export function cellDate(v: CellValue): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 2958466) return new Date(Math.round((v - 25569) * 86400000)).toISOString().slice(0, 10);
  return typeof v === 'string' ? parseDate(v) : null;
}

/** The unit and month the workbook was made for (its first sheet), or why it cannot be read. */
export function workbookTarget(grid: Grid): { unit: string; month: string } | null {
  const rows = grid[SHEET.intro] ?? [];
  const get = (label: string) => text(rows.find((r) => text(r[0] ?? null) === label)?.[1] ?? null);
  const unit = get('单位编号'), month = get('月份');
  return unit && /^\d{4}-\d{2}$/.test(month) ? { unit, month } : null;
}

/** Check every cell and build each project's ledger; errors name sheet!cell with the fix, and then nothing is built. */
export function readLedgers(m: Model, grid: Grid, unit: string, month: string, today: string, lang: Lang): { ledgers: Imported[]; errors: CellError[] } {
  const errors: CellError[] = [];
  const err = (sheet: string, r: number, c: number, key: string, data: Record<string, unknown> = {}, fix = `${key}.fix`) =>
    errors.push({ sheet, cell: `${col(c)}${r + 1}`, message: t(key, data, lang), fix: t(fix, data, lang) });
  const projects = new Set(unitProjects(m, unit, month));
  const eventDefault = defaultEventDate(month, today);
  const answers = new Map<string, LedgerAnswers>();
  const bases = new Map<string, LedgerBasis>();
  const rows = (sheet: string) => (grid[sheet] ?? []).map((r, i) => [r, i] as const).slice(1).filter(([r]) => r.some((v) => !blank(v ?? null)));
  for (const sheet of [SHEET.progress, SHEET.problems, SHEET.countdown]) if (!grid[sheet]) errors.push({ sheet, cell: 'A1', message: t('excel.noSheet', { sheet }, lang), fix: t('excel.noSheet.fix', {}, lang) });

  for (const [r, i] of rows(SHEET.progress)) {
    const id = text(r[0] ?? null);
    if (!projects.has(id)) { err(SHEET.progress, i, 0, 'excel.notProject', { id, unit, month }); continue; }
    if (answers.has(id)) { err(SHEET.progress, i, 0, 'excel.twice', { id }); continue; }
    const b = ledgerBasis(m, id, month);
    bases.set(id, b);
    const invested = blank(r[2] ?? null) ? null : parseMoney(text(r[2] ?? null));
    if (invested === null) err(SHEET.progress, i, 2, 'excel.money');
    const stage = blank(r[3] ?? null) ? undefined : enumValue('stage', STAGES, text(r[3] ?? null));
    if (stage === null) err(SHEET.progress, i, 3, 'excel.enum', { allowed: allowedValues('stage', STAGES, lang) });
    const percent = blank(r[5] ?? null) ? undefined : parsePercent(text(r[5] ?? null));
    if (percent === null) err(SHEET.progress, i, 5, 'excel.percent');
    const reporter = text(r[6] ?? null) || undefined;
    if (reporter && !m.people.has(reporter)) err(SHEET.progress, i, 6, 'excel.person', { id: reporter });
    const submitted = blank(r[7] ?? null) ? undefined : cellDate(r[7] ?? null);
    if (submitted === null) err(SHEET.progress, i, 7, 'excel.date');
    answers.set(id, {
      reporter, submitted_on: submitted ?? b.existing?.data.submitted_on ?? today, invested: invested ?? 0, stage: (stage ?? undefined) as LedgerAnswers['stage'],
      physical: prose(r[4] ?? null) || undefined, percent: percent ?? undefined,
      problems: b.problems.map(({ problem }) => ({ id: problem.id, status: 'open' as const })), newProblems: [], done: [],
    });
  }
  for (const id of projects) if (!answers.has(id)) errors.push({ sheet: SHEET.progress, cell: 'A', message: t('excel.missingProject', { id }, lang), fix: t('excel.missingProject.fix', {}, lang) });

  for (const [r, i] of rows(SHEET.problems)) {
    const id = text(r[0] ?? null);
    const a = answers.get(id), b = bases.get(id);
    if (!a || !b) { if (!projects.has(id)) err(SHEET.problems, i, 0, 'excel.notProject', { id, unit, month }); continue; }
    const status = text(r[6] ?? null);
    const st = status === STATUS.resolved || status === 'resolved' ? 'resolved' : status === STATUS.open || status === 'open' || status === '' ? 'open' : null;
    if (st === null) { err(SHEET.problems, i, 6, 'excel.enum', { allowed: `${STATUS.open}、${STATUS.resolved}` }); continue; }
    const resolvedOn = blank(r[7] ?? null) ? undefined : cellDate(r[7] ?? null);
    if (resolvedOn === null) err(SHEET.problems, i, 7, 'excel.date');
    if (st === 'resolved' && !resolvedOn) { if (resolvedOn === undefined) err(SHEET.problems, i, 7, 'excel.resolvedOn'); continue; }
    const pid = text(r[1] ?? null);
    if (pid) {
      const known = a.problems.find((x) => x.id === pid);
      if (!known) { err(SHEET.problems, i, 1, 'excel.noProblem', { id: pid, project: id }); continue; }
      known.status = st;
      if (st === 'resolved') known.resolved_on = resolvedOn!;
      continue;
    }
    const title = prose(r[2] ?? null);
    if (!title) { err(SHEET.problems, i, 2, 'excel.title'); continue; }
    const category = enumValue('category', PROBLEM_CATEGORIES, text(r[3] ?? null));
    if (!category) { err(SHEET.problems, i, 3, 'excel.enum', { allowed: allowedValues('category', PROBLEM_CATEGORIES, lang) }); continue; }
    const raised = blank(r[4] ?? null) ? eventDefault : cellDate(r[4] ?? null);
    if (!raised) { err(SHEET.problems, i, 4, 'excel.date'); continue; }
    const due = blank(r[5] ?? null) ? undefined : cellDate(r[5] ?? null);
    if (due === null) { err(SHEET.problems, i, 5, 'excel.date'); continue; }
    if (st === 'resolved') { err(SHEET.problems, i, 6, 'excel.newResolved'); continue; }
    // the same workbook imported again: a new problem already in this month's ledger is that problem, not another
    const again = b.problems.find((x) => !x.carried && x.problem.title === title && x.problem.category === category);
    if (again) continue;
    const used = new Set([...a.problems.map((x) => x.id), ...a.newProblems.map((x) => x.id)]);
    let n = Number(/^P(\d+)$/.exec(b.nextProblemId)?.[1] ?? 1);
    while (used.has(`P${n}`)) n++;
    a.newProblems.push({ id: `P${n}`, title, category: category as LedgerAnswers['newProblems'][number]['category'], raised_on: raised, due });
  }

  for (const [r, i] of rows(SHEET.countdown)) {
    const id = text(r[0] ?? null);
    const a = answers.get(id), b = bases.get(id);
    if (!a || !b) { if (!projects.has(id)) err(SHEET.countdown, i, 0, 'excel.notProject', { id, unit, month }); continue; }
    if (blank(r[4] ?? null)) continue;
    const task = text(r[1] ?? null);
    if (![...b.tasks.map((x) => x.task.id), ...b.laterTasks.map((x) => x.id)].includes(task)) { err(SHEET.countdown, i, 1, 'excel.noTask', { id: task, project: id }); continue; }
    const done = cellDate(r[4] ?? null);
    if (!done) { err(SHEET.countdown, i, 4, 'excel.date'); continue; }
    a.done.push({ task, done_on: done });
  }
  if (errors.length) return { ledgers: [], errors };
  return { ledgers: [...answers].map(([project, a]) => ({ project, basis: bases.get(project)!, value: buildLedger(bases.get(project)!, a) })), errors };
}
