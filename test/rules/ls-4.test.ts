// LS-4 (二(四)3): the problem ledger is continuous from month to month, and a ledger's dates agree
// with its submission and with `since`. The world: P1 (land) raised 2022-01-10, open in the
// 2022-01 and 2022-02 ledgers; P2 (funding) raised and resolved in 2022-02 (02-10 → 02-24).
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, findingsOf, ruleTester } from './tester.js';
import { file, P, world, type Rec, type World } from './world.js';

const JAN = file.ledger('2022-01');
const FEB = file.ledger('2022-02');
const MAR = file.ledger('2022-03');
const APR = file.ledger('2022-04');
const p1 = (extra: Rec = {}): Rec => ({ id: 'P1', title: '环湖路K2段征地拆迁未完成', category: 'land', raised_on: '2022-01-10', due: '2022-03-31', status: 'open', ...extra });
const p2 = (extra: Rec = {}): Rec => ({ id: 'P2', title: '专项债资金到位滞后', category: 'funding', raised_on: '2022-02-10', status: 'resolved', resolved_on: '2022-02-24', ...extra });
const p3 = (extra: Rec = {}): Rec => ({ id: 'P3', title: '施工便道占用农田引发群众阻工', category: 'construction-environment', raised_on: '2022-03-05', status: 'open', ...extra });

/** A ledger of KZ-2022-001 for a month after February, with these problems (none: no problems key). */
const ledger = (w: World, month: string, problems?: Rec[]) => {
  w.ledgers[`${month}/${P}`] = { project: P, month, reporter: 'chen-jie', submitted_on: `${month}-26`,
    progress: { invested: 500, stage: 'construction', physical: '路基工程完成35%' }, ...(problems ? { problems } : {}) };
};
const feb = (change: (problems: Rec[], l: Rec) => void) => world((w) => change(w.ledger('2022-02').problems, w.ledger('2022-02')));

