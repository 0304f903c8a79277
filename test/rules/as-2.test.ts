// AS-2 (二(九)2): joint inspections are organised by the supervision office and the DRC together.
import { describe, expect, it } from 'vitest';
import { edit, ruleTester, validateMemory } from '../helpers.js';

const INS = 'reviews/2022/2022-q1-inspection.yaml';

ruleTester('AS-2', {
  valid: [
    { name: 'both organizers, in any order, with another unit', files: edit(INS, (t) => t.replace('organizers: [supervision-office, drc]', 'organizers: [drc, transport-bureau, supervision-office]')) },
    { name: 'organizers as a block list', files: edit(INS, (t) => t.replace('organizers: [supervision-office, drc]', 'organizers:\n  - supervision-office\n  - drc')) },
  ],
  invalid: [
    {
      name: 'the supervision office is missing',
      files: edit(INS, (t) => t.replace('organizers: [supervision-office, drc]', 'organizers: [drc]')),
      errors: [{ file: INS, line: 4, column: 1, message: /2022-q1-inspection.*lack the supervision office \(supervision-office 开州区人民政府督查办公室\).*add supervision-office to organizers/ }],
    },
    {
      name: 'the DRC is missing',
      files: edit(INS, (t) => t.replace('organizers: [supervision-office, drc]', 'organizers: [supervision-office]')),
      errors: [{ file: INS, line: 4, column: 1, message: /lack the development & reform commission \(drc/ }],
    },
    {
      name: 'no organizers at all: both are named, at the id',
      files: edit(INS, (t) => t.replace('organizers: [supervision-office, drc]\n', '')),
      errors: [
        { file: INS, line: 1, column: 1, message: /supervision-office/ },
        { file: INS, line: 1, column: 1, message: /drc/ },
      ],
    },
    {
      name: 'kzp.yaml names no supervision office: a warning, the check cannot be made',
      files: edit('kzp.yaml', (t) => t.replace('  supervision: supervision-office\n', '')),
      errors: [{ file: 'kzp.yaml', line: 8, column: 1, severity: 'warning', message: /units\.supervision/ }],
    },
  ],
});

describe('AS-2 in Chinese', () => {
  it('says who must organise', () => {
    const [d] = validateMemory(edit(INS, (t) => t.replace('organizers: [supervision-office, drc]', 'organizers: [drc]')), 'zh').filter((x) => x.rule === 'AS-2');
    expect(d.message).toContain('区政府督查办、区发展改革委共同组织');
    expect(d.message).toContain('supervision-office');
  });
});
