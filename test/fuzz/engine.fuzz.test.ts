// Invariants of the engine over random valid workspaces and dates. The workspaces are
// the base fixture with a random year of ledgers (submitted on time or late, months skipped,
// countdown tasks done, problems raised, resolved or carried), random L1→L2→L3 dispatches that
// respect the gate, inspection findings closed or not, SOE budget steps and bonus points; a
// generated workspace that does not validate clean is discarded (and counted).
// - overdue: an item overdue on day D is still overdue on D+1, with the same due date and one day
//   more, unless something dated D+1 in the records resolved it (a ledger arrived, a task or a
//   problem was reported done, a finding closed, a list decided, a budget step taken);
// - escalation (DS-3/DS-4): eligibility never skips the gate — L2 only after an unresolved L1
//   handling, L3 only after unresolved L1 and L2 handlings, all on or before the date;
// - score (AS-6): every base score within 0..100, the score the base plus the unit's bonus.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DECLARED, addDays, escalationState, escalations, gateCheck, handlingsOf, monthEnd, overdue, score, snapshot, type Handling, type OverdueItem, type Period } from '../../src/engine/index.js';
import type { Model, Rec } from '../../src/model/index.js';
import type { Dispatch } from '../../src/schema/index.js';
import { loadMemory, validateMemory, withFiles, type Files } from '../helpers.js';

const RUNS = Number(process.env.KZP_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.KZP_FUZZ_SEED ?? 20220870);
const stats = { workspaces: 0, discarded: 0, discardReasons: new Map<string, number>(), dayPairs: 0, itemsCompared: 0, vanished: 0, escalationRows: 0, gateChecks: 0, scores: 0, pureStates: 0 };

const PROJECT = 'KZ-2022-001';
const two = (n: number) => String(n).padStart(2, '0');
const monthId = (m: number) => `2022-${two(m)}`;
const dayOf = (m: number, d: number) => `2022-${two(m)}-${two(d)}`;
const lastDay = (m: number) => Number(monthEnd(monthId(m)).slice(8));

interface MonthPlan { included: boolean; lateDays: number; submitDay: number }
interface Gen {
  months: number;                   // ledgers for 2022-01 .. 2022-months
  plan: MonthPlan[];
  p1Resolve: number | null;         // index (fraction) of the month P1 is resolved in
  p3: { raise: number; resolve: number | null; dueIn: number } | null;
  c1: number | null; c2: number | null;
  eventDay: number;                 // fraction of the allowed days for events
  dispatches: { at: number; level: number; resolved: boolean }[];
  f2Closed: number | null;
  budget: [number | null, number | null, number | null];
  bonus: number;
}

const frac = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const genArb: fc.Arbitrary<Gen> = fc.record({
  months: fc.integer({ min: 1, max: 12 }),
  plan: fc.array(fc.record({ included: fc.boolean(), lateDays: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 20 })), submitDay: fc.integer({ min: 1, max: 31 }) }), { minLength: 12, maxLength: 12 }),
  p1Resolve: fc.option(frac, { nil: null }),
  p3: fc.option(fc.record({ raise: frac, resolve: fc.option(frac, { nil: null }), dueIn: fc.integer({ min: 5, max: 120 }) }), { nil: null }),
  c1: fc.option(frac, { nil: null }), c2: fc.option(frac, { nil: null }),
  eventDay: frac,
  dispatches: fc.array(fc.record({ at: frac, level: fc.integer({ min: 1, max: 3 }), resolved: fc.boolean() }), { maxLength: 5 }),
  f2Closed: fc.option(fc.integer({ min: 0, max: 190 }), { nil: null }),
  budget: fc.tuple(fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), fc.option(fc.integer({ min: 150, max: 240 }), { nil: null }), fc.option(fc.integer({ min: 360, max: 420 }), { nil: null })),
  bonus: fc.integer({ min: 0, max: 5 }),
});

