// AS-5 (二(九)5): findings are assigned (定向交办), due (限时办结) and closed on evidence (落实销号).
import { ruleTester } from './tester.js';
import { file, world, type Rec } from './world.js';

const INS = file.review('2022-q1-inspection');
// the world's inspection (2022-02-20): F1 due 03-31, closed 03-20 with evidence; F2 due 03-31, open
const finding = (id: 'F1' | 'F2', change: (f: Rec) => void) =>
  world((w) => change(w.reviews['2022-q1-inspection'].findings.find((f: Rec) => f.id === id)));

ruleTester('AS-5', {
  valid: [
    { name: 'a finding closed after its due date, with evidence (done late is not an error)', files: finding('F2', (f) => { f.closed_on = '2022-04-06'; f.evidence = '专班调整备案表'; }) },
    { name: 'a finding closed on the inspection day', files: finding('F1', (f) => { f.closed_on = '2022-02-20'; }) },
  ],
  invalid: [
    { name: 'a finding assigned to no unit', files: finding('F2', (f) => { delete f.assigned_to; }),
      errors: [{ file: INS, path: 'findings.1', messageId: 'unassigned', message: /2022-q1-inspection\/F2 is assigned to no unit.*assigned_to: kz-urban-invest/ }] },
    { name: 'a finding without a due date', files: finding('F2', (f) => { delete f.due; }),
      errors: [{ file: INS, path: 'findings.1', messageId: 'noDue', message: /2022-q1-inspection\/F2 has no due date.*2022-02-20/ }] },
    { name: 'neither assigned nor due: two errors at the finding', files: finding('F2', (f) => { delete f.due; delete f.assigned_to; }),
      errors: [{ file: INS, path: 'findings.1', messageId: 'unassigned' }, { file: INS, path: 'findings.1', messageId: 'noDue' }] },
    { name: 'closed without evidence (at the closed_on key)', files: finding('F1', (f) => { delete f.evidence; }),
      errors: [{ file: INS, path: 'findings.0.closed_on', key: true, messageId: 'noEvidence', data: { closed: '2022-03-20' } }] },
    { name: 'closed before the inspection', files: finding('F1', (f) => { f.closed_on = '2022-02-10'; }),
      errors: [{ file: INS, path: 'findings.0.closed_on', messageId: 'closedBefore', data: { closed: '2022-02-10' } }] },
    { name: 'due before the inspection', files: finding('F2', (f) => { f.due = '2022-02-01'; }),
      errors: [{ file: INS, path: 'findings.1.due', messageId: 'dueBefore', data: { due: '2022-02-01' } }] },
  ],
});
