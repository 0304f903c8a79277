// Changes to records after they are made: a list adjusted during the year (二(四)2: a project
// added to or removed from a decided list, with the date and the decision reference), and a
// finding of an inspection closed (落实销号, AS-5: a date and the evidence).
import { t } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { CliError, type Io } from '../io/index.js';
import { nearest } from '../util/index.js';
import { moneyFix, parseDate, parseMoney } from './dates.js';
import { fileValue, writeEdited } from './record-edit.js';
import type { EntryWorkspace } from './workspace.js';

export interface ListAdjustOptions { on?: string; ref?: string; plannedInvestment?: string; target?: string; commit?: boolean }
export interface FindingCloseOptions { on?: string; evidence?: string; commit?: boolean }
export interface FindingAddOptions { target?: string; issue?: string; assignedTo?: string; due?: string; commit?: boolean }

type Entry = Record<string, unknown> & { project?: unknown; removed_on?: unknown };

function unknownId(io: Io, key: string, id: string, ids: Iterable<string>): CliError {
  const s = nearest(id, ids);
  return new CliError(t(key, { id }, io.lang), s ? t('entry.didYouMean', { s }, io.lang) : undefined);
}

/** A date flag, defaulting to the as-of date; never after it. */
function onDate(io: Io, raw: string | undefined, today: string, flag = '--on'): string {
  if (raw === undefined) return today;
  const d = parseDate(raw);
  if (!d) throw new CliError(t('entry.flag.bad', { flag, value: raw }, io.lang), t('entry.bad.date', {}, io.lang));
  if (d > today) throw new CliError(t('adjust.afterToday', { flag, value: d, today }, io.lang));
  return d;
}

function listOf(io: Io, m: Model, id: string) {
  const rec = m.lists.get(id);
  if (!rec) throw unknownId(io, 'adjust.noList', id, m.lists.keys());
  return rec;
}

/** kzp list add|remove LIST PROJECT: on a decided list the entry is dated and its decision noted; on a draft it is simply added or dropped. */
export async function adjustList(io: Io, ws: EntryWorkspace, op: 'add' | 'remove', listId: string, projectId: string, o: ListAdjustOptions): Promise<number> {
  const { lang } = io;
  const rec = listOf(io, ws.model, listId);
  if (!ws.model.projects.has(projectId)) throw unknownId(io, 'entry.noProject', projectId, ws.model.projects.keys());
  const on = onDate(io, o.on, ws.today);
  const decided = !!rec.data.decided_on;
  if (decided && !o.ref?.trim()) throw new CliError(t('adjust.refRequired', { list: listId }, lang), t('adjust.refRequired.hint', { op, list: listId, project: projectId }, lang));
  if (decided && on < String(rec.data.decided_on)) throw new CliError(t('adjust.beforeDecision', { on, decided: rec.data.decided_on }, lang));
  const { original, value } = fileValue(ws.root, rec.file.path);
  const entries = (Array.isArray(value.projects) ? value.projects : []) as Entry[];
  const current = entries.find((e) => e.project === projectId && e.removed_on === undefined);
  const ref = o.ref?.trim();
  let next: Entry[];
  if (op === 'add') {
    if (current) throw new CliError(t('adjust.alreadyOn', { project: projectId, list: listId }, lang));
    const entry: Entry = { project: projectId };
    if (o.plannedInvestment !== undefined) {
      const v = parseMoney(o.plannedInvestment);
      if (v === null) throw new CliError(t('entry.flag.bad', { flag: '--planned-investment', value: o.plannedInvestment }, lang), moneyFix(o.plannedInvestment, lang));
      entry.planned_investment = v;
    }
    if (o.target?.trim()) entry.target = o.target.trim();
    if (decided) { entry.added_on = on; if (ref) entry.note = t('adjust.note.added', { ref }, 'zh'); }
    // an entry removed before stays as the record of that removal; the project comes back as a new entry
    next = [...entries, entry];
  } else {
    if (!current) throw new CliError(t('adjust.notOn', { project: projectId, list: listId }, lang));
    if (decided && current.added_on !== undefined && on < String(current.added_on)) throw new CliError(t('adjust.beforeAdded', { on, added: current.added_on }, lang));
    next = decided
      ? entries.map((e) => (e === current ? { ...e, removed_on: on, note: [e.note, ref && t('adjust.note.removed', { ref }, 'zh')].filter(Boolean).join(';') } : e))
      : entries.filter((e) => e !== current);
  }
  const subject = `list(${listId}): ${op === 'add' ? '纳入' : '移出'} ${projectId}${decided ? ` ${on}` : ''}${ref ? ` (${ref})` : ''}`;
  const body = `${t(op === 'add' ? 'adjust.body.added' : 'adjust.body.removed', { project: projectId, list: listId, on, ref: ref ?? '—' }, 'zh')}\n由 kzp list ${op} 生成 (LS-1, 二(四)2)`;
  const r = await writeEdited(io, ws.root, rec.file.path, original, { ...value, projects: next }, o.commit ? { subject, body } : undefined);
  if (!r.code && ws.json) io.out(JSON.stringify({ file: rec.file.path, list: listId, project: projectId, op, on: decided ? on : null, ref: ref ?? null, commit: r.commit ?? null }, null, 2) + '\n');
  return r.code;
}

