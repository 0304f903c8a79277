// RV-2 (二(二)2): a joint review examines each item on six aspects — 必要性、可行性、建设时序、
// 建设内容及规模、资金来源、空间协同符合性 — and states a verdict (pass | concern | fail) on each.
import { ASPECTS } from '../schema/index.js';
import type { Rule } from './types.js';

export const ASPECT_ZH: Record<(typeof ASPECTS)[number], string> = {
  necessity: '必要性', feasibility: '可行性', timing: '建设时序', scale: '建设内容及规模', funding: '资金来源', spatial: '空间协同符合性',
};

export const rv2: Rule = {
  id: 'RV-2',
  severity: 'error',
  seed: '二(二)2',
  title: { zh: '会审须审查六个方面', en: 'a review states a verdict on all six aspects' },
  messages: {
    missing: {
      zh: '会审 {review} 对项目 {project} 缺少以下方面的审查结论:{names}',
      en: 'the review {review} states no verdict on {project} for: {names}',
    },
    'missing.hint': {
      zh: '在该项的 aspects 中为 {keys} 填写 pass(通过)、concern(有意见)或 fail(不通过)',
      en: 'under the item\'s aspects, give {keys} a verdict: pass, concern or fail',
    },
  },
  check(ctx) {
    const zh = ctx.lang === 'zh';
    for (const { data: r, file } of ctx.model.reviews) {
      r.items.forEach((item, i) => {
        const missing = ASPECTS.filter((a) => item.aspects[a] === undefined);
        if (missing.length === 0) return;
        const names = missing.map((a) => (zh ? ASPECT_ZH[a] : `${a} (${ASPECT_ZH[a]})`));
        // at the `aspects` key; when the item has none, locate falls back to the item itself
        ctx.report({ file, path: ['items', i, 'aspects'], onKey: true, messageId: 'missing', data: { review: r.id, project: item.project, names, keys: missing } });
      });
    }
  },
};
