// IM-2 (二(五)2): a fee agreement with an intermediary that depends on whether the funds are won
// (就是否争取成功约定不同中介服务费用) states both fees: on success and on failure.
import type { Rule } from './types.js';

export const im2: Rule = {
  id: 'IM-2',
  severity: 'error',
  seed: '二(五)2',
  title: { zh: '成功与否的中介服务费用须分别约定', en: 'a success-contingent fee states both fees' },
  messages: {
    noFailure: {
      zh: '项目 {project} 的中介服务机构 {id} 约定了争取成功时的费用 {success} 万元,但未约定未成功时的费用(on_failure)',
      en: 'the fee of the intermediary {id} of {project} states {success} 万元 on success but nothing on failure (on_failure)',
    },
    'noFailure.hint': {
      zh: '在 fee 中补填 on_failure: 金额(万元;未成功不收费的填 0)',
      en: 'add on_failure: AMOUNT (万元; 0 if nothing is paid on failure) under fee',
    },
    noSuccess: {
      zh: '项目 {project} 的中介服务机构 {id} 约定了未成功时的费用 {failure} 万元,但未约定争取成功时的费用(on_success)',
      en: 'the fee of the intermediary {id} of {project} states {failure} 万元 on failure but nothing on success (on_success)',
    },
    'noSuccess.hint': {
      zh: '在 fee 中补填 on_success: 金额(万元)',
      en: 'add on_success: AMOUNT (万元) under fee',
    },
  },
  check(ctx) {
    for (const { data: p, file } of ctx.model.projects.values()) {
      p.intermediaries?.forEach((x, i) => {
        const fee = x.fee;
        if (!fee) return;
        const path = ['intermediaries', i, 'fee'];
        if (fee.on_success !== undefined && fee.on_failure === undefined)
          ctx.report({ file, path, onKey: true, messageId: 'noFailure', data: { project: p.id, id: x.id, success: fee.on_success } });
        else if (fee.on_failure !== undefined && fee.on_success === undefined)
          ctx.report({ file, path, onKey: true, messageId: 'noSuccess', data: { project: p.id, id: x.id, failure: fee.on_failure } });
      });
    }
  },
};
