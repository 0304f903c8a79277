// kzp new project|unit|list|review|dispatch|inspection — a record from its template
// (templates/records/<kind>.yaml, or the workspace's own templates/<kind>.yaml), with the
// required fields from flags or prompts; validated in the workspace before it is written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { t, type Lang } from '../../i18n/index.js';
import type { Model } from '../../model/index.js';
import { DISPATCH_LEVELS, INSPECTION_METHODS, isCalendarDate, MONTH_RE, RECORD_ID, STAGES, UNIT_ID, UNIT_ROLES, UNIT_TYPES } from '../../schema/index.js';
import { draw, fillTemplate, isCancel, isValidSeed, parseDate, parseMoney, RECORD_KINDS, recordPath, recordTemplate, samplingRecord, type NewKind, type Prompter, type Vars } from '../../entry/index.js';
import { checkAndWrite, defaultDeps, type EntryDeps, writeOrFail } from '../../entry/index.js';
import { refuseAt, asOfDate, CliError, load, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

type Opts = Record<string, string | undefined>;
type Parse = (raw: string) => { ok: true; value: string | number | string[] } | { ok: false; why: string };

interface Field {
  key: string;
  flag: string;
  /** a value every record of the kind must have (asked, or a missing flag) */
  required?: boolean;
  parse: Parse;
  choices?: (m: Model, lang: Lang) => { name: string; value: string }[];
  many?: boolean;
  /** pick from a long list by typing (units) */
  search?: boolean;
}

const ok = (value: string | number | string[]) => ({ ok: true as const, value });
const no = (why: string) => ({ ok: false as const, why });
const str: Parse = (r) => (r.trim() ? ok(r.trim()) : no('—'));
const re = (rx: RegExp, why: string): Parse => (r) => (rx.test(r.trim()) ? ok(r.trim()) : no(why));
const oneOf = (vals: readonly string[]): Parse => (r) => (vals.includes(r.trim()) ? ok(r.trim()) : no(vals.join(' | ')));
const listOf = (each: Parse): Parse => (r) => {
  const items = r.split(/[,，、\s]+/).map((x) => x.trim()).filter(Boolean);
  for (const it of items) { const p = each(it); if (!p.ok) return no(`${it}: ${p.why}`); }
  return items.length ? ok(items) : no('—');
};
const money: Parse = (r) => { const v = parseMoney(r); return v === null ? no('万元, ≥ 0, ≤ 2 decimals') : ok(v); };
const dateP: Parse = (r) => { const d = parseDate(r); return d ? ok(d) : no('YYYY-MM-DD'); };
const monthP: Parse = (r) => (MONTH_RE.test(r.trim()) ? ok(r.trim()) : no('YYYY-MM'));
const recId = re(RECORD_ID, 'A-Z a-z 0-9 -');
const unitId = re(UNIT_ID, 'a-z 0-9 -');
const period: Parse = (r) => (/^\d{4}(-\d{4})?$/.test(r.trim()) ? ok(r.trim()) : no('YYYY | YYYY-YYYY'));

const unitChoices = (m: Model) => [...m.units.values()].sort((a, b) => (a.data.id < b.data.id ? -1 : 1)).map((u) => ({ name: `${u.data.id}  ${u.data.name}`, value: u.data.id }));
const enumChoices = (field: string, vals: readonly string[]) => (_m: Model, lang: Lang) => vals.map((v) => ({ name: t(`prompt.choice.${field}.${v}`, {}, lang), value: v }));

const FIELDS: Record<NewKind, Field[]> = {
  project: [
    { key: 'id', flag: '--id', required: true, parse: recId },
    { key: 'name', flag: '--name', required: true, parse: str },
    { key: 'sector', flag: '--sector', required: true, parse: str, choices: (m) => Object.entries(m.config.sectors).map(([k, v]) => ({ name: `${v}(${k})`, value: k })) },
    { key: 'nature', flag: '--nature', required: true, parse: oneOf(['public-welfare', 'operating']), choices: enumChoices('nature', ['public-welfare', 'operating']) },
    { key: 'stage', flag: '--stage', required: true, parse: oneOf(STAGES), choices: (_m, lang) => STAGES.map((s) => ({ name: t(`entry.stage.${s}`, {}, lang), value: s })) },
    { key: 'owner', flag: '--owner', required: true, parse: unitId, choices: unitChoices, search: true },
    { key: 'total_investment', flag: '--total-investment', required: true, parse: money },
    { key: 'lead_unit', flag: '--lead-unit', parse: unitId },
    { key: 'lead_leader', flag: '--lead-leader', parse: unitId },
    { key: 'liaison', flag: '--liaison', parse: unitId },
    { key: 'location', flag: '--location', parse: unitId },
    { key: 'start', flag: '--start', parse: monthP },
    { key: 'end', flag: '--end', parse: monthP },
  ],
  unit: [
    { key: 'id', flag: '--id', required: true, parse: unitId },
    { key: 'name', flag: '--name', required: true, parse: str },
    { key: 'type', flag: '--type', required: true, parse: oneOf(UNIT_TYPES), choices: enumChoices('type', UNIT_TYPES) },
    { key: 'roles', flag: '--roles', parse: listOf(oneOf(UNIT_ROLES)), many: true },
    { key: 'filed_on', flag: '--filed-on', parse: dateP },
  ],
  list: [
    { key: 'kind', flag: '--kind', required: true, parse: oneOf(['reserve', 'rolling', 'annual']), choices: enumChoices('kind', ['annual', 'rolling', 'reserve']) },
    { key: 'period', flag: '--period', required: true, parse: period },
    { key: 'id', flag: '--id', parse: recId },
    { key: 'decided_on', flag: '--decided-on', parse: dateP },
    { key: 'decision_ref', flag: '--decision-ref', parse: str },
  ],
  review: [
    { key: 'date', flag: '--date', parse: dateP },
    { key: 'id', flag: '--id', parse: recId },
    { key: 'convener', flag: '--convener', parse: unitId },
    { key: 'participants', flag: '--participants', parse: listOf(unitId), many: true },
  ],
  dispatch: [
    { key: 'date', flag: '--date', parse: dateP },
    { key: 'level', flag: '--level', required: true, parse: oneOf(DISPATCH_LEVELS), choices: enumChoices('level', DISPATCH_LEVELS) },
    { key: 'convener', flag: '--convener', required: true, parse: unitId },
    { key: 'id', flag: '--id', parse: recId },
    { key: 'projects', flag: '--projects', parse: listOf(recId), many: true },
  ],
  inspection: [
    { key: 'date', flag: '--date', parse: dateP },
    { key: 'id', flag: '--id', parse: recId },
    { key: 'organizers', flag: '--organizers', parse: listOf(unitId), many: true },
    { key: 'methods', flag: '--methods', required: true, parse: listOf(oneOf(INSPECTION_METHODS)), many: true },
  ],
};

const camel = (flag: string) => flag.replace(/^--/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

export async function run(ctx: CliContext, opts: Record<string, unknown>, args: string[]): Promise<number> {
  refuseAt(ctx, 'new');
  return newRecord(ctx, opts as Opts, args, defaultDeps(ctx));
}

export async function newRecord(ctx: CliContext, opts: Opts, args: string[], deps: EntryDeps): Promise<number> {
  const { lang } = ctx;
  const kind = args[0] as NewKind;
  if (!(RECORD_KINDS as readonly string[]).includes(kind)) throw new CliError(t('entry.new.badKind', { kind: args[0], kinds: RECORD_KINDS }, lang));
  const loaded = load(ctx);
  const m = loaded.model;
  const root = loaded.workspace.root;
  const today = asOfDate(ctx, m.config.timezone);
  const vars: Vars = {};
  // flags first: a bad value is a usage error whether or not a terminal is attached
  for (const f of FIELDS[kind]) {
    const raw = opts[camel(f.flag)];
    if (raw === undefined) continue;
    const p = f.parse(raw);
    if (!p.ok) throw new CliError(t('entry.new.bad', { flag: f.flag, value: raw, why: p.why }, lang));
    vars[f.key] = p.value;
  }
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
      vars[f.key] = await askField(prompter, f, m, lang, kind);
    }
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
    if (kind === 'inspection') text = await withTargets(ctx, text, opts, m, interactive ? (prompter ??= await deps.prompter()) : undefined, String(vars.date));
    const { code } = checkAndWrite(ctx, root, rel, text, { dryRun: true });
    if (code) return code;
    writeOrFail(ctx, join(root, rel), text, null);
    ctx.err(`${ctx.color.green('✔')} ${t('entry.new.done', { path: rel }, lang)}\n`);
    if (ctx.opts.json) ctx.out(JSON.stringify({ file: rel, kind, id: vars.id }, null, 2) + '\n');
    return 0;
  } catch (e) {
    if (isCancel(e)) { ctx.err(`\n${t('entry.cancelled', {}, lang)}\n`); return 130; }
    throw e;
  }
}

