// TF-1: kzp.yaml `center` names the one unit of type center.
import { edit, ruleTester, withFiles } from '../helpers.js';

const unit = (id: string, type: string) => `id: ${id}\nname: 测试单位 ${id}\ntype: ${type}\npeople:\n  - { id: ${id}-staff, name: 测试人员, duty: 综合 }\n`;

ruleTester('TF-1', {
  valid: [
    { name: 'the center is its own unit beside the development and reform commission', files: edit('kzp.yaml', (t) => t.replace('center: drc-center', 'center: drc-center  # 区重大项目服务中心')) },
    { name: 'an institution with "center" in its name is not a second center', files: withFiles({ 'units/kz-invest-promotion.yaml': unit('kz-invest-promotion', 'institution') }) },
  ],
  invalid: [
    {
      name: 'the named center unit has another type',
      files: edit('units/drc-center.yaml', (t) => t.replace('type: center', 'type: institution')),
      errors: [{ file: 'kzp.yaml', line: 7, column: 9, message: /drc-center.*is a public institution \(institution\), not the center/ }],
    },
    {
      name: 'kzp.yaml names a department while the center unit exists',
      files: edit('kzp.yaml', (t) => t.replace('center: drc-center', 'center: drc')),
      errors: [{ file: 'kzp.yaml', line: 7, column: 9, message: /drc .*a district department \(department\).*units of type center: drc-center/ }],
    },
    {
      name: 'a second unit of type center',
      files: withFiles({ 'units/kz-center-2.yaml': unit('kz-center-2', 'center') }),
      errors: [{ file: 'units/kz-center-2.yaml', line: 3, column: 7, message: /kz-center-2.*drc-center.*only one center/ }],
    },
    {
      name: 'a wrong center and two center-typed units',
      files: withFiles({ 'units/kz-center-2.yaml': unit('kz-center-2', 'center') }, edit('kzp.yaml', (t) => t.replace('center: drc-center', 'center: drc'))),
      errors: [
        { file: 'kzp.yaml', line: 7, column: 9 },
        { file: 'units/drc-center.yaml', line: 3, column: 7 },
        { file: 'units/kz-center-2.yaml', line: 3, column: 7 },
      ],
    },
  ],
});
