// AS-3 (二(九)3): methods, targets, and a reproducible random draw.
import { ruleTester } from './tester.js';
import { file, world, type Rec } from './world.js';

const INS = file.review('2022-q1-inspection');
// the world's inspection: methods [site-visit, document-check], targets [KZ-2022-001, kz-urban-invest]
const inspection = (change: (ins: Rec) => void) => world((w) => change(w.reviews['2022-q1-inspection']));
const sampled = (sampling: Rec, targets?: string[]) => inspection((ins) => { ins.sampling = sampling; if (targets) ins.targets = targets; });

ruleTester('AS-3', {
  valid: [
    { name: 'a random draw of 2 of 5 with its 2 targets', files: sampled({ seed: 20220220, population: 5, size: 2 }) },
    { name: 'a draw of the whole population', files: sampled({ seed: 7, population: 2, size: 2 }) },
    { name: 'the lead unit and the owner as targets (全覆盖 of the project\'s responsible units)', files: inspection((ins) => { ins.targets = ['transport-bureau', 'kz-urban-invest']; }) },
    { name: 'all four methods', files: inspection((ins) => { ins.methods = ['site-visit', 'document-check', 'briefing', 'self-report-check']; }) },
  ],
  invalid: [
    { name: 'an empty methods list', files: inspection((ins) => { ins.methods = []; }),
      errors: [{ file: INS, path: 'methods', messageId: 'noMethods', message: /2022-q1-inspection records no method.*site-visit/ }] },
    { name: 'no methods key: reported at the id', files: inspection((ins) => { delete ins.methods; }),
      errors: [{ file: INS, path: 'id', messageId: 'noMethods' }] },
    { name: 'no targets', files: inspection((ins) => { ins.targets = []; }),
      errors: [{ file: INS, path: 'targets', messageId: 'noTargets' }] },
    { name: 'a target listed twice', files: inspection((ins) => { ins.targets = ['KZ-2022-001', 'kz-urban-invest', 'KZ-2022-001']; }),
      errors: [{ file: INS, path: 'targets.2', messageId: 'duplicate', data: { target: 'KZ-2022-001', first: 1, index: 3 } }] },
    { name: 'a unit that neither owns nor leads a project', files: inspection((ins) => { ins.targets = ['KZ-2022-001', 'finance-bureau']; }),
      errors: [{ file: INS, path: 'targets.1', messageId: 'notResponsible', data: { target: 'finance-bureau' }, message: /finance-bureau\(开州区财政局\) is neither the lead responsible unit nor the owner/ }] },
    { name: 'the territorial street, which neither owns nor leads it', files: inspection((ins) => { ins.targets = ['hanfeng-street']; }),
      errors: [{ file: INS, path: 'targets.0', messageId: 'notResponsible' }] },
    { name: 'sample larger than the population', files: sampled({ seed: 1, population: 1, size: 2 }),
      errors: [{ file: INS, path: 'sampling.size', messageId: 'sizeOverPopulation', data: { size: 2, population: 1 } }] },
    { name: 'sample size does not match the targets', files: sampled({ seed: 20220220, population: 40, size: 3 }),
      errors: [{ file: INS, path: 'sampling.size', messageId: 'sizeMismatch', data: { size: 3, count: 2 }, message: /--seed 20220220 --size 3/ }] },
    { name: 'a repeated target does not count towards the sample', files: sampled({ seed: 9, population: 40, size: 3 }, ['KZ-2022-001', 'kz-urban-invest', 'KZ-2022-001']),
      errors: [
        { file: INS, path: 'targets.2', messageId: 'duplicate' },
        { file: INS, path: 'sampling.size', messageId: 'sizeMismatch', data: { count: 2 } },
      ] },
  ],
});
