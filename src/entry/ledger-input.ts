// How `kzp ledger add` gets its answers when no one is asked: from flags (--invested, --stage …)
// or from a YAML file (--from); and the pickers and defaults the questions share.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { PROBLEM_CATEGORIES, RECORD_ID, STAGES, type Problem } from '../schema/index.js';
import { nearest } from '../util/index.js';
import { CliError, type Io } from '../io/index.js';
import { defaultEventDate, moneyFix, parseDate, parseMoney, parsePercent } from './dates.js';
import { allowedValues, enumValue } from './labels.js';
import type { LedgerAnswers, LedgerBasis } from './ledger.js';
import type { Prompter } from './prompts.js';
import { parseForEdit, renderRecord } from './yaml-edit.js';

export interface LedgerOptions {
  project?: string; month?: string; from?: string; commit?: boolean; amend?: boolean;
  invested?: string; stage?: string; physical?: string; percent?: string; reporter?: string; submittedOn?: string;
  resolve?: string[]; done?: string[]; problem?: string[]; yes?: boolean;
}

export function renderLedger(value: Record<string, unknown>, projectName: string): string {
  return renderRecord(value, {
    // the modeline first: editors' YAML language server takes the schema from it (templates/records do the same)
    header: `yaml-language-server: $schema=../../schemas/ledger.schema.json\n${value.month} 月度台账:${projectName}(进度台账、问题台账、倒计时完成台账,LS-4)`,
    flowItems: ['countdown'],
  });
}

