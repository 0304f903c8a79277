import { edit, ruleTester } from '../helpers.js';

const R = 'reviews/2021/2021-12-15-review.yaml';
const R2 = 'reviews/2022/2022-01-20-review.yaml';

ruleTester('RV-3', {
  valid: [
    { name: 'fixed participants in another order, with others', files: edit(R, (t) => t.replace('participants: [finance-bureau, planning-bureau, transport-bureau]', 'participants: [transport-bureau, planning-bureau, kz-urban-invest, finance-bureau]')) },
  ],
  invalid: [
    { name: 'review without the finance bureau', files: edit(R, (t) => t.replace('participants: [finance-bureau, ', 'participants: [')),
      errors: [{ file: R, line: 5, column: 15, message: /review without the finance bureau \(开州区财政局\).*2021-12-15-review.*"finance-bureau"/ }] },
    { name: 'convened by the transport bureau', files: edit(R, (t) => t.replace('convener: drc-center', 'convener: transport-bureau')),
      errors: [{ file: R, line: 4, column: 11, message: /convened by "transport-bureau".*"drc-center"/ }] },
    { name: 'no participants: both fixed ones missing', files: edit(R2, (t) => t.replace('participants: [finance-bureau, planning-bureau]', 'participants: []')),
      errors: [
        { file: R2, line: 5, column: 15, message: /finance bureau/ },
        { file: R2, line: 5, column: 15, message: /planning & natural resources bureau \(开州区规划和自然资源局\)/ },
      ] },
  ],
});
