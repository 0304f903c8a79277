// IM-1 (二(五)1): an intermediary engaged on a project (中介服务机构) is recorded with its name,
// the services it provides (包装策划 packaging, 资金申报 fund-application, 前期工作 preliminary)
// and the date of its contract.
import type { Rule } from './types.js';

export const im1: Rule = {
  id: 'IM-1',
  severity: 'error',
  seed: '二(五)1',
  title: { zh: '中介服务机构须载明名称、服务内容和签约日期', en: 'an intermediary has a name, services and a contract date' },
  messages: {
    name: {
      zh: '项目 {project} 的中介服务机构 {id} 未填写机构名称(name)',
      en: 'the intermediary {id} of {project} has no name',
    },
    'name.hint': { zh: '填写 name: 机构全称(如 重庆某工程咨询有限公司)', en: 'add name: the firm\'s full name' },
    services: {
      zh: '项目 {project} 的中介服务机构 {id} 未列明服务内容(services)',
      en: 'the intermediary {id} of {project} lists no services',
    },
    'services.hint': {
      zh: '填写 services: [packaging(包装策划), fund-application(资金申报), preliminary(前期工作)] 中的一项或多项',
      en: 'add services: one or more of packaging (包装策划), fund-application (资金申报), preliminary (前期工作)',
    },
    contract: {
      zh: '项目 {project} 的中介服务机构 {id} 未填写合同签订日期(contract_on)',
      en: 'the intermediary {id} of {project} has no contract date (contract_on)',
    },
    'contract.hint': { zh: '填写 contract_on: YYYY-MM-DD(合作协议或合同签订日期)', en: 'add contract_on: YYYY-MM-DD, the date the agreement or contract was signed' },
  },
  check(ctx) {
    for (const { data: p, file } of ctx.model.projects.values()) {
      p.intermediaries?.forEach((x, i) => {
        const data = { project: p.id, id: x.id };
        const item = ['intermediaries', i];
        if (!x.name?.trim()) ctx.report({ file, path: x.name === undefined ? item : [...item, 'name'], messageId: 'name', data });
        if (!x.services?.length) ctx.report({ file, path: x.services === undefined ? item : [...item, 'services'], messageId: 'services', data });
        if (!x.contract_on) ctx.report({ file, path: item, messageId: 'contract', data });
      });
    }
  },
};
