// kzp ledger add — one project's monthly ledger (LS-4, LS-5): interactive in a terminal,
// from flags or a YAML file otherwise; validated in the context of the whole workspace before
// it is written; written atomically; optionally committed on its own.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t } from '../../i18n/index.js';
import { addDays, monthEnd } from '../../engine/index.js';
import type { Model } from '../../model/index.js';
import { PROBLEM_CATEGORIES, RECORD_ID, STAGES, type Problem } from '../../schema/index.js';
import { nearest } from '../../util/index.js';
import {
  applyValue, askLedger, askMonth, buildLedger, commitFile, commitMessage, defaultEventDate, defaultLedgerMonth, editText, insideRepo,
  isCancel, ledgerBasis, ledgerPath, moneyFix, parseDate, parseForEdit, parseMoney, parsePercent, renderRecord, summarize, userEmail, type LedgerAnswers, type LedgerBasis, type Prompter,
} from '../../entry/index.js';
import { checkAndWrite, defaultDeps, type EntryDeps, writeOrFail } from '../../entry/index.js';
import { refuseAt, asOfDate, checkDateFlag, checkMonthFlag, CliError, load, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export interface LedgerOptions {
  project?: string; month?: string; from?: string; commit?: boolean; amend?: boolean;
  invested?: string; stage?: string; physical?: string; percent?: string; reporter?: string; submittedOn?: string;
  resolve?: string[]; done?: string[]; problem?: string[]; yes?: boolean;
}

export async function run(ctx: CliContext, opts: LedgerOptions): Promise<number> {
  refuseAt(ctx, 'ledger add');
  return ledgerAdd(ctx, opts, defaultDeps(ctx));
}

export async function ledgerAdd(ctx: CliContext, opts: LedgerOptions, deps: EntryDeps): Promise<number> {
  const { lang } = ctx;
  checkMonthFlag(ctx, '--month', opts.month);
  checkDateFlag(ctx, '--submitted-on', opts.submittedOn);
  const loaded = load(ctx);
  const m = loaded.model;
  const root = loaded.workspace.root;
  const today = asOfDate(ctx, m.config.timezone);
  const byFlags = opts.invested !== undefined;
  const interactive = deps.interactive && !opts.from && !byFlags;

  let fromText: string | undefined, fromData: Record<string, unknown> | undefined;
  if (opts.from) ({ text: fromText, data: fromData } = readFrom(ctx, opts.from));
  if (!interactive) {
    const missing: string[] = [];
    if (!opts.project && typeof fromData?.project !== 'string') missing.push('--project');
    if (!opts.from && !byFlags) missing.push('--invested');
    if (missing.length) throw new CliError(t('entry.ledger.missingFlags', { flags: missing }, lang), t('entry.ledger.missingFlags.hint', {}, lang));
  }
  if (opts.from && byFlags) throw new CliError(t('entry.ledger.fromAndFlags', {}, lang));

  let prompter: Prompter | undefined;
  const ask = async () => (prompter ??= await deps.prompter());
  try {
    const email = await userEmail(root);
    // project and month
    let projectId = opts.project ?? (typeof fromData?.project === 'string' ? fromData.project : undefined);
    if (opts.project && typeof fromData?.project === 'string' && fromData.project !== opts.project)
      throw new CliError(t('entry.ledger.fromConflict', { field: 'project', file: fromData.project, flag: opts.project }, lang));
    if (!projectId) projectId = await pickProject(await ask(), m, email, lang);
    checkProject(ctx, m, projectId);
    const fromMonth = typeof fromData?.month === 'string' ? fromData.month : undefined;
    if (opts.month && fromMonth && fromMonth !== opts.month)
      throw new CliError(t('entry.ledger.fromConflict', { field: 'month', file: fromMonth, flag: opts.month }, lang));
    let month = opts.month ?? fromMonth;
    if (!month) month = interactive ? await askMonth(await ask(), lang, defaultLedgerMonth(today)) : defaultLedgerMonth(today);
    checkMonthFlag(ctx, 'month', month);

    const rel = ledgerPath(projectId, month);
    const abs = join(root, rel);
    const exists = existsSync(abs);
    if (exists && !opts.amend) throw new CliError(t('entry.ledger.exists', { path: rel }, lang), t('entry.ledger.exists.hint', {}, lang));
    if (!exists && opts.amend) throw new CliError(t('entry.ledger.nothingToAmend', { path: rel }, lang));
    const basis = ledgerBasis(m, projectId, month);
    const project = basis.project;
    const due = addDays(monthEnd(month), m.config.ledger.grace_days);
    const late = opts.amend && today > due;
    if (late) ctx.err(`${ctx.color.yellow(t('entry.ledger.amendLate', { path: rel, due }, lang))}\n`);

    const reporter = reporterFor(m, project.owner, project.liaison, email);
    let value: Record<string, unknown>;
    if (fromData) value = fromFile(fromData, basis, { project: projectId, month, today, reporter }, ctx);
    else if (interactive) {
      ctx.err(t('entry.ledger.intro', { project: projectId, name: project.name, month, path: rel }, lang) + '\n');
      value = buildLedger(basis, await askLedger(await ask(), basis, { lang, today, reporter }));
    } else value = buildLedger(basis, fromFlags(ctx, opts, basis, { today, reporter }));

    let text: string;
    const original = exists ? readFileSync(abs, 'utf8') : null;
    if (original !== null) text = editText(original, (doc) => applyValue(doc, value));
    else if (fromText !== undefined && fromData) text = editText(fromText, (doc) => applyValue(doc, value));
    else text = renderLedger(value, project.name);

    const summary = summarize(basis, value);
    const { code } = checkAndWrite(ctx, root, rel, text, { dryRun: true });
    if (code) return code;
    if (opts.commit && !(await insideRepo(root))) throw new CliError(t('entry.notRepo', { root }, lang));
    if (interactive && !opts.yes) {
      ctx.err(`\n${ctx.color.dim('─'.repeat(40))}\n${text}${ctx.color.dim('─'.repeat(40))}\n`);
      ctx.err(t('entry.ledger.summary', { ...summary, done: summary.done.length }, lang) + '\n');
      if (!(await (await ask()).confirm({ message: t('entry.ask.confirm', { path: rel }, lang), default: true }))) {
        ctx.err(t('entry.notWritten', {}, lang) + '\n');
        return 0;
      }
    }
    writeOrFail(ctx, abs, text, original);
    ctx.err(`${ctx.color.green('✔')} ${t(exists ? 'entry.amended' : 'entry.wrote', { path: rel }, lang)}  ${t('entry.ledger.summary', { ...summary, done: summary.done.length }, lang)}\n`);
    let commit: string | undefined;
    if (opts.commit) {
      const msg = commitMessage(projectId, month, summary, !!exists);
      const r = await commitFile(root, rel, msg.subject, msg.body);
      if (!r.ok) throw new CliError(t('entry.commitFailed', { path: rel, message: (r.stderr || r.stdout).split('\n')[0] }, lang), t('entry.commitFailed.hint', {}, lang));
      commit = r.commit;
      ctx.err(`${ctx.color.green('✔')} ${t('entry.committed', { commit, subject: msg.subject }, lang)}\n`);
    }
    if (ctx.opts.json) ctx.out(JSON.stringify({ file: rel, project: projectId, month, amended: !!exists, late: !!late, summary, commit: commit ?? null }, null, 2) + '\n');
    return 0;
  } catch (e) {
    if (isCancel(e)) {
      ctx.err(`\n${t('entry.cancelled', {}, lang)}\n`);
      return 130;
    }
    throw e;
  }
}

export function renderLedger(value: Record<string, unknown>, projectName: string): string {
  return renderRecord(value, {
    // the modeline first: editors' YAML language server takes the schema from it (templates/records do the same)
    header: `yaml-language-server: $schema=../../schemas/ledger.schema.json\n${value.month} 月度台账:${projectName}(进度台账、问题台账、倒计时完成台账,LS-4)`,
    flowItems: ['countdown'],
  });
}

function readFrom(ctx: CliContext, file: string): { text: string; data: Record<string, unknown> } {
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

function checkProject(ctx: CliContext, m: Model, id: string): void {
  if (!RECORD_ID.test(id)) throw new CliError(t('entry.badId', { id }, ctx.lang));
  if (!m.projects.has(id)) {
    const s = nearest(id, m.projects.keys());
    throw new CliError(t('entry.noProject', { id }, ctx.lang), s ? t('entry.didYouMean', { s }, ctx.lang) : t('entry.noProject.hint', {}, ctx.lang));
  }
}

/** The person who reports: the one whose e-mail is git's user.email, else the project's liaison. */
function reporterFor(m: Model, _owner: string, liaison: string | undefined, email: string | null): string | undefined {
  if (email) for (const { person } of m.people.values()) if (person.email && person.email.toLowerCase() === email.toLowerCase()) return person.id;
  return liaison;
}

async function pickProject(p: Prompter, m: Model, email: string | null, lang: CliContext['lang']): Promise<string> {
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
function fromFile(data: Record<string, unknown>, basis: LedgerBasis, o: { project: string; month: string; today: string; reporter?: string }, ctx: CliContext): Record<string, unknown> {
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
function fromFlags(ctx: CliContext, o: LedgerOptions, basis: LedgerBasis, d: { today: string; reporter?: string }): LedgerAnswers {
  const { lang } = ctx;
  const bad = (flag: string, value: string, hint: string) => new CliError(t('entry.flag.bad', { flag, value }, lang), hint);
  const ex = basis.existing?.data;
  const invested = parseMoney(o.invested ?? '');
  if (invested === null) throw bad('--invested', o.invested ?? '', moneyFix(o.invested ?? '', lang));
  if (o.stage !== undefined && !(STAGES as readonly string[]).includes(o.stage)) throw bad('--stage', o.stage, STAGES.join(' | '));
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
    const m = /^([a-z-]+)[:：](.+?)(?:@(\S+))?$/.exec(s.trim());
    if (!m || !(PROBLEM_CATEGORIES as readonly string[]).includes(m[1])) throw bad('--problem', s, t('entry.flag.problemHint', { categories: PROBLEM_CATEGORIES.join(' | ') }, lang));
    const due = m[3] ? parseDate(m[3]) : undefined;
    if (due === null) throw bad('--problem', s, t('entry.bad.date', {}, lang));
    while (used.has(`P${n}`)) n++;
    const id = `P${n++}`;
    used.add(id);
    return { id, title: m[2].trim(), category: m[1] as Problem['category'], raised_on: eventDefault, due };
  });
  const done = new Map((ex?.countdown ?? []).map((x) => [x.task, x.done_on] as [string, string]));
  for (const s of o.done ?? []) { const [id, date] = dated('--done', s); done.set(id, date); }
  return {
    reporter: o.reporter ?? ex?.reporter ?? d.reporter,
    submitted_on: o.submittedOn ?? ex?.submitted_on ?? d.today,
    invested,
    stage: (o.stage as LedgerAnswers['stage']) ?? ex?.progress.stage,
    physical: o.physical ?? ex?.progress.physical,
    percent: percent ?? undefined,
    problems, newProblems,
    done: [...done].map(([task, done_on]) => ({ task, done_on })),
  };
}

export const command = defineCommand({
  name: 'ledger add',
  options: [
    { flags: '--project <id>', help: 'help.ledger-add.project' },
    { flags: '--month <YYYY-MM>', help: 'help.ledger-add.month' },
    { flags: '--from <file>', help: 'help.ledger-add.from' },
    { flags: '--amend', help: 'help.ledger-add.amend' },
    { flags: '--commit', help: 'help.ledger-add.commit' },
    { flags: '--invested <万元>', help: 'help.ledger-add.invested' },
    { flags: '--stage <stage>', help: 'help.ledger-add.stage' },
    { flags: '--physical <text>', help: 'help.ledger-add.physical' },
    { flags: '--percent <n>', help: 'help.ledger-add.percent' },
    { flags: '--reporter <person>', help: 'help.ledger-add.reporter' },
    { flags: '--submitted-on <date>', help: 'help.ledger-add.submittedOn' },
    { flags: '--resolve <P1[:DATE]>', help: 'help.ledger-add.resolve', repeatable: true },
    { flags: '--done <C3[:DATE]>', help: 'help.ledger-add.done', repeatable: true },
    { flags: '--problem <CATEGORY:TITLE[@DUE]>', help: 'help.ledger-add.problem', repeatable: true },
    { flags: '-y, --yes', help: 'help.ledger-add.yes' },
  ],
  examples: [
    { command: 'kzp ledger add', help: 'help.ledger-add.ex1' },
    { command: 'kzp ledger add --project KZ-2022-001 --month 2022-10 --from ledger.yaml --commit', help: 'help.ledger-add.ex2' },
  ],
  exits: { 1: 'help.exit.recordRefused', 130: 'help.exit.cancelled' },
  run,
});
