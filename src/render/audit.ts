// Words for the audit trail: `kzp log RECORD` and `kzp audit` (HI-1..HI-3), text grouped for
// people who never type `git log`, and JSON for machines. Times are shown in the workspace zone.
// In the text, whatever comes from records or from git (names, titles, commit subjects, authors,
// paths, field values) goes through `d` (safe-text.ts): a control sequence in it shows as a code.
import type { ChalkInstance } from 'chalk';
import { AUDIT_KINDS, zoned, type AuditFilter, type AuditFinding, type AuditResult, type LogEntry, type ProblemLife, type RecordRef, type Trail, type TrailCommit } from '../engine/index.js';
import { showValue, type FieldChange } from '../engine/index.js';
import { t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { projectName, unitName } from './names.js';
import { shownText as d } from './safe-text.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const short = (sha: string | undefined) => (sha ?? '').slice(0, 7);

const byEmail = new WeakMap<Model, Map<string, string>>();

/** The person behind a commit: the git name and e-mail, and the unit when a unit lists that e-mail. */
export function who(m: Model, c: Pick<TrailCommit, 'author' | 'email'>, lang: Lang): string {
  let index = byEmail.get(m);
  if (!index) {
    index = new Map();
    for (const { person, unit } of m.people.values()) if (person.email && !index.has(person.email.trim().toLowerCase())) index.set(person.email.trim().toLowerCase(), unit.data.name);
    byEmail.set(m, index);
  }
  const unit = index.get(c.email.trim().toLowerCase());
  if (!unit) return d(`${c.author} <${c.email}>`);
  return d(lang === 'zh' ? `${c.author} <${c.email}>（${unit}）` : `${c.author} <${c.email}> (${unit})`);
}

/** The fields that say where a problem stands, when a whole problem item comes or goes. */
const STATE_KEYS = ['status', 'outcome', 'due', 'resolved_on', 'assigned_to'];

function itemValue(v: unknown): string {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const idKey = ['id', 'problem'].find((k) => k in o);
    const state = STATE_KEYS.filter((k) => k in o);
    if (idKey && state.length) return showValue(Object.fromEntries(state.map((k) => [k, o[k]])), 120);
  }
  return showValue(v);
}

export function fieldLine(f: FieldChange, lang: Lang): string {
  if (f.change === 'changed') return d(`${f.path}: ${showValue(f.from)} → ${showValue(f.to)}`);
  const note = (key: string) => (lang === 'zh' ? `（${t(key, {}, lang)}）` : `  (${t(key, {}, lang)})`);
  if (f.change === 'added') return d(`${f.path}: + ${itemValue(f.to)}${note('log.field.added')}`);
  return d(`${f.path}: − ${itemValue(f.from)}${note('log.field.removed')}`);
}

function fieldsJson(fields: FieldChange[] | null | undefined): unknown {
  if (fields === undefined) return undefined;
  if (fields === null) return null;
  return fields.map((f) => ({ path: f.path, change: f.change, ...('from' in f ? { from: f.from ?? null } : {}), ...('to' in f ? { to: f.to ?? null } : {}) }));
}

function historyJson(trail: Trail): object {
  return { source: trail.source, ...(trail.reason ? { reason: trail.reason } : {}), ...(trail.head ? { head: trail.head } : {}), shallow: !!trail.shallow, commits: trail.commits.length };
}

// ---- kzp log ----

export function logJson(m: Model, ref: RecordRef, entries: LogEntry[], trail: Trail, life: ProblemLife | null): object {
  const tz = m.config.timezone;
  const z = zoned(tz);
  return {
    record: ref.record, kind: ref.kind, timezone: tz, history: historyJson(trail), paths: ref.paths,
    ...(life ? { problem: life } : {}),
    commits: entries.map((e) => ({
      commit: e.commit.commit, time: z.iso(e.commit.at), author: e.commit.author, email: e.commit.email, subject: e.commit.message,
      files: e.files.map((f) => ({ path: f.path, status: f.status, ...(f.from ? { from: f.from } : {}), fields: fieldsJson(f.fields) })),
    })),
  };
}

