// TF-2: every township/street, department or district SOE that owns or leads (lead_unit) a listed
// project has a project section (项目科/项目中心) with named staff, each with a duty (责任分工),
// filed with the center (报区项目中心备案, `project_section.filed_on`). 二(一)2.
// A project is "listed" when it is on any list (reserve, rolling or annual, decided or not).
// The leadership and the center themselves are exempt: they are not a project's 责任单位 in
// the sense of 二(一)2.
import { listsOf, type Model, type Rec } from '../model/index.js';
import type { Unit } from '../schema/index.js';
import type { Rule } from './types.js';

export const tf2: Rule = {
  id: 'TF-2',
  severity: 'error',
  seed: '二(一)2',
  title: { zh: '责任单位成立项目科并落实专人、报备分工', en: 'a responsible unit has a project section with named staff, filed with the center' },
  messages: {
    noSection: {
      zh: '单位 {unit} 是清单项目 {projects} 的业主或牵头责任单位,但未登记项目科(项目中心)',
      en: 'the unit {unit} owns or leads the listed project(s) {projects} but has no project section (项目科/项目中心)',
    },
    'noSection.hint': {
      zh: '在 units/{unit}.yaml 中加上 project_section:,写明 filed_on(报区项目中心备案日期),并在 people 中列出项目科工作人员及其 duty(责任分工)',
      en: 'add project_section: to units/{unit}.yaml with filed_on (the date it was filed with the center), and list the section staff under people with a duty each',
    },
    noStaff: {
      zh: '单位 {unit} 的项目科没有落实工作人员(清单项目:{projects})',
      en: 'the project section of {unit} has no named staff (listed projects: {projects})',
    },
    'noStaff.hint': {
      zh: '在 people 中至少列出一名工作人员,写明 id、name 和 duty(责任分工)',
      en: 'list at least one staff member under people, with id, name and duty',
    },
    noDuty: {
      zh: '单位 {unit} 的工作人员 {person}({name})没有写明责任分工',
      en: 'the staff member {person} ({name}) of {unit} has no duty',
    },
    'noDuty.hint': {
      zh: '为 {person} 加上 duty:,写明其在项目科的责任分工,如 "项目科科长,统筹交通项目"',
      en: 'add duty: to {person}, stating their part in the project section, e.g. "项目科科长,统筹交通项目"',
    },
    notFiled: {
      zh: '单位 {unit} 的项目科人员名单及责任分工未报区项目中心备案(缺少 filed_on)',
      en: 'the staff list and duties of the project section of {unit} have not been filed with the center (no filed_on)',
    },
    'notFiled.hint': {
      zh: '报备后在 project_section 下写上 filed_on: YYYY-MM-DD',
      en: 'once filed, add filed_on: YYYY-MM-DD under project_section',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const [unitId, projects] of responsibleUnits(m)) {
      const u = m.units.get(unitId);
      if (!u || u.data.type === 'leadership' || u.data.type === 'center') continue;
      const { data, file } = u;
      const d = { unit: unitId, projects };
      if (!data.project_section) ctx.report({ file, path: ['id'], onKey: true, messageId: 'noSection', data: d });
      else if (!data.project_section.filed_on) ctx.report({ file, path: ['project_section'], onKey: true, messageId: 'notFiled', data: d, severity: 'warning' });
      if (data.people.length === 0) ctx.report({ file, path: hasKey(u, 'people') ? ['people'] : ['id'], onKey: true, messageId: 'noStaff', data: d });
      data.people.forEach((p, i) => {
        if (p.duty === undefined) ctx.report({ file, path: ['people', i, 'id'], onKey: true, messageId: 'noDuty', data: { ...d, person: p.id, name: p.name } });
        else if (!p.duty.trim()) ctx.report({ file, path: ['people', i, 'duty'], messageId: 'noDuty', data: { ...d, person: p.id, name: p.name } });
      });
    }
  },
};

/** Unit id → the listed projects it owns or leads (sorted). */
export function responsibleUnits(m: Model): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const { data: p } of m.projects.values()) {
    if (listsOf(m, p.id).length === 0) continue;
    for (const u of [p.owner, p.lead_unit]) {
      if (!u) continue;
      const s = out.get(u) ?? new Set<string>();
      s.add(p.id);
      out.set(u, s);
    }
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, [...v].sort()]));
}

function hasKey(u: Rec<Unit>, key: string): boolean {
  const raw = u.file.data;
  return !!raw && typeof raw === 'object' && key in (raw as Record<string, unknown>);
}
