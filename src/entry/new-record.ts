// kzp new project|unit|list|review|dispatch|inspection — a record from its template
// (templates/records/<kind>.yaml, or the workspace's own templates/<kind>.yaml), with the
// required fields from flags or prompts; validated in the workspace before it is written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { has, t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { INSPECTION_METHODS } from '../schema/index.js';
import { CliError, type Io } from '../io/index.js';
import { camel, EXAMPLES, FIELDS, str, type Field, type NewOptions } from './new-fields.js';
import { withTargets } from './new-targets.js';
import { withHandled } from './new-dispatch.js';
import { withPlan } from './new-project-plan.js';
import { reviewStep } from './review-screen.js';
import { applyValue, editText, parseForEdit } from './yaml-edit.js';

const EXTRA_KEYS = ['task_force', 'countdown', 'problems', 'targets', 'sampling'];
import type { DispatchLevel } from './convene.js';
import { isCancel, type Prompter } from './prompts.js';
import { fillTemplate, RECORD_KINDS, recordPath, recordTemplate, type NewKind, type Vars } from './scaffold.js';
import { assertRepo, commitOne } from './record-edit.js';
import { checkAndWrite, writeOrFail, type EntryDeps } from './session.js';
import type { EntryWorkspace } from './workspace.js';

/** The kind named on the command line, or a usage error listing the kinds. */
export function newKind(io: Io, arg: string | undefined): NewKind {
  if (!(RECORD_KINDS as readonly string[]).includes(arg ?? '')) throw new CliError(t('entry.new.badKind', { kind: arg, kinds: RECORD_KINDS }, io.lang));
  return arg as NewKind;
}

