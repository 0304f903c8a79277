// RV-3 (二(二)3): the center convenes every joint review; the finance and planning bureaus attend.
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const R = file.review('2021-12-15-review');

ruleTester('RV-3', {
  valid: [
    { name: 'fixed participants in another order, with others', files: world((w) => { w.reviews['2021-12-15-review'].participants = ['transport-bureau', 'planning-bureau', 'kz-urban-invest', 'finance-bureau']; }) },
  ],
  invalid: [
    { name: 'review without the finance bureau', files: world((w) => { w.reviews['2021-12-15-review'].participants = ['planning-bureau', 'transport-bureau']; }),
      errors: [{ file: R, path: 'participants', messageId: 'participant', data: { unit: 'finance-bureau' }, message: /review without the finance bureau \(开州区财政局\)/ }] },
    { name: 'convened by the transport bureau', files: world((w) => { w.reviews['2021-12-15-review'].convener = 'transport-bureau'; }),
      errors: [{ file: R, path: 'convener', messageId: 'convener', data: { convener: 'transport-bureau', center: 'drc-center' } }] },
    { name: 'no participants: both fixed ones missing', files: world((w) => { w.reviews['2022-01-20-review'].participants = []; }),
      errors: [
        { file: file.review('2022-01-20-review'), path: 'participants', messageId: 'participant', data: { unit: 'finance-bureau' } },
        { file: file.review('2022-01-20-review'), path: 'participants', messageId: 'participant', data: { unit: 'planning-bureau' }, message: /planning & natural resources bureau \(开州区规划和自然资源局\)/ },
      ] },
  ],
});
