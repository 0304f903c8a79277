// AS-2 (二(九)2): joint inspections are organised by the supervision office and the DRC together.
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, ruleTester } from './tester.js';
import { file, world } from './world.js';

const INS = file.review('2022-q1-inspection');
const organizers = (units: string[] | undefined) => world((w) => { w.reviews['2022-q1-inspection'].organizers = units; });

ruleTester('AS-2', {
  valid: [
    { name: 'both organizers, in any order, with another unit', files: organizers(['drc', 'transport-bureau', 'supervision-office']) },
  ],
  invalid: [
    { name: 'the supervision office is missing', files: organizers(['drc']),
      errors: [{ file: INS, path: 'organizers', messageId: 'missing', data: { role: 'supervision', unit: 'supervision-office' },
        message: /2022-q1-inspection.*lack the supervision office \(supervision-office 开州区人民政府督查办公室\).*add supervision-office to organizers/ }] },
    { name: 'the DRC is missing', files: organizers(['supervision-office']),
      errors: [{ file: INS, path: 'organizers', messageId: 'missing', data: { role: 'development-reform', unit: 'drc' } }] },
    { name: 'no organizers at all: both are named, at the id', files: organizers(undefined),
      errors: [
        { file: INS, path: 'id', messageId: 'missing', data: { unit: 'supervision-office' } },
        { file: INS, path: 'id', messageId: 'missing', data: { unit: 'drc' } },
      ] },
    { name: 'kzp.yaml names no supervision office: a warning, the check cannot be made', files: world((w) => { delete w.config.units.supervision; }),
      errors: [{ file: file.config, path: 'units', messageId: 'noRole', severity: 'warning', message: /units\.supervision/ }] },
  ],
});

describe('AS-2 in Chinese', () => {
  it('says who must organise', () => {
    const [d] = diagnosticsOf(organizers(['drc']), 'zh').filter((x) => x.rule === 'AS-2');
    expect(d.message).toContain('区政府督查办、区发展改革委共同组织');
    expect(d.message).toContain('supervision-office');
  });
});
