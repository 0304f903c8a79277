// AS-5 (二(九)5): "对督查过程中发现的问题建立专题台账,实行定向交办、限时办结、落实销号". The E
// part: each finding is assigned to a unit (assigned_to) with a due date (due) not before the
// inspection; a finding closed (closed_on) has its evidence and is closed no earlier than the
// inspection. Open past due is an operational overdue item (`kzp overdue`), not checked here.
import type { Rule } from './types.js';

export const as5: Rule = {
  id: 'AS-5',
  severity: 'error',
  seed: '二(九)5',
  title: { zh: '督查发现问题定向交办、限时办结、落实销号', en: 'findings are assigned, due, and closed with evidence' },
  messages: {
    unassigned: {
      zh: '督查发现问题 {finding} 没有交办单位(assigned_to),未做到定向交办',
      en: 'the finding {finding} is assigned to no unit (assigned_to): findings are assigned to a unit (定向交办)',
    },
    'unassigned.hint': {
      zh: '写明负责整改的单位 id,如 assigned_to: {target}',
      en: 'name the unit that must fix it, e.g. assigned_to: {target}',
    },
    noDue: {
      zh: '督查发现问题 {finding} 没有办结时限(due),未做到限时办结',
      en: 'the finding {finding} has no due date (due): findings are closed within a time limit (限时办结)',
    },
    'noDue.hint': {
      zh: '写明整改期限,如 due: YYYY-MM-DD(不早于督查日期 {date})',
      en: 'add the deadline, e.g. due: YYYY-MM-DD (not before the inspection date {date})',
    },
    dueBefore: {
      zh: '督查发现问题 {finding} 的办结时限 {due} 早于督查日期 {date}',
      en: 'the finding {finding} is due on {due}, before the inspection on {date}',
    },
    'dueBefore.hint': {
      zh: '办结时限应在督查之后,请核对 due 或督查日期 date',
      en: 'a finding falls due after the inspection that found it: check due, or the inspection date',
    },
    noEvidence: {
      zh: '督查发现问题 {finding} 已于 {closed} 销号,但没有记录整改佐证(evidence)',
      en: 'the finding {finding} was closed on {closed} without evidence (evidence)',
    },
    'noEvidence.hint': {
      zh: '落实销号须有依据:写明 evidence,如整改报告文号或核查记录;尚未整改到位的,删去 closed_on',
      en: 'a finding is closed on evidence (落实销号): add evidence, e.g. the rectification report and its document number; if it is not yet fixed, remove closed_on',
    },
    closedBefore: {
      zh: '督查发现问题 {finding} 的销号日期 {closed} 早于督查日期 {date}',
      en: 'the finding {finding} was closed on {closed}, before the inspection on {date} that found it',
    },
    'closedBefore.hint': {
      zh: '销号日期应不早于督查日期,请核对 closed_on',
      en: 'a finding is closed no earlier than the inspection that found it: check closed_on',
    },
  },
  check(ctx) {
    for (const { data: ins, file } of ctx.model.inspections) {
      ins.findings.forEach((f, i) => {
        const finding = `${ins.id}/${f.id}`;
        const base = { finding, date: ins.date, target: f.target };
        if (!f.assigned_to) ctx.report({ file, path: ['findings', i], messageId: 'unassigned', data: base });
        if (!f.due) ctx.report({ file, path: ['findings', i], messageId: 'noDue', data: base });
        else if (f.due < ins.date) ctx.report({ file, path: ['findings', i, 'due'], messageId: 'dueBefore', data: { ...base, due: f.due } });
        if (f.closed_on) {
          if (!f.evidence?.trim()) ctx.report({ file, path: ['findings', i, 'closed_on'], onKey: true, messageId: 'noEvidence', data: { ...base, closed: f.closed_on } });
          if (f.closed_on < ins.date) ctx.report({ file, path: ['findings', i, 'closed_on'], messageId: 'closedBefore', data: { ...base, closed: f.closed_on } });
        }
      });
    }
  },
};
