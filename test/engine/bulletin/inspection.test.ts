// AS-4: the 督查通报 of one inspection as data.
import { describe, expect, it } from 'vitest';
import { inspectionBulletin } from '../../../src/engine/index.js';
import { base } from '../../helpers.js';
import { snap } from '../helpers.js';

describe('inspectionBulletin() (AS-4)', () => {
  it('organisers, methods, targets and findings by target with state on the as-of date', () => {
    const x = inspectionBulletin(snap(base(), '2022-04-05'), '2022-q1-inspection')!;
    expect(x.organizers.map((o) => o.id)).toEqual(['supervision-office', 'drc']);
    expect(x.methods).toEqual(['site-visit', 'document-check']);
    expect(x.targets.map((t) => [t.id, t.kind])).toEqual([['KZ-2022-001', 'project'], ['kz-urban-invest', 'unit']]);
    expect(x.byTarget.map((t) => [t.target, t.findings.map((f) => f.state)])).toEqual([['KZ-2022-001', ['closed']], ['kz-urban-invest', ['overdue']]]);
    expect(x.counts).toEqual({ findings: 2, closed: 1, closedLate: 0, open: 1, overdue: 1 });
    expect(x.sampling).toBeNull();
  });
  it('a finding closed after the as-of date is still open on it', () => {
    const x = inspectionBulletin(snap(base(), '2022-03-10'), '2022-q1-inspection')!;
    expect(x.byTarget[0].findings[0]).toMatchObject({ state: 'open', closedOn: null, evidence: null });
  });
  it('an unknown id gives null', () => {
    expect(inspectionBulletin(snap(base(), '2022-04-05'), 'nope')).toBeNull();
  });
});
