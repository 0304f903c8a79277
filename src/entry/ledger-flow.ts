// The interactive monthly ledger (LS-4, LS-5), in the order a liaison thinks of it: money,
// stage, physical progress; then each problem still open; then new problems; then the
// countdown tasks that fell due. Every answer is checked as it is typed.
import { t, type Lang } from '../i18n/index.js';
import { PROBLEM_CATEGORIES, STAGES, type Problem } from '../schema/index.js';
import { defaultEventDate, isMonth, moneyFix, monthEnd, parseDate, parseMoney, parsePercent } from './dates.js';
import type { LedgerAnswers, LedgerBasis } from './ledger.js';
import type { Prompter } from './prompts.js';

export interface FlowOptions { lang: Lang; today: string; reporter?: string }

type Check = (v: string) => true | string;

export function dateCheck(lang: Lang, o: { min?: string; max?: string; maxLabel?: 'today' | 'month'; optional?: boolean }): Check {
  return (v) => {
    if (o.optional && v.trim() === '') return true;
    const d = parseDate(v);
    if (!d) return t('entry.bad.date', {}, lang);
    if (o.min && d < o.min) return t('entry.bad.dateBefore', { min: o.min }, lang);
    if (o.max && d > o.max) return t(o.maxLabel === 'today' ? 'entry.bad.dateAfterToday' : 'entry.bad.dateAfterMonth', { max: o.max }, lang);
    return true;
  };
}

export function monthCheck(lang: Lang): Check {
  return (v) => (isMonth(v.normalize('NFKC').trim()) ? true : t('entry.bad.month', {}, lang));
}

/** The latest date an event of the month may carry: the month's end, and never after today. */
function maxEventDate(month: string, today: string): { max: string; label: 'today' | 'month' } {
  const end = monthEnd(month);
  return today < end ? { max: today, label: 'today' } : { max: end, label: 'month' };
}

