// SCHEMA facts across files (src/rules/schema.ts): case-only collisions, duplicate review and
// person ids, Chinese quotes around free text.
import { stringify } from 'yaml';
import { ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();

ruleTester('SCHEMA', {
  valid: [
    { name: 'quotes inside a name, not around it', files: world((w) => { w.project.name = '汉丰湖“环湖路”改造工程'; }) },
    { name: 'a document title in 《》', files: world((w) => { w.lists['annual-2022'].projects[0].target = '《开州区综合交通规划》确定的路基工程'; }) },
    { name: 'a review id that is also a unit id (different namespaces)', files: world((w) => { w.reviews.drc = { ...w.reviews['2022-01-20-review'], id: 'drc' }; }) },
  ],
  invalid: [
    { name: 'two projects differing only by case', files: world((w) => { w.projects['kz-2022-001'] = { ...w.project, id: 'kz-2022-001' }; }),
      errors: [
        { file: P, path: 'id', messageId: 'caseCollision', data: { other: 'projects/kz-2022-001.yaml' } },
        { file: file.project('kz-2022-001'), path: 'id', messageId: 'caseCollision', data: { other: P } },
      ] },
    { name: 'a review id in two year folders', files: world((w) => {
      w.files['reviews/2021/2022-01-20-review.yaml'] = stringify({ ...w.reviews['2022-01-20-review'], date: '2021-01-20' });
    }), errors: [
      { file: 'reviews/2021/2022-01-20-review.yaml', path: 'id', messageId: 'duplicateId', data: { other: 'reviews/2022/2022-01-20-review.yaml' } },
      { file: 'reviews/2022/2022-01-20-review.yaml', path: 'id', messageId: 'duplicateId', data: { other: 'reviews/2021/2022-01-20-review.yaml' } },
    ] },
    { name: 'a person defined twice in one unit', files: world((w) => { w.units['kz-urban-invest'].people[1].id = 'chen-jie'; }),
      errors: [
        { file: file.unit('kz-urban-invest'), path: 'people.0.id', messageId: 'duplicatePerson', data: { id: 'chen-jie' } },
        { file: file.unit('kz-urban-invest'), path: 'people.1.id', messageId: 'duplicatePerson', data: { id: 'chen-jie' } },
      ] },
    { name: 'a name wrapped in 「」: a warning', files: world((w) => { w.project.name = '「汉丰湖环湖路改造工程」'; }),
      errors: [{ file: P, path: 'name', messageId: 'quoted', severity: 'warning', data: { fixed: '汉丰湖环湖路改造工程' } }] },
  ],
});