export function logText(m: Model, ref: RecordRef, entries: LogEntry[], trail: Trail, life: ProblemLife | null, lang: Lang, c: ChalkInstance): string {
  const tz = m.config.timezone;
  const z = zoned(tz);
  const out: string[] = [];
  if (life) out.push(...problemText(m, life, lang, c), '', c.bold(lang === 'zh' ? `${t('log.problem.commits', {}, lang)}（${entries.length}）` : `${t('log.problem.commits', {}, lang)} (${entries.length})`));
  else {
    const name = ref.kind === 'project' ? projectName(m, ref.record) : ref.kind === 'unit' ? unitName(m, ref.record) : '';
    out.push(c.bold(d(t(`log.title.${ref.kind}`, { record: ref.record, name, n: entries.length }, lang))));
  }
  out.push(c.dim(t('log.zone', { tz }, lang)));
  if (!entries.length) out.push(`  ${t('log.none', {}, lang)}`);
  for (const e of entries) {
    out.push('', `${c.bold(z.dateTime(e.commit.at))}  ${who(m, e.commit, lang)}  ${c.yellow(short(e.commit.commit))}  ${d(e.commit.message)}`);
    for (const f of e.files) {
      const from = f.from && f.status === 'renamed' ? t('log.renamedFrom', { from: f.from }, lang) : '';
      out.push(`    ${t(`log.status.${f.status}`, {}, lang)} ${d(f.path + from)}`);
      if (f.fields === null) out.push(`      ${c.dim(t('log.unreadable', {}, lang))}`);
      else if (!f.fields.length && f.status === 'modified') out.push(`      ${c.dim(t('log.noFieldChange', {}, lang))}`);
      else for (const x of f.fields) out.push(`      ${fieldLine(x, lang)}`);
    }
  }
  return out.join('\n') + '\n';
}

function problemText(m: Model, life: ProblemLife, lang: Lang, c: ChalkInstance): string[] {
  const last = life.months[life.months.length - 1];
  const out = [c.bold(d(t('log.title.problem', { record: life.key, title: last?.title ?? '' }, lang)))];
  out.push(`  ${d(projectName(m, life.project))}`);
  if (!life.months.length) out.push(`  ${t('log.problem.notInLedgers', {}, lang)}`);
  else {
    const category = t(`category.${life.months[0].category}`, {}, lang);
    const state = life.open ? c.red(t('log.problem.open', {}, lang)) : c.green(t('log.problem.closed', { date: life.resolvedOn }, lang));
    out.push(`  ${t('log.problem.raised', { date: life.raisedOn, category }, lang)} · ${state}`);
    out.push('', c.bold(t('log.problem.months', {}, lang)));
    for (const x of life.months) {
      out.push(`  ${t('log.problem.month', {
        month: x.month, status: t(`log.state.${x.status}`, {}, lang), due: x.due ?? t('log.noDue', {}, lang),
        resolved: x.resolvedOn ? t('log.problem.resolvedOn', { date: x.resolvedOn }, lang) : '',
      }, lang)}  ${c.dim(d(x.file))}`);
    }
  }
  out.push('', c.bold(t('log.problem.handlings', {}, lang)));
  if (!life.handlings.length) out.push(`  ${t('log.problem.noHandling', {}, lang)}`);
  for (const h of life.handlings) {
    out.push(`  ${d(t('log.problem.handling', {
      date: h.date, dispatch: h.dispatch, level: t(`level.${h.level}`, {}, lang), outcome: t(`log.outcome.${h.outcome}`, {}, lang),
      assigned: h.assignedTo ? t('log.problem.assigned', { unit: unitName(m, h.assignedTo) }, lang) : '',
      due: h.due ? t('log.problem.due', { date: h.due }, lang) : '',
    }, lang))}`);
  }
  return out;
}

// ---- kzp audit ----

export type FieldsOf = (f: AuditFinding) => FieldChange[] | null | undefined;

export function auditMessage(m: Model, f: AuditFinding, lang: Lang, z = zoned(m.config.timezone)): string {
  const when = f.at !== undefined ? z.dateTime(f.at) : f.date ?? '';
  const p = { project: f.project ?? '', name: projectName(m, f.project), month: f.month ?? '', file: f.file ?? '', due: f.due ?? '', when };
  switch (f.kind) {
    case 'history-unavailable': return t('audit.msg.history-unavailable', { reason: t(`trail.${f.reason}`, {}, lang) }, lang);
    case 'late': return t('audit.msg.late', { ...p, arrived: f.source === 'git' && f.at !== undefined ? z.dateTime(f.at) : f.date, how: t(`audit.how.${f.source}`, {}, lang), days: f.lateDays }, lang);
    case 'amended': return t('audit.msg.amended', p, lang);
    case 'unauthorised': return t('audit.msg.unauthorised', {
      ...p, action: t(`audit.action.${f.change?.status === 'A' ? 'added' : f.change?.status === 'D' ? 'deleted' : f.change?.status === 'R' ? 'renamed' : 'modified'}`, {}, lang),
      units: t('audit.unitsOf', { units: (f.units ?? []).map((u) => unitName(m, u)) }, lang),
    }, lang);
    case 'deleted': return t('audit.msg.deleted', { ...p, restored: f.restored ? t('audit.restored', {}, lang) : '' }, lang);
    case 'renamed': return t('audit.msg.renamed', { ...p, from: f.from, idChanged: f.idChanged ? t('audit.idChanged', {}, lang) : '' }, lang);
    case 'declared-mismatch': return t('audit.msg.declared-mismatch', { ...p, declared: f.declared, gitDate: f.date, days: Math.abs(f.days ?? 0) }, lang);
  }
}

