// RV-2 (二(二)2): each reviewed item states a verdict on all six aspects.
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, ruleTester } from './tester.js';
import { file, P, world } from './world.js';

const R = file.review('2021-12-15-review');
const noTimingFunding = world((w) => { const a = w.reviews['2021-12-15-review'].items[0].aspects; delete a.timing; delete a.funding; });
const six = { necessity: 'pass', feasibility: 'pass', timing: 'pass', scale: 'pass', funding: 'pass', spatial: 'pass' };

ruleTester('RV-2', {
  valid: [
    { name: 'six verdicts, some of them negative', files: world((w) => {
      w.reviews['2022-01-25-review'] = { id: '2022-01-25-review', kind: 'review', date: '2022-01-25', convener: 'drc-center', participants: ['finance-bureau', 'planning-bureau'],
        items: [{ project: P, aspects: { ...six, feasibility: 'concern', scale: 'fail' }, conclusion: 'deferred' }] };
    }) },
  ],
  invalid: [
    { name: 'two aspects without a verdict', files: noTimingFunding,
      errors: [{ file: R, path: 'items.0.aspects', messageId: 'missing', data: { keys: ['timing', 'funding'] }, message: /timing \(建设时序\), funding \(资金来源\)/ }] },
    { name: 'an item without aspects at all', files: world((w) => { delete w.reviews['2021-12-15-review'].items[0].aspects; }),
      errors: [{ file: R, path: 'items.0.aspects', messageId: 'missing', message: /necessity \(必要性\).*spatial \(空间协同符合性\)/ }] },
    { name: 'one item of two is incomplete', files: world((w) => {
      const { spatial: _s, ...five } = six;
      w.reviews['2022-01-25-review'] = { id: '2022-01-25-review', kind: 'review', date: '2022-01-25', convener: 'drc-center', participants: ['finance-bureau', 'planning-bureau'],
        items: [{ project: P, aspects: six, conclusion: 'approved' }, { project: P, aspects: five, conclusion: 'approved' }] };
    }), errors: [{ file: file.review('2022-01-25-review'), path: 'items.1.aspects', messageId: 'missing', data: { keys: ['spatial'] } }] },
  ],
});

describe('RV-2 in Chinese', () => {
  it('names the missing aspects in Chinese', () => {
    const d = diagnosticsOf(noTimingFunding, 'zh').find((x) => x.rule === 'RV-2');
    expect(d?.message).toMatch(/建设时序、资金来源/);
    expect(d?.message).not.toMatch(/必要性/);
  });
});
