// KP-2: money is 万元, ≥ 0, ≤ 2 decimals — enforced by the schema, reported as KP-2.
import { edit, ruleTester } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
const L = 'ledgers/2022-01/KZ-2022-001.yaml';

ruleTester('KP-2', {
  valid: [
    { name: 'two decimals', files: edit(P, (t) => t.replace('amount: 6000 }', 'amount: 5999.99 }').replace('amount: 6800 }', 'amount: 6800.01 }')) },
    { name: 'zero invested in a month', files: edit(L, (t) => t.replace('invested: 300,', 'invested: 0,')) },
  ],
  invalid: [
    { name: 'a thousands separator: "12,800"', files: edit(P, (t) => t.replace('total_investment: 12800', 'total_investment: 12,800')), errors: [{ file: P, line: 11, column: 19, message: /total_investment/ }] },
    { name: 'a negative amount', files: edit(P, (t) => t.replace('amount: 6000 }', 'amount: -6000 }')), errors: [{ file: P, line: 20, column: 37, message: /funding\.0\.amount/ }] },
    { name: 'three decimals', files: edit(L, (t) => t.replace('invested: 300,', 'invested: 300.125,')), errors: [{ file: L, line: 5, column: 23, message: /progress\.invested.*300\.125/ }] },
    { name: 'full-width digits', files: edit(P, (t) => t.replace('total_investment: 12800', 'total_investment: １２８００')), errors: [{ file: P, line: 11, column: 19, message: /１２８００/ }] },
    { name: 'an amount with its unit', files: edit(P, (t) => t.replace('amount: 6800 }', 'amount: 6800万元 }')), errors: [{ file: P, line: 21, column: 40 }] },
  ],
});
