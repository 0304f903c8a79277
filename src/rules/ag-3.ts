// AG-3 (二(六)4): the owner and the agent sign an agency contract stating the scope of the
// delegated construction management, the rights and duties of each side, and the agency fee;
// the fee may be included in the total investment (fee_in_total) and then cannot exceed it.
import type { Rule } from './types.js';

const FIELD_ZH = { scope: '委托代理的建设管理范围', duties: '双方权利责任', fee: '建设管理代理费用' } as const;
const FIELD_EN = { scope: 'the scope of the delegated management', duties: 'the rights and duties of each side', fee: 'the agency fee' } as const;

export const ag3: Rule = {
  id: 'AG-3',
  severity: 'error',
  seed: '二(六)4',
  title: { zh: '代理合同须明确范围、权责和费用', en: 'the agency contract states scope, duties and fee' },
  messages: {
    noContract: {
      zh: '项目 {project} 实行建设管理代理制,但未记录代理合同(agency.contract)',
      en: '{project} uses construction-management agency but records no agency contract (agency.contract)',
    },
    'noContract.hint': {
      zh: '填写 contract: { signed_on, scope: 代理范围, duties: 权利责任, fee: 代理费(万元), fee_in_total: true|false }',
      en: 'add contract: { signed_on, scope, duties, fee (万元), fee_in_total: true|false }',
    },
    field: {
      zh: '项目 {project} 的代理合同未明确{what}(contract.{field})',
      en: 'the agency contract of {project} does not state {what} (contract.{field})',
    },
    'field.hint': {
      zh: '代理合同应明确委托代理的建设管理范围、各自权利责任、建设管理代理费用;请补填 contract.{field}',
      en: 'the contract states the scope, the rights and duties and the fee; add contract.{field}',
    },
    feeOverTotal: {
      zh: '项目 {project} 的代理费 {fee} 万元纳入项目总投资,但超过总投资 {total} 万元',
      en: 'the agency fee of {project}, {fee} 万元, is included in the total investment but exceeds it ({total} 万元)',
    },
    'feeOverTotal.hint': {
      zh: '核对代理费与总投资;纳入总投资的代理费不能超过总投资',
      en: 'check the fee and total_investment; a fee included in the total cannot exceed it',
    },
  },
  check(ctx) {
    const zh = ctx.lang === 'zh';
    for (const { data: p, file } of ctx.model.projects.values()) {
      const a = p.agency;
      if (!a) continue;
      const c = a.contract;
      if (!c) { ctx.report({ file, path: ['agency'], onKey: true, messageId: 'noContract', data: { project: p.id } }); continue; }
      for (const f of ['scope', 'duties', 'fee'] as const) {
        const v = c[f];
        const missing = v === undefined || (typeof v === 'string' && !v.trim());
        if (missing) ctx.report({ file, path: v === undefined ? ['agency', 'contract'] : ['agency', 'contract', f], onKey: v === undefined, messageId: 'field', data: { project: p.id, field: f, what: zh ? FIELD_ZH[f] : FIELD_EN[f] } });
      }
      if (c.fee_in_total && c.fee !== undefined && Math.round(c.fee * 100) > Math.round(p.total_investment * 100))
        ctx.report({ file, path: ['agency', 'contract', 'fee'], messageId: 'feeOverTotal', data: { project: p.id, fee: c.fee, total: p.total_investment } });
    }
  },
};