const EXAMPLES: Record<NewKind, string> = {
  project: 'kzp new project --id KZ-2024-001 --name 汉丰湖环湖路改造工程 --sector transport --nature public-welfare --stage preliminary --owner kz-urban-invest --total-investment 12800',
  unit: 'kzp new unit --id kz-urban-invest --name 重庆市开州区城市发展投资集团有限公司 --type soe',
  list: 'kzp new list --kind annual --period 2024',
  review: 'kzp new review --date 2024-10-12',
  dispatch: 'kzp new dispatch --date 2024-10-15 --level leader --convener zhang-wei --projects KZ-2024-001',
  inspection: 'kzp new inspection --date 2024-09-20 --methods site-visit,document-check --seed 20240920 --size 10 --population projects',
};

async function askField(p: Prompter, f: Field, m: Model, lang: Lang, kind: NewKind): Promise<string | number | string[]> {
  const message = t(`entry.new.ask.${f.key}`, { kind }, lang);
  if (f.many && f.key === 'methods') {
    const picked = await p.checkbox({ message, choices: INSPECTION_METHODS.map((x) => ({ name: x, value: x })) });
    return picked.length ? picked : [...INSPECTION_METHODS];
  }
  if (f.choices) {
    const choices = f.choices(m, lang);
    if (f.search || choices.length > 12) return p.search({ message, choices });
    if (choices.length) return p.select({ message, choices });
  }
  const raw = await p.input({ message, required: true, validate: (v) => { const r = f.parse(v); return r.ok ? true : (v.trim() ? r.why : t('entry.new.required', {}, lang)); } });
  const r = f.parse(raw);
  return r.ok ? r.value : raw;
}

