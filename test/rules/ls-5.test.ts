// LS-5 (二(四)3): annual-plan projects have a countdown plan for the year (倒计时工作台账). The world's
// project is on the decided annual-2022 with a 2022 plan of C1 (due 01-31) and C2 (due 03-31); its
// January ledger reports C1 done.
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, ruleTester } from './tester.js';
import { file, world, type World } from './world.js';

const P = file.project();
/** no 2022 plan, and so no C1 done in January */
const noPlan = (w: World) => { delete w.project.countdown; delete w.ledger('2022-01').countdown; };

ruleTester('LS-5', {
  valid: [
    { name: 'a plan for a later year besides, with tasks inside that year', files: world((w) => { w.project.countdown['2023'] = [{ id: 'C1', task: '桥梁上部结构完工', due: '2023-06-30' }]; }) },
    { name: 'a project on a draft (undecided) annual list needs no plan', files: world((w) => { noPlan(w); delete w.lists['annual-2022'].decided_on; delete w.lists['annual-2022'].decision_ref; }) },
    { name: 'a project taken off the annual plan (removed_on) needs no plan', files: world((w) => { noPlan(w); w.lists['annual-2022'].projects[0].removed_on = '2022-01-15'; }) },
  ],
  invalid: [
    { name: 'no countdown at all: at the id key', files: world(noPlan),
      errors: [{ file: P, path: 'id', messageId: 'noPlan', message: /KZ-2022-001 is on the decided annual plan annual-2022 for 2022 but has no countdown plan for 2022/ }] },
    { name: 'a countdown without the year: at countdown', files: world((w) => { noPlan(w); w.project.countdown = { 2023: [{ id: 'C1', task: '桥梁上部结构完工', due: '2023-06-30' }] }; }),
      errors: [{ file: P, path: 'countdown', messageId: 'noPlan', message: /countdown\."2022"/ }] },
    { name: 'an empty plan for the year', files: world((w) => { noPlan(w); w.project.countdown = { 2022: [] }; }),
      errors: [{ file: P, path: 'countdown.2022', messageId: 'emptyPlan' }] },
    { name: 'a task id used twice in a year', files: world((w) => { w.project.countdown['2022'][1].id = 'C1'; }),
      errors: [{ file: P, path: 'countdown.2022.1.id', messageId: 'duplicateTask', data: { first: 1, index: 2 } }] },
    { name: 'a task due outside its year', files: world((w) => { w.project.countdown['2022'][1].due = '2023-01-15'; }),
      errors: [{ file: P, path: 'countdown.2022.1.due', messageId: 'dueOutside', message: /2022 countdown task C2 of KZ-2022-001 is due on 2023-01-15, outside 2022/ }] },
    { name: 'the same id in two years is fine, but a due date before the year is not', files: world((w) => { w.project.countdown['2023'] = [{ id: 'C1', task: '桥梁上部结构完工', due: '2022-12-30' }]; }),
      errors: [{ file: P, path: 'countdown.2023.0.due', messageId: 'dueOutside', message: /2023 countdown task C1.*2022-12-30, outside 2023/ }] },
  ],
});

describe('LS-5 in Chinese', () => {
  it('names the annual plan and the year', () => {
    const [d] = diagnosticsOf(world(noPlan), 'zh').filter((x) => x.rule === 'LS-5');
    expect(d.message).toBe('项目 KZ-2022-001 已纳入 2022 年度建设计划(annual-2022),但没有 2022 年倒计时工作台账(countdown."2022")');
    expect(d.hint).toContain('countdown');
  });
});
