// LS-1 (二(四)1): three kinds of list — the 5-year government investment reserve (五年政府投资
// 储备项目清单, period "2021-2025"), the 3-year rolling plan (三年滚动规划, "2023-2025") and the
// annual construction plan (年度建设计划, "2023"). The period matches the kind; every project
// on a list exists; a project is on a list once (a project removed during the year and added
// back later may have a second entry whose added_on is not before the first's removed_on).
import { nearest } from '../util/index.js';
import type { List } from '../schema/index.js';
import type { Rule } from './types.js';

const KIND_ZH: Record<List['kind'], string> = { reserve: '五年政府投资储备项目清单', rolling: '三年滚动规划项目清单', annual: '年度建设计划项目清单' };
const SPAN: Record<List['kind'], number> = { annual: 1, rolling: 3, reserve: 5 };
const EXPECT = {
  annual: { zh: '单一年度', en: 'a single year' },
  rolling: { zh: '连续三年', en: 'a span of 3 years' },
  reserve: { zh: '连续五年', en: 'a span of 5 years' },
} as const;

type Entry = List['projects'][number];
const from = (e: Entry) => e.added_on ?? '0000-01-01';
const until = (e: Entry) => e.removed_on ?? '9999-12-31';

export const ls1: Rule = {
  id: 'LS-1',
  severity: 'error',
  seed: '二(四)1',
  title: { zh: '清单分三类,清单中的项目须存在', en: 'three kinds of list; listed projects exist' },
  messages: {
    project: {
      zh: '清单 {list} 中的项目 "{id}" 不存在{suggest}',
      en: 'the list {list} names the project "{id}", which does not exist{suggest}',
    },
    'project.hint': {
      zh: '项目 id 是 projects/ 下的文件名;先建立项目文件(kzp new project),再列入清单',
      en: 'project ids are the file names under projects/; create the project (kzp new project) before listing it',
    },
    period: {
      zh: '{kindZh} {list} 的期间 "{period}" 不符合要求,应为{expectZh},如 "{example}"',
      en: 'the {kind} list {list} has the period "{period}"; it should be {expect}, e.g. "{example}"',
    },
    'period.hint': {
      zh: '年度清单写作 "YYYY";三年滚动清单写作 "YYYY-YYYY"(首尾相差 2 年);五年储备清单写作 "YYYY-YYYY"(首尾相差 4 年)',
      en: 'annual: "YYYY"; rolling: "YYYY-YYYY" spanning 3 years; reserve: "YYYY-YYYY" spanning 5 years',
    },
    duplicate: {
      zh: '项目 {id} 在清单 {list} 中重复列入(第 {line} 行已列入)',
      en: '{id} is listed twice on {list} (already at line {line})',
    },
    'duplicate.hint': {
      zh: '每个项目在一个清单中只列一次;年中移出后又重新纳入的,第二条的 added_on 不得早于第一条的 removed_on',
      en: 'list each project once; a project removed and added back during the period may have a second entry whose added_on is not before the first entry\'s removed_on',
    },
    removedBeforeAdded: {
      zh: '清单 {list} 中项目 {id} 的移出日期 {removed} 早于纳入日期 {added}',
      en: 'on {list}, {id} is removed on {removed}, before it was added on {added}',
    },
    'removedBeforeAdded.hint': {
      zh: '核对 added_on 与 removed_on',
      en: 'check added_on and removed_on',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const zh = ctx.lang === 'zh';
    for (const { data: l, file } of m.lists.values()) {
      const period = String(l.period);
      const match = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
      const a = match ? Number(match[1]) : NaN;
      const b = match ? Number(match[2] ?? match[1]) : NaN;
      const span = SPAN[l.kind];
      const ok = l.kind === 'annual' ? !!match && !match[2] : !!match?.[2] && b - a === span - 1;
      if (!ok) {
        const start = Number.isFinite(a) ? a : 2023;
        const example = span === 1 ? String(start) : `${start}-${start + span - 1}`;
        ctx.report({ file, path: ['period'], messageId: 'period', data: { list: l.id, kind: l.kind, kindZh: KIND_ZH[l.kind], period, expect: EXPECT[l.kind].en, expectZh: EXPECT[l.kind].zh, example } });
      }
      const earlier = new Map<string, number[]>(); // project → indices of its entries so far
      l.projects.forEach((e, j) => {
        if (!m.projects.has(e.project) && !m.known.projects.has(e.project)) {
          const s = nearest(e.project, m.projects.keys(), (w) => Math.max(1, Math.floor(w.length / 4)));
          const suggest = s ? (zh ? `;是不是 "${s}"?` : `; did you mean "${s}"?`) : '';
          ctx.report({ file, path: ['projects', j, 'project'], messageId: 'project', data: { list: l.id, id: e.project, suggest } });
        }
        if (e.added_on && e.removed_on && e.removed_on < e.added_on)
          ctx.report({ file, path: ['projects', j, 'removed_on'], messageId: 'removedBeforeAdded', data: { list: l.id, id: e.project, removed: e.removed_on, added: e.added_on } });
        const seen = earlier.get(e.project) ?? [];
        const i = seen.find((k) => { const o = l.projects[k]; return from(o) < until(e) && from(e) < until(o); }) ?? -1;
        seen.push(j);
        earlier.set(e.project, seen);
        if (i >= 0)
          ctx.report({ file, path: ['projects', j, 'project'], messageId: 'duplicate', data: { list: l.id, id: e.project, line: file.locate(['projects', i]).line } });
      });
    }
  },
};