/** targets: given with --targets, or drawn at random (--seed, --size, --population, --list) as `inspect sample` does (AS-3). */
async function withTargets(ctx: CliContext, text: string, opts: Opts, m: Model, p: Prompter | undefined, date: string): Promise<string> {
  const { lang } = ctx;
  const { editText, applyValue, flowAt } = await import('../../entry/index.js');
  let targets: string[] | undefined;
  let sampling: Record<string, unknown> | undefined;
  let seed = opts.seed, size = opts.size, population = opts.population ?? 'projects', list = opts.list;
  if (opts.targets) targets = opts.targets.split(/[,，、\s]+/).filter(Boolean);
  else if (!(seed && size) && p) {
    const mode = await p.select({ message: t('entry.new.ask.targetMode', {}, lang), choices: [{ name: t('entry.new.choice.sample', {}, lang), value: 'sample' }, { name: t('entry.new.choice.list', {}, lang), value: 'list' }] });
    if (mode === 'list') {
      const raw = await p.input({ message: t('entry.new.ask.targets', {}, lang), required: true });
      targets = raw.split(/[,，、\s]+/).filter(Boolean);
    } else {
      population = await p.select({ message: t('entry.new.ask.population', {}, lang), choices: (['projects', 'units'] as const).map((k) => ({ name: t(`entry.population.${k}`, {}, lang), value: k })) });
      const lists = [...m.lists.keys()].sort();
      if (lists.length) {
        const l = await p.select({ message: t('entry.sample.ofList', { list: '…' }, lang), choices: [{ name: t('prompt.choice.allProjects', {}, lang), value: '' }, ...lists.map((id) => ({ name: id, value: id }))] });
        list = l || undefined;
      }
      size = await p.input({ message: t('entry.new.ask.size', {}, lang), required: true, validate: (v) => (/^[1-9]\d*$/.test(v.trim()) ? true : t('entry.sample.badSize', { value: v }, lang)) });
      seed = await p.input({ message: t('entry.new.ask.seed', {}, lang), default: date.replace(/-/g, ''), validate: (v) => (isValidSeed(Number(v)) && /^\d+$/.test(v.trim()) ? true : t('entry.sample.badSeed', { value: v }, lang)) });
    }
  }
  if (!targets) {
    const n = Number(seed), k = Number(size);
    if (!/^\d+$/.test(String(seed).trim()) || !isValidSeed(n)) throw new CliError(t('entry.sample.badSeed', { value: seed }, lang));
    if (!/^[1-9]\d*$/.test(String(size).trim())) throw new CliError(t('entry.sample.badSize', { value: size }, lang));
    if (population !== 'projects' && population !== 'units') throw new CliError(t('entry.sample.badPopulation', {}, lang));
    if (list && !m.lists.has(list)) throw new CliError(t('entry.sample.noList', { id: list }, lang));
    const d = draw(m, population, k, n, list);
    if (!d.population.length) throw new CliError(t('entry.sample.empty', { kind: t(`entry.population.${population}`, {}, lang) }, lang));
    if (k > d.population.length) throw new CliError(t('entry.sample.tooBig', { size: k, n: d.population.length }, lang));
    targets = d.sample;
    sampling = samplingRecord(d);
  }
  const unknown = targets.filter((x) => !m.projects.has(x) && !m.units.has(x));
  if (unknown.length) throw new CliError(t('entry.new.unknownTargets', { ids: unknown }, lang));
  return editText(text, (doc) => {
    const cur = doc.toJS() as Record<string, unknown>;
    const next: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(cur)) {
      if (k === 'targets') { if (sampling) next.sampling = sampling; next.targets = targets; }
      else next[k] = v;
    }
    applyValue(doc, next);
    flowAt(doc, 'sampling');
  });
}