/** The workspace a generator value describes (valid by construction, checked by validation). */
function build(g: Gen): Files {
  const changes: Record<string, string | null> = { 'ledgers/2022-01/KZ-2022-001.yaml': null, 'ledgers/2022-02/KZ-2022-001.yaml': null };
  // the months with a ledger: the first always, others as planned
  const months = Array.from({ length: g.months }, (_, i) => i + 1).filter((m) => m === 1 || g.plan[m - 1].included);
  const submitted = new Map<number, string>();
  for (const m of months) {
    const p = g.plan[m - 1];
    // January's ledger lists P1, raised on 01-10: it cannot have been submitted before that
    submitted.set(m, p.lateDays ? addDays(monthEnd(monthId(m)), p.lateDays) : dayOf(m, Math.max(m === 1 ? 10 : 1, Math.min(p.submitDay, lastDay(m)))));
  }
  // a day in month m on which something happened: not after the ledger was submitted
  const eventOn = (m: number, from = 1) => {
    const last = Math.min(lastDay(m), Number(submitted.get(m)!.slice(5, 7)) === m ? Number(submitted.get(m)!.slice(8)) : lastDay(m));
    const lo = Math.min(from, last);
    return dayOf(m, lo + Math.floor(g.eventDay * (last - lo + 1)));
  };
  const pickMonth = (f: number, min = 1) => { const ok = months.filter((m) => m >= min); return ok.length ? ok[Math.floor(f * ok.length)] : null; };
  const p1Month = g.p1Resolve === null ? null : pickMonth(g.p1Resolve, 3);
  const p3Raise = g.p3 ? pickMonth(g.p3.raise, 1) : null;
  const p3RaisedOn = p3Raise ? eventOn(p3Raise) : null;
  const p3Month = g.p3 && p3Raise && g.p3.resolve !== null ? pickMonth(g.p3.resolve, p3Raise) : null;
  const c1Month = g.c1 === null ? null : pickMonth(g.c1);
  const c2Month = g.c2 === null ? null : pickMonth(g.c2);
  for (const m of months) {
    const lines = [`project: ${PROJECT}`, `month: ${monthId(m)}`, 'reporter: chen-jie', `submitted_on: ${submitted.get(m)}`, `progress: { invested: ${100 + m}, stage: construction }`];
    const cd: string[] = [];
    if (c1Month === m) cd.push(`  - { task: C1, done_on: ${eventOn(m)} }`);
    if (c2Month === m) cd.push(`  - { task: C2, done_on: ${eventOn(m)} }`);
    if (cd.length) lines.push('countdown:', ...cd);
    const probs: string[] = [];
    if (p1Month === null || m <= p1Month) {
      const res = p1Month === m ? `status: resolved, resolved_on: ${eventOn(m)}` : 'status: open';
      probs.push(`  - { id: P1, title: 环湖路K2段征地拆迁未完成, category: land, raised_on: 2022-01-10, due: 2022-03-31, ${res} }`);
    }
    if (p3Raise !== null && m >= p3Raise && (p3Month === null || m <= p3Month)) {
      const res = p3Month === m ? `status: resolved, resolved_on: ${eventOn(m, m === p3Raise ? Number(p3RaisedOn!.slice(8)) : 1)}` : 'status: open';
      probs.push(`  - { id: P3, title: 专项债资金到位滞后, category: funding, raised_on: ${p3RaisedOn}, due: ${addDays(p3RaisedOn!, g.p3!.dueIn)}, ${res} }`);
    }
    if (probs.length) lines.push('problems:', ...probs);
    changes[`ledgers/${monthId(m)}/${PROJECT}.yaml`] = lines.join('\n') + '\n';
  }
  // dispatches handling P3 while it is open, climbing the gate: L2 after an unresolved L1, L3 after L1 and L2
  if (p3RaisedOn) {
    const until = p3Month !== null ? (changes[`ledgers/${monthId(p3Month)}/${PROJECT}.yaml`] as string).match(/P3.*resolved_on: (\d{4}-\d{2}-\d{2})/)![1] : '2022-12-31';
    const span = (Date.parse(until) - Date.parse(p3RaisedOn)) / 86400000;
    const ds = g.dispatches.map((d) => ({ ...d, date: addDays(p3RaisedOn, Math.floor(d.at * (span + 1))) })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let l1 = false, l2 = false;
    ds.forEach((d, i) => {
      const level = d.level === 3 && l1 && l2 ? 3 : d.level >= 2 && l1 ? 2 : 1;
      const [lv, convener] = level === 1 ? ['lead-unit', 'transport-bureau'] : level === 2 ? ['leader', 'zhang-wei'] : ['main', 'zhao-shuji'];
      if (!d.resolved) { if (level === 1) l1 = true; if (level === 2) l2 = true; }
      const id = `${d.date}-fz-${i + 1}`;
      changes[`reviews/${d.date.slice(0, 4)}/${id}.yaml`] = `id: ${id}\nkind: dispatch\ndate: ${d.date}\nlevel: ${lv}\nconvener: ${convener}\nprojects: [${PROJECT}]\nproblems:\n  - { problem: ${PROJECT}/P3, outcome: ${d.resolved ? 'resolved' : 'unresolved'} }\n`;
    });
  }
  let files = withFiles(changes);
  const ed = (path: string, from: string | RegExp, to: string) => {
    const t = typeof files[path] === 'string' ? files[path] as string : new TextDecoder().decode(files[path] as Uint8Array);
    files = withFiles({ [path]: t.replace(from, to) }, files);
  };
  if (g.f2Closed !== null) ed('reviews/2022/2022-q1-inspection.yaml', 'due: 2022-03-31 }\n', `due: 2022-03-31, closed_on: ${addDays('2022-02-20', g.f2Closed)}, evidence: 整改报告 }\n`);
  const [a, mid, ev] = g.budget;
  const b = [a !== null ? `approved_on: ${addDays('2022-01-01', a)}` : '', mid !== null ? `midyear_on: ${addDays('2022-01-01', mid)}` : '', ev !== null ? `evaluated_on: ${addDays('2022-01-01', ev)}` : ''].filter(Boolean).join(', ');
  ed(`projects/${PROJECT}.yaml`, /"2022": \{ approved_on: [^}]*\}/, `"2022": { ${b} }`);
  if (g.bonus) ed('units/kz-urban-invest.yaml', 'people:', `bonus:\n  - { year: 2022, points: ${g.bonus}, reason: 全年项目工作高质量完成 }\npeople:`);
  return files;
}

