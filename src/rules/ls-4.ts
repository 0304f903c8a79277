// LS-4 (二(四)3): "项目业主对纳入项目清单的项目建立进度台账、问题台账……每月底前向区项目中心报送". The
// part `kzp validate` decides from the records: the problem ledger is continuous. Walking each
// project's ledgers month by month, a problem open in one ledger is carried into the next ledger
// of the project (a problem that disappears while open is an error); its raised_on does not
// change; resolved means a resolved_on, on or after raised_on, and open means none; a problem id
// is listed once per ledger and not raised after the ledger's month; a problem that comes back
// after the month it was resolved is a warning (a new problem needs a new id). Missing and late
// ledgers are operational overdue items (`kzp overdue`), not checked here.
// The ledger's dates against the facts around it:
// - a ledger for a month before `since` (kzp.yaml): nothing is owed or tracked before it, so
//   the file is misfiled or `since` is wrong — a warning, since a workspace may keep the ledgers
//   of the months before it adopted kzp (LS-6 does not check them either); `--strict` fails it;
// - a ledger submitted (declared `submitted_on`) before its month began: a report of a month
//   cannot be made before the month (this also catches ledgers for far-future months);
// - a date inside the ledger after the day it was submitted (a task done, a problem raised or
//   resolved, a start or completion): a report cannot state what had not happened yet. A
//   problem raised after the month's end is `raisedAfterMonth` and not repeated.
// The declared date is what validation can see; git's commit time (HI-1) is the engine's.
import { addDays, monthEnd } from '../engine/index.js';
import type { Rec } from '../model/index.js';
import type { Ledger } from '../schema/index.js';
import type { Rule, RuleContext } from './types.js';

interface Seen { status: 'open' | 'resolved'; month: string; raised: string; resolvedMonth?: string; warned: boolean }

