// AS-4: the 督查通报 of one inspection as data.
import { describe, expect, it } from 'vitest';
import { inspectionBulletin } from '../../../src/engine/index.js';
import { base, edit } from '../../helpers.js';
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
  it('the issuers, 呈送 and 印送 come from the inspection record', () => {
    const x = inspectionBulletin(snap(base(), '2022-04-05'), '2022-q1-inspection')!;
    expect(x.issuers.map((u) => u.id)).toEqual(['supervision-office', 'drc']);
    expect(x.presentedTo).toBe('区委、区人大常委会、区政府、区政协相关领导');
    // the project target's owner and lead unit, then the unit target (already listed)
    expect(x.inspected.map((u) => u.id)).toEqual(['kz-urban-invest', 'transport-bureau']);
    // organisers as recorded: an inspection the DRC organised alone is issued by it alone
    const alone = inspectionBulletin(snap(edit('reviews/2022/2022-q1-inspection.yaml', (t) => t.replace(/organizers: \[[^\]]*\]/, 'organizers: [drc]')), '2022-04-05'), '2022-q1-inspection')!;
    expect(alone.issuers.map((u) => u.id)).toEqual(['drc']);
  });
  it('a finding closed after the as-of date is still open on it', () => {
    const x = inspectionBulletin(snap(base(), '2022-03-10'), '2022-q1-inspection')!;
    expect(x.byTarget[0].findings[0]).toMatchObject({ state: 'open', closedOn: null, evidence: null });
  });
  it('an unknown id gives null', () => {
    expect(inspectionBulletin(snap(base(), '2022-04-05'), 'nope')).toBeNull();
  });
});
