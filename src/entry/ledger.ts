// LS-4 / LS-5: what a project's monthly ledger carries over from the months before it, and
// the ledger built from the liaison's answers. Pure: the model and "today" come in.
import { addDays, monthEnd } from '../engine/index.js';
import type { Model, Rec } from '../model/index.js';
import type { Ledger, Problem, Project } from '../schema/index.js';

export type CountdownTask = NonNullable<Project['countdown']>[string][number];

/** How many days after the month's end a countdown task counts as "near" (asked about). */
export const NEAR_DAYS = 31;

export interface LedgerBasis {
  project: Project;
  month: string;
  /** the newest ledger of the project before `month` */
  previous?: Rec<Ledger>;
  /** this month's ledger, when amending */
  existing?: Rec<Ledger>;
  /** problems to ask about: open at the end of the months before, then those only in this month's ledger (amend) */
  problems: { problem: Problem; carried: boolean; current?: Problem }[];
  /** countdown tasks of the year's plan not reported done before this month whose due date is near or past */
  tasks: { task: CountdownTask; current?: string }[];
  /** the other tasks of the plan not yet done (due later): offered as "done ahead of plan" */
  laterTasks: CountdownTask[];
  /** the next free problem id for the project (P1, P2, …) */
  nextProblemId: string;
}

export function ledgersOf(m: Model, project: string): Rec<Ledger>[] {
  return [...(m.ledgerIndex.get(project)?.values() ?? [])].sort((a, b) => (a.data.month < b.data.month ? -1 : a.data.month > b.data.month ? 1 : 0));
}

export function ledgerBasis(m: Model, projectId: string, month: string): LedgerBasis {
  const project = m.projects.get(projectId)!.data;
  const all = ledgersOf(m, projectId);
  const before = all.filter((l) => l.data.month < month);
  const existing = all.find((l) => l.data.month === month);
  const previous = before[before.length - 1];
  // the state of each problem at the end of the months before: the newest ledger listing it decides
  const state = new Map<string, Problem>();
  for (const l of before) for (const p of l.data.problems) state.set(p.id, p);
  const problems: LedgerBasis['problems'] = [];
  for (const p of state.values()) {
    if (p.status !== 'open') continue;
    problems.push({ problem: p, carried: true, current: existing?.data.problems.find((x) => x.id === p.id) });
  }
  for (const p of existing?.data.problems ?? []) {
    if (!problems.some((x) => x.problem.id === p.id) && !(state.get(p.id)?.status === 'resolved')) problems.push({ problem: p, carried: false, current: p });
  }
  const year = month.slice(0, 4);
  const plan = project.countdown?.[year] ?? [];
  const doneBefore = new Set<string>();
  for (const l of before) if (l.data.month.startsWith(year)) for (const x of l.data.countdown) doneBefore.add(x.task);
  const near = addDays(monthEnd(month), NEAR_DAYS);
  const tasks: LedgerBasis['tasks'] = [];
  const laterTasks: CountdownTask[] = [];
  for (const task of [...plan].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))) {
    if (doneBefore.has(task.id)) continue;
    const current = existing?.data.countdown.find((x) => x.task === task.id)?.done_on;
    if (task.due <= near || current) tasks.push({ task, current });
    else laterTasks.push(task);
  }
  const used = new Set<string>();
  for (const l of all) for (const p of l.data.problems) used.add(p.id);
  let n = 1;
  for (const id of used) { const mm = /^P(\d+)$/.exec(id); if (mm) n = Math.max(n, Number(mm[1]) + 1); }
  while (used.has(`P${n}`)) n++;
  return { project, month, previous, existing, problems, tasks, laterTasks, nextProblemId: `P${n}` };
}

/** The next problem id after `id` (P3 → P4), skipping ids in use. */
export function nextId(id: string, used: Set<string>): string {
  const m = /^P(\d+)$/.exec(id);
  let n = m ? Number(m[1]) : 1;
  while (used.has(`P${n}`)) n++;
  return `P${n}`;
}

export interface LedgerAnswers {
  reporter?: string;
  submitted_on?: string;
  invested: number;
  stage?: Ledger['progress']['stage'];
  physical?: string;
  percent?: number;
  /** decision on each problem of the basis, by id */
  problems: { id: string; status: 'open' | 'resolved'; resolved_on?: string }[];
  newProblems: { id: string; title: string; category: Problem['category']; raised_on: string; due?: string }[];
  done: { task: string; done_on: string }[];
}

