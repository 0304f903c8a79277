// The site model (src/site/model.ts, units.ts) on sample-data: what each page shows comes from
// the engine's functions, one project, unit and problem at a time.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DECLARED, escalations, overdue, score, snapshot } from '../../src/engine/index.js';
import { loadModel } from '../../src/model/load.js';
import { siteModel, scorePeriods } from '../../src/site/index.js';
import { investmentChart } from '../../src/site/chart.js';
import { ROOT } from '../e2e/run.js';

const AS_OF = '2023-01-10';
const { model } = loadModel(join(ROOT, 'sample-data'), { lang: 'zh' });
const s = snapshot(model, DECLARED, AS_OF);
const site = siteModel(s);

describe('siteModel(): the site as data', () => {
  it('a page for every project and unit, the bulletin of the last complete month, every month with a plan', () => {
    expect(site.projects.map((p) => p.id)).toEqual([...model.projects.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(site.units.map((u) => u.id).sort()).toEqual([...model.units.keys()].sort());
    expect(site.bulletin?.month).toBe('2022-12');
    expect(site.months).toEqual(Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`));
    expect(site.stamp).toMatchObject({ asOf: AS_OF, month: '2022-12', commit: null, times: 'declared' });
    expect(site.overdue).toEqual(overdue(s));
  });

  it('a project: one chart point per known ledger month, its cumulative investment through the year against the plan', () => {
    const p = site.projects.find((x) => x.id === 'KZ-2019-001')!;
    const known = [...s.known.get('KZ-2019-001')!.keys()].sort();
    expect(p.months.map((x) => x.month)).toEqual(known);
    expect((investmentChart(p.months).match(/<circle class="point"/g) ?? []).length).toBe(known.length);
    const sum = [...s.known.get('KZ-2019-001')!.values()].reduce((a, l) => a + l.data.progress.invested, 0);
    expect(p.months.at(-1)!.cumulative).toBeCloseTo(sum, 2);
    expect(p.months.at(-1)!.cumulative).toBeCloseTo(p.progress!.invested, 2);
    expect(p.months.at(-1)!.planCumulative).toBeCloseTo(p.progress!.planned, 2);
  });

  it('a problem taken to the main leaders: raised, then the lead unit, a district leader and the main leaders, with dates, in order', () => {
    const withL3 = site.projects.flatMap((p) => p.problems).filter((x) => x.steps.some((st) => st.kind === 'L3'));
    expect(withL3.length).toBeGreaterThan(0);
    for (const x of withL3) {
      const kinds = x.steps.map((st) => st.kind);
      expect(kinds[0]).toBe('raised');
      expect(kinds.indexOf('L1')).toBeLessThan(kinds.indexOf('L2'));
      expect(kinds.indexOf('L2')).toBeLessThan(kinds.indexOf('L3'));
      const dates = x.steps.map((st) => st.date);
      expect(dates).toEqual([...dates].sort());
      expect(x.steps.every((st) => st.kind === 'raised' || st.kind === 'resolved' || !!st.who)).toBe(true);
      if (!x.open) expect(kinds.at(-1)).toBe('resolved');
    }
  });

  it('open problems agree with kzp escalations; the escalation list is the bulletin’s', () => {
    const open = site.projects.flatMap((p) => p.problems).filter((x) => x.open).map((x) => x.key).sort();
    expect(open).toEqual(escalations(s).map((e) => e.problem).sort());
  });

  it('ledger submissions: every month owed by the as-of date, the missing ones too, as overdue counts them', () => {
    for (const p of site.projects) {
      const missing = p.submissions.filter((x) => x.state === 'missing').map((x) => x.month);
      const late = p.submissions.filter((x) => x.state === 'late').map((x) => x.month);
      expect(missing).toEqual(p.overdue.filter((i) => i.kind === 'ledger-missing').map((i) => i.ref).sort());
      expect(late).toEqual(p.overdue.filter((i) => i.kind === 'ledger-late').map((i) => i.ref).sort());
    }
    expect(site.projects.some((p) => p.submissions.some((x) => x.state === 'missing'))).toBe(true);
  });

  it('a unit: its projects as owner and as lead unit, and its scores month by month then by quarter', () => {
    for (const u of site.units) {
      expect(u.owned).toEqual(site.projects.filter((p) => p.owner === u.id).map((p) => p.id));
      expect(u.led).toEqual(site.projects.filter((p) => p.leadUnit === u.id).map((p) => p.id));
    }
    const scored = site.units.filter((u) => u.scores.length);
    expect(scored.length).toBeGreaterThan(0);
    expect(scored[0].scores.map((x) => x.label).slice(0, 2)).toEqual(['2022年1月', '2022年2月']);
    expect(scored[0].scores.at(-1)!.label).toBe('2022年第四季度');
    expect(scorePeriods('2022-05', '2022-03').map((p) => p.id)).toEqual(['2022-03', '2022-04', '2022-05', '2022-Q1', '2022-Q2']);
  });
});

describe('score: the items behind each component', () => {
  for (const period of [{ kind: 'month', id: '2022-12' }, { kind: 'quarter', id: '2022-Q3' }] as const) {
    it(`${period.id}: as many items as counts`, () => {
      const withItems = score(s, period);
      let items = 0;
      for (const u of withItems.units) for (const c of Object.values(u.components)) {
        const list = c.items ?? [];
        items += list.length;
        expect(list.filter((i) => i.outcome === 'onTime').length).toBe(c.onTime);
        expect(list.filter((i) => i.outcome === 'late').length).toBe(c.late);
        expect(list.filter((i) => i.outcome === 'missed').length).toBe(c.missed);
      }
      expect(items).toBeGreaterThan(0);
    });
  }
});
