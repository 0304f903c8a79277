// SG-2: every listed project names its territorial government, a township or street.
import { describe, expect, it } from 'vitest';
import { edit, ruleTester, validateMemory, withFiles } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';

ruleTester('SG-2', {
  valid: [
    {
      name: 'a township as location',
      files: withFiles(
        { 'units/zhaojia-town.yaml': 'id: zhaojia-town\nname: 开州区赵家街道\ntype: township\npeople:\n  - { id: tang-min, name: 唐敏, duty: 属地协调 }\n' },
        edit(P, (t) => t.replace('location: hanfeng-street', 'location: zhaojia-town')),
      ),
    },
    { name: 'an unlisted project without location', files: withFiles({ 'projects/KZ-2023-010.yaml': 'id: KZ-2023-010\nname: 城区道路照明改造\nsector: transport\nnature: public-welfare\nstage: reserve\nowner: kz-urban-invest\ntotal_investment: 900\n' }) },
  ],
  invalid: [
    {
      name: 'no location',
      files: edit(P, (t) => t.replace('location: hanfeng-street\n', '')),
      errors: [{ file: P, line: 1, column: 1, message: /listed project KZ-2022-001 does not name its territorial government.*township or street/ }],
    },
    {
      name: 'a department as location',
      files: edit(P, (t) => t.replace('location: hanfeng-street', 'location: transport-bureau')),
      errors: [{ file: P, line: 10, column: 11, message: /transport-bureau \(开州区交通运输委员会\) of KZ-2022-001 is a district department \(department\), not a township or street/ }],
    },
    {
      name: 'an SOE as location',
      files: edit(P, (t) => t.replace('location: hanfeng-street', 'location: kz-urban-invest')),
      errors: [{ file: P, line: 10, column: 11, message: /a district SOE \(soe\)/ }],
    },
  ],
});

describe('SG-2 in Chinese', () => {
  it('names the unit type in Chinese and points at location', () => {
    const ds = validateMemory(edit(P, (t) => t.replace('location: hanfeng-street', 'location: transport-bureau')), 'zh').filter((d) => d.rule === 'SG-2');
    expect(ds.map((d) => [d.line, d.column, d.message])).toEqual([[10, 11, '项目 KZ-2022-001 的属地 transport-bureau(开州区交通运输委员会)是区级部门(department),不是乡镇或街道']]);
  });
});
