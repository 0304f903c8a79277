// BG-3 (二(三)2): funding covers the total investment; no implicit debt (that one is the schema's).
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();
// the world's project: total 12800 = special-bond 6000 + district-fiscal 6800

ruleTester('BG-3', {
  valid: [
    { name: 'funding above the total is no gap', files: world((w) => { w.project.funding[1].amount = 7000; }) },
    { name: 'decimals that add up exactly', files: world((w) => { w.project.total_investment = 12800.3; w.project.funding[0].amount = 6000.1; w.project.funding[1].amount = 6800.2; }) },
  ],
  invalid: [
    { name: 'a gap of 800 万元', files: world((w) => { w.project.funding[1].amount = 6000; }),
      errors: [{ file: P, path: 'funding', messageId: 'gap', severity: 'warning', data: { funded: '12000', total: '12800', gap: '800' } }] },
    { name: 'a gap with decimals', files: world((w) => { w.project.total_investment = 12800.55; w.project.funding[0].amount = 6000.2; }),
      errors: [{ file: P, path: 'funding', messageId: 'gap', severity: 'warning', data: { gap: '0.35' } }] },
    { name: 'no funding on a decided list', files: world((w) => { delete w.project.funding; }),
      errors: [{ file: P, path: 'total_investment', messageId: 'none', severity: 'warning', data: { list: 'annual-2022', total: '12800' } }] },
  ],
});

describe('BG-3 in Chinese', () => {
  it('states the gap in 万元', () => {
    const d = diagnosticsOf(world((w) => { w.project.funding[1].amount = 6000; }), 'zh').find((x) => x.rule === 'BG-3');
    expect(d?.message).toBe('项目 KZ-2022-001 资金来源合计 12000 万元,总投资 12800 万元,资金缺口 800 万元');
  });
});
