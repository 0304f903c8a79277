// The two lists of a new project that are more than a field: its task force (TF-3: the people
// and their duties) and its countdown plan (LS-5: the year's tasks with due dates), from flags
// (--member PERSON[:DUTY], --task [ID:]TASK@DUE) or asked one by one at a terminal.
import { t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { CliError, type Io } from '../io/index.js';
import { parseDate } from './dates.js';
import type { Prompter } from './prompts.js';
import { isMap, isSeq } from 'yaml';
import { applyValue, editText } from './yaml-edit.js';

export interface PlanFlags { member?: string[]; task?: string[]; filedOn?: string }
type Member = { person: string; duty?: string };
type Task = { id: string; task: string; due: string };

function parseMembers(io: Io, m: Model, raw: readonly string[]): Member[] {
  return raw.map((s) => {
    const [person, ...rest] = s.split(/[:：]/);
    const id = person.trim();
    if (!m.people.has(id)) throw new CliError(t('plan.noPerson', { value: s, id }, io.lang), t('plan.member.hint', {}, io.lang));
    const duty = rest.join(':').trim();
    return duty ? { person: id, duty } : { person: id };
  });
}

function parseTasks(io: Io, raw: readonly string[]): Task[] {
  const used = new Set<string>();
  const out: Task[] = [];
  for (const s of raw) {
    const m = /^(?:([A-Za-z0-9][A-Za-z0-9-]*)[:：])?(.+)@(.+)$/.exec(s.trim());
    const due = m ? parseDate(m[3]) : null;
    if (!m || !due || !m[2].trim()) throw new CliError(t('entry.flag.bad', { flag: '--task', value: s }, io.lang), t('plan.task.hint', {}, io.lang));
    out.push({ id: m[1] ?? '', task: m[2].trim(), due });
    if (m[1]) used.add(m[1]);
  }
  let n = 1;
  for (const x of out) if (!x.id) { while (used.has(`C${n}`)) n++; x.id = `C${n}`; used.add(x.id); }
  return out;
}

async function askMembers(p: Prompter, m: Model, lang: Lang): Promise<Member[]> {
  const out: Member[] = [];
  const people = [...m.people.values()].sort((a, b) => (a.person.id < b.person.id ? -1 : 1))
    .map((x) => ({ name: `${x.person.id}  ${x.person.name}(${x.unit.data.name})`, value: x.person.id }));
  while (people.length && await p.confirm({ message: t(out.length ? 'plan.ask.moreMembers' : 'plan.ask.member', {}, lang), default: false })) {
    const person = await p.search({ message: t('plan.ask.person', {}, lang), choices: people.filter((c) => !out.some((o) => o.person === c.value)) });
    const duty = (await p.input({ message: t('plan.ask.duty', {}, lang) })).trim();
    out.push(duty ? { person, duty } : { person });
  }
  return out;
}

async function askTasks(p: Prompter, lang: Lang, today: string): Promise<Task[]> {
  const out: Task[] = [];
  while (await p.confirm({ message: t(out.length ? 'plan.ask.moreTasks' : 'plan.ask.task', {}, lang), default: false })) {
    const task = (await p.input({ message: t('plan.ask.taskText', { id: `C${out.length + 1}` }, lang), required: true })).trim();
    const due = await p.input({ message: t('plan.ask.due', {}, lang), default: `${today.slice(0, 4)}-12-31`, validate: (v) => (parseDate(v) ? true : t('entry.bad.date', {}, lang)) });
    out.push({ id: `C${out.length + 1}`, task, due: parseDate(due)! });
  }
  return out;
}

/** The project's text with its task force and countdown plan, when any were given or answered. */
export async function withPlan(io: Io, text: string, m: Model, o: PlanFlags, today: string, p?: Prompter): Promise<string> {
  let members = o.member?.length ? parseMembers(io, m, o.member) : undefined;
  let tasks = o.task?.length ? parseTasks(io, o.task) : undefined;
  const filedOn = o.filedOn === undefined ? undefined : parseDate(o.filedOn);
  if (filedOn === null) throw new CliError(t('entry.flag.bad', { flag: '--filed-on', value: o.filedOn }, io.lang), t('entry.bad.date', {}, io.lang));
  if (p && !members) members = await askMembers(p, m, io.lang);
  if (p && !tasks) tasks = await askTasks(p, io.lang, today);
  if (!members?.length && !tasks?.length) return text;
  const byYear: Record<string, { id: string; task: string; due: string }[]> = {};
  for (const x of tasks ?? []) (byYear[x.due.slice(0, 4)] ??= []).push(x);
  return editText(text, (doc) => {
    const cur = doc.toJS() as Record<string, unknown>;
    const next: Record<string, unknown> = { ...cur };
    if (members?.length) next.task_force = filedOn ? { filed_on: filedOn, members } : { members };
    if (tasks?.length) next.countdown = byYear;
    applyValue(doc, next);
    // one line a member and a task, as FORMAT.md writes them
    const seqs = [doc.getIn(['task_force', 'members'], true), ...Object.keys(byYear).map((y) => doc.getIn(['countdown', y], true))];
    for (const seq of seqs) if (isSeq(seq)) for (const it of seq.items) if (isMap(it)) it.flow = true;
  });
}
