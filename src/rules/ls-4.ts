// LS-4 (二(四)3): "项目业主对纳入项目清单的项目建立进度台账、问题台账……每月底前向区项目中心报送". The
// part `kzp validate` decides from the records: the problem ledger is continuous. Walking each
// project's ledgers month by month, a problem open in one ledger is carried into the next ledger
// of the project (a problem that disappears while open is an error); its raised_on does not
// change; resolved means a resolved_on, on or after raised_on, and open means none; a problem id
// is listed once per ledger and not raised after the ledger's month; a problem that comes back
// after the month it was resolved is a warning (a new problem needs a new id). Missing and late
// ledgers are operational overdue items (`kzp overdue`), not checked here.
import { monthEnd } from '../engine/dates.js';
import type { Rec } from '../model/index.js';
import type { Ledger } from '../schema/index.js';
import type { Rule } from './types.js';

interface Seen { status: 'open' | 'resolved'; month: string; raised: string; resolvedMonth?: string; warned: boolean }

export const ls4: Rule = {
  id: 'LS-4',
  severity: 'error',
  seed: '二(四)3',
  title: { zh: '问题台账按月连续报送', en: 'the monthly problem ledger is continuous' },
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
  },
  check(ctx) {
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
  },
};
