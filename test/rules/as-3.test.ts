// AS-3 (二(九)3): methods, targets, and a reproducible random draw.
import { edit, ruleTester } from '../helpers.js';

const INS = 'reviews/2022/2022-q1-inspection.yaml';
const sampled = (s: string, targets = '[KZ-2022-001, kz-urban-invest]') =>
  edit(INS, (t) => t.replace('targets: [KZ-2022-001, kz-urban-invest]\n', `targets: ${targets}\nsampling: ${s}\n`));

ruleTester('AS-3', {
  valid: [
    { name: 'a random draw of 2 of 5 with its 2 targets', files: sampled('{ seed: 20220220, population: 5, size: 2 }') },
    { name: 'a draw of the whole population', files: sampled('{ seed: 7, population: 2, size: 2 }') },
    { name: 'all four methods', files: edit(INS, (t) => t.replace('methods: [site-visit, document-check]', 'methods: [site-visit, document-check, briefing, self-report-check]')) },
  ],
  invalid: [
    {
      name: 'an empty methods list',
      files: edit(INS, (t) => t.replace('methods: [site-visit, document-check]', 'methods: []')),
      errors: [{ file: INS, line: 5, column: 1, message: /2022-q1-inspection records no method.*site-visit/ }],
    },
    {
      name: 'no methods key: reported at the id',
      files: edit(INS, (t) => t.replace('methods: [site-visit, document-check]\n', '')),
      errors: [{ file: INS, line: 1, column: 1, message: /no method/ }],
    },
    {
      name: 'no targets',
      files: edit(INS, (t) => t.replace('targets: [KZ-2022-001, kz-urban-invest]', 'targets: []')),
      errors: [{ file: INS, line: 6, column: 1, message: /records no target/ }],
    },
    {
      name: 'a target listed twice',
      files: edit(INS, (t) => t.replace('targets: [KZ-2022-001, kz-urban-invest]', 'targets: [KZ-2022-001, kz-urban-invest, KZ-2022-001]')),
      errors: [{ file: INS, line: 6, column: 41, message: /"KZ-2022-001" is listed twice in targets \(items 1 and 3\)/ }],
    },
    {
      name: 'sample larger than the population',
      files: sampled('{ seed: 1, population: 1, size: 2 }'),
      errors: [{ file: INS, line: 7, column: 43, message: /sample size 2 is larger than the population 1/ }],
    },
    {
      name: 'sample size does not match the targets',
      files: sampled('{ seed: 20220220, population: 40, size: 3 }'),
      errors: [{ file: INS, line: 7, column: 51, message: /sample size is 3, but the number of distinct targets is 2.*--seed 20220220 --size 3/ }],
    },
    {
      name: 'a repeated target does not count towards the sample',
      files: sampled('{ seed: 9, population: 40, size: 3 }', '[KZ-2022-001, kz-urban-invest, KZ-2022-001]'),
      errors: [
        { file: INS, line: 6, column: 41, message: /listed twice/ },
        { file: INS, line: 7, column: 44, message: /number of distinct targets is 2/ },
      ],
    },
  ],
});
