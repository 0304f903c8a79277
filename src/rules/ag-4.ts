// AG-4 (二(六)6): under agency the owner still signs what the owner must sign (不得委托代理机构
// 代为签章) and owns the resulting assets (形成的资产属于项目业主): agency.signatory and
// agency.asset_owner, when given, are the project's owner.
import type { Rule } from './types.js';

export const ag4: Rule = {
  id: 'AG-4',
  severity: 'error',
  seed: '二(六)6',
  title: { zh: '业主签章不得委托,资产归业主', en: 'the owner signs and owns the assets' },
  messages: {
    asset: {
      zh: '项目 {project} 的代理形成资产归属单位为 "{value}",应为项目业主 "{owner}"',
      en: 'the assets of {project} are assigned to "{value}"; under agency they belong to the owner "{owner}"',
    },
    'asset.hint': {
      zh: '建设管理代理完成后形成的资产属于项目业主;将 asset_owner 改为 {owner}',
      en: 'the assets resulting from agency belong to the project owner; set asset_owner: {owner}',
    },
    signatory: {
      zh: '项目 {project} 的签章单位为 "{value}",应由项目业主 "{owner}" 签章',
      en: '{project} is signed for by "{value}"; what the owner must sign is signed by the owner "{owner}"',
    },
    'signatory.hint': {
      zh: '应由项目业主签章的事项,不得委托代理机构代为签章;将 signatory 改为 {owner}',
      en: 'the owner may not delegate its signature to the agent; set signatory: {owner}',
    },
  },
  check(ctx) {
    for (const { data: p, file } of ctx.model.projects.values()) {
      const a = p.agency;
      if (!a) continue;
      if (a.asset_owner !== undefined && a.asset_owner !== p.owner)
        ctx.report({ file, path: ['agency', 'asset_owner'], messageId: 'asset', data: { project: p.id, value: a.asset_owner, owner: p.owner } });
      if (a.signatory !== undefined && a.signatory !== p.owner)
        ctx.report({ file, path: ['agency', 'signatory'], messageId: 'signatory', data: { project: p.id, value: a.signatory, owner: p.owner } });
    }
  },
};
