// The fields of each record kind `kzp new` creates: the flag that gives it, whether every
// record of the kind must have it, how a typed value is read, and the pickers offered for it.
import { t, type Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import { DISPATCH_LEVELS, INSPECTION_METHODS, MONTH_RE, RECORD_ID, STAGES, UNIT_ID, UNIT_ROLES, UNIT_TYPES } from '../schema/index.js';
import { conveners, fitsProject, type DispatchLevel } from './convene.js';
import { parseDate, parseMoney } from './dates.js';
import { allowedValues, enumValue } from './labels.js';
import type { NewKind } from './scaffold.js';

export type NewOptions = Record<string, string | undefined>;
export type Parse = (raw: string, lang: Lang) => { ok: true; value: string | number | string[] } | { ok: false; why: string };

/** What a picker may look at: the workspace, the answers so far, the as-of date. */
export interface PickContext { m: Model; lang: Lang; vars: Record<string, unknown>; today: string }

export interface Field {
  key: string;
  flag: string;
  /** a value every record of the kind must have (asked, or a missing flag) */
  required?: boolean;
  parse: Parse;
  choices?: (c: PickContext) => { name: string; value: string }[];
  many?: boolean;
  /** pick from a long list by typing (units) */
  search?: boolean;
  /** optional, yet asked at a terminal (with a choice to leave it out) */
  offer?: boolean;
}

const ok = (value: string | number | string[]) => ({ ok: true as const, value });
const no = (why: string) => ({ ok: false as const, why });
export const str: Parse = (r) => (r.trim() ? ok(r.trim()) : no('—'));
const re = (rx: RegExp, why: string): Parse => (r) => (rx.test(r.trim()) ? ok(r.trim()) : no(why));
const oneOf = (vals: readonly string[]): Parse => (r) => (vals.includes(r.trim()) ? ok(r.trim()) : no(vals.join(' | ')));
/** one of `vals`, typed as the value or its Chinese label (--stage 在建) */
const labelled = (field: string, vals: readonly string[]): Parse => (r, lang) => {
  const v = enumValue(field, vals, r);
  return v ? ok(v) : no(allowedValues(field, vals, lang));
};
const listOf = (each: Parse): Parse => (r, lang) => {
  const items = r.split(/[,，、\s]+/).map((x) => x.trim()).filter(Boolean);
  for (const it of items) { const p = each(it, lang); if (!p.ok) return no(`${it}: ${p.why}`); }
  return items.length ? ok(items) : no('—');
};
const money: Parse = (r) => { const v = parseMoney(r); return v === null ? no('万元, ≥ 0, ≤ 2 decimals') : ok(v); };
const dateP: Parse = (r) => { const d = parseDate(r); return d ? ok(d) : no('YYYY-MM-DD'); };
const monthP: Parse = (r) => (MONTH_RE.test(r.trim()) ? ok(r.trim()) : no('YYYY-MM'));
const recId = re(RECORD_ID, 'A-Z a-z 0-9 -');
const unitId = re(UNIT_ID, 'a-z 0-9 -');
const period: Parse = (r) => (/^\d{4}(-\d{4})?$/.test(r.trim()) ? ok(r.trim()) : no('YYYY | YYYY-YYYY'));

const unitsOf = (types: readonly string[] | null) => ({ m }: PickContext) => [...m.units.values()]
  .filter((u) => (types ? types.includes(u.data.type) : u.data.type !== 'leadership'))
  .sort((a, b) => (a.data.id < b.data.id ? -1 : 1)).map((u) => ({ name: `${u.data.id}  ${u.data.name}`, value: u.data.id }));
/** an owner is never the leadership; a lead unit is normally an authority or the territorial government (FC-2); a location a township or street (SG-2) */
const unitChoices = unitsOf(null);
const leadUnits = unitsOf(['department', 'township', 'street']);
const territories = unitsOf(['township', 'street']);
const peopleWhere = (keep: (p: { person: { id: string; name: string; title?: string; leader_roles?: readonly string[] }; unit: { data: { id: string } } }, c: PickContext) => boolean) => (c: PickContext) =>
  [...c.m.people.values()].filter((p) => keep(p, c)).sort((a, b) => (a.person.id < b.person.id ? -1 : 1))
    .map((p) => ({ name: `${p.person.id}  ${p.person.name}${p.person.title ? ` ${p.person.title}` : ''}`, value: p.person.id }));
const leadLeaders = peopleWhere((p) => !!p.person.leader_roles?.includes('lead'));
const ownerPeople = peopleWhere((p, c) => p.unit.data.id === c.vars.owner);
const enumChoices = (field: string, vals: readonly string[]) => ({ lang }: PickContext) => vals.map((v) => ({ name: t(`prompt.choice.${field}.${v}`, {}, lang), value: v }));

// DS-7: only those who fit the level are offered, each with the projects they may dispatch
const dispatchDate = (c: PickContext) => String(c.vars.date ?? c.today);
const convenerChoices = (c: PickContext) => conveners(c.m, c.vars.level as DispatchLevel, dispatchDate(c))
  .map((x) => ({ name: `${x.id}  ${x.name}${x.projects.length ? `(${x.projects.slice(0, 3).join('、')}${x.projects.length > 3 ? ' …' : ''})` : ''}`, value: x.id }));
const dispatchProjects = (c: PickContext) => [...c.m.projects.keys()].sort()
  .filter((id) => fitsProject(c.m, c.vars.level as DispatchLevel, String(c.vars.convener), id, dispatchDate(c)))
  .map((id) => ({ name: `${id}  ${c.m.projects.get(id)!.data.name}`, value: id }));

export const FIELDS: Record<NewKind, Field[]> = {
  project: [
    { key: 'id', flag: '--id', required: true, parse: recId },
    { key: 'name', flag: '--name', required: true, parse: str },
    { key: 'sector', flag: '--sector', required: true, parse: str, choices: ({ m }) => Object.entries(m.config.sectors).map(([k, v]) => ({ name: `${v}(${k})`, value: k })) },
    { key: 'nature', flag: '--nature', required: true, parse: labelled('nature', ['public-welfare', 'operating']), choices: enumChoices('nature', ['public-welfare', 'operating']) },
    { key: 'stage', flag: '--stage', required: true, parse: labelled('stage', STAGES), choices: ({ lang }) => STAGES.map((s) => ({ name: t(`entry.stage.${s}`, {}, lang), value: s })) },
    { key: 'owner', flag: '--owner', required: true, parse: unitId, choices: unitChoices, search: true },
    { key: 'total_investment', flag: '--total-investment', required: true, parse: money },
    { key: 'lead_unit', flag: '--lead-unit', parse: unitId, choices: leadUnits, search: true, offer: true },
    { key: 'lead_leader', flag: '--lead-leader', parse: unitId, choices: leadLeaders, offer: true },
    { key: 'liaison', flag: '--liaison', parse: unitId, choices: ownerPeople, offer: true },
    { key: 'location', flag: '--location', parse: unitId, choices: territories, search: true, offer: true },
    { key: 'start', flag: '--start', parse: monthP, offer: true },
    { key: 'end', flag: '--end', parse: monthP, offer: true },
  ],
  unit: [
    { key: 'id', flag: '--id', required: true, parse: unitId },
    { key: 'name', flag: '--name', required: true, parse: str },
    { key: 'type', flag: '--type', required: true, parse: labelled('type', UNIT_TYPES), choices: enumChoices('type', UNIT_TYPES) },
    { key: 'roles', flag: '--roles', parse: listOf(oneOf(UNIT_ROLES)), many: true },
    { key: 'filed_on', flag: '--filed-on', parse: dateP },
  ],
  list: [
    { key: 'kind', flag: '--kind', required: true, parse: labelled('kind', ['reserve', 'rolling', 'annual']), choices: enumChoices('kind', ['annual', 'rolling', 'reserve']) },
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
    { key: 'level', flag: '--level', required: true, parse: labelled('level', DISPATCH_LEVELS), choices: enumChoices('level', DISPATCH_LEVELS) },
    { key: 'convener', flag: '--convener', required: true, parse: unitId, choices: convenerChoices, search: true },
    { key: 'id', flag: '--id', parse: recId },
    { key: 'projects', flag: '--projects', required: true, parse: listOf(recId), many: true, choices: dispatchProjects },
  ],
  inspection: [
    { key: 'date', flag: '--date', parse: dateP },
    { key: 'id', flag: '--id', parse: recId },
    { key: 'organizers', flag: '--organizers', parse: listOf(unitId), many: true },
    { key: 'methods', flag: '--methods', required: true, parse: listOf(oneOf(INSPECTION_METHODS)), many: true },
  ],
};

export const EXAMPLES: Record<NewKind, string> = {
  project: 'kzp new project --id KZ-2024-001 --name 汉丰湖环湖路改造工程 --sector transport --nature public-welfare --stage preliminary --owner kz-urban-invest --total-investment 12800',
  unit: 'kzp new unit --id kz-urban-invest --name 重庆市开州区城市发展投资集团有限公司 --type soe',
  list: 'kzp new list --kind annual --period 2024',
  review: 'kzp new review --date 2024-10-12',
  dispatch: 'kzp new dispatch --date 2024-10-15 --level leader --convener zhang-wei --projects KZ-2024-001 --handled KZ-2024-001/P1:unresolved',
  inspection: 'kzp new inspection --date 2024-09-20 --methods site-visit,document-check --seed 20240920 --size 10 --population projects',
};

export const camel = (flag: string) => flag.replace(/^--/, '').replace(/-(\w)/g, (_m, c: string) => c.toUpperCase());

/** The flags of `kzp new`, with their help texts (keys of src/i18n/help.ts). */
export const NEW_OPTIONS: readonly { flags: string; help?: string; repeatable?: boolean }[] = [
  { flags: '--id <id>' }, { flags: '--name <name>' }, { flags: '--type <type>', help: 'help.new.type' }, { flags: '--roles <a,b>', help: 'help.new.roles' },
  { flags: '--sector <sector>' }, { flags: '--nature <nature>', help: 'help.new.nature' }, { flags: '--stage <stage>' }, { flags: '--owner <unit>' },
  { flags: '--total-investment <万元>' }, { flags: '--lead-unit <unit>' }, { flags: '--lead-leader <person>' }, { flags: '--liaison <person>' }, { flags: '--location <unit>' },
  { flags: '--start <YYYY-MM>' }, { flags: '--end <YYYY-MM>' },
  { flags: '--kind <kind>', help: 'help.new.kindOfList' }, { flags: '--period <period>' }, { flags: '--decided-on <date>' }, { flags: '--decision-ref <ref>' },
  { flags: '--date <date>' }, { flags: '--level <level>', help: 'help.new.level' }, { flags: '--convener <id>' }, { flags: '--participants <a,b>' }, { flags: '--projects <a,b>' },
  { flags: '--organizers <a,b>' }, { flags: '--methods <a,b>', help: 'help.new.methods' }, { flags: '--targets <a,b>' },
  { flags: '--population <kind>', help: 'help.new.population' }, { flags: '--list <id>' }, { flags: '--size <k>' }, { flags: '--seed <n>' },
  { flags: '--handled <KEY:OUTCOME>', help: 'help.new.handled', repeatable: true },
  { flags: '--filed-on <date>', help: 'help.new.filedOn' }, { flags: '--member <PERSON[:DUTY]>', help: 'help.new.member', repeatable: true }, { flags: '--task <[ID:]TASK@DUE>', help: 'help.new.task', repeatable: true },
  { flags: '--unit <unit>', help: 'help.new.unit' }, { flags: '--title <title>' }, { flags: '--duty <text>' }, { flags: '--email <address>' },
  { flags: '--leader-roles <a,b>', help: 'help.new.leaderRoles' }, { flags: '--expert', help: 'help.new.expert' }, { flags: '--sectors <a,b>', help: 'help.new.sectors' }, { flags: '--commit', help: 'help.new.commit' },
];
