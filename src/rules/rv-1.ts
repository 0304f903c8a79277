// RV-1 (二(二)1): a project submitted for decision (提请区委、区政府决策) must first pass a joint
// review (项目会审): the latest review item for it dated on or before decision.date concludes
// `approved` or `conditional`.
import type { Review } from '../schema/index.js';
import type { Rule } from './types.js';

type Item = Review['items'][number];

export const rv1: Rule = {
  id: 'RV-1',
  severity: 'error',
  seed: '二(二)1',
  title: { zh: '提请决策前应开展项目会审', en: 'a joint review before the decision' },
  messages: {
    none: {
      zh: '项目 {project} 于 {date} 提请{body}决策,但没有任何项目会审审查过该项目(决策先于会审)',
      en: 'decision before its review: {project} went to the {body} for decision on {date}, but no joint review has examined it',
    },
    'none.hint': {
      zh: '先由区项目中心召集项目会审(reviews/ 下 kind: review 的记录,items 中列出 project: {project}),结论为 approved 或 conditional,再提请决策',
      en: 'hold a joint review first (a kind: review record under reviews/ with an item project: {project}) concluding approved or conditional, then submit the project for decision',
    },
    later: {
      zh: '项目 {project} 于 {date} 提请{body}决策,但其项目会审 {review} 在 {reviewDate} 才召开(决策先于会审)',
      en: 'decision before its review: {project} went to the {body} for decision on {date}, but its joint review {review} was only held on {reviewDate}',
    },
    'later.hint': {
      zh: '会审日期应不晚于决策日期;请核对 decision.date 与会审记录 {review} 的 date',
      en: 'the review must be dated on or before the decision; check decision.date and the date of {review}',
    },
    notApproved: {
      zh: '项目 {project} 于 {date} 提请{body}决策,但决策前最近一次项目会审 {review}({reviewDate})的结论为“{conclusion}”,未予通过',
      en: 'decision before its review: {project} went to the {body} for decision on {date}, but the latest joint review before it, {review} on {reviewDate}, concluded "{conclusion}"',
    },
    'notApproved.hint': {
      zh: '只有会审结论为 approved(通过)或 conditional(有条件通过)的项目才能提请决策;请重新会审后再决策',
      en: 'only a review concluding approved or conditional clears a project for decision; review it again before the decision',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const zh = ctx.lang === 'zh';
    for (const { data: p, file } of m.projects.values()) {
      if (!p.decision) continue;
      const date = p.decision.date;
      const body = zh ? (p.decision.body === 'committee' ? '区委' : '区政府') : (p.decision.body === 'committee' ? 'district committee' : 'district government');
      // reviews are sorted by date, then id
      const items: { review: Review; item: Item }[] = [];
      for (const { data: r } of m.reviews) for (const item of r.items) if (item.project === p.id) items.push({ review: r, item });
      const before = items.filter((x) => x.review.date <= date);
      const base = { project: p.id, date, body };
      const path = ['decision', 'date'];
      if (before.length === 0) {
        const later = items[0];
        if (later) ctx.report({ file, path, messageId: 'later', data: { ...base, review: later.review.id, reviewDate: later.review.date } });
        else ctx.report({ file, path, messageId: 'none', data: base });
        continue;
      }
      const last = before[before.length - 1];
      if (last.item.conclusion !== 'approved' && last.item.conclusion !== 'conditional') {
        const conclusion = zh ? ({ rejected: '不予通过', deferred: '暂缓' } as Record<string, string>)[last.item.conclusion] ?? last.item.conclusion : last.item.conclusion;
        ctx.report({ file, path, messageId: 'notApproved', data: { ...base, review: last.review.id, reviewDate: last.review.date, conclusion } });
      }
    }
  },
};
