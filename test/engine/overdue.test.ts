import { describe, expect, it } from 'vitest';
import { overdue } from '../../src/engine/index.js';
import { countdownTasks } from '../../src/engine/overdue.js';
import { base, edit, withFiles } from '../helpers.js';
import { gitHistory, snap } from './helpers.js';

const L = (m: string) => `ledgers/${m}/KZ-2022-001.yaml`;
const ledger = (month: string, submitted: string, extra = '') => `project: KZ-2022-001
month: ${month}
reporter: chen-jie
submitted_on: ${submitted}
progress: { invested: 100, stage: construction }
${extra}problems:
  - { id: P1, title: 环湖路K2段征地拆迁未完成, category: land, raised_on: 2022-01-10, due: 2022-03-31, status: open }
`;

describe('overdue: ledgers (LS-4)', () => {
  it('a month without a ledger is missing from the first day after it', () => {
    const items = overdue(snap(base(), '2022-04-05'), { kind: 'ledger-missing' });
    expect(items).toMatchObject([{ kind: 'ledger-missing', rule: 'LS-4', due: '2022-03-31', daysOverdue: 5, project: 'KZ-2022-001', unit: 'kz-urban-invest', ref: '2022-03' }]);
    expect(overdue(snap(base(), '2022-03-31'), { kind: 'ledger-missing' })).toEqual([]);
    expect(overdue(snap(base(), '2022-04-01'), { kind: 'ledger-missing' })).toMatchObject([{ daysOverdue: 1 }]);
  });
  it('a ledger declared after month end is late by the days it came after', () => {
    const files = withFiles({ [L('2022-03')]: ledger('2022-03', '2022-04-03') });
    expect(overdue(snap(files, '2022-04-02'), { kind: 'ledger-missing' })).toMatchObject([{ ref: '2022-03', daysOverdue: 2 }]);
    const after = overdue(snap(files, '2022-04-05'));
    expect(after.filter((i) => i.kind === 'ledger-missing')).toEqual([]);
    expect(after.filter((i) => i.kind === 'ledger-late')).toMatchObject([{ due: '2022-03-31', daysOverdue: 3, ref: '2022-03' }]);
  });
  it('git decides the submission time in the workspace zone (HI-1): 23:30+08:00 on time, 16:10Z late by one day', () => {
    const files = withFiles({ [L('2022-03')]: ledger('2022-03', '2022-03-28') });
    const onTime = gitHistory({ [L('2022-01')]: { added: '2022-01-27T10:00:00+08:00' }, [L('2022-02')]: { added: '2022-02-25T10:00:00+08:00' }, [L('2022-03')]: { added: '2022-03-31T23:30:00+08:00' } });
    expect(overdue(snap(files, '2022-04-05', onTime), { kind: 'ledger-late' })).toEqual([]);
    const late = gitHistory({ [L('2022-01')]: { added: '2022-01-27T10:00:00+08:00' }, [L('2022-02')]: { added: '2022-02-25T10:00:00+08:00' }, [L('2022-03')]: { added: '2022-03-31T16:10:00Z' } });
    expect(overdue(snap(files, '2022-04-05', late), { kind: 'ledger-late' })).toMatchObject([{ ref: '2022-03', daysOverdue: 1 }]);
    // five minutes late is one day; 49 hours late is three
    const five = gitHistory({ [L('2022-03')]: { added: '2022-04-01T00:05:00+08:00' } });
    expect(overdue(snap(files, '2022-04-05', five), { kind: 'ledger-late' })).toMatchObject([{ daysOverdue: 1 }]);
    const fortyNine = gitHistory({ [L('2022-03')]: { added: '2022-04-03T01:00:00+08:00' } });
    expect(overdue(snap(files, '2022-04-05', fortyNine), { kind: 'ledger-late' })).toMatchObject([{ daysOverdue: 3 }]);
  });
  it('grace_days moves the due time, not the reported due date', () => {
    const files = edit('kzp.yaml', (t) => t + 'ledger: { grace_days: 3 }\n');
    expect(overdue(snap(files, '2022-04-03'), { kind: 'ledger-missing' })).toEqual([]);
    expect(overdue(snap(files, '2022-04-04'), { kind: 'ledger-missing' })).toMatchObject([{ due: '2022-03-31', daysOverdue: 4 }]);
  });
  it('nothing is owed before since', () => {
    const files = edit('kzp.yaml', (t) => t.replace('since: 2022-01', 'since: 2022-04'));
    expect(overdue(snap(files, '2022-04-05'), { kind: 'ledger-missing' })).toEqual([]);
  });
});