export const ls4: Rule = {
  id: 'LS-4',
  severity: 'error',
  seed: '二(四)3',
  title: { zh: '问题台账按月连续报送,台账日期与报送日期一致', en: 'the monthly problem ledger is continuous, and its dates agree with its submission' },
  messages: {
    vanished: {
      zh: '问题 {problem} 在 {lastOpen} 的问题台账中仍未解决,但 {month} 的问题台账中没有列出',
      en: 'the problem {problem} was open in the {lastOpen} ledger but is missing from the {month} ledger',
    },
    'vanished.hint': {
      zh: '未解决的问题须逐月列入问题台账:继续列出 {id}(status: open);已解决的,列出并写 status: resolved 和 resolved_on',
      en: 'an open problem stays in every month\'s problem ledger: list {id} here with status: open, or, if it was solved, with status: resolved and its resolved_on',
    },
    raisedChanged: {
      zh: '问题 {problem} 的提出日期由 {month0} 台账中的 {before} 改为了 {after}',
      en: 'the problem {problem} was raised on {before} in the {month0} ledger, but here on {after}',
    },
    'raisedChanged.hint': {
      zh: '问题的提出日期(raised_on)各月保持不变,以便统计办理时长;请改回 {before}。如确属新问题,请使用新的问题编号',
      en: 'raised_on stays the same from month to month, so that the time taken can be counted: set it back to {before}, or give a new problem a new id',
    },
    noResolvedOn: {
      zh: '问题 {problem} 标记为已解决(status: resolved),但没有解决日期(resolved_on)',
      en: 'the problem {problem} is resolved (status: resolved) but has no resolved_on',
    },
    'noResolvedOn.hint': {
      zh: '写明解决日期 resolved_on: YYYY-MM-DD(不早于提出日期 {raised});尚未解决的,写 status: open',
      en: 'add resolved_on: YYYY-MM-DD (not before it was raised on {raised}); if it is not solved yet, write status: open',
    },
    resolvedBeforeRaised: {
      zh: '问题 {problem} 的解决日期 {resolved} 早于提出日期 {raised}',
      en: 'the problem {problem} was resolved on {resolved}, before it was raised on {raised}',
    },
    'resolvedBeforeRaised.hint': {
      zh: '核对 resolved_on 和 raised_on:解决日期不能早于提出日期',
      en: 'check resolved_on and raised_on: a problem cannot be resolved before it is raised',
    },
    openWithResolvedOn: {
      zh: '问题 {problem} 仍为未解决(status: open),却写了解决日期 {resolved}',
      en: 'the problem {problem} is open (status: open) but has resolved_on {resolved}',
    },
    'openWithResolvedOn.hint': {
      zh: '已解决的,改为 status: resolved;仍未解决的,删去 resolved_on',
      en: 'if it was solved, write status: resolved; if not, remove resolved_on',
    },
    duplicate: {
      zh: '问题编号 {id} 在 {month} 的问题台账中重复出现(第 {first} 项和第 {index} 项)',
      en: 'the problem id {id} is listed twice in the {month} ledger (items {first} and {index})',
    },
    'duplicate.hint': {
      zh: '一个问题在每月台账中只列一次;不同的问题请使用不同的编号',
      en: 'a problem is listed once per ledger; give a different problem a different id',
    },
    raisedAfterMonth: {
      zh: '问题 {problem} 的提出日期 {raised} 晚于本台账所属月份 {month} 的月底({end})',
      en: 'the problem {problem} was raised on {raised}, after the end of this ledger\'s month {month} ({end})',
    },
    'raisedAfterMonth.hint': {
      zh: '本月台账只能列出本月底前已提出的问题:核对 raised_on,或把问题列入其提出月份的台账',
      en: 'a month\'s ledger lists problems raised by the end of that month: check raised_on, or list the problem in the ledger of the month it was raised',
    },
    reopened: {
      zh: '问题 {problem} 已在 {resolvedMonth} 的台账中销号(已解决),在 {month} 又以未解决出现',
      en: 'the problem {problem} was resolved in the {resolvedMonth} ledger but is open again in {month}',
    },
    'reopened.hint': {
      zh: '已解决的问题编号不再使用:如出现新的问题,请使用新的问题编号,并写明新的提出日期',
      en: 'a resolved problem\'s id is not reused: record a new problem under a new id, with its own raised_on',
    },
    listedAgain: {
      zh: '问题 {problem} 已在 {resolvedMonth} 的台账中销号(已解决),{month} 的台账又列出了它',
      en: 'the problem {problem} was resolved in the {resolvedMonth} ledger but is listed again in {month}',
    },
    'listedAgain.hint': {
      zh: '问题台账只列未解决的问题和当月解决的问题:从本月台账中删去 {id};如是新的问题,请使用新的问题编号',
      en: 'a problem ledger lists the open problems and those resolved that month: remove {id} from this ledger, or give a new problem a new id',
    },
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
    'dates.submittedYearLate': {
      zh: '{month} 的台账报送日期是 {submitted},比该月月底晚了一年以上',
      en: 'the ledger for {month} was submitted on {submitted}, more than a year after the month ended',
    },
    'dates.submittedYearLate.hint': {
      zh: '核对 submitted_on 的年份是否笔误(如 2022 写成 2023、2032);确是补报的,照实保留',
      en: 'check the year of submitted_on for a slip (2022 typed as 2023 or 2032); a ledger really submitted that late keeps its date',
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
  },
  check(ctx) {
    continuity(ctx);
    dates(ctx);
  },
};

function continuity(ctx: RuleContext): void {
  for (const [project, byMonth] of ctx.model.ledgerIndex) {
    const ledgers = [...byMonth.values()].sort((a, b) => (a.data.month < b.data.month ? -1 : a.data.month > b.data.month ? 1 : 0));
    const seen = new Map<string, Seen>();
    let prev: Rec<Ledger> | undefined;
    for (const l of ledgers) {
      const { file, data } = l;
      const month = data.month;
      const end = monthEnd(month);
      const listed = new Map<string, number>();
      data.problems.forEach((p, i) => {
        const problem = `${project}/${p.id}`;
        const first = listed.get(p.id);
        if (first !== undefined) {
          ctx.report({ file, path: ['problems', i, 'id'], messageId: 'duplicate', data: { problem, id: p.id, month, first: first + 1, index: i + 1 } });
          return;
        }
        listed.set(p.id, i);
        const d = { problem, id: p.id, month, raised: p.raised_on, resolved: p.resolved_on, end };
        if (p.raised_on > end) ctx.report({ file, path: ['problems', i, 'raised_on'], messageId: 'raisedAfterMonth', data: d });
        if (p.status === 'resolved' && !p.resolved_on) ctx.report({ file, path: ['problems', i, 'status'], onKey: true, messageId: 'noResolvedOn', data: d });
        if (p.status === 'open' && p.resolved_on) ctx.report({ file, path: ['problems', i, 'resolved_on'], messageId: 'openWithResolvedOn', data: d });
        if (p.resolved_on && p.resolved_on < p.raised_on) ctx.report({ file, path: ['problems', i, 'resolved_on'], messageId: 'resolvedBeforeRaised', data: d });
        const s = seen.get(p.id);
        if (s && s.raised !== p.raised_on)
          ctx.report({ file, path: ['problems', i, 'raised_on'], messageId: 'raisedChanged', data: { ...d, before: s.raised, after: p.raised_on, month0: s.month } });
        if (s?.status === 'resolved' && !s.warned)
          ctx.report({ file, path: ['problems', i, 'id'], severity: 'warning', messageId: p.status === 'open' ? 'reopened' : 'listedAgain', data: { ...d, resolvedMonth: s.resolvedMonth } });
        const carried = s?.status === 'resolved' && p.status === 'resolved';
        seen.set(p.id, {
          status: p.status, month, raised: p.raised_on,
          resolvedMonth: p.status !== 'resolved' ? undefined : carried ? s.resolvedMonth : month,
          warned: carried, // a resolved problem carried on is warned about once
        });
      });
      if (prev) {
        const raw = (file.data ?? {}) as Record<string, unknown>;
        const at = raw.problems !== undefined ? ['problems'] : ['project'];
        const gone = new Set<string>();
        for (const p of prev.data.problems) {
          if (p.status !== 'open' || listed.has(p.id) || gone.has(p.id)) continue;
          gone.add(p.id);
          ctx.report({ file, path: at, onKey: true, messageId: 'vanished', data: { problem: `${project}/${p.id}`, id: p.id, month, lastOpen: prev.data.month } });
        }
      }
      prev = l;
    }
  }
}

function dates(ctx: RuleContext): void {
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
    // a ledger a year overdue is possible, a typo in the year likelier: a warning (the git time is the history's to judge)
    if (sub > addDays(end, 365)) ctx.report({ file, path: ['submitted_on'], severity: 'warning', messageId: 'dates.submittedYearLate', data: { month: l.month, submitted: sub } });
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
}
