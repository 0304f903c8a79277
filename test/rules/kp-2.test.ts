// KP-2: money is 万元, ≥ 0, ≤ 2 decimals — enforced by the schema, reported as KP-2; and the
// warnings of implausible amounts (beyond the total investment, a month beyond the year's plan).
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();
const L = file.ledger('2022-01');

ruleTester('KP-2', {
  valid: [
    { name: 'two decimals', files: world((w) => { w.project.funding[0].amount = 5999.99; w.project.funding[1].amount = 6800.01; }) },
    { name: 'zero invested in a month', files: world((w) => { w.ledger('2022-01').progress.invested = 0; }) },
    { name: 'the ledgers add up to exactly the total investment', files: world((w) => { w.project.total_investment = 750; }) },
    { name: 'a month invests the whole year\'s plan', files: world((w) => { w.ledger('2022-02').progress.invested = 6000; }) },

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
    { name: 'the ledgers add up to more than the total investment (warning, at the month it crossed)', files: world((w) => { w.project.total_investment = 700; w.project.funding = [{ source: 'district-fiscal', amount: 700 }]; }),
      errors: [{ file: file.ledger('2022-02'), path: 'progress.invested', messageId: 'beyondTotal', severity: 'warning', data: { month: '2022-02', sum: 750, total: 700 } }] },
    { name: 'one month beyond the year\'s planned investment: a cumulative figure or 元 typed (warning)', files: world((w) => { w.project.total_investment = 99999; w.project.funding = [{ source: 'district-fiscal', amount: 99999 }]; w.ledger('2022-01').progress.invested = 6000.5; }),
      errors: [{ file: L, path: 'progress.invested', messageId: 'beyondPlan', severity: 'warning', message: /6000\.5.*6000/ }] },
  ],
});
