// LS-2 (二(四)1): the rolling and annual lists become the basis for implementation only once the
// district committee/government has decided them: `decided_on` and `decision_ref` together.
// One without the other is an error; neither is a draft — a warning, and the list confers
// nothing (LS-6). The reserve list needs no decision.
import type { Rule } from './types.js';

export const ls2: Rule = {
  id: 'LS-2',
  severity: 'error',
  seed: '二(四)1',
  title: { zh: '滚动和年度清单经决策后方为实施依据', en: 'rolling and annual lists are decided' },
  messages: {
    noRef: {
      zh: '清单 {list} 有决策日期 {date},但未填写决策文号(decision_ref)',
      en: 'the list {list} has a decision date ({date}) but no decision reference (decision_ref)',
    },
    'noRef.hint': {
      zh: '补填 decision_ref: 决策文件文号(如 开州委〔2022〕88号);两项齐全的清单才是已决策清单',
      en: 'add decision_ref: the number of the decision document (e.g. 开州委〔2022〕88号); a list is decided only with both',
    },
    noDate: {
      zh: '清单 {list} 有决策文号 {ref},但未填写决策日期(decided_on)',
      en: 'the list {list} has a decision reference ({ref}) but no decision date (decided_on)',
    },
    'noDate.hint': {
      zh: '补填 decided_on: YYYY-MM-DD(区委、区政府决策下达日期);两项齐全的清单才是已决策清单',
      en: 'add decided_on: YYYY-MM-DD (the date of the decision); a list is decided only with both',
    },
    draft: {
      zh: '{kindZh} {list} 尚未经区委、区政府决策(无 decided_on、decision_ref),为草案,不能作为项目实施和安排政府性资金的依据',
      en: 'the {kind} list {list} is not decided (no decided_on, no decision_ref): it is a draft and is no basis for implementation or government funds',
    },
    'draft.hint': {
      zh: '决策下达后填写 decided_on 和 decision_ref',
      en: 'once decided, add decided_on and decision_ref',
    },
  },
  check(ctx) {
    for (const { data: l, file } of ctx.model.lists.values()) {
      if (l.kind === 'reserve') continue;
      const hasDate = !!l.decided_on, hasRef = !!l.decision_ref?.trim();
      if (hasDate && !hasRef) ctx.report({ file, path: ['decided_on'], onKey: true, messageId: 'noRef', data: { list: l.id, date: l.decided_on } });
      else if (!hasDate && hasRef) ctx.report({ file, path: ['decision_ref'], onKey: true, messageId: 'noDate', data: { list: l.id, ref: l.decision_ref } });
      else if (!hasDate && !hasRef)
        ctx.report({ file, path: ['kind'], messageId: 'draft', severity: 'warning', data: { list: l.id, kind: l.kind, kindZh: l.kind === 'annual' ? '年度建设计划项目清单' : '三年滚动规划项目清单' } });
    }
  },
};