export async function newRecord(ctx: Io, ws: EntryWorkspace, kind: NewKind, opts: NewOptions, deps: EntryDeps): Promise<number> {
  const { lang } = ctx;
  const { model: m, root, today } = ws;
  const vars: Vars = {};
  // flags first: a bad value is a usage error whether or not a terminal is attached
  for (const f of FIELDS[kind]) {
    const raw = opts[camel(f.flag)];
    if (raw === undefined) continue;
    const p = f.parse(raw, lang);
    if (!p.ok) throw new CliError(t('entry.new.bad', { flag: f.flag, value: raw, why: p.why }, lang));
    vars[f.key] = p.value;
  }
  // repeatable: commander collects its values into an array
  const handled = opts.handled as unknown as string[] | undefined;
  if (kind === 'dispatch' && vars.projects === undefined && handled?.length) vars.projects = [...new Set(handled.map((h) => h.split('/')[0]))];
  let prompter: Prompter | undefined;
  const interactive = deps.interactive;
  try {
    const missing = FIELDS[kind].filter((f) => f.required && vars[f.key] === undefined);
    if (kind === 'inspection' && !opts.targets && !(opts.seed && opts.size)) missing.push({ key: 'targets', flag: '--targets', parse: str });
    if (missing.length && !interactive) {
      throw new CliError(t('entry.new.missing', { flags: missing.map((f) => (f.key === 'targets' ? t('prompt.flag.targets', {}, lang) : f.flag)) }, lang),
        t('entry.new.missing.hint', { example: EXAMPLES[kind] }, lang));
    }
    for (const f of missing) {
      if (f.key === 'targets') continue;
      prompter ??= await deps.prompter();
      vars[f.key] = await askField(prompter, f, m, lang, kind, vars, today);
    }
    // the optional fields, offered at a terminal when no flag gave any field (a flag user knows what they want)
    const anyFlag = FIELDS[kind].some((f) => opts[camel(f.flag)] !== undefined && !f.required);
    if (interactive && !anyFlag) for (const f of FIELDS[kind].filter((x) => x.offer && vars[x.key] === undefined)) {
      prompter ??= await deps.prompter();
      const v = await askField(prompter, f, m, lang, kind, vars, today, true);
      if (v !== '') vars[f.key] = v;
    }
    const answers: Vars = { ...vars };
    // the sub-steps (task force and plan, problems handled, targets) run once; going back to an answer keeps what they added
    let extras: Record<string, unknown> | undefined;
    const compose = async (from: Vars): Promise<{ rel: string; text: string; vars: Vars }> => {
      const vars: Vars = { ...from };
      // defaults that depend on other fields or the workspace
      if (kind === 'review' || kind === 'dispatch' || kind === 'inspection') vars.date ??= today;
      if (kind === 'list') vars.id ??= `${vars.kind}-${vars.period}`;
      if (kind === 'review') {
        vars.convener ??= m.config.center;
        vars.participants ??= m.config.review.fixed_participants.length ? [...m.config.review.fixed_participants] : undefined;
        vars.id ??= `${vars.date}-review`;
      }
      if (kind === 'dispatch') vars.id ??= `${vars.date}-${vars.convener}`;
      if (kind === 'inspection') {
        vars.id ??= `${String(vars.date)}-inspection`;
        const org = [m.config.units.supervision, m.config.units['development-reform']].filter(Boolean) as string[];
        vars.organizers ??= org.length ? org : undefined;
      }
      vars.projects ??= [];
      const rel = recordPath(kind, String(vars.id), String(vars.date ?? ''));
      if (existsSync(join(root, rel))) throw new CliError(t('entry.new.exists', { path: rel }, lang), t('entry.new.exists.hint', {}, lang));
      let text = fillTemplate(recordTemplate(root, kind).text, vars);
      if (extras) text = editText(text, (doc) => applyValue(doc, { ...(doc.toJS() as Record<string, unknown>), ...extras }));
      else {
        if (kind === 'project') {
          const plan = { member: opts.member as unknown as string[] | undefined, task: opts.task as unknown as string[] | undefined, filedOn: opts.filedOn };
          text = await withPlan(ctx, text, m, plan, today, interactive && !anyFlag ? (prompter ??= await deps.prompter()) : undefined);
        }
        if (kind === 'dispatch') {
          const v = { level: vars.level as DispatchLevel, convener: String(vars.convener), projects: vars.projects as string[], date: String(vars.date) };
          text = await withHandled(ctx, text, m, v, handled, interactive ? (prompter ??= await deps.prompter()) : undefined);
        }
        if (kind === 'inspection') text = await withTargets(ctx, text, opts, m, interactive ? (prompter ??= await deps.prompter()) : undefined, String(vars.date));
        const doc = parseForEdit(text).toJS() as Record<string, unknown>;
        extras = Object.fromEntries(EXTRA_KEYS.filter((key) => doc[key] !== undefined).map((key) => [key, doc[key]]));
      }
      return { rel, text, vars };
    };
    let { rel, text, vars: done } = await compose(answers);
    const asked = !!prompter;
    // the review screen: the whole record, then write it, go back to any answer, or leave
    while (asked && prompter) {
      const step = await reviewStep(ctx, prompter, text, FIELDS[kind], done);
      if (step === 'write') break;
      if (step === 'quit') { ctx.err(t('entry.notWritten', {}, lang) + '\n'); return 0; }
      const v = await askField(prompter, step, m, lang, kind, answers, today, !step.required);
      answers[step.key] = v === '' ? undefined : v;
      ({ rel, text, vars: done } = await compose(answers));
    }
    const { code } = checkAndWrite(ctx, root, rel, text, { dryRun: true });
    if (code) return code;
    if (opts.commit) await assertRepo(ctx, root);
    writeOrFail(ctx, join(root, rel), text, null);
    ctx.err(`${ctx.color.green('✔')} ${t('entry.new.done', { path: rel }, lang)}\n`);
    const commit = opts.commit ? await commitOne(ctx, root, rel, { subject: `${kind}(${String(done.id)}): 新建`, body: `${rel}\n由 kzp new ${kind} 生成` }) : undefined;
    if (ws.json) ctx.out(JSON.stringify({ file: rel, kind, id: done.id, ...(commit ? { commit } : {}) }, null, 2) + '\n');
    return 0;
  } catch (e) {
    if (isCancel(e)) { ctx.err(`\n${t('entry.cancelled', {}, lang)}\n`); return 130; }
    throw e;
  }
}

async function askField(p: Prompter, f: Field, m: Model, lang: Lang, kind: NewKind, vars: Vars, today: string, optional = false): Promise<string | number | string[]> {
  const message = t(has(`entry.new.ask.${f.key}.${kind}`) ? `entry.new.ask.${f.key}.${kind}` : `entry.new.ask.${f.key}`, { kind }, lang);
  if (f.many && f.key === 'methods') {
    const picked = await p.checkbox({ message, choices: INSPECTION_METHODS.map((x) => ({ name: x, value: x })) });
    return picked.length ? picked : [...INSPECTION_METHODS];
  }
  if (f.choices) {
    const choices = f.choices({ m, lang, vars, today });
    if (f.many) {
      if (!choices.length) throw new CliError(t('entry.new.nothingToPick', { field: f.flag }, lang));
      const picked = await p.checkbox({ message, choices });
      if (picked.length) return picked;
      throw new CliError(t('entry.new.missing', { flags: [f.flag] }, lang));
    }
    if (optional && !choices.length) return '';
    if (optional) choices.unshift({ name: t('entry.new.leaveOut', {}, lang), value: '' });
    if (f.search || choices.length > 12) return p.search({ message, choices });
    if (choices.length) return p.select({ message, choices });
  }
  const raw = await p.input({ message, required: !optional, validate: (v) => {
    if (optional && !v.trim()) return true;
    const r = f.parse(v, lang); return r.ok ? true : (v.trim() ? r.why : t('entry.new.required', {}, lang));
  } });
  if (optional && !raw.trim()) return '';
  const r = f.parse(raw, lang);
  return r.ok ? r.value : raw;
}
