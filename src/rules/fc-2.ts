// FC-2: every project on a rolling or annual list has one lead responsible unit (牵头责任单位,
// `lead_unit`), "一般为行业主管部门、行政主管部门或属地政府". 二(八)2.
// Missing: error. A lead unit that is not normally one — an SOE, an institution, the leadership,
// the center, or a department with neither the industry-authority nor the administrative-authority
// role — is a warning ("一般" leaves room for exceptions). Townships, streets (the territorial
// government) and organs are accepted as they are.
import { isListedIn } from '../model/index.js';
import { unitTypeName } from './tf-1.js';
import type { Rule } from './types.js';

export const fc2: Rule = {
  id: 'FC-2',
  severity: 'error',
  seed: '二(八)2',
  title: { zh: '滚动和年度清单项目落实 1 个牵头责任单位', en: 'every rolling or annual list project has a lead responsible unit' },
  messages: {
    missing: {
      zh: '项目 {project} 已纳入三年滚动或年度建设计划清单,但未落实牵头责任单位(缺少 lead_unit)',
      en: 'the project {project} is on a rolling or annual list but has no lead responsible unit (no lead_unit)',
    },
    'missing.hint': {
      zh: '加上 lead_unit: 牵头责任单位的 id,一般为行业主管部门、行政主管部门或属地政府',
      en: 'add lead_unit: the unit id of the lead responsible unit, normally an industry authority, an administrative authority or the territorial government',
    },
    unusualType: {
      zh: '项目 {project} 的牵头责任单位 {unit}({name})是{typeName};牵头责任单位一般为行业主管部门、行政主管部门或属地政府',
      en: 'the lead unit {unit} ({name}) of {project} is {typeName}; a lead responsible unit is normally an industry authority, an administrative authority or the territorial government',
    },
    'unusualType.hint': {
      zh: '改由项目所属行业的主管部门或属地乡镇(街道)牵头{location};确需由该单位牵头的,在 note 中说明依据',
      en: 'have the industry authority of the sector or the territorial township/street lead{location}; if this unit really leads, state the grounds in note',
    },
    noAuthorityRole: {
      zh: '项目 {project} 的牵头责任单位 {unit}({name})不是行业主管部门或行政主管部门(roles 中没有 industry-authority 或 administrative-authority)',
      en: 'the lead unit {unit} ({name}) of {project} is neither an industry authority nor an administrative authority (its roles include neither industry-authority nor administrative-authority)',
    },
    'noAuthorityRole.hint': {
      zh: '若 {unit} 是该行业的主管部门,在 units/{unit}.yaml 的 roles 中加上 industry-authority 或 administrative-authority;否则改由主管部门或属地政府牵头',
      en: 'if {unit} is the authority of the sector, add industry-authority or administrative-authority to roles in units/{unit}.yaml; otherwise have the authority or the territorial government lead',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const { data: p, file } of m.projects.values()) {
      if (!isListedIn(m, p.id, ['rolling', 'annual'])) continue;
      if (!p.lead_unit) { ctx.report({ file, path: ['id'], onKey: true, messageId: 'missing', data: { project: p.id } }); continue; }
      const u = m.units.get(p.lead_unit);
      if (!u) continue;   // no such unit: REF
      const { type, roles = [], name } = u.data;
      const location = p.location ? (ctx.lang === 'zh' ? `(属地:${p.location})` : ` (territorial: ${p.location})`) : '';
      const d = { project: p.id, unit: u.data.id, name, type, typeName: unitTypeName(type, ctx.lang), location };
      if (type === 'department') {
        if (!roles.includes('industry-authority') && !roles.includes('administrative-authority'))
          ctx.report({ file, path: ['lead_unit'], messageId: 'noAuthorityRole', data: d, severity: 'warning' });
      } else if (type !== 'township' && type !== 'street' && type !== 'organ') {
        ctx.report({ file, path: ['lead_unit'], messageId: 'unusualType', data: d, severity: 'warning' });
      }
    }
  },
};
