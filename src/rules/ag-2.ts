// AG-2 (二(六)2-3): an agency project records, in this order, the consent of the industry or
// administrative authority (consent_on), the district government's decision (decided_on), the
// agency plan in the project proposal or feasibility report (plan_in) and the approval of that
// document which confirms the agency (approved_on): consent_on ≤ decided_on ≤ approved_on.
import type { Rule } from './types.js';

const STEPS = ['consent_on', 'decided_on', 'plan_in', 'approved_on'] as const;
type Step = (typeof STEPS)[number];
const STEP_ZH: Record<Step, string> = {
  consent_on: '行业主管部门或行政主管部门同意日期',
  decided_on: '区政府决策日期',
  plan_in: '提出代理实施方案的项目建议书或可行性研究报告',
  approved_on: '区发展改革委审批确认日期',
};
const STEP_SHORT = {
  consent_on: { zh: '行业(行政)主管部门同意', en: 'the authority\'s consent' },
  decided_on: { zh: '区政府决策', en: 'the district government\'s decision' },
  approved_on: { zh: '区发展改革委审批确认', en: 'the approval' },
} as const;
const STEP_EN: Record<Step, string> = {
  consent_on: 'the date the industry/administrative authority consented',
  decided_on: 'the date of the district government\'s decision',
  plan_in: 'whether the agency plan is in the project proposal or the feasibility report',
  approved_on: 'the date the development & reform commission approved it',
};

export const ag2: Rule = {
  id: 'AG-2',
  severity: 'error',
  seed: '二(六)2-3',
  title: { zh: '代理制须依次经主管部门同意、区政府决策、方案报批', en: 'agency: consent, decision, plan, approval — in order' },
  messages: {
    missing: {
      zh: '项目 {project} 实行建设管理代理制,但未填写 agency.{field}({what})',
      en: '{project} uses construction-management agency but does not record agency.{field} ({what})',
    },
    'missing.hint': {
      zh: '代理制程序:行业主管部门同意(consent_on)→ 区政府决策(decided_on)→ 在项目建议书或可研报告中提出代理方案(plan_in)→ 区发展改革委审批予以明确(approved_on)',
      en: 'the agency procedure: authority consent (consent_on) → district government decision (decided_on) → plan in the proposal or feasibility report (plan_in) → approval by the development & reform commission (approved_on)',
    },
    order: {
      zh: '项目 {project} 的 agency.{field}({date})早于 agency.{before}({beforeDate});{beforeStep}应在{step}之前',
      en: '{project}: agency.{field} ({date}) is before agency.{before} ({beforeDate}); {beforeStep} comes before {step}',
    },
    'order.hint': {
      zh: '顺序应为 consent_on ≤ decided_on ≤ approved_on;请核对日期',
      en: 'the order is consent_on ≤ decided_on ≤ approved_on; check the dates',
    },
  },
  check(ctx) {
    const zh = ctx.lang === 'zh';
    const what = (s: Step) => (zh ? STEP_ZH[s] : STEP_EN[s]);
    for (const { data: p, file } of ctx.model.projects.values()) {
      const a = p.agency;
      if (!a) continue;
      for (const s of STEPS)
        if (!a[s]) ctx.report({ file, path: ['agency'], onKey: true, messageId: 'missing', data: { project: p.id, field: s, what: what(s) } });
      let prev: keyof typeof STEP_SHORT | undefined;
      for (const s of ['consent_on', 'decided_on', 'approved_on'] as const) {
        const d = a[s];
        if (!d) continue;
        if (prev && d < a[prev]!)
          ctx.report({ file, path: ['agency', s], messageId: 'order', data: { project: p.id, field: s, date: d, before: prev, beforeDate: a[prev], step: STEP_SHORT[s][ctx.lang], beforeStep: STEP_SHORT[prev][ctx.lang] } });
        else prev = s;
      }
    }
  },
};