/** kzp finding close INSPECTION FINDING --on DATE --evidence TEXT (AS-5). */
export async function closeFinding(io: Io, ws: EntryWorkspace, inspectionId: string, findingId: string, o: FindingCloseOptions): Promise<number> {
  const { lang } = io;
  const rec = ws.model.inspections.find((x) => x.data.id === inspectionId);
  if (!rec) throw unknownId(io, 'adjust.noInspection', inspectionId, ws.model.inspections.map((x) => x.data.id));
  const finding = rec.data.findings.find((f) => f.id === findingId);
  if (!finding) throw new CliError(t('adjust.noFinding', { id: findingId, inspection: inspectionId, ids: rec.data.findings.map((f) => f.id).join(', ') || '—' }, lang));
  if (finding.closed_on) throw new CliError(t('adjust.closedAlready', { id: findingId, on: finding.closed_on }, lang));
  const evidence = o.evidence?.trim();
  if (!evidence) throw new CliError(t('adjust.evidenceRequired', {}, lang), t('adjust.evidenceRequired.hint', { inspection: inspectionId, finding: findingId }, lang));
  const on = onDate(io, o.on, ws.today);
  if (on < rec.data.date) throw new CliError(t('adjust.beforeInspection', { on, date: rec.data.date }, lang));
  const { original, value } = fileValue(ws.root, rec.file.path);
  const findings = (value.findings as Record<string, unknown>[]).map((f) => (f.id === findingId ? { ...f, closed_on: on, evidence } : f));
  const subject = `finding(${inspectionId}/${findingId}): 销号 ${on}`;
  const body = `${t('adjust.body.closed', { finding: findingId, target: finding.target, issue: finding.issue, on, evidence }, 'zh')}\n由 kzp finding close 生成 (AS-5)`;
  const r = await writeEdited(io, ws.root, rec.file.path, original, { ...value, findings }, o.commit ? { subject, body } : undefined);
  if (!r.code && ws.json) io.out(JSON.stringify({ file: rec.file.path, inspection: inspectionId, finding: findingId, closed_on: on, evidence, commit: r.commit ?? null }, null, 2) + '\n');
  return r.code;
}

/** kzp finding add INSPECTION --target T --issue TEXT --assigned-to UNIT --due DATE (AS-5: 定向交办, 限时办结). */
export async function addFinding(io: Io, ws: EntryWorkspace, inspectionId: string, o: FindingAddOptions): Promise<number> {
  const { lang } = io;
  const m = ws.model;
  const rec = m.inspections.find((x) => x.data.id === inspectionId);
  if (!rec) throw unknownId(io, 'adjust.noInspection', inspectionId, m.inspections.map((x) => x.data.id));
  const missing = [!o.target && '--target', !o.issue?.trim() && '--issue', !o.assignedTo && '--assigned-to', !o.due && '--due'].filter(Boolean) as string[];
  if (missing.length) throw new CliError(t('entry.new.missing', { flags: missing }, lang), t('adjust.findingAdd.hint', { inspection: inspectionId }, lang));
  if (!m.projects.has(o.target!) && !m.units.has(o.target!)) throw unknownId(io, 'adjust.noTarget', o.target!, [...m.projects.keys(), ...m.units.keys()]);
  if (!m.units.has(o.assignedTo!)) throw unknownId(io, 'excel.noUnit', o.assignedTo!, m.units.keys());
  const due = parseDate(o.due!);
  if (!due) throw new CliError(t('entry.flag.bad', { flag: '--due', value: o.due }, lang), t('entry.bad.date', {}, lang));
  if (due < rec.data.date) throw new CliError(t('adjust.dueBeforeInspection', { due, date: rec.data.date }, lang));
  const { original, value } = fileValue(ws.root, rec.file.path);
  const findings = (Array.isArray(value.findings) ? value.findings : []) as Record<string, unknown>[];
  let n = 1;
  while (findings.some((f) => f.id === `F${n}`)) n++;
  const finding = { id: `F${n}`, target: o.target, issue: o.issue!.trim(), assigned_to: o.assignedTo, due };
  const commit = o.commit ? { subject: `finding(${inspectionId}/F${n}): 交办 ${o.assignedTo} 限 ${due}`, body: `${o.target}:${finding.issue}\n由 kzp finding add 生成 (AS-5)` } : undefined;
  const r = await writeEdited(io, ws.root, rec.file.path, original, { ...value, findings: [...findings, finding] }, commit);
  if (!r.code && ws.json) io.out(JSON.stringify({ file: rec.file.path, inspection: inspectionId, finding: `F${n}`, commit: r.commit ?? null }, null, 2) + '\n');
  return r.code;
}
