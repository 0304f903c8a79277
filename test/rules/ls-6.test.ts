// LS-6 (二(四)4): a project on no decided rolling or annual list is not built and gets no government
// funds. The world's project is on rolling-2022-2024 and annual-2022, both decided 2021-12-28,
// and under construction in its 2022-01 and 2022-02 ledgers.
import { ruleTester } from './tester.js';
import { file, world, type Rec } from './world.js';

const P = file.project();
const applications = (...rows: Rec[]) => world((w) => { w.project.applications = rows; });

/** A second project, off every list, that other rules find clean (no construction, self-raised). */
const newProject = (change: Rec = {}): Rec => ({
  id: 'KZ-2022-002', name: '汉丰湖南岸绿道工程', sector: 'transport', nature: 'operating', stage: 'preliminary',
  owner: 'kz-urban-invest', lead_unit: 'transport-bureau', lead_leader: 'zhang-wei', liaison: 'chen-jie', location: 'hanfeng-street',
  total_investment: 800, funding: [{ source: 'self-raised', amount: 800 }], ...change,
});

ruleTester('LS-6', {
  valid: [
    { name: 'a project off the lists in preliminary work with its own funds', files: world((w) => { w.projects['KZ-2022-002'] = newProject(); }) },
    { name: 'a project on the reserve list only is not under construction nor government-funded', files: world((w) => {
      w.projects['KZ-2022-002'] = newProject({ stage: 'reserve', task_force: { filed_on: '2022-01-20', members: [{ person: 'chen-jie', duty: '专班负责人' }] } });
      w.lists['reserve-2021-2025'] = { id: 'reserve-2021-2025', kind: 'reserve', period: '2021-2025', projects: [{ project: 'KZ-2022-002' }] };
    }) },
    { name: 'government funds in a year the rolling list covers; self-raised funds in any year', files: applications(
      { channel: 'central-budget', year: 2023, requested: 3000, status: 'pending' }, { channel: 'self-raised', year: 2026, requested: 500, status: 'approved', approved: 500 }) },
    { name: 'lists decided on the last day of the first month', files: world((w) => { w.lists['rolling-2022-2024'].decided_on = '2022-01-31'; w.lists['annual-2022'].decided_on = '2022-01-31'; }) },
    { name: 'construction in a month before since is not checked', files: world((w) => {
      w.config.since = '2022-02'; w.lists['rolling-2022-2024'].decided_on = '2022-02-10'; w.lists['annual-2022'].decided_on = '2022-02-10';
    }) },
  ],
  invalid: [
    { name: 'under construction before the rolling list is decided, the annual list a draft', files: world((w) => {
      w.lists['rolling-2022-2024'].decided_on = '2022-02-10'; delete w.lists['annual-2022'].decided_on; delete w.lists['annual-2022'].decision_ref;
    }), errors: [{ file: file.ledger('2022-01'), path: 'progress.stage', messageId: 'construction', data: { month: '2022-01' },
      message: /annual-2022 is an undecided draft; the list rolling-2022-2024 was decided only on 2022-02-10/ }] },
    { name: 'under construction after being removed from both lists', files: world((w) => {
      w.lists['rolling-2022-2024'].projects[0].removed_on = '2022-02-01'; w.lists['annual-2022'].projects[0].removed_on = '2022-02-01';
    }), errors: [
      { file: file.ledger('2022-02'), path: 'progress.stage', messageId: 'construction', message: /removed from annual-2022 on 2022-02-01.*removed from rolling-2022-2024 on 2022-02-01/ },
      // and the record itself, which is on no list any more
      { file: P, path: 'stage', messageId: 'recordStage' },
      { file: P, path: 'funding.0.source', messageId: 'recordFunds', data: { channel: 'special-bond' } },
      { file: P, path: 'funding.1.source', messageId: 'recordFunds', data: { channel: 'district-fiscal' } },
    ] },
    { name: 'a new project file under construction, on no list, with no ledger yet', files: world((w) => { w.projects['KZ-2022-002'] = newProject({ stage: 'construction' }); }),
      errors: [{ file: file.project('KZ-2022-002'), path: 'stage', messageId: 'recordStage', message: /KZ-2022-002 has stage: construction, but it is on no decided rolling or annual list: it is on no rolling or annual list/ }] },
    { name: 'a new project with special bonds, only on a draft annual list', files: world((w) => {
      w.projects['KZ-2022-002'] = newProject({ funding: [{ source: 'self-raised', amount: 300 }, { source: 'special-bond', amount: 500 }] });
      w.lists['annual-2023'] = { id: 'annual-2023', kind: 'annual', period: '2023', projects: [{ project: 'KZ-2022-002', planned_investment: 100, target: '完成前期' }] };
    }), errors: [{ file: file.project('KZ-2022-002'), path: 'funding.1.source', messageId: 'recordFunds', data: { channel: 'special-bond' }, message: /annual-2023 is an undecided draft/ }] },
    { name: 'special bonds applied for in a year no list covers', files: applications({ channel: 'special-bond', year: 2025, requested: 3000, status: 'pending' }),
      errors: [{ file: P, path: 'applications.0.channel', messageId: 'funds', data: { year: 2025, channel: 'special-bond' }, message: /no rolling or annual list covering 2025/ }] },
    { name: 'added to the lists only after the month', files: world((w) => {
      w.lists['rolling-2022-2024'].projects[0].added_on = '2022-02-15'; w.lists['annual-2022'].projects[0].added_on = '2022-02-15';
    }), errors: [{ file: file.ledger('2022-01'), path: 'progress.stage', messageId: 'construction', message: /added to annual-2022 only on 2022-02-15/ }] },
  ],
});