/** Every date written anywhere in the workspace: the days on which something can change. */
function eventDates(files: Files): Set<string> {
  const out = new Set<string>();
  for (const v of Object.values(files)) for (const m of (typeof v === 'string' ? v : new TextDecoder().decode(v)).matchAll(/\d{4}-\d{2}-\d{2}/g)) out.add(m[0]);
  return out;
}

const key = (i: OverdueItem) => `${i.kind}|${i.ref}|${i.project ?? ''}|${i.unit ?? ''}|${i.person ?? ''}`;

function validWorkspace(g: Gen): { files: Files; model: Model } | null {
  const files = build(g);
  const errors = validateMemory(files).filter((d) => d.severity === 'error');
  if (errors.length) {
    stats.discarded++;
    const r = `${errors[0].rule} ${errors[0].message}`.slice(0, 100);
    stats.discardReasons.set(r, (stats.discardReasons.get(r) ?? 0) + 1);
    return null;
  }
  stats.workspaces++;
  return { files, model: loadMemory(files).model };
}

const dayArb = fc.integer({ min: 0, max: 450 }).map((n) => addDays('2022-01-01', n));

describe('fuzz: engine invariants over random valid workspaces', () => {
  afterAll(() => {
    console.log(`fuzz engine: seed ${SEED}, ${stats.workspaces} valid workspaces (${stats.discarded} generated ones discarded${stats.discardReasons.size ? ': ' + [...stats.discardReasons].map(([r, n]) => `${n}× ${r}`).join('; ') : ''}), ` +
      `${stats.dayPairs} day pairs D/D+1 with ${stats.itemsCompared} overdue items compared (${stats.vanished} resolved by a dated event), ${stats.escalationRows} escalation rows and ${stats.gateChecks} gate checks, ` +
      `${stats.pureStates} random handling histories, ${stats.scores} unit scores; 0 violations`);
  });

  it('overdue on D stays overdue on D+1 unless a record dated D+1 resolved it', () => {
    fc.assert(fc.property(genArb, fc.array(dayArb, { minLength: 1, maxLength: 4 }), fc.array(frac, { minLength: 1, maxLength: 4 }), (g, random, eves) => {
      const w = validWorkspace(g);
      if (!w) return;
      const events = eventDates(w.files);
      // random days, and the eves of days on which the records say something happened
      const sorted = [...events].filter((e) => e >= '2022-01-02').sort();
      const days = [...random, ...eves.map((f) => addDays(sorted[Math.floor(f * sorted.length)], -1))];
      for (const d of days) {
        const next = addDays(d, 1);
        const a = overdue(snapshot(w.model, DECLARED, d));
        const b = new Map(overdue(snapshot(w.model, DECLARED, next)).map((i) => [key(i), i]));
        stats.dayPairs++;
        for (const i of a) {
          stats.itemsCompared++;
          const j = b.get(key(i));
          if (!j) {
            stats.vanished++;
            expect(events.has(next), `${key(i)} overdue on ${d} vanished on ${next}, but no record is dated ${next}`).toBe(true);
            continue;
          }
          expect(j.due).toBe(i.due);
          expect(j.daysOverdue).toBe(i.kind === 'ledger-late' ? i.daysOverdue : i.daysOverdue + 1);
        }
      }
    }), { seed: SEED, numRuns: RUNS });
  }, 600000);

  it('escalation eligibility never skips the gate (DS-3, DS-4)', () => {
    fc.assert(fc.property(genArb, fc.array(dayArb, { minLength: 1, maxLength: 4 }), (g, days) => {
      const w = validWorkspace(g);
      if (!w) return;
      for (const d of days) {
        for (const row of escalations(snapshot(w.model, DECLARED, d))) {
          stats.escalationRows++;
          const hs = handlingsOf(w.model, row.problem).filter((h) => h.date <= d);
          const l1 = hs.some((h) => h.level === 'L1' && h.outcome === 'unresolved');
          const l2 = hs.some((h) => h.level === 'L2' && h.outcome === 'unresolved');
          if (row.eligibleFor === 'L2') expect(l1).toBe(true);
          if (row.eligibleFor === 'L3') expect(l1 && l2).toBe(true);
          if (row.eligibleFor === null && row.level !== 'L3') expect(row.missing.length).toBeGreaterThan(0);
        }
      }
      // a workspace that validates clean never bypassed the gate at L3 (DS-4 is an error there)
      for (const d of w.model.dispatches)
        for (const p of d.data.problems) {
          stats.gateChecks++;
          const gc = gateCheck(handlingsOf(w.model, p.problem), d);
          if (!gc.ok) expect({ level: d.data.level, severity: gc.severity }).toEqual({ level: 'leader', severity: 'warning' });
        }
    }), { seed: SEED + 1, numRuns: Math.ceil(RUNS / 2) });
  }, 600000);

  it('escalation state on random handling histories: the level is the highest reached; L3 only through L1 and L2', () => {
    const levels = ['L1', 'L2', 'L3'] as const;
    const hArb = fc.array(fc.record({ level: fc.constantFrom(...levels), outcome: fc.constantFrom('resolved' as const, 'unresolved' as const), day: fc.integer({ min: 0, max: 60 }), lead: fc.boolean(), fits: fc.boolean() }), { maxLength: 8 });
    fc.assert(fc.property(hArb, fc.integer({ min: 0, max: 70 }), (raw, asOfDay) => {
      stats.pureStates++;
      const asOf = addDays('2022-01-01', asOfDay);
      const hs: Handling[] = raw.map((h, index) => {
        const date = addDays('2022-01-01', h.day);
        const dispatch = { data: { id: `d${index}`, date, level: h.level === 'L1' ? (h.lead ? 'lead-unit' : 'center') : h.level === 'L2' ? 'leader' : 'main', problems: [] } } as unknown as Rec<Dispatch>;
        return { dispatch, index: 0, level: h.level, date, outcome: h.outcome, fits: h.fits };
      }).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      const st = escalationState(hs, asOf);
      // only fitting handlings are steps (DS-7); L3 needs the lead unit's own L1 step (DS-3)
      const seen = hs.filter((h) => h.date <= asOf && h.fits);
      const rank = { L1: 1, L2: 2, L3: 3 };
      expect(rank[st.level]).toBe(Math.max(1, ...seen.map((h) => rank[h.level])));
      const l1 = seen.some((h) => h.level === 'L1' && h.outcome === 'unresolved');
      const l1Lead = seen.some((h) => h.dispatch.data.level === 'lead-unit' && h.outcome === 'unresolved');
      const l2 = seen.some((h) => h.level === 'L2' && h.outcome === 'unresolved');
      if (st.eligibleFor === 'L2') expect(l1 && st.level === 'L1').toBe(true);
      if (st.eligibleFor === 'L3') expect(l1Lead && l2).toBe(true);
      if (st.eligibleFor === null && st.level !== 'L3') expect(st.missing.length).toBeGreaterThan(0);
      for (const h of hs) if (h.level === 'L3') {
        const g = gateCheck(hs, h.dispatch);
        const prior = hs.filter((x) => x.dispatch !== h.dispatch && x.date <= h.date && x.fits);
        if (g.ok) expect(prior.some((x) => x.dispatch.data.level === 'lead-unit' && x.outcome === 'unresolved') && prior.some((x) => x.level === 'L2' && x.outcome === 'unresolved')).toBe(true);
      }
    }), { seed: SEED + 2, numRuns: RUNS * 10 });
  });

  it('scores stay within 0..100 plus the unit\'s bonus (AS-6)', () => {
    const periodArb: fc.Arbitrary<Period> = fc.oneof(
      fc.integer({ min: 1, max: 12 }).map((m) => ({ kind: 'month' as const, id: monthId(m) })),
      fc.integer({ min: 1, max: 4 }).map((q) => ({ kind: 'quarter' as const, id: `2022-Q${q}` })),
      fc.constant({ kind: 'year' as const, id: '2022' }),
    );
    fc.assert(fc.property(genArb, periodArb, dayArb, (g, period, asOf) => {
      const w = validWorkspace(g);
      if (!w) return;
      const r = score(snapshot(w.model, DECLARED, asOf), period);
      for (const u of r.units) {
        stats.scores++;
        const bonus = period.kind === 'year' ? (w.model.units.get(u.unit)?.data.bonus ?? []).filter((b) => Number(b.year) === 2022).reduce((s, b) => s + b.points, 0) : 0;
        expect(u.bonus).toBe(bonus);
        for (const c of Object.values(u.components)) {
          expect(c.onTime + c.late + c.missed).toBe(c.total);
          if (c.ratio !== null) { expect(c.ratio).toBeGreaterThanOrEqual(0); expect(c.ratio).toBeLessThanOrEqual(1); }
        }
        if (u.base === null) { expect(u.score).toBeNull(); continue; }
        expect(u.base).toBeGreaterThanOrEqual(0);
        expect(u.base).toBeLessThanOrEqual(100);
        expect(u.score).toBeCloseTo(u.base + u.bonus, 6);
      }
    }), { seed: SEED + 3, numRuns: RUNS });
  }, 600000);
});
