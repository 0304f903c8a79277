// DS-4 (二(七)3): "未经项目牵头单位协调,未报区政府分管领导调度的事项,不得提请区委、区政府主要领导调度".
// A main-leader (L3) dispatch that handles a problem not eligible under DS-3 on its date is an
// error (the gate was bypassed); a leader (L2) dispatch without an earlier-or-same-day L1
// dispatch that left the problem unresolved is a warning. At L3 the L1 step is the project's
// lead unit's own (the center's coordination does not stand in for it), and only handlings
// whose convener fits (DS-7) are steps. The gate itself is the engine's (`handlingsOf`,
// `gateCheck`); this module only reports it.
import { gateCheck, handlingsOf, type Handling } from '../engine/index.js';
import type { Lang } from '../i18n/index.js';
import type { Rule } from './types.js';

const LEVEL_NAME: Record<'L1' | 'L1lead' | 'L2', Record<Lang, string>> = {
  L1: { zh: 'L1 牵头责任单位(或区项目中心)协调', en: 'L1 (lead responsible unit or center)' },
  L1lead: { zh: 'L1 牵头责任单位{unit}协调(区项目中心的协调不能代替)', en: 'L1 (the lead responsible unit{unit}; the center does not stand in for it)' },
  L2: { zh: 'L2 区领导(牵头区领导或分管区领导)调度', en: 'L2 (a district leader)' },
};

export const ds4: Rule = {
  id: 'DS-4',
  severity: 'error',
  seed: '二(七)3',
  title: { zh: '逐级调度,不得越级提请', en: 'dispatch escalates step by step' },
  messages: {
    bypass: {
      zh: '越级调度:主要领导调度 {dispatch}({date})研究了问题 {problem},但此前(含当日)缺少以下调度环节(须将该问题记为“未解决”):{missing}。未经项目牵头单位协调,未报区政府分管领导调度的事项,不得提请区委、区政府主要领导调度{resolvedNote}',
      en: 'the gate was bypassed: the main-leader dispatch {dispatch} ({date}) handles {problem}, but no dispatch on or before that date left it unresolved at {missing} (未经项目牵头单位协调,未报区政府分管领导调度的事项,不得提请区委、区政府主要领导调度){resolvedNote}',
    },
    'bypass.hint': {
      zh: '先由项目牵头责任单位协调(level: lead-unit,convener 为项目的 lead_unit),再报区领导调度(level: leader),两次调度都在 problems 中列出 {problem} 并写 outcome: unresolved,日期不晚于 {date};如本次并非主要领导调度,请改正 level',
      en: 'first record the lead unit’s dispatch (level: lead-unit, convened by the project’s lead_unit), then a leader dispatch (level: leader), each listing {problem} under problems with outcome: unresolved and dated on or before {date}; if this was not a main-leader dispatch, correct its level',
    },
    skipL1: {
      zh: '区领导调度 {dispatch}({date})研究了问题 {problem},但此前(含当日)缺少以下调度环节(须将该问题记为“未解决”):{missing}{resolvedNote}',
      en: 'the leader dispatch {dispatch} ({date}) handles {problem}, but no dispatch on or before that date left it unresolved at {missing}{resolvedNote}',
    },
    'skipL1.hint': {
      zh: '问题应先由牵头责任单位协调,牵头责任单位无法破解的再报区领导调度:请补录此前 lead-unit 或 center 级的调度记录(problems 中列出 {problem},outcome: unresolved)',
      en: 'a problem goes first to its lead responsible unit, and to a district leader only when the unit cannot solve it: record the earlier lead-unit or center dispatch (listing {problem} with outcome: unresolved)',
    },
    resolvedNote: {
      zh: '(调度 {by}({on})已将该问题记为已解决,已解决的问题不能再提请上一级调度)',
      en: ' (the dispatch {by} on {on} recorded it as resolved, and a resolved problem is not escalated)',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const cache = new Map<string, Handling[]>();
    const leadUnitOf = (key: string) => {
      const id = m.projects.get(m.problems.get(key)?.project ?? '')?.data.lead_unit;
      const name = id ? m.units.get(id)?.data.name : undefined;
      return id ? ` ${id}${name ? ` ${name}` : ''}` : '';
    };
    for (const d of m.dispatches) {
      if (d.data.level !== 'leader' && d.data.level !== 'main') continue;
      d.data.problems.forEach((p, i) => {
        const tl = m.problems.get(p.problem);
        // an unknown problem, or one raised after this dispatch, is REF's to report
        if (!tl || tl.first.problem.raised_on > d.data.date) return;
        let hs = cache.get(p.problem);
        if (!hs) cache.set(p.problem, (hs = handlingsOf(m, p.problem)));
        const gate = gateCheck(hs, d);
        if (gate.ok) return;
        // a lower-level dispatch that recorded the problem resolved explains why the step is missing
        const resolvedBy = hs.find((h) => h.dispatch !== d && h.date <= d.data.date && h.fits && gate.missing.includes(h.level as 'L1' | 'L2') && h.outcome === 'resolved');
        ctx.report({
          file: d.file,
          path: ['problems', i, 'problem'],
          messageId: gate.severity === 'error' ? 'bypass' : 'skipL1',
          severity: gate.severity,
          data: {
            problem: p.problem, dispatch: d.data.id, date: d.data.date,
            missing: gate.missing.map((l) => (l === 'L1' && gate.severity === 'error' ? LEVEL_NAME.L1lead[ctx.lang].replace('{unit}', leadUnitOf(p.problem)) : LEVEL_NAME[l][ctx.lang])),
            resolvedNote: resolvedBy ? ctx.text('resolvedNote', { by: resolvedBy.dispatch.data.id, on: resolvedBy.date }) : '',
          },
        });
      });
    }
  },
};
