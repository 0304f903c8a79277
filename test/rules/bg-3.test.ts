import { describe, expect, it } from 'vitest';
import { edit, ruleTester, validateMemory } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
const noFunding = edit(P, (t) => t.replace(/funding:\n(  - .*\n)+/, ''));

ruleTester('BG-3', {
  valid: [
    { name: 'funding above the total is no gap', files: edit(P, (t) => t.replace('amount: 6800', 'amount: 7000')) },
    { name: 'decimals that add up exactly', files: edit(P, (t) => t.replace('total_investment: 12800', 'total_investment: 12800.3').replace('amount: 6000', 'amount: 6000.1').replace('amount: 6800', 'amount: 6800.2')) },
  ],
  invalid: [
    { name: 'a gap of 800 万元', files: edit(P, (t) => t.replace('amount: 6800', 'amount: 6000')),
      errors: [{ file: P, line: 19, column: 1, severity: 'warning', message: /KZ-2022-001.*12000 万元.*12800 万元.*gap of 800 万元/ }] },
    { name: 'a gap with decimals', files: edit(P, (t) => t.replace('total_investment: 12800', 'total_investment: 12800.55').replace('amount: 6000', 'amount: 6000.2')),
      errors: [{ file: P, line: 19, column: 1, severity: 'warning', message: /gap of 0\.35 万元/ }] },
    { name: 'no funding on a decided list', files: noFunding,
      errors: [{ file: P, line: 11, column: 19, severity: 'warning', message: /decided list annual-2022.*12800 万元/ }] },
  ],
});

describe('BG-3 in Chinese', () => {
  it('states the gap in 万元', () => {
    const d = validateMemory(edit(P, (t) => t.replace('amount: 6800', 'amount: 6000')), 'zh').find((x) => x.rule === 'BG-3');
    expect(d?.message).toBe('项目 KZ-2022-001 资金来源合计 12000 万元,总投资 12800 万元,资金缺口 800 万元');
  });
});
