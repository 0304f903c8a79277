// DS-7 (二(七)1-3): the convener of a dispatch fits its level and the problem. In the world P1 of
// KZ-2022-001 (land) is handled by the lead unit transport-bureau (L1), by liu-yang, the land
// leader (L2), and by zhao-shuji, a main leader (L3): each fits.
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, findingsOf, ruleTester } from './tester.js';
import { file, world, P } from './world.js';

const L1 = '2022-01-18-transport';
const L2 = '2022-02-16-liu-yang';
const L3 = '2022-02-28-main';
const at = (id: string) => ({ file: file.review(id), path: 'problems.0.problem' });

ruleTester('DS-7', {
  valid: [
    { name: 'the lead leader may take a land problem as well as the land leader', files: world((w) => { w.reviews[L2].convener = 'zhang-wei'; }) },
    { name: 'the center coordinates at L1 (then the lead unit too, for L3)', files: world((w) => {
      w.reviews['2022-01-19-center'] = { id: '2022-01-19-center', kind: 'dispatch', date: '2022-01-19', level: 'center', convener: 'drc-center', projects: [P], problems: [{ problem: `${P}/P1`, outcome: 'unresolved' }] };
    }) },
    { name: 'a dispatch that only names projects has no convener to check', files: world((w) => { w.reviews[L1].problems = []; w.reviews[L1].convener = 'hanfeng-street'; w.reviews[L2].problems = []; w.reviews[L3].problems = []; }) },
  ],
  invalid: [
    { name: 'a lead-unit dispatch by a unit that does not lead the project', files: world((w) => { w.reviews[L1].convener = 'hanfeng-street'; }),
      errors: [{ ...at(L1), messageId: 'misfit', data: { shouldBeIds: ['transport-bureau'] }, message: /convener 汉丰街道办事处\(hanfeng-street\).*开州区交通运输委员会\(transport-bureau\)/ }] },
    { name: 'a center dispatch by a unit that is not the center', files: world((w) => { w.reviews[L1].level = 'center'; w.reviews[L1].convener = 'drc'; }),
      errors: [{ ...at(L1), messageId: 'misfit', data: { shouldBeIds: ['drc-center'] } }] },
    { name: 'a leader dispatch by a leader who neither leads the project nor holds the domain', files: world((w) => {
      w.ledger('2022-01').problems[0].category = 'funding'; w.ledger('2022-02').problems[0].category = 'funding';
    }), errors: [{ ...at(L2), messageId: 'misfit', data: { shouldBeIds: ['zhang-wei'] }, message: /convener 刘洋\(liu-yang\)/ }] },
    { name: 'a main dispatch by a vice head', files: world((w) => { w.reviews[L3].convener = 'zhang-wei'; }),
      errors: [{ ...at(L3), messageId: 'misfit', data: { shouldBeIds: ['zhao-shuji'] } }] },
    { name: 'a main dispatch where nobody holds the main role', files: world((w) => { w.units['district-leadership'].people[0].leader_roles = ['lead']; }),
      errors: [{ ...at(L3), messageId: 'nobody' }] },
  ],
});

describe('DS-7 beyond the table', () => {
  it('names who should have convened it, in Chinese', () => {
    const ds = diagnosticsOf(world((w) => { w.reviews[L1].convener = 'hanfeng-street'; }), 'zh').filter((d) => d.rule === 'DS-7');
    expect(ds).toHaveLength(1);
    expect(ds[0].message).toContain('应由 开州区交通运输委员会(transport-bureau) 召集');
    expect(ds[0].message).toContain('不计为逐级调度的环节');
  });
  it('a misfit handling is no step: the L2 and L3 dispatches after it lose their L1 step (DS-4)', () => {
    const ds = diagnosticsOf(world((w) => { w.reviews[L1].convener = 'hanfeng-street'; })).filter((d) => d.rule === 'DS-4');
    expect(ds.map((d) => [d.file, d.severity])).toEqual([[file.review(L2), 'warning'], [file.review(L3), 'error']]);
  });
  it('leaves an unknown convener to REF', () => {
    const files = world((w) => { w.reviews[L1].convener = 'nobody-unit'; });
    expect(findingsOf('DS-7', files)).toEqual([]);
  });
});
