// AS-1 / AS-4: the bulletin data computed by the engine (src/engine/bulletin.ts) on the base
// fixture, where every number can be checked by hand.
import { describe, expect, it } from 'vitest';
import { bulletin, inspectionBulletin } from '../../src/engine/bulletin.js';
import { DECLARED, snapshot } from '../../src/engine/index.js';
import { base, edit, loadMemory, withFiles, type Files } from '../helpers.js';

const snap = (files: Files, asOf: string) => snapshot(loadMemory(files).model, DECLARED, asOf);

describe('bulletin(): the monthly bulletin as data (AS-1)', () => {
  const b = bulletin(snap(base(), '2022-03-05'), '2022-02');

  it('总体情况: plan, invested to date, time progress and the lag in points', () => {
    expect(b.year).toBe(2022);
    expect(b.monthNumber).toBe(2);
    expect(b.overall.projects).toBe(1);
    expect(b.overall.planned).toBe(6000);
    // January 300 + February 450 = 750 of 6000 = 12.5 %; time progress 2/12 = 16.7 %
    expect(b.overall.invested).toBe(750);
    expect(b.monthly[1].cumulative).toBe(750);
    expect(b.overall.timeProgress).toBe(16.7);
    expect(b.overall.completion).toBe(12.5);
    expect(b.overall.lag).toBe(4.2);
    expect(b.overall.investedMonth).toBe(450);
    expect(b.monthly.map((p) => p.month)).toEqual(['2022-01', '2022-02']);
    expect(b.monthly[1].planCumulative).toBe(1000);
    expect(b.overall.lights.green + b.overall.lights.yellow + b.overall.lights.red).toBe(1);
  });

  it('starts: a project planned to start in March that is already building counts as early (FACTS.md wording)', () => {
    expect(b.overall.starts.planned).toBe(1);
    expect(b.overall.starts.plannedToDate).toBe(0);
    expect(b.overall.starts.early).toBe(1);
    const late = bulletin(snap(edit('projects/KZ-2022-001.yaml', (s) => s.replace('start: 2022-03', 'start: 2022-01')), '2022-03-05'), '2022-02');
    expect(late.overall.starts.plannedToDate).toBe(1);
    expect(late.overall.starts.started).toBe(1);
  });

  it('by sector and by lead unit, ranked; the slowest projects are those behind time progress', () => {
    expect(b.sectors.map((s) => [s.key, s.name, s.projects, s.rank])).toEqual([['transport', '交通', 1, 1]]);
    expect(b.leadUnits.map((s) => [s.key, s.projects, s.rank])).toEqual([['transport-bureau', 1, 1]]);
    expect(b.slowest.map((r) => r.project)).toEqual(['KZ-2022-001']);
    expect(b.sectors[0]).toMatchObject({ planned: 6000, invested: 750, completion: 12.5, lag: 4.2, light: 'green' });
  });

  it('countdown tasks due in the month and earlier ones still open (LS-5)', () => {
    // C1 due 2022-01-31, C2 due 2022-03-31: nothing is due in February
    expect(b.countdown.due).toBe(0);
    const jan = bulletin(snap(base(), '2022-02-05'), '2022-01');
    expect(jan.countdown.tasks.map((t) => [t.task, t.state, t.doneOn])).toEqual([['C1', 'on-time', '2022-01-25']]);
    expect(jan.countdown).toMatchObject({ due: 1, onTime: 1, late: 0, overdue: 0 });
    // C2 (due 2022-03-31) not reported done: overdue in April, and carried in May's bulletin
    const apr = bulletin(snap(base(), '2022-05-03'), '2022-03');
    expect(apr.countdown.tasks.map((t) => [t.task, t.state, t.daysLate])).toEqual([['C2', 'overdue', 33]]);
    expect(bulletin(snap(base(), '2022-05-03'), '2022-04').countdown.carried.map((t) => t.task)).toEqual(['C2']);
  });

  it('ledgers on time, late and missing by owner (LS-4, HI-1)', () => {
    expect(b.ledgers.month).toBe('2022-02');
    expect(b.ledgers.due).toBe('2022-02-28');
    expect(b.ledgers.times).toBe('declared');
    expect(b.ledgers.expected).toBe(1);
    expect(b.ledgers.onTime).toBe(1);
    expect(b.ledgers.byOwner).toEqual([{ owner: 'kz-urban-invest', ownerName: expect.any(String), expected: 1, onTime: 1, late: 0, missing: 0, pending: 0 }]);
    const late = bulletin(snap(edit('ledgers/2022-02/KZ-2022-001.yaml', (s) => s.replace('submitted_on: 2022-02-25', 'submitted_on: 2022-03-03')), '2022-03-05'), '2022-02');
    expect(late.ledgers.late).toBe(1);
    expect(late.ledgers.exceptions.map((r) => [r.project, r.state, r.lateDays])).toEqual([['KZ-2022-001', 'late', 3]]);
    const missing = bulletin(snap(withFiles({ 'ledgers/2022-02/KZ-2022-001.yaml': null }), '2022-03-05'), '2022-02');
    expect(missing.ledgers.missing).toBe(1);
    expect(missing.ledgers.exceptions[0].state).toBe('missing');
  });

  it('problems raised and resolved in the month, open ones by category', () => {
    expect(b.problems.raised).toBe(1);           // P2 raised 2022-02-10
    expect(b.problems.resolved).toBe(1);         // P2 resolved 2022-02-24
    expect(b.problems.open).toBe(1);             // P1
    const land = b.problems.byCategory.find((c) => c.category === 'land')!;
    expect(land).toMatchObject({ open: 1, raised: 0 });
    expect(b.problems.byCategory.map((c) => c.category)).toEqual(['funding', 'land', 'construction-environment', 'approval', 'design', 'other']);
    expect(b.problems.staleDays).toBe(30);
  });

  it('inspection findings: closed, open, overdue (AS-5)', () => {
    const later = bulletin(snap(base(), '2022-04-05'), '2022-03');
    expect(later.inspections.held.map((h) => h.id)).toEqual(['2022-q1-inspection']);
    expect(later.inspections).toMatchObject({ total: 2, closed: 1, open: 1, overdue: 1, closedInMonth: 1 });
    expect(later.inspections.openList.map((f) => [f.finding, f.state, f.daysOverdue])).toEqual([['F2', 'overdue', 5]]);
  });

  it('the provenance: as-of, no commit without git, times declared', () => {
    expect(b.source).toMatchObject({ asOf: '2022-03-05', commit: null, times: 'declared', district: '重庆市开州区' });
    expect(b.source.center).not.toBe('');
  });

  it('is plain data: JSON round-trips without loss', () => {
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });
});

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
