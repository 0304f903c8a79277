// KP-1: a key project (重点项目) has estimated total investment ≥ `key_project_min_investment`
// (default 400 万元, preamble: "估算总投资400万元及以上的重点项目"). A project below it is an error
// unless it says explicitly that it is not a key project (`key: false`).
import type { Rule } from './types.js';

export const kp1: Rule = {
  id: 'KP-1',
  severity: 'error',
  seed: 'preamble',
  title: { zh: '重点项目估算总投资不低于下限', en: 'a key project meets the minimum total investment' },
  messages: {
    below: {
      zh: '项目 {project} 估算总投资 {amount} 万元,低于重点项目下限 {min} 万元',
      en: 'project {project} has an estimated total investment of {amount} 万元, below the key-project minimum of {min} 万元',
    },
    'below.hint': {
      zh: '核实总投资(单位为万元,不是元或亿元);确属 {min} 万元以下的非重点项目,在项目文件中写明 key: false',
      en: 'check the amount (in 万元, not yuan or 亿元); if it really is a non-key project under {min} 万元, set key: false in the project file',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const min = m.config.key_project_min_investment;
    for (const { data: p, file } of m.projects.values()) {
      if (p.key === false) continue;
      if (p.total_investment < min)
        ctx.report({ file, path: ['total_investment'], messageId: 'below', data: { project: p.id, amount: p.total_investment, min } });
    }
  },
};