describe('overdue: countdown, problems, findings', () => {
  it('LS-5: a task not reported done by its due date; a task done late is not overdue', () => {
    expect(overdue(snap(base(), '2022-04-05'), { kind: 'countdown' })).toMatchObject([{ rule: 'LS-5', due: '2022-03-31', daysOverdue: 5, ref: 'C2', project: 'KZ-2022-001' }]);
    const done = withFiles({ [L('2022-04')]: ledger('2022-04', '2022-04-28', 'countdown:\n  - { task: C2, done_on: 2022-04-02 }\n') });
    expect(overdue(snap(done, '2022-05-05'), { kind: 'countdown' })).toEqual([]);
    // but on the day before it was reported, it was overdue
    expect(overdue(snap(done, '2022-04-01'), { kind: 'countdown' })).toMatchObject([{ ref: 'C2', daysOverdue: 1 }]);
  });
  it('LS-5: a task is done by a ledger of its own year; the same id in another year\'s plan is not', () => {
    const files = withFiles({ [L('2022-04')]: ledger('2022-04', '2022-04-28', 'countdown:\n  - { task: C2, done_on: 2022-04-02 }\n') },
      edit('projects/KZ-2022-001.yaml', (t) => t + '  "2023":\n    - { id: C2, task: 竣工验收, due: 2023-03-31 }\n'));
    const s = snap(files, '2023-04-05');
    expect(countdownTasks(s, 'KZ-2022-001', '2022').find((t) => t.id === 'C2')).toMatchObject({ doneOn: '2022-04-02', month: '2022-04' });
    expect(countdownTasks(s, 'KZ-2022-001', '2023')).toEqual([{ id: 'C2', task: '竣工验收', due: '2023-03-31', doneOn: null, month: null }]);
  });
  it('DS-5: an open problem past its own due date', () => {
    expect(overdue(snap(base(), '2022-04-05'), { kind: 'problem' })).toMatchObject([{ rule: 'DS-5', due: '2022-03-31', daysOverdue: 5, ref: 'KZ-2022-001/P1', unit: 'kz-urban-invest' }]);
    expect(overdue(snap(base(), '2022-03-31'), { kind: 'problem' })).toEqual([]);
  });
  it('AS-5: an open finding past due; a closed one is not', () => {
    expect(overdue(snap(base(), '2022-04-05'), { kind: 'finding' })).toMatchObject([{ rule: 'AS-5', ref: '2022-q1-inspection/F2', unit: 'kz-urban-invest', daysOverdue: 5 }]);
  });
});

