// RV-1 (二(二)1): a decision follows a joint review that approved the project. The world's project
// was decided on 2021-12-20 after the review 2021-12-15-review approved it.
import { ruleTester } from './tester.js';
import { file, P, world, type World } from './world.js';

const PF = file.project();
const six = { necessity: 'pass', feasibility: 'pass', timing: 'pass', scale: 'pass', funding: 'pass', spatial: 'pass' };
const review = (w: World, id: string, conclusion: string) => {
  w.reviews[id] = { id, kind: 'review', date: id.slice(0, 10), convener: 'drc-center', participants: ['finance-bureau', 'planning-bureau'], items: [{ project: P, aspects: six, conclusion }] };
};

ruleTester('RV-1', {
  valid: [
    { name: 'a conditional approval covers the decision', files: world((w) => { w.reviews['2021-12-15-review'].items[0].conclusion = 'conditional'; }) },
    { name: 'the review on the very day of the decision', files: world((w) => { w.project.decision.date = '2021-12-15'; }) },
    { name: 'a later rejection does not undo a decision already taken', files: world((w) => review(w, '2022-01-25-review', 'rejected')) },
  ],
  invalid: [
    { name: 'no review at all', files: world((w) => { delete w.reviews['2021-12-15-review']; }),
      errors: [{ file: PF, path: 'decision.date', messageId: 'none', message: /decision before its review.*KZ-2022-001.*2021-12-20/ }] },
    { name: 'the review is after the decision', files: world((w) => { w.project.decision.date = '2021-12-10'; }),
      errors: [{ file: PF, path: 'decision.date', messageId: 'later', data: { review: '2021-12-15-review', reviewDate: '2021-12-15' } }] },
    { name: 'the review rejected the project', files: world((w) => { w.reviews['2021-12-15-review'].items[0].conclusion = 'rejected'; }),
      errors: [{ file: PF, path: 'decision.date', messageId: 'notApproved', data: { review: '2021-12-15-review', conclusion: 'rejected' } }] },
    { name: 'the latest review before the decision deferred it', files: world((w) => review(w, '2021-12-18-review', 'deferred')),
      errors: [{ file: PF, path: 'decision.date', messageId: 'notApproved', data: { review: '2021-12-18-review', conclusion: 'deferred' } }] },
    { name: 'a review of another project does not count', files: world((w) => { w.reviews['2021-12-15-review'].items = []; }),
      errors: [{ file: PF, path: 'decision.date', messageId: 'none', message: /no joint review has examined it/ }] },
  ],
});
