import { edit, ruleTester } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';
/** The base project with intermediaries (YAML lines) inserted before `decision:` at line 22. */
const withIntermediaries = (rows: string) => edit(P, (t) => t.replace('decision:', `intermediaries:\n${rows}decision:`));

ruleTester('IM-1', {
  valid: [
    { name: 'name, services and contract date', files: withIntermediaries('  - { id: zx-consulting, name: 重庆中信咨询有限公司, services: [packaging, fund-application], contract_on: 2022-01-10, fee: { on_success: 30, on_failure: 5 } }\n') },
  ],
  invalid: [
    { name: 'no name', files: withIntermediaries('  - { id: zx-consulting, services: [preliminary], contract_on: 2022-01-10 }\n'),
      errors: [{ file: P, line: 23, column: 5, message: /intermediary zx-consulting of KZ-2022-001 has no name/ }] },
    { name: 'empty services and no contract date', files: withIntermediaries('  - id: zx-consulting\n    name: 重庆中信咨询有限公司\n    services: []\n'),
      errors: [
        { file: P, line: 23, column: 5, message: /no contract date/ },
        { file: P, line: 25, column: 15, message: /lists no services/ },
      ] },
    { name: 'an empty name and no services', files: withIntermediaries('  - id: zx-consulting\n    name: ""\n    contract_on: 2022-01-10\n'),
      errors: [
        { file: P, line: 23, column: 5, message: /lists no services/ },
        { file: P, line: 24, column: 11, message: /has no name/ },
      ] },
  ],
});