describe('overdue: cadences, lists, budget', () => {
  it('RV-4: each complete month without a joint review', () => {
    expect(overdue(snap(base(), '2022-04-05'), { kind: 'review-cadence' }).map((i) => [i.ref, i.due, i.daysOverdue, i.unit])).toEqual([
      ['2022-02', '2022-02-28', 36, 'drc-center'], ['2022-03', '2022-03-31', 5, 'drc-center'],
    ]);
  });
  it('DS-1: a lead leader without a dispatch of theirs in a month, with the person', () => {
    const items = overdue(snap(base(), '2022-03-01'), { kind: 'dispatch-cadence' });
    expect(items.map((i) => [i.ref, i.person, i.unit])).toEqual([['2022-01', 'zhang-wei', 'district-leadership'], ['2022-02', 'zhang-wei', 'district-leadership']]);
    const held = withFiles({ 'reviews/2022/2022-02-10-zhang-wei.yaml': 'id: 2022-02-10-zhang-wei\nkind: dispatch\ndate: 2022-02-10\nlevel: leader\nconvener: zhang-wei\nprojects: [KZ-2022-001]\n' });
    expect(overdue(snap(held, '2022-03-01'), { kind: 'dispatch-cadence' }).map((i) => i.ref)).toEqual(['2022-01']);
  });
  it('DS-1: a dispatch of projects the leader does not lead is not their monthly dispatch', () => {
    const other = 'id: KZ-2022-009\nname: 其他项目\nsector: transport\nnature: operating\nstage: preliminary\nowner: kz-urban-invest\nlead_unit: transport-bureau\nlead_leader: liu-yang\nliaison: chen-jie\nlocation: hanfeng-street\ntotal_investment: 500\n';
    const files = withFiles({
      'projects/KZ-2022-009.yaml': other,
      'reviews/2022/2022-02-10-zhang-wei.yaml': 'id: 2022-02-10-zhang-wei\nkind: dispatch\ndate: 2022-02-10\nlevel: leader\nconvener: zhang-wei\nprojects: [KZ-2022-009]\n',
    });
    expect(overdue(snap(files, '2022-03-01'), { kind: 'dispatch-cadence' }).map((i) => [i.ref, i.person])).toEqual([['2022-01', 'zhang-wei'], ['2022-02', 'zhang-wei']]);
  });
  it('DS-2 and AS-2: a complete quarter without a main dispatch or an inspection', () => {
    const s = snap(base(), '2022-07-05');
    expect(overdue(s, { kind: 'main-dispatch-cadence' })).toMatchObject([{ rule: 'DS-2', ref: '2022-Q2', due: '2022-06-30', daysOverdue: 5 }]);
    expect(overdue(s, { kind: 'inspection-cadence' })).toMatchObject([{ rule: 'AS-2', ref: '2022-Q2', unit: 'supervision-office' }]);
    expect(overdue(snap(base(), '2022-06-30'), { kind: 'inspection-cadence' })).toEqual([]);
  });
  it('LS-3: next year\'s annual and rolling lists not decided by 12-31', () => {
    const items = overdue(snap(base(), '2023-01-05'), { kind: 'list-decision' });
    expect(items.map((i) => [i.ref, i.due, i.daysOverdue])).toEqual([['annual-2023', '2022-12-31', 5], ['rolling-2023-2025', '2022-12-31', 5]]);
    const decided = withFiles({ 'lists/annual-2023.yaml': 'id: annual-2023\nkind: annual\nperiod: "2023"\ndecided_on: 2023-01-03\ndecision_ref: 开州委〔2023〕1号\nprojects: []\n' });
    expect(overdue(snap(decided, '2023-01-05'), { kind: 'list-decision' }).map((i) => i.ref)).toEqual(['rolling-2023-2025']);
    expect(overdue(snap(decided, '2023-01-02'), { kind: 'list-decision' }).map((i) => i.ref)).toEqual(['annual-2023', 'rolling-2023-2025']);
  });
  it('BG-2: an SOE project\'s budget steps past their dates', () => {
    expect(overdue(snap(base(), '2023-02-02'), { kind: 'budget-step' })).toMatchObject([{ rule: 'BG-2', ref: '2022/evaluated', due: '2023-01-31', daysOverdue: 2, project: 'KZ-2022-001', unit: 'kz-urban-invest' }]);
    const noMid = edit('projects/KZ-2022-001.yaml', (t) => t.replace(', midyear_on: 2022-07-15', ''));
    expect(overdue(snap(noMid, '2022-08-01'), { kind: 'budget-step' })).toMatchObject([{ ref: '2022/midyear', due: '2022-07-31', daysOverdue: 1 }]);
  });
  it('items are sorted by due date, then kind', () => {
    const items = overdue(snap(base(), '2022-07-05'));
    const keys = items.map((i) => `${i.due}|${i.kind}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(items.map((i) => i.kind)).size).toBeGreaterThanOrEqual(7);
  });
});
