import { edit, ruleTester, withFiles } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
const R = 'reviews/2021/2021-12-15-review.yaml';

ruleTester('RV-1', {
  valid: [
    { name: 'a conditional approval covers the decision', files: edit(R, (t) => t.replace('conclusion: approved', 'conclusion: conditional')) },
    { name: 'the review on the very day of the decision', files: edit(P, (t) => t.replace('decision: { date: 2021-12-20', 'decision: { date: 2021-12-15')) },
    { name: 'a later rejection does not undo a decision already taken', files: withFiles({
      'reviews/2022/2022-01-25-review.yaml': 'id: 2022-01-25-review\nkind: review\ndate: 2022-01-25\nconvener: drc-center\nparticipants: [finance-bureau, planning-bureau]\nitems:\n  - project: KZ-2022-001\n    aspects: { necessity: pass, feasibility: pass, timing: pass, scale: fail, funding: pass, spatial: pass }\n    conclusion: rejected\n',
    }) },
  ],
  invalid: [
    { name: 'no review at all', files: withFiles({ [R]: null }),
      errors: [{ file: P, line: 22, column: 19, message: /decision before its review.*KZ-2022-001.*2021-12-20/ }] },
    { name: 'the review is after the decision', files: edit(P, (t) => t.replace('decision: { date: 2021-12-20', 'decision: { date: 2021-12-10')),
      errors: [{ file: P, line: 22, column: 19, message: /decision before its review.*2021-12-10.*2021-12-15-review.*2021-12-15/ }] },
    { name: 'the review rejected the project', files: edit(R, (t) => t.replace('conclusion: approved', 'conclusion: rejected')),
      errors: [{ file: P, line: 22, column: 19, message: /2021-12-15-review.*"rejected"/ }] },
    { name: 'the latest review before the decision deferred it', files: withFiles({
      'reviews/2021/2021-12-18-review.yaml': 'id: 2021-12-18-review\nkind: review\ndate: 2021-12-18\nconvener: drc-center\nparticipants: [finance-bureau, planning-bureau]\nitems:\n  - project: KZ-2022-001\n    aspects: { necessity: pass, feasibility: pass, timing: concern, scale: pass, funding: pass, spatial: pass }\n    conclusion: deferred\n',
    }), errors: [{ file: P, line: 22, column: 19, message: /2021-12-18-review.*"deferred"/ }] },
    { name: 'a review of another project does not count', files: withFiles({
      [R]: 'id: 2021-12-15-review\nkind: review\ndate: 2021-12-15\nconvener: drc-center\nparticipants: [finance-bureau, planning-bureau]\nitems: []\n',
    }), errors: [{ file: P, line: 22, column: 19, severity: 'error', message: /no joint review has examined it/ }] },
  ],
});