ruleTester('LS-4', {
  valid: [
    { name: 'a ledger submitted a year after its month ended, to the day', files: world((w) => { w.ledger('2022-01').submitted_on = '2023-01-31'; }) },
    { name: 'P1 resolved in March; P2, resolved in February, is no longer listed', files: world((w) => ledger(w, '2022-03', [p1({ status: 'resolved', resolved_on: '2022-03-20' })])) },
    { name: 'a new problem takes a new id', files: world((w) => ledger(w, '2022-03', [p1(), p3()])) },
    { name: 'a month without a ledger: the next ledger carries the open problem', files: world((w) => ledger(w, '2022-04', [p1()])) },
    { name: 'a problem resolved on the day it was raised', files: feb((ps) => { ps[1].resolved_on = '2022-02-10'; }) },
    { name: 'a task done on the day the ledger was submitted', files: world((w) => { w.ledger('2022-01').countdown[0].done_on = '2022-01-27'; }) },
    { name: 'a ledger submitted late, with events up to its month end', files: feb((ps, l) => { l.submitted_on = '2022-03-09'; ps[1].resolved_on = '2022-02-28'; }) },
    { name: 'a ledger without submitted_on (git decides, HI-1)', files: world((w) => { delete w.ledger('2022-01').submitted_on; w.ledger('2022-01').countdown[0].done_on = '2022-01-31'; }) },
  ],
  invalid: [
    { name: 'submitted_on more than a year after its month: a typo in the year (warning)', files: world((w) => { w.ledger('2022-02').submitted_on = '2032-02-25'; }),
      errors: [{ file: FEB, path: 'submitted_on', messageId: 'dates.submittedYearLate', severity: 'warning', data: { month: '2022-02', submitted: '2032-02-25' } }] },
    { name: 'submitted a year and a day after its month ended (warning)', files: world((w) => { w.ledger('2022-01').submitted_on = '2023-02-01'; }),
      errors: [{ file: JAN, path: 'submitted_on', messageId: 'dates.submittedYearLate', severity: 'warning' }] },
    { name: 'an open problem vanishes: at the later ledger\'s problems key', files: feb((ps) => { ps.splice(0, 1); }),
      errors: [{ file: FEB, path: 'problems', messageId: 'vanished', data: { problem: 'KZ-2022-001/P1', lastOpen: '2022-01', month: '2022-02' }, message: /list P1 here/ }] },
    { name: 'a ledger with no problems key at all: at its project key', files: feb((_, l) => { delete l.problems; }),
      errors: [{ file: FEB, path: 'project', messageId: 'vanished', data: { problem: 'KZ-2022-001/P1' } }] },
    { name: 'vanishing across a month without a ledger', files: world((w) => ledger(w, '2022-04', [p3()])),
      errors: [{ file: APR, path: 'problems', messageId: 'vanished', data: { lastOpen: '2022-02', month: '2022-04' } }] },
    { name: 'raised_on changes between months', files: feb((ps) => { ps[0].raised_on = '2022-01-11'; }),
      errors: [{ file: FEB, path: 'problems.0.raised_on', messageId: 'raisedChanged', data: { before: '2022-01-10', after: '2022-01-11', month0: '2022-01' } }] },
    { name: 'resolved without resolved_on: at the status key', files: feb((ps) => { delete ps[1].resolved_on; }),
      errors: [{ file: FEB, path: 'problems.1.status', key: true, messageId: 'noResolvedOn', data: { problem: 'KZ-2022-001/P2' } }] },
    { name: 'resolved before it was raised', files: feb((ps) => { ps[1].resolved_on = '2022-02-05'; }),
      errors: [{ file: FEB, path: 'problems.1.resolved_on', messageId: 'resolvedBeforeRaised', data: { resolved: '2022-02-05', raised: '2022-02-10' } }] },
    { name: 'open with a resolved_on', files: feb((ps) => { ps[0].resolved_on = '2022-02-20'; }),
      errors: [{ file: FEB, path: 'problems.0.resolved_on', messageId: 'openWithResolvedOn', data: { resolved: '2022-02-20' } }] },
    { name: 'a resolved problem reopened under its old id (warning)', files: world((w) => ledger(w, '2022-03', [p1(), p2({ status: 'open', resolved_on: undefined })])),
      errors: [{ file: MAR, path: 'problems.1.id', messageId: 'reopened', severity: 'warning', message: /new id/ }] },
    { name: 'a resolved problem listed again in later months (one warning)', files: world((w) => { ledger(w, '2022-03', [p1(), p2()]); ledger(w, '2022-04', [p1(), p2()]); }),
      errors: [{ file: MAR, path: 'problems.1.id', messageId: 'listedAgain', severity: 'warning', data: { resolvedMonth: '2022-02', month: '2022-03' } }] },
    { name: 'a problem id twice in one ledger', files: feb((ps) => { ps.push(p2()); }),
      errors: [{ file: FEB, path: 'problems.2.id', messageId: 'duplicate', data: { id: 'P2', first: 2, index: 3 } }] },
    { name: 'raised after the end of the ledger\'s month', files: feb((ps) => { ps.push(p3()); }),
      errors: [{ file: FEB, path: 'problems.2.raised_on', messageId: 'raisedAfterMonth', data: { raised: '2022-03-05', end: '2022-02-28' } }] },
    { name: 'submitted before its month began', files: feb((_, l) => { l.submitted_on = '2022-01-31'; }),
      errors: [{ file: FEB, path: 'month', messageId: 'dates.submittedBeforeMonth', data: { submitted: '2022-01-31' } }] },
    { name: 'a ledger for 2099 submitted in 2022', files: world((w) => {
      w.ledgers[`2099-01/${P}`] = { project: P, month: '2099-01', submitted_on: '2022-02-25', progress: { invested: 0 }, problems: [p1()] };
    }), errors: [{ file: file.ledger('2099-01'), path: 'month', messageId: 'dates.submittedBeforeMonth' }] },
    { name: 'a task done after the ledger was submitted (01-27)', files: world((w) => { w.ledger('2022-01').countdown[0].done_on = '2022-01-28'; }),
      errors: [{ file: JAN, path: 'countdown.0.done_on', messageId: 'dates.afterSubmitted', data: { field: 'countdown[1].done_on (C1)', date: '2022-01-28', submitted: '2022-01-27' } }] },
    { name: 'a problem resolved after the ledger was submitted (02-25)', files: feb((ps) => { ps[1].resolved_on = '2022-02-26'; }),
      errors: [{ file: FEB, path: 'problems.1.resolved_on', messageId: 'dates.afterSubmitted', data: { field: 'problems[2].resolved_on (P2)' } }] },
    { name: 'a problem raised after submission, within the month', files: feb((ps) => { ps[1] = p2({ raised_on: '2022-02-26', status: 'open', resolved_on: undefined }); }),
      errors: [{ file: FEB, path: 'problems.1.raised_on', messageId: 'dates.afterSubmitted', data: { date: '2022-02-26' } }] },
    { name: 'a ledger before since: a warning', files: world((w) => { w.config.since = '2022-02'; }),
      errors: [{ file: JAN, path: 'month', messageId: 'dates.beforeSince', severity: 'warning', data: { month: '2022-01', since: '2022-02' } }] },
  ],
});

describe('LS-4 beyond the table', () => {
  it('reports every vanished problem by name, in Chinese too', () => {
    const files = world((w) => { w.ledger('2022-02').problems.push(p3({ id: 'P4', raised_on: '2022-02-11' })); ledger(w, '2022-03', [p3()]); });
    expect(findingsOf('LS-4', files).map((f) => [f.file.path, f.messageId, f.data?.problem])).toEqual([
      [MAR, 'vanished', 'KZ-2022-001/P1'],
      [MAR, 'vanished', 'KZ-2022-001/P4'],
    ]);
    const ds = diagnosticsOf(files, 'zh').filter((d) => d.rule === 'LS-4');
    expect(ds.map((d) => d.message)).toEqual([
      '问题 KZ-2022-001/P1 在 2022-02 的问题台账中仍未解决,但 2022-03 的问题台账中没有列出',
      '问题 KZ-2022-001/P4 在 2022-02 的问题台账中仍未解决,但 2022-03 的问题台账中没有列出',
    ]);
    expect(ds[0].hint).toContain('status: open');
  });
  it('the first ledger of a project has nothing to carry over', () => {
    expect(findingsOf('LS-4', world((w) => { delete w.ledgers[`2022-01/${P}`]; }))).toEqual([]);
  });
});
