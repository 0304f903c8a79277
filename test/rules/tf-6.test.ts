// TF-6: funding sources and application channels are the enumerated ones (schema, reported as
// TF-6); a "new implicit debt" source is reported as BG-3.
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, ruleTester } from './tester.js';
import { file, world } from './world.js';

const P = file.project();
const application = (channel: string) => world((w) => { w.project.applications = [{ channel, year: 2022, requested: 3000, status: 'pending' }]; });

ruleTester('TF-6', {
  valid: [
    { name: 'PPP and social capital', files: world((w) => { w.project.funding[0].source = 'ppp'; w.project.funding[1].source = 'social-capital'; }) },
    { name: 'an application on an enumerated channel', files: application('central-budget') },
  ],
  invalid: [
    { name: 'an unknown funding source', files: world((w) => { w.project.funding[0].source = 'bond'; }),
      errors: [{ file: P, path: 'funding.0.source', message: /funding\.0\.source.*"bond".*special-bond/ }] },
    { name: 'an unknown application channel', files: application('provincial'),
      errors: [{ file: P, path: 'applications.0.channel', message: /applications\.0\.channel.*provincial/ }] },
    { name: 'new implicit debt is BG-3, not TF-6', files: world((w) => { w.project.funding[1].source = 'implicit-debt'; }),
      errors: [{ rule: 'BG-3', file: P, path: 'funding.1.source', message: /implicit-debt/ }] },
  ],
});

describe('TF-6 and BG-3 split', () => {
  it('an implicit-debt application channel is BG-3 only, never also TF-6', () => {
    const ds = diagnosticsOf(application('new-implicit-debt'));
    expect(ds.filter((d) => d.rule === 'TF-6')).toEqual([]);
    expect(ds.filter((d) => d.rule === 'BG-3').map((d) => d.severity)).toEqual(['error']);
  });
});
