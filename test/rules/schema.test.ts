// SCHEMA facts across files (src/rules/schema.ts): case-only collisions, duplicate review and
// person ids, Chinese quotes around free text.
import { base, edit, ruleTester, withFiles } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
const R = 'reviews/2022/2022-01-20-review.yaml';
const text = (p: string) => new TextDecoder().decode(base()[p] as Uint8Array);

ruleTester('SCHEMA', {
  valid: [
    { name: 'quotes inside a name, not around it', files: edit(P, (t) => t.replace('name: 汉丰湖环湖路改造工程', 'name: 汉丰湖“环湖路”改造工程')) },
    { name: 'a document title in 《》', files: edit('lists/annual-2022.yaml', (t) => t.replace('target: 完成路基及桥梁下部结构', 'target: 《开州区综合交通规划》确定的路基工程')) },
    { name: 'a review id that is also a unit id (different namespaces)', files: withFiles({ 'reviews/2022/drc.yaml': text(R).replace('id: 2022-01-20-review', 'id: drc') }) },
  ],
  invalid: [
    { name: 'two projects differing only by case', files: withFiles({ 'projects/kz-2022-001.yaml': text(P).replace('id: KZ-2022-001', 'id: kz-2022-001') }),
      errors: [{ file: P, line: 1, column: 5, message: /differ only by case/ }, { file: 'projects/kz-2022-001.yaml', line: 1, column: 5, message: /differ only by case/ }] },
    { name: 'a review id in two year folders', files: withFiles({ 'reviews/2021/2022-01-20-review.yaml': text(R).replace('date: 2022-01-20', 'date: 2021-01-20') }),
      errors: [{ file: 'reviews/2021/2022-01-20-review.yaml', line: 1, column: 5, message: /reviews\/2022\/2022-01-20-review\.yaml/ }, { file: R, line: 1, column: 5, message: /reviews\/2021/ }] },
    { name: 'a person defined twice in one unit', files: edit('units/kz-urban-invest.yaml', (t) => t.replace('{ id: lin-fang,', '{ id: chen-jie,')),
      errors: [{ file: 'units/kz-urban-invest.yaml', line: 7, column: 11 }, { file: 'units/kz-urban-invest.yaml', line: 8, column: 11 }] },
    { name: 'a name wrapped in 「」: a warning', files: edit(P, (t) => t.replace('name: 汉丰湖环湖路改造工程', 'name: 「汉丰湖环湖路改造工程」')),
      errors: [{ file: P, line: 2, column: 7, severity: 'warning', message: /Chinese quotation marks[\s\S]*汉丰湖环湖路改造工程/ }] },
  ],
});
