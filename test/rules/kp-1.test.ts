// KP-1: total investment below key_project_min_investment is an error unless `key: false`.
import { edit, ruleTester, withFiles } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
const threshold = (n: number) => edit('kzp.yaml', (t) => t.replace('center: drc-center\n', `center: drc-center\nkey_project_min_investment: ${n}\n`));

ruleTester('KP-1', {
  valid: [
    { name: 'total investment exactly at the threshold', files: threshold(12800) },
    { name: 'below the threshold with key: false', files: edit(P, (t) => t + 'key: false\n', threshold(20000)) },
    { name: 'a small unlisted non-key project at the default threshold', files: withFiles({ 'projects/KZ-2022-009.yaml': 'id: KZ-2022-009\nname: 小型维修工程\nkey: false\nsector: transport\nnature: public-welfare\nstage: preliminary\nowner: kz-urban-invest\ntotal_investment: 120\n' }) },
  ],
  invalid: [
    { name: 'below a raised threshold', files: threshold(20000), errors: [{ file: P, line: 11, column: 19, message: /KZ-2022-001.*12800.*below.*20000.*key: false/ }] },
    { name: 'key: true does not exempt', files: edit(P, (t) => t + 'key: true\n', threshold(20000)), errors: [{ file: P, line: 11, column: 19 }] },
    {
      name: 'below the default 400 万元',
      files: withFiles({ 'projects/KZ-2022-009.yaml': 'id: KZ-2022-009\nname: 小型维修工程\nsector: transport\nnature: public-welfare\nstage: preliminary\nowner: kz-urban-invest\ntotal_investment: 399.99\n' }),
      errors: [{ file: 'projects/KZ-2022-009.yaml', line: 7, column: 19, message: /399\.99.*400/ }],
    },
  ],
});