/** The ledger record (FORMAT.md key order) from the basis and the answers. */
export function buildLedger(basis: LedgerBasis, a: LedgerAnswers): Record<string, unknown> {
  const progress: Record<string, unknown> = { invested: a.invested };
  if (a.stage) progress.stage = a.stage;
  if (a.physical) progress.physical = a.physical;
  if (a.percent !== undefined) progress.percent = a.percent;
  // keep what the ledger had that the prompts do not ask about (amend)
  const old = basis.existing?.data.progress;
  if (old?.started_on) progress.started_on = old.started_on;
  if (old?.completed_on) progress.completed_on = old.completed_on;
  const out: Record<string, unknown> = { project: basis.project.id, month: basis.month };
  if (a.reporter) out.reporter = a.reporter;
  if (a.submitted_on) out.submitted_on = a.submitted_on;
  out.progress = progress;
  // an amended file that had no countdown/problems key gets none while there is nothing to list
  const raw = basis.existing?.file.data as Record<string, unknown> | undefined;
  const keep = (key: string, n: number) => n > 0 || !raw || raw[key] !== undefined;
  const countdown = a.done.map((d) => {
    const prev = basis.existing?.data.countdown.find((x) => x.task === d.task);
    return prev?.note ? { task: d.task, done_on: d.done_on, note: prev.note } : { task: d.task, done_on: d.done_on };
  });
  if (keep('countdown', countdown.length)) out.countdown = countdown;
  const problems: Record<string, unknown>[] = [];
  for (const { problem } of basis.problems) {
    const dec = a.problems.find((x) => x.id === problem.id);
    if (!dec) continue;
    const p: Record<string, unknown> = { id: problem.id, title: problem.title, category: problem.category, raised_on: problem.raised_on };
    if (problem.due) p.due = problem.due;
    p.status = dec.status;
    if (dec.status === 'resolved') p.resolved_on = dec.resolved_on;
    if (problem.note) p.note = problem.note;
    problems.push(p);
  }
  for (const np of a.newProblems) {
    const p: Record<string, unknown> = { id: np.id, title: np.title, category: np.category, raised_on: np.raised_on };
    if (np.due) p.due = np.due;
    p.status = 'open';
    problems.push(p);
  }
  if (keep('problems', problems.length)) out.problems = problems;
  if (basis.existing?.data.note) out.note = basis.existing.data.note;
  return out;
}

export interface LedgerSummary { invested: number; problems: number; added: number; resolved: number; done: string[]; addedIds: string[]; resolvedIds: string[] }

/** What the ledger says this month, against the months before (for the summary and the commit message). */
export function summarize(basis: LedgerBasis, ledger: Record<string, unknown>): LedgerSummary {
  const problems = (Array.isArray(ledger.problems) ? ledger.problems : []) as Partial<Problem>[];
  const before = new Map(basis.problems.filter((x) => x.carried).map((x) => [x.problem.id, x.problem]));
  const addedIds = problems.filter((p) => p.id && !before.has(p.id)).map((p) => String(p.id));
  const resolvedIds = problems.filter((p) => p.status === 'resolved').map((p) => String(p.id));
  const invested = Number((ledger.progress as { invested?: unknown } | undefined)?.invested ?? 0);
  const done = ((Array.isArray(ledger.countdown) ? ledger.countdown : []) as { task?: string }[]).map((x) => String(x.task));
  return { invested, problems: problems.length, added: addedIds.length, resolved: resolvedIds.length, done, addedIds, resolvedIds };
}

/** The structured commit message: `ledger(KZ-2022-001): 2022-10 进度 820 万元, 问题 2 (新增 1, 解决 1)`. */
export function commitMessage(project: string, month: string, s: LedgerSummary, amend: boolean): { subject: string; body: string } {
  const subject = `ledger(${project}): ${month}${amend ? ' 修改' : ''} 进度 ${s.invested} 万元, 问题 ${s.problems} (新增 ${s.added}, 解决 ${s.resolved})`;
  const body: string[] = [];
  if (s.addedIds.length) body.push(`新增问题: ${s.addedIds.join(', ')}`);
  if (s.resolvedIds.length) body.push(`解决问题: ${s.resolvedIds.join(', ')}`);
  if (s.done.length) body.push(`倒计时完成: ${s.done.join(', ')}`);
  if (amend) body.push('修改已报送的台账 (HI-2)');
  body.push(`由 kzp ledger add 生成 (LS-4)`);
  return { subject, body: body.join('\n') };
}

/** The ledger file of a project and month (FORMAT.md). */
export function ledgerPath(project: string, month: string): string {
  return `ledgers/${month}/${project}.yaml`;
}
