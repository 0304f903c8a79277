// kzp export template / kzp import excel: the monthly ledger of a unit's projects in Excel and
// back. An import checks every cell (errors as sheet!C7 with the fix), validates the whole
// change against the workspace, then writes every ledger or none; importing the same workbook
// again changes nothing.
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { CliError, checkMonthFlag, type Io } from '../io/index.js';
import { nearest } from '../util/index.js';
import { readLedgers, template, unitProjects, workbookTarget, type CellError } from './excel-sheet.js';
import { git } from './git.js';
import { renderLedger } from './ledger-input.js';
import { ledgerPath, summarize } from './ledger.js';
import { assertRepo } from './record-edit.js';
import { checkAndWrite, writeOrFail } from './session.js';
import type { EntryWorkspace } from './workspace.js';
import { applyValue, editText } from './yaml-edit.js';

function checkUnit(io: Io, ws: EntryWorkspace, unit: string | undefined, month: string): string {
  if (!unit) throw new CliError(t('entry.new.missing', { flags: ['--unit'] }, io.lang), 'kzp export template --unit kz-urban-invest --month 2022-10');
  if (!ws.model.units.has(unit)) {
    const s = nearest(unit, ws.model.units.keys());
    throw new CliError(t('excel.noUnit', { id: unit }, io.lang), s ? t('entry.didYouMean', { s }, io.lang) : undefined);
  }
  if (!unitProjects(ws.model, unit, month).length) throw new CliError(t('excel.noProjects', { unit, month }, io.lang), t('excel.noProjects.hint', {}, io.lang), 1);
  return unit;
}

/** The fill-in workbook's bytes for a unit's month, and its default file name. */
export async function templateWorkbook(io: Io, ws: EntryWorkspace, o: { unit?: string; month?: string; epoch?: number }): Promise<{ bytes: Buffer; name: string }> {
  checkMonthFlag(io, '--month', o.month);
  const month = o.month ?? ws.today.slice(0, 7);
  const unit = checkUnit(io, ws, o.unit, month);
  const { writeTemplate } = await import('./excel-io.js');
  return { bytes: await writeTemplate(template(ws.model, unit, month, ws.today), o.epoch), name: `台账-${unit}-${month}.xlsx` };
}

function printCellErrors(io: Io, file: string, errors: CellError[]): void {
  for (const e of errors) io.err(`${file}: ${e.sheet}!${e.cell}: ${e.message}\n  ${t('excel.fix', { fix: e.fix }, io.lang)}\n`);
  io.err(t('excel.refused', { n: errors.length, file }, io.lang) + '\n');
}

export async function importExcel(io: Io, ws: EntryWorkspace, file: string, o: { dryRun?: boolean; commit?: boolean }): Promise<number> {
  const { lang } = io;
  const abs = resolve(io.cwd, file);
  let bytes: Buffer;
  try { bytes = readFileSync(abs); } catch (e) { throw new CliError(t('entry.fromUnreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, lang)); }
  const { readWorkbook } = await import('./excel-io.js');
  let grid;
  try { grid = await readWorkbook(bytes); } catch { throw new CliError(t('excel.notXlsx', { file }, lang), t('excel.notXlsx.hint', {}, lang)); }
  const target = workbookTarget(grid);
  if (!target) throw new CliError(t('excel.notTemplate', { file }, lang), t('excel.notXlsx.hint', {}, lang));
  checkUnit(io, ws, target.unit, target.month);
  const { ledgers, errors } = readLedgers(ws.model, grid, target.unit, target.month, ws.today, lang);
  if (errors.length) { printCellErrors(io, file, errors); return 1; }

  const changes: Record<string, string> = {};
  const originals: Record<string, string | null> = {};
  for (const l of ledgers) {
    const rel = ledgerPath(l.project, target.month);
    const original = existsSync(join(ws.root, rel)) ? readFileSync(join(ws.root, rel), 'utf8') : null;
    const text = original !== null ? editText(original, (doc) => applyValue(doc, l.value)) : renderLedger(l.value, l.basis.project.name);
    if (text !== original) { changes[rel] = text; originals[rel] = original; }
  }
  const paths = Object.keys(changes);
  if (!paths.length) { io.err(t('excel.unchanged', { file }, lang) + '\n'); return 0; }
  const checked = checkAndWrite(io, ws.root, paths[0], changes[paths[0]], { dryRun: true, changes });
  if (checked.code) return checked.code;
  for (const rel of paths) io.err(`${t(originals[rel] === null ? 'excel.willWrite' : 'excel.willAmend', { path: rel }, lang)}  ${t('entry.ledger.summary', summaryOf(ledgers, rel), lang)}\n`);
  if (o.dryRun) { io.err(t('excel.dryRun', { n: paths.length }, lang) + '\n'); return 0; }
  if (o.commit) await assertRepo(io, ws.root);
  const written: string[] = [];
  try {
    for (const rel of paths) { writeOrFail(io, join(ws.root, rel), changes[rel], originals[rel]); written.push(rel); }
  } catch (e) {
    // all or none: put back what this import wrote before the failure
    for (const rel of written.reverse()) {
      const back = originals[rel];
      try { if (back === null) unlinkSync(join(ws.root, rel)); else writeOrFail(io, join(ws.root, rel), back, changes[rel]); } catch { /* the first error is the one reported */ }
    }
    throw e;
  }
  io.err(`${io.color.green('✔')} ${t('excel.imported', { n: paths.length, file }, lang)}\n`);
  let commit: string | undefined;
  if (o.commit) commit = await commitAll(io, ws.root, paths, target);
  if (ws.json) io.out(JSON.stringify({ unit: target.unit, month: target.month, files: paths, commit: commit ?? null }, null, 2) + '\n');
  return 0;
}

function summaryOf(ledgers: { project: string; basis: Parameters<typeof summarize>[0]; value: Record<string, unknown> }[], rel: string) {
  const l = ledgers.find((x) => rel.endsWith(`/${x.project}.yaml`))!;
  const s = summarize(l.basis, l.value);
  return { ...s, done: s.done.length };
}

async function commitAll(io: Io, root: string, paths: string[], target: { unit: string; month: string }): Promise<string> {
  const subject = `ledger(${target.unit}): ${target.month} 从 Excel 导入 ${paths.length} 个项目台账`;
  const body = `${paths.join('\n')}\n由 kzp import excel 生成 (LS-4)`;
  const add = await git(root, ['add', '--', ...paths]);
  const c = add.ok ? await git(root, ['commit', '-q', '-m', subject, '-m', body, '--', ...paths]) : add;
  if (!c.ok) throw new CliError(t('entry.commitFailed', { path: paths.join(', '), message: (c.stderr || c.stdout).split('\n')[0] }, io.lang), t('entry.commitFailed.hint', {}, io.lang));
  const h = await git(root, ['rev-parse', '--short', 'HEAD']);
  io.err(`${io.color.green('✔')} ${t('entry.committed', { commit: h.stdout.trim(), subject }, io.lang)}\n`);
  return h.stdout.trim();
}
