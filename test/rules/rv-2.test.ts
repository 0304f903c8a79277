import { describe, expect, it } from 'vitest';
import { edit, ruleTester, validateMemory, withFiles } from '../helpers.js';

const R = 'reviews/2021/2021-12-15-review.yaml';
const noTimingFunding = edit(R, (t) => t.replace('timing: pass, ', '').replace('funding: pass, ', ''));

ruleTester('RV-2', {
  valid: [
    { name: 'six verdicts, some of them negative', files: withFiles({
      'reviews/2022/2022-01-25-review.yaml': 'id: 2022-01-25-review\nkind: review\ndate: 2022-01-25\nconvener: drc-center\nparticipants: [finance-bureau, planning-bureau]\nitems:\n  - project: KZ-2022-001\n    aspects:\n      necessity: pass\n      feasibility: concern\n      timing: pass\n      scale: fail\n      funding: pass\n      spatial: pass\n    conclusion: deferred\n',
    }) },
  ],
  invalid: [
    { name: 'two aspects without a verdict', files: noTimingFunding,
      errors: [{ file: R, line: 8, column: 5, message: /2021-12-15-review.*KZ-2022-001.*timing \(建设时序\), funding \(资金来源\)/ }] },
    { name: 'an item without aspects at all', files: edit(R, (t) => t.replace(/    aspects: .*\n/, '')),
      errors: [{ file: R, line: 7, column: 5, message: /necessity \(必要性\).*spatial \(空间协同符合性\)/ }] },
    { name: 'one item of two is incomplete', files: withFiles({
      'reviews/2022/2022-01-25-review.yaml': 'id: 2022-01-25-review\nkind: review\ndate: 2022-01-25\nconvener: drc-center\nparticipants: [finance-bureau, planning-bureau]\nitems:\n  - project: KZ-2022-001\n    aspects: { necessity: pass, feasibility: pass, timing: pass, scale: pass, funding: pass, spatial: pass }\n    conclusion: approved\n  - project: KZ-2022-001\n    aspects: { necessity: pass, feasibility: pass, timing: pass, scale: pass, funding: pass }\n    conclusion: approved\n',
    }), errors: [{ file: 'reviews/2022/2022-01-25-review.yaml', line: 11, column: 5, message: /spatial \(空间协同符合性\)/ }] },
  ],
});

describe('RV-2 in Chinese', () => {
  it('names the missing aspects in Chinese', () => {
    const d = validateMemory(noTimingFunding, 'zh').find((x) => x.rule === 'RV-2');
    expect(d?.message).toMatch(/建设时序、资金来源/);
    expect(d?.message).not.toMatch(/必要性/);
  });
});