export async function askLedger(p: Prompter, basis: LedgerBasis, o: FlowOptions): Promise<LedgerAnswers> {
  const { lang, today } = o;
  const ex = basis.existing?.data;
  const prev = basis.previous?.data;
  const { max, label } = maxEventDate(basis.month, today);
  const eventDefault = defaultEventDate(basis.month, today);

  const investedText = await p.input({
    message: t('entry.ask.invested', { month: basis.month }, lang),
    default: ex ? String(ex.progress.invested) : undefined,
    required: true,
    validate: (v) => (parseMoney(v) === null ? moneyFix(v, lang) : true),
  });
  const stage = await p.select({
    message: t('entry.ask.stage', {}, lang),
    choices: STAGES.map((s) => ({ name: t(`entry.stage.${s}`, {}, lang), value: s })),
    default: ex?.progress.stage ?? prev?.progress.stage ?? basis.project.stage,
  });
  const physical = (await p.input({
    message: t('entry.ask.physical', {}, lang),
    default: ex?.progress.physical,
    required: true,
  })).trim();
  const percentText = await p.input({
    message: t('entry.ask.percent', {}, lang),
    default: ex?.progress.percent !== undefined ? String(ex.progress.percent) : undefined,
    validate: (v) => (v.trim() === '' || parsePercent(v) !== null ? true : t('entry.bad.percent', {}, lang)),
  });

  const problems: LedgerAnswers['problems'] = [];
  for (const { problem, current } of basis.problems) {
    const status = await p.select<'open' | 'resolved'>({
      message: t('entry.ask.problem', { id: problem.id, title: problem.title, raised: problem.raised_on, due: problem.due ? t('entry.dueSuffix', { due: problem.due }, lang) : '' }, lang),
      choices: [
        { name: t('entry.choice.stillOpen', {}, lang), value: 'open' },
        { name: t('entry.choice.resolved', {}, lang), value: 'resolved' },
      ],
      default: current?.status ?? 'open',
    });
    if (status === 'open') { problems.push({ id: problem.id, status }); continue; }
    const on = await p.input({
      message: t('entry.ask.resolvedOn', { id: problem.id }, lang),
      default: current?.resolved_on ?? eventDefault,
      validate: dateCheck(lang, { min: problem.raised_on, max, maxLabel: label }),
    });
    problems.push({ id: problem.id, status, resolved_on: parseDate(on)! });
  }

  const newProblems: LedgerAnswers['newProblems'] = [];
  const used = new Set(basis.problems.map((x) => x.problem.id));
  let nextN = Number(/^P(\d+)$/.exec(basis.nextProblemId)?.[1] ?? 1);
  while (await p.confirm({ message: t(newProblems.length ? 'entry.ask.moreProblems' : 'entry.ask.newProblem', {}, lang), default: false })) {
    while (used.has(`P${nextN}`)) nextN++;
    const id = `P${nextN++}`;
    used.add(id);
    const title = (await p.input({ message: t('entry.ask.problemTitle', { id }, lang), required: true })).trim();
    const category = await p.select<Problem['category']>({
      message: t('entry.ask.problemCategory', {}, lang),
      choices: PROBLEM_CATEGORIES.map((c) => ({ name: t(`entry.category.${c}`, {}, lang), value: c })),
    });
    const due = await p.input({
      message: t('entry.ask.problemDue', {}, lang),
      validate: dateCheck(lang, { min: eventDefault, optional: true }),
    });
    newProblems.push({ id, title, category, raised_on: eventDefault, due: due.trim() ? parseDate(due)! : undefined });
  }

  const done: LedgerAnswers['done'] = [];
  const yearStart = `${basis.month.slice(0, 4)}-01-01`;
  for (const { task, current } of basis.tasks) {
    const state = await p.select<'done' | 'not'>({
      message: t('entry.ask.task', { id: task.id, task: task.task, due: task.due, late: task.due < today ? t('entry.overdueSuffix', {}, lang) : '' }, lang),
      choices: [
        { name: t('entry.choice.done', {}, lang), value: 'done' },
        { name: t('entry.choice.notDone', {}, lang), value: 'not' },
      ],
      default: current ? 'done' : 'not',
    });
    if (state === 'not') continue;
    const on = await p.input({
      message: t('entry.ask.doneOn', { id: task.id }, lang),
      default: current ?? eventDefault,
      validate: dateCheck(lang, { min: yearStart, max, maxLabel: label }),
    });
    done.push({ task: task.id, done_on: parseDate(on)! });
  }
  if (basis.laterTasks.length && await p.confirm({ message: t('entry.ask.ahead', {}, lang), default: false })) {
    const picked = await p.checkbox({
      message: t('entry.ask.aheadPick', {}, lang),
      choices: basis.laterTasks.map((x) => ({ name: `${x.id} ${x.task}(${t('entry.plannedBy', { due: x.due }, lang)})`, value: x.id })),
    });
    for (const id of picked) {
      const on = await p.input({ message: t('entry.ask.doneOn', { id }, lang), default: eventDefault, validate: dateCheck(lang, { min: yearStart, max, maxLabel: label }) });
      done.push({ task: id, done_on: parseDate(on)! });
    }
  }

  return {
    reporter: o.reporter ?? ex?.reporter,
    submitted_on: ex?.submitted_on ?? today,
    invested: parseMoney(investedText)!,
    stage,
    physical: physical || undefined,
    percent: percentText.trim() === '' ? undefined : parsePercent(percentText)!,
    problems, newProblems, done,
  };
}

/** The month prompt, defaulting to the month just ended in the first ten days of a month. */
export async function askMonth(p: Prompter, lang: Lang, def: string): Promise<string> {
  const v = await p.input({ message: t('entry.ask.month', {}, lang), default: def, validate: monthCheck(lang) });
  return v.normalize('NFKC').trim();
}
