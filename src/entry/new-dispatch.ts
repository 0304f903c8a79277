// The part of `kzp new dispatch` that DS-3 reads: the convener checked against the level and
// the projects (DS-7), then each open problem of those projects — handled at this dispatch or
// not, and its outcome: unresolved, resolved, or assigned to a unit (with a due date).
import { t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { UNIT_ID } from '../schema/index.js';
import { CliError, type Io } from '../io/index.js';
import { conveners, fitsProblem, fitsProject, openProblems, type DispatchLevel, type OpenProblem } from './convene.js';
import { parseDate } from './dates.js';
import type { Prompter } from './prompts.js';
import { applyValue, editText } from './yaml-edit.js';

export interface Handled { problem: string; outcome: 'resolved' | 'unresolved'; assigned_to?: string; due?: string }

const RESOLVED = ['resolved', '已解决', '解决'];
const UNRESOLVED = ['unresolved', '未解决', '未能解决'];

/** `--handled KZ-2022-001/P1:unresolved`, `…:resolved`, `…:hanfeng-street@2022-11-15` (assigned to a unit, by a date). */
export function parseHandled(io: Io, m: Model, raw: readonly string[], open: OpenProblem[]): Handled[] {
  const { lang } = io;
  const keys = open.map((o) => o.key);
  return raw.map((s) => {
    const i = s.lastIndexOf(':') > s.indexOf('/') ? s.lastIndexOf(':') : s.search(/[:：]/);
    const key = (i < 0 ? s : s.slice(0, i)).trim();
    const rest = (i < 0 ? '' : s.slice(i + 1)).normalize('NFKC').trim();
    if (!keys.includes(key)) throw new CliError(t('dispatch.notOpen', { key, value: s }, lang), t('dispatch.openAre', { keys: keys.join(', ') || '—' }, lang));
    if (RESOLVED.includes(rest)) return { problem: key, outcome: 'resolved' as const };
    if (UNRESOLVED.includes(rest) || rest === '') return { problem: key, outcome: 'unresolved' as const };
    const [unit, dueRaw] = rest.split('@');
    if (!UNIT_ID.test(unit) || !m.units.has(unit)) throw new CliError(t('dispatch.badOutcome', { value: s }, lang), t('dispatch.outcomes', {}, lang));
    const due = dueRaw === undefined ? undefined : parseDate(dueRaw);
    if (due === null) throw new CliError(t('dispatch.badOutcome', { value: s }, lang), t('entry.bad.date', {}, lang));
    return { problem: key, outcome: 'unresolved' as const, assigned_to: unit, due };
  });
}

/** The convener must fit the level and every project (DS-7); otherwise the error names who may. */
export function checkConvener(io: Io, m: Model, level: DispatchLevel, convener: string, projects: string[], date: string): void {
  const misfit = projects.filter((p) => !fitsProject(m, level, convener, p, date));
  if (!misfit.length) return;
  const who = conveners(m, level, date).filter((c) => misfit.every((p) => c.projects.includes(p))).map((c) => `${c.id}(${c.name})`);
  throw new CliError(t('dispatch.convenerMisfit', { convener, level: t(`prompt.choice.level.${level}`, {}, io.lang), projects: misfit.join(', ') }, io.lang),
    t('dispatch.convenerMay', { who: who.join('、') || '—' }, io.lang));
}

async function askOne(p: Prompter, m: Model, o: OpenProblem, date: string, lang: Lang): Promise<Handled | null> {
  const what = await p.select<'skip' | 'resolved' | 'unresolved' | 'assigned'>({
    message: t('dispatch.ask.problem', { key: o.key, title: o.problem.title, category: t(`entry.category.${o.problem.category}`, {}, lang) }, lang),
    choices: (['skip', 'unresolved', 'resolved', 'assigned'] as const).map((v) => ({ name: t(`dispatch.choice.${v}`, {}, lang), value: v })),
    default: 'skip',
  });
  if (what === 'skip') return null;
  if (what !== 'assigned') return { problem: o.key, outcome: what };
  const units = [...m.units.values()].filter((u) => u.data.type !== 'leadership').sort((a, b) => (a.data.id < b.data.id ? -1 : 1));
  const unit = await p.search({ message: t('dispatch.ask.unit', { key: o.key }, lang), choices: units.map((u) => ({ name: `${u.data.id}  ${u.data.name}`, value: u.data.id })) });
  const due = await p.input({ message: t('dispatch.ask.due', {}, lang), default: o.problem.due && o.problem.due >= date ? o.problem.due : undefined,
    validate: (v) => (v.trim() === '' || (parseDate(v) !== null && parseDate(v)! >= date) ? true : t('entry.bad.dateBefore', { min: date }, lang)) });
  return { problem: o.key, outcome: 'unresolved', assigned_to: unit, due: due.trim() ? parseDate(due)! : undefined };
}

/** The dispatch's problems, from --handled or asked one by one; written into the record's text. */
export async function withHandled(io: Io, text: string, m: Model, v: { level: DispatchLevel; convener: string; projects: string[]; date: string }, handled: readonly string[] | undefined, p?: Prompter): Promise<string> {
  checkConvener(io, m, v.level, v.convener, v.projects, v.date);
  const open = v.projects.flatMap((id) => openProblems(m, id, v.date));
  // a leader convenes the problems of the projects they lead, or of the domain they hold (DS-7)
  const fit = open.filter((o) => fitsProblem(m, v.level, v.convener, m.projects.get(o.project)!.data, o.key));
  let out: Handled[];
  if (handled?.length || !p) out = parseHandled(io, m, handled ?? [], fit);
  else {
    out = [];
    if (open.length > fit.length) io.err(t('dispatch.notFitting', { keys: open.filter((o) => !fit.includes(o)).map((o) => o.key).join(', ') }, io.lang) + '\n');
    if (!fit.length) io.err(t('dispatch.noOpen', { projects: v.projects.join(', '), date: v.date }, io.lang) + '\n');
    for (const o of fit) { const h = await askOne(p, m, o, v.date, io.lang); if (h) out.push(h); }
  }
  const problems = out.map((h) => Object.fromEntries(Object.entries(h).filter(([, x]) => x !== undefined)));
  return editText(text, (doc) => { const cur = doc.toJS() as Record<string, unknown>; applyValue(doc, { ...cur, problems }); });
}