void isCalendarDate;

export const command = defineCommand({
  name: 'new',
  args: [{ name: 'kind', required: true, help: 'help.new.kind', values: RECORD_KINDS }],
  options: [
    { flags: '--id <id>' }, { flags: '--name <name>' }, { flags: '--type <type>', help: 'help.new.type' }, { flags: '--roles <a,b>', help: 'help.new.roles' },
    { flags: '--sector <sector>' }, { flags: '--nature <nature>', help: 'help.new.nature' }, { flags: '--stage <stage>' }, { flags: '--owner <unit>' },
    { flags: '--total-investment <万元>' }, { flags: '--lead-unit <unit>' }, { flags: '--lead-leader <person>' }, { flags: '--liaison <person>' }, { flags: '--location <unit>' },
    { flags: '--start <YYYY-MM>' }, { flags: '--end <YYYY-MM>' },
    { flags: '--kind <kind>', help: 'help.new.kindOfList' }, { flags: '--period <period>' }, { flags: '--decided-on <date>' }, { flags: '--decision-ref <ref>' },
    { flags: '--date <date>' }, { flags: '--level <level>', help: 'help.new.level' }, { flags: '--convener <id>' }, { flags: '--participants <a,b>' }, { flags: '--projects <a,b>' },
    { flags: '--organizers <a,b>' }, { flags: '--methods <a,b>', help: 'help.new.methods' }, { flags: '--targets <a,b>' },
    { flags: '--population <kind>', help: 'help.new.population' }, { flags: '--list <id>' }, { flags: '--size <k>' }, { flags: '--seed <n>' },
  ],
  examples: [
    { command: 'kzp new project', help: 'help.new.ex1' },
    { command: 'kzp new unit --id water-bureau --name 区水利局 --type department', help: 'help.new.ex2' },
  ],
  exits: { 1: 'help.exit.recordRefused', 130: 'help.exit.cancelled' },
  run,
});
