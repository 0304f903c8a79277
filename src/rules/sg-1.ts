// SG-1: every unit that owns or leads a listed project has ≥1 project expert (项目专家, `expert: true`):
// "确保每个单位至少有1名精通项目工作流程、具备项目管理经验、熟悉重点环节把控的项目专家". 三(三).
// Same units as TF-2: owner or lead_unit of a project on any list, except the leadership and the center.
import type { Rule } from './types.js';
import { responsibleUnits } from './tf-2.js';

export const sg1: Rule = {
  id: 'SG-1',
  severity: 'warning',
  seed: '三(三)',
  title: { zh: '每个责任单位至少有 1 名项目专家', en: 'every responsible unit has at least one project expert' },
  messages: {
    noExpert: {
      zh: '单位 {unit} 是清单项目 {projects} 的业主或牵头责任单位,但没有项目专家',
      en: 'the unit {unit} owns or leads the listed project(s) {projects} but has no project expert',
    },
    'noExpert.hint': {
      zh: '每个单位至少要有 1 名精通项目工作流程、具备项目管理经验的项目专家:在 units/{unit}.yaml 中为该人员加上 expert: true',
      en: 'every unit needs at least one project expert (精通项目工作流程、具备项目管理经验): add expert: true to that person in units/{unit}.yaml',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const [unitId, projects] of responsibleUnits(m)) {
      const u = m.units.get(unitId);
      if (!u || u.data.type === 'leadership' || u.data.type === 'center') continue;
      if (u.data.people.some((p) => p.expert === true)) continue;
      const raw = u.file.data as Record<string, unknown> | undefined;
      ctx.report({ file: u.file, path: raw && 'people' in raw ? ['people'] : ['id'], onKey: true, messageId: 'noExpert', data: { unit: unitId, projects } });
    }
  },
};
