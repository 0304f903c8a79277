// TF-6: funding sources and application channels are the enumerated ones (schema, reported as
// TF-6); a "new implicit debt" source is reported as BG-3.
import { describe, expect, it } from 'vitest';
import { edit, ruleTester, validateMemory } from '../helpers.js';

const P = 'projects/KZ-2022-001.yaml';

ruleTester('TF-6', {
  valid: [
    { name: 'PPP and social capital', files: edit(P, (t) => t.replace('source: special-bond', 'source: ppp').replace('source: district-fiscal', 'source: social-capital')) },
    { name: 'an application on an enumerated channel', files: edit(P, (t) => t + 'applications:\n  - { channel: central-budget, year: 2022, requested: 3000, approved: 2000, status: approved }\n') },
  ],
  invalid: [
    {
      name: 'an unknown funding source',
      files: edit(P, (t) => t.replace('source: special-bond', 'source: bond')),
      errors: [{ file: P, line: 20, column: 15, message: /funding\.0\.source.*"bond".*special-bond/ }],
    },
    {
      name: 'an unknown application channel',
      files: edit(P, (t) => t + 'applications:\n  - { channel: provincial, year: 2022, requested: 3000, status: pending }\n'),
      errors: [{ file: P, line: 30, column: 16, message: /applications\.0\.channel.*provincial/ }],
    },
    {
      name: 'new implicit debt is BG-3, not TF-6',
      files: edit(P, (t) => t.replace('source: district-fiscal', 'source: implicit-debt')),
      errors: [{ rule: 'BG-3', file: P, line: 21, column: 15, message: /implicit-debt/ }],
    },
  ],
});

describe('TF-6 and BG-3 split', () => {
  it('an implicit-debt application channel is BG-3 only, never also TF-6', () => {
    const ds = validateMemory(edit(P, (t) => t + 'applications:\n  - { channel: new-implicit-debt, year: 2022, requested: 3000, status: pending }\n'));
    expect(ds.filter((d) => d.rule === 'TF-6')).toEqual([]);
    expect(ds.filter((d) => d.rule === 'BG-3').map((d) => [d.file, d.line, d.column, d.severity])).toEqual([[P, 30, 16, 'error']]);
  });
});