export function auditJson(m: Model, r: AuditResult, filter: AuditFilter, fieldsOf: FieldsOf, lang: Lang): object {
  const tz = m.config.timezone;
  const z = zoned(tz);
  const counts: Record<string, number> = {};
  for (const k of AUDIT_KINDS) counts[k] = r.findings.filter((f) => f.kind === k).length;
  return {
    timezone: tz, history: r.history, filter, counts, unchecked: r.unchecked,
    findings: r.findings.map((f) => {
      const o: Record<string, unknown> = { kind: f.kind, rule: f.rule };
      for (const k of ['file', 'from', 'project', 'month', 'due'] as const) if (f[k] !== undefined) o[k] = f[k];
      if (f.commit) Object.assign(o, { commit: f.commit.commit, time: z.iso(f.commit.at), author: f.commit.author, email: f.commit.email, subject: f.commit.message });
      if (f.kind === 'late') Object.assign(o, { source: f.source, arrived: f.at !== undefined ? z.iso(f.at) : f.date ?? null, lateDays: f.lateDays });
      if (f.kind === 'declared-mismatch') Object.assign(o, { declared: f.declared, gitDate: f.date, days: f.days });
      if (f.kind === 'unauthorised') o.units = f.units;
      if (f.kind === 'renamed') o.idChanged = f.idChanged;
      if (f.kind === 'deleted') o.restored = f.restored;
      if (f.kind === 'history-unavailable') o.reason = f.reason;
      if (f.kind === 'amended' || f.kind === 'unauthorised') o.fields = fieldsJson(fieldsOf(f)) ?? [];
      o.message = auditMessage(m, f, lang, z);
      return o;
    }),
  };
}

export function auditText(m: Model, r: AuditResult, filter: AuditFilter, fieldsOf: FieldsOf, lang: Lang, c: ChalkInstance): string {
  const tz = m.config.timezone;
  const z = zoned(tz);
  const zone = t('log.zone', { tz }, lang);
  const out = [c.bold(d(r.history.head
    ? t('audit.title', { district: m.config.district, head: short(r.history.head), n: r.history.commits, zone }, lang)
    : t('audit.titleNoGit', { district: m.config.district, zone }, lang)))];
  if (filter.month) out.push(c.dim(t('audit.scope.month', { month: filter.month }, lang)));
  if (filter.since) out.push(c.dim(t('audit.scope.since', { since: filter.since }, lang)));
  if (!r.findings.length) out.push('', c.green(t('audit.none', { n: r.history.commits }, lang)));
  let g = 0;
  for (const kind of AUDIT_KINDS) {
    const group = r.findings.filter((f) => f.kind === kind);
    if (!group.length) continue;
    const head = lang === 'zh'
      ? `${NUMERALS[g] ?? g + 1}、${t(`audit.group.${kind}`, {}, lang)}（${group[0].rule}）${t('audit.total', { n: group.length }, lang)}`
      : `${g + 1}. ${t(`audit.group.${kind}`, {}, lang)} (${group[0].rule}): ${t('audit.total', { n: group.length }, lang)}`;
    g++;
    out.push('', kind === 'history-unavailable' ? c.red.bold(head) : c.bold(head));
    for (const f of group) {
      const msg = d(auditMessage(m, f, lang, z));
      out.push(`  ${kind === 'history-unavailable' ? c.red(msg) : msg}`);
      if (kind === 'history-unavailable') {
        out.push(`  ${t('cli.hint', {}, lang)}: ${t(f.reason === 'shallow' ? 'trail.hint.shallow' : 'trail.hint.other', {}, lang)}`);
        continue;
      }
      if (f.commit && kind !== 'declared-mismatch') out.push(`    ${c.dim(d(t('audit.by', { who: who(m, f.commit, lang), commit: short(f.commit.commit), subject: f.commit.message }, lang)))}`);
      if (kind === 'amended' || kind === 'unauthorised') {
        const fields = fieldsOf(f);
        if (fields === null) out.push(`      ${c.dim(t('log.unreadable', {}, lang))}`);
        else for (const x of fields ?? []) out.push(`      ${fieldLine(x, lang)}`);
      }
    }
  }
  if (r.unchecked.length) {
    out.push('', c.dim(t('audit.unchecked', { projects: r.unchecked }, lang)));
    out.push(c.dim(`  ${t('cli.hint', {}, lang)}: ${t('audit.unchecked.hint', {}, lang)}`));
  }
  return out.join('\n') + '\n';
}
