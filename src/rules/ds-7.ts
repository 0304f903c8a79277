// DS-7 (二(七)1-3): a dispatch's convener fits its level and every problem it handles — the
// project's lead responsible unit (lead-unit), the center (center), the project's lead district
// leader or the leader holding the problem's domain (leader), a main leader (main). A handling by
// a convener that does not fit is an error at its problem entry, and the escalation gate of DS-3
// does not count it as a step. Who fits is the engine's (`convenerFit`); this module reports it.
import { convenerFit } from '../engine/index.js';
import type { Model } from '../model/index.js';
import type { Rule } from './types.js';

const LEVEL = {
  'lead-unit': { zh: '牵头责任单位协调', en: 'lead-unit coordination', whoZh: '该项目的牵头责任单位', whoEn: "the project's lead responsible unit" },
  center: { zh: '区项目中心协调', en: 'center coordination', whoZh: '区重大项目服务中心', whoEn: 'the center' },
  leader: { zh: '区领导调度', en: 'leader dispatch', whoZh: '该项目的牵头区领导或该类问题的分管区领导', whoEn: "the project's lead district leader or the leader holding the problem's domain" },
  main: { zh: '主要领导调度', en: 'main-leader dispatch', whoZh: '区委、区政府主要领导', whoEn: 'a main leader of the district committee or government' },
} as const;

/** `name (id)` of a unit or person, or the id alone. */
function named(m: Model, id: string): string {
  const name = m.units.get(id)?.data.name ?? m.people.get(id)?.person.name;
  return name ? `${name}(${id})` : id;
}

export const ds7: Rule = {
  id: 'DS-7',
  severity: 'error',
  seed: '二(七)1-3',
  title: { zh: '调度的召集人须与层级和问题相符', en: 'the convener fits the level and the problem' },
  messages: {
    misfit: {
      zh: '{levelName} {dispatch}({date})研究了问题 {problem},但召集人 {convener} 不是{who}:应由 {shouldBe} 召集。召集人不相符的调度不计为逐级调度的环节',
      en: 'the {levelName} {dispatch} ({date}) handles {problem}, but its convener {convener} is not {who}: it should have been convened by {shouldBe}; a handling by a convener who does not fit is no step of the escalation',
    },
    'misfit.hint': {
      zh: '如确为 {shouldBe} 召集,改正 convener;否则按实际召集人改正 level,或将该问题从本次调度的 problems 中移出',
      en: 'if {shouldBe} convened it, correct convener; otherwise correct level to the convener’s, or move the problem out of this dispatch’s problems',
    },
    nobody: {
      zh: '{levelName} {dispatch}({date})研究了问题 {problem},但工作区中没有可召集该级调度的人或单位({who})',
      en: 'the {levelName} {dispatch} ({date}) handles {problem}, but the workspace names nobody who may convene it ({who})',
    },
    'nobody.hint': {
      zh: '在项目中写明 lead_unit / lead_leader,或在领导单位中为相应人员写明 leader_roles(main、lead 或分管角色)',
      en: 'set lead_unit / lead_leader on the project, or give the person the leader_roles (main, lead or the domain role) in the leadership unit',
    },
  },
  check(ctx) {
    const m = ctx.model;
    for (const d of m.dispatches) {
      const lv = LEVEL[d.data.level];
      d.data.problems.forEach((p, i) => {
        // an unknown convener is REF's to report
        if (!m.known.units.has(d.data.convener) && !m.known.people.has(d.data.convener)) return;
        const fit = convenerFit(m, d.data.level, d.data.convener, p.problem);
        if (fit.fits) return;
        ctx.report({
          file: d.file, path: ['problems', i, 'problem'], messageId: fit.shouldBe.length ? 'misfit' : 'nobody',
          data: {
            dispatch: d.data.id, date: d.data.date, problem: p.problem, convener: named(m, d.data.convener),
            levelName: lv[ctx.lang], who: ctx.lang === 'zh' ? lv.whoZh : lv.whoEn,
            shouldBe: fit.shouldBe.map((id) => named(m, id)).join(ctx.lang === 'zh' ? '或' : ' or '), shouldBeIds: fit.shouldBe,
          },
        });
      });
    }
  },
};