export function readFrom(ctx: Io, file: string): { text: string; data: Record<string, unknown> } {
  const abs = resolve(ctx.cwd, file);
  let text: string;
  try { text = readFileSync(abs, 'utf8'); } catch (e) { throw new CliError(t('entry.fromUnreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, ctx.lang)); }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const doc = parseForEdit(text);
  if (doc.errors.length) {
    const err = doc.errors[0];
    throw new CliError(t('entry.fromYaml', { file, line: err.linePos?.[0].line ?? 1, col: err.linePos?.[0].col ?? 1, message: err.message.split('\n')[0] }, ctx.lang));
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new CliError(t('entry.fromNotMap', { file }, ctx.lang));
  return { text, data: data as Record<string, unknown> };
}

export function checkProject(ctx: Io, m: Model, id: string): void {
  if (!RECORD_ID.test(id)) throw new CliError(t('entry.badId', { id }, ctx.lang));
  if (!m.projects.has(id)) {
    const s = nearest(id, m.projects.keys());
    throw new CliError(t('entry.noProject', { id }, ctx.lang), s ? t('entry.didYouMean', { s }, ctx.lang) : t('entry.noProject.hint', {}, ctx.lang));
  }
}

/** The person who reports: the one whose e-mail is git's user.email, else the project's liaison. */
export function reporterFor(m: Model, _owner: string, liaison: string | undefined, email: string | null): string | undefined {
  if (email) for (const { person } of m.people.values()) if (person.email && person.email.toLowerCase() === email.toLowerCase()) return person.id;
  return liaison;
}

export async function pickProject(p: Prompter, m: Model, email: string | null, lang: Lang): Promise<string> {
  const mine = (id: string) => {
    const proj = m.projects.get(id)!.data;
    const people = [proj.liaison, ...(proj.task_force?.members.map((x) => x.person) ?? [])].filter(Boolean) as string[];
    return !!email && people.some((pid) => m.people.get(pid)?.person.email?.toLowerCase() === email.toLowerCase());
  };
  const ids = [...m.projects.keys()].sort((a, b) => (mine(a) === mine(b) ? (a < b ? -1 : a > b ? 1 : 0) : mine(a) ? -1 : 1));
  if (!ids.length) throw new CliError(t('entry.noProjects', {}, lang));
  return p.search({
    message: t('entry.ask.project', {}, lang),
    choices: ids.map((id) => ({ name: `${mine(id) ? '★ ' : ''}${id}  ${m.projects.get(id)!.data.name}`, value: id })),
  });
}

/** A ledger from a YAML file: project/month from the flags where the file has none; open problems carried over when it lists none. */
export function fromFile(data: Record<string, unknown>, basis: LedgerBasis, o: { project: string; month: string; today: string; reporter?: string }, ctx: Io): Record<string, unknown> {
  const out: Record<string, unknown> = { project: o.project, month: o.month };
  if (o.reporter && data.reporter === undefined) out.reporter = o.reporter;
  if (data.submitted_on === undefined) out.submitted_on = basis.existing?.data.submitted_on ?? o.today;
  for (const [k, v] of Object.entries(data)) if (k !== 'project' && k !== 'month') out[k] = v;
  if (data.problems === undefined) {
    const carried = basis.problems.filter((x) => x.carried).map(({ problem }) => stripUndefined({ ...problem, status: 'open', resolved_on: undefined }));
    if (carried.length) ctx.err(t('entry.ledger.carried', { n: carried.length, ids: carried.map((x) => x.id) }, ctx.lang) + '\n');
    out.problems = carried;
  }
  return out;
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The answers, from flags: --invested, --stage, --physical, --percent, --resolve P1[:DATE], --done C3[:DATE], --problem CATEGORY:TITLE[@DUE]. */
export function fromFlags(ctx: Io, o: LedgerOptions, basis: LedgerBasis, d: { today: string; reporter?: string }): LedgerAnswers {
  const { lang } = ctx;
  const bad = (flag: string, value: string, hint: string) => new CliError(t('entry.flag.bad', { flag, value }, lang), hint);
  const ex = basis.existing?.data;
  const invested = parseMoney(o.invested ?? '');
  if (invested === null) throw bad('--invested', o.invested ?? '', moneyFix(o.invested ?? '', lang));
  const stage = o.stage === undefined ? undefined : enumValue('stage', STAGES, o.stage);
  if (o.stage !== undefined && !stage) throw bad('--stage', o.stage, allowedValues('stage', STAGES, lang));
  const percent = o.percent === undefined ? ex?.progress.percent : parsePercent(o.percent);
  if (percent === null) throw bad('--percent', o.percent ?? '', t('entry.bad.percent', {}, lang));
  const eventDefault = defaultEventDate(basis.month, d.today);
  const dated = (flag: string, s: string): [string, string] => {
    const i = s.indexOf(':');
    const id = i < 0 ? s : s.slice(0, i);
    const date = i < 0 ? eventDefault : parseDate(s.slice(i + 1));
    if (!date) throw bad(flag, s, t('entry.bad.date', {}, lang));
    return [id, date];
  };
  const resolved = new Map((o.resolve ?? []).map((s) => dated('--resolve', s)));
  for (const id of resolved.keys()) if (!basis.problems.some((x) => x.problem.id === id))
    throw bad('--resolve', id, t('entry.flag.openProblems', { ids: basis.problems.map((x) => x.problem.id).join(', ') || '—' }, lang));
  const problems: LedgerAnswers['problems'] = basis.problems.map(({ problem, current }) => {
    if (resolved.has(problem.id)) return { id: problem.id, status: 'resolved', resolved_on: resolved.get(problem.id) };
    if (current?.status === 'resolved') return { id: problem.id, status: 'resolved', resolved_on: current.resolved_on };
    return { id: problem.id, status: 'open' };
  });
  const used = new Set(basis.problems.map((x) => x.problem.id));
  let n = Number(/^P(\d+)$/.exec(basis.nextProblemId)?.[1] ?? 1);
  const newProblems: LedgerAnswers['newProblems'] = (o.problem ?? []).map((s) => {
    const m = /^([^:：]+)[:：](.+?)(?:@(\S+))?$/.exec(s.trim());
    const category = m ? enumValue('category', PROBLEM_CATEGORIES, m[1]) : null;
    if (!m || !category) throw bad('--problem', s, t('entry.flag.problemHint', { categories: allowedValues('category', PROBLEM_CATEGORIES, lang) }, lang));
    const due = m[3] ? parseDate(m[3]) : undefined;
    if (due === null) throw bad('--problem', s, t('entry.bad.date', {}, lang));
    while (used.has(`P${n}`)) n++;
    const id = `P${n++}`;
    used.add(id);
    return { id, title: m[2].trim(), category: category as Problem['category'], raised_on: eventDefault, due };
  });
  const done = new Map((ex?.countdown ?? []).map((x) => [x.task, x.done_on] as [string, string]));
  for (const s of o.done ?? []) { const [id, date] = dated('--done', s); done.set(id, date); }
  return {
    reporter: o.reporter ?? ex?.reporter ?? d.reporter,
    submitted_on: o.submittedOn ?? ex?.submitted_on ?? d.today,
    invested,
    stage: (stage as LedgerAnswers['stage'] | undefined) ?? ex?.progress.stage,
    physical: o.physical ?? ex?.progress.physical,
    percent: percent ?? undefined,
    problems, newProblems,
    done: [...done].map(([task, done_on]) => ({ task, done_on })),
  };
}
