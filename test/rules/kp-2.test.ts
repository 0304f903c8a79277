// KP-2: money is 万元, ≥ 0, ≤ 2 decimals — enforced by the schema, reported as KP-2.
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();
const L = file.ledger('2022-01');

ruleTester('KP-2', {
  valid: [
    { name: 'two decimals', files: world((w) => { w.project.funding[0].amount = 5999.99; w.project.funding[1].amount = 6800.01; }) },
    { name: 'zero invested in a month', files: world((w) => { w.ledger('2022-01').progress.invested = 0; }) },
  ],
  invalid: [
    { name: 'a thousands separator: "12,800"', files: world((w) => { w.project.total_investment = '12,800'; }),
      errors: [{ file: P, path: 'total_investment', message: /total_investment/ }] },
    { name: 'a negative amount', files: world((w) => { w.project.funding[0].amount = -6000; }),
      errors: [{ file: P, path: 'funding.0.amount', message: /funding\.0\.amount/ }] },
    { name: 'three decimals', files: world((w) => { w.ledger('2022-01').progress.invested = 300.125; }),
      errors: [{ file: L, path: 'progress.invested', message: /progress\.invested.*300\.125/ }] },
    { name: 'full-width digits', files: world((w) => { w.project.total_investment = '１２８００'; }),
      errors: [{ file: P, path: 'total_investment', message: /１２８００/ }] },
    { name: 'an amount with its unit', files: world((w) => { w.project.funding[1].amount = '6800万元'; }),
      errors: [{ file: P, path: 'funding.1.amount' }] },
  ],
});
