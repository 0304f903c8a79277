// LS-4 (二(四)3), the dates of a monthly ledger against the facts around it (issue 8):
// - a ledger for a month before `since` (kzp.yaml): nothing is owed or tracked before it, so
//   the file is misfiled or `since` is wrong — a warning, since a workspace may keep the ledgers
//   of the months before it adopted kzp (LS-6 does not check them either); `--strict` fails it;
// - a ledger submitted (declared `submitted_on`) before its month began: a report of a month
//   cannot be made before the month (this also catches ledgers for far-future months);
// - a date inside the ledger after the day it was submitted (a task done, a problem raised or
//   resolved, a start or completion): a report cannot state what had not happened yet. A
//   problem raised after the month's end is LS-4's own `raisedAfterMonth` and not repeated here.
// The declared date is what validation can see; git's commit time (HI-1) is the engine's.
import { monthEnd } from '../engine/dates.js';
import type { Catalog } from '../i18n/index.js';
import type { Rule } from './types.js';

const messages: Catalog = {
  'dates.beforeSince': {
    zh: '这是 {month} 的台账,早于开始跟踪的月份 {since}(kzp.yaml 的 since),该月不需要报送台账',
    en: 'this ledger is for {month}, before the first tracked month {since} (since in kzp.yaml): no ledger is owed for it',
  },
  'dates.beforeSince.hint': {
    zh: '如确实从 {month} 起跟踪,把 kzp.yaml 的 since 改为 {month};否则删除这个台账',
    en: 'if tracking really began in {month}, set since: {month} in kzp.yaml; otherwise delete this ledger',
  },
  'dates.submittedBeforeMonth': {
    zh: '{month} 的台账报送日期是 {submitted},当时这个月还没有开始',
    en: 'the ledger for {month} was submitted on {submitted}, before the month began',
  },
  'dates.submittedBeforeMonth.hint': {
    zh: '月度台账在当月或之后报送:核对 month(及所在目录 ledgers/{month}/)和 submitted_on',
    en: 'a month\'s ledger is submitted during or after that month: check month (and its folder ledgers/{month}/) and submitted_on',
  },
  'dates.afterSubmitted': {
    zh: '{field} 的日期 {date} 晚于本台账的报送日期 {submitted}',
    en: '{field} is {date}, after the ledger was submitted on {submitted}',
  },
  'dates.afterSubmitted.hint': {
    zh: '台账只报送报送当日已经发生的情况:核对日期;尚未发生的事项在下月台账中报送',
    en: 'a ledger reports what had happened by the day it was submitted: correct the date, or report it in a later ledger',
  },
};

export const ls4Dates: Rule = {
  id: 'LS-4',
  severity: 'error',
  seed: '二(四)3',
  title: { zh: '月度台账的月份和日期与报送日期、开始跟踪月份一致', en: 'a monthly ledger\'s month and dates agree with its submission and with since' },
  messages,
  check(ctx) {
    const since = ctx.model.config.since;
    for (const { data: l, file } of ctx.model.ledgers) {
      if (l.month < since) ctx.report({ file, path: ['month'], severity: 'warning', messageId: 'dates.beforeSince', data: { month: l.month, since } });
      const sub = l.submitted_on;
      if (!sub) continue;
      if (sub < `${l.month}-01`) {
        ctx.report({ file, path: ['month'], messageId: 'dates.submittedBeforeMonth', data: { month: l.month, submitted: sub } });
        continue; // every date in it would follow: one error says it
      }
      const end = monthEnd(l.month);
      const after = (path: (string | number)[], date: string | undefined, field: string) => {
        if (date && date > sub) ctx.report({ file, path, messageId: 'dates.afterSubmitted', data: { field, date, submitted: sub } });
      };
      after(['progress', 'started_on'], l.progress.started_on, 'progress.started_on');
      after(['progress', 'completed_on'], l.progress.completed_on, 'progress.completed_on');
      l.countdown.forEach((c, i) => after(['countdown', i, 'done_on'], c.done_on, `countdown[${i + 1}].done_on (${c.task})`));
      l.problems.forEach((p, i) => {
        if (p.raised_on <= end) after(['problems', i, 'raised_on'], p.raised_on, `problems[${i + 1}].raised_on (${p.id})`);
        after(['problems', i, 'resolved_on'], p.resolved_on, `problems[${i + 1}].resolved_on (${p.id})`);
      });
    }
  },
};
