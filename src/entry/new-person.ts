// kzp new person — a person added to a unit's file (people are defined inside units, FORMAT.md):
// the unit picked from the workspace, an id unique across it, and the leader roles only for
// the leadership's people. Validated against the whole workspace, written atomically.
import { t } from '../i18n/index.js';
import { CliError, type Io } from '../io/index.js';
import { LEADER_ROLES, UNIT_ID } from '../schema/index.js';
import { nearest } from '../util/index.js';
import { isCancel, type Prompter } from './prompts.js';
import { fileValue, writeEdited } from './record-edit.js';
import type { EntryDeps } from './session.js';
import type { EntryWorkspace } from './workspace.js';

export interface PersonOptions { unit?: string; id?: string; name?: string; title?: string; duty?: string; email?: string; leaderRoles?: string; sectors?: string; expert?: boolean; commit?: boolean }

export async function newPerson(io: Io, ws: EntryWorkspace, o: PersonOptions, deps: EntryDeps): Promise<number> {
  const { lang } = io;
  const m = ws.model;
  const missing = [!o.unit && '--unit', !o.id && '--id', !o.name && '--name'].filter(Boolean) as string[];
  if (missing.length && !deps.interactive) throw new CliError(t('entry.new.missing', { flags: missing }, lang), t('entry.new.missing.hint', { example: 'kzp new person --unit kz-urban-invest --id chen-jie --name 陈杰 --duty 项目中心主任' }, lang));
  let p: Prompter | undefined;
  const ask = async () => (p ??= await deps.prompter());
  try {
    const unitId = o.unit ?? await (await ask()).search({ message: t('person.ask.unit', {}, lang),
      choices: [...m.units.values()].sort((a, b) => (a.data.id < b.data.id ? -1 : 1)).map((u) => ({ name: `${u.data.id}  ${u.data.name}`, value: u.data.id })) });
    const unit = m.units.get(unitId);
    if (!unit) { const s = nearest(unitId, m.units.keys()); throw new CliError(t('excel.noUnit', { id: unitId }, lang), s ? t('entry.didYouMean', { s }, lang) : undefined); }
    const idOk = (v: string) => (!UNIT_ID.test(v.trim()) ? t('person.badId', {}, lang) : m.people.has(v.trim()) || m.known.people.has(v.trim()) ? t('person.taken', { id: v.trim() }, lang) : true);
    const id = (o.id ?? await (await ask()).input({ message: t('person.ask.id', {}, lang), required: true, validate: idOk })).trim();
    const bad = idOk(id);
    if (bad !== true) throw new CliError(bad);
    const name = (o.name ?? await (await ask()).input({ message: t('person.ask.name', {}, lang), required: true })).trim();
    const leadership = unit.data.type === 'leadership';
    let roles = o.leaderRoles?.split(/[,，、\s]+/).filter(Boolean);
    if (roles && !leadership) throw new CliError(t('person.rolesOutside', { unit: unitId }, lang));
    const badRole = roles?.find((r) => !(LEADER_ROLES as readonly string[]).includes(r));
    if (badRole) throw new CliError(t('entry.flag.bad', { flag: '--leader-roles', value: badRole }, lang), LEADER_ROLES.map((r) => `${t(`person.role.${r}`, {}, lang)}(${r})`).join('、'));
    const sectors = o.sectors?.split(/[,，、\s]+/).filter(Boolean);
    const badSector = sectors?.find((x) => !Object.hasOwn(m.config.sectors, x));
    if (badSector) throw new CliError(t('entry.flag.bad', { flag: '--sectors', value: badSector }, lang), Object.entries(m.config.sectors).map(([k, v]) => `${v}(${k})`).join('、'));
    if (sectors && unitId !== m.config.center) throw new CliError(t('person.sectorsOutside', { unit: unitId }, lang));
    const interactive = deps.interactive && missing.length > 0;
    let title = o.title, duty = o.duty, email = o.email;
    if (interactive) {
      title ??= (await (await ask()).input({ message: t('person.ask.title', {}, lang) })).trim() || undefined;
      duty ??= (await (await ask()).input({ message: t('person.ask.duty', {}, lang) })).trim() || undefined;
      email ??= (await (await ask()).input({ message: t('person.ask.email', {}, lang), validate: (v) => (!v.trim() || /^[^@\s]+@[^@\s]+$/.test(v.trim()) ? true : t('person.badEmail', {}, lang)) })).trim() || undefined;
      if (leadership && !roles) roles = await (await ask()).checkbox({ message: t('person.ask.roles', {}, lang), choices: LEADER_ROLES.map((r) => ({ name: `${t(`person.role.${r}`, {}, lang)}(${r})`, value: r })) });
    }
    const person: Record<string, unknown> = { id, name };
    if (title) person.title = title;
    if (duty) person.duty = duty;
    if (roles?.length) person.leader_roles = roles;
    if (o.expert) person.expert = true;
    if (sectors?.length) person.sectors = sectors;
    if (email) person.email = email;
    const { original, value } = fileValue(ws.root, unit.file.path);
    const people = Array.isArray(value.people) ? value.people : [];
    const commit = o.commit ? { subject: `unit(${unitId}): 新增人员 ${id} ${name}`, body: `由 kzp new person 生成` } : undefined;
    const r = await writeEdited(io, ws.root, unit.file.path, original, { ...value, people: [...people, person] }, commit);
    if (!r.code && ws.json) io.out(JSON.stringify({ file: unit.file.path, unit: unitId, person: id, commit: r.commit ?? null }, null, 2) + '\n');
    return r.code;
  } catch (e) {
    if (isCancel(e)) { io.err(`\n${t('entry.cancelled', {}, lang)}\n`); return 130; }
    throw e;
  }
}
