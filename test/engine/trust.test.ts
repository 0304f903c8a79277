// HI-1: which ledger arrivals git can vouch for (engine/audit/trust.ts). Pure trails, explicit dates.
import { describe, expect, it } from 'vitest';
import { factsOfTrail, IMPORT_MONTHS, summaryOf, trustOf, type TrailChange, type TrailCommit, type TrailSummary } from '../../src/engine/index.js';
import { lineages } from '../../src/history/index.js';

const TZ = { timezone: 'Asia/Shanghai' };
const add = (path: string): TrailChange => ({ status: 'A', path, oldBlob: null, newBlob: 'b' });
const ledger = (month: string, p = 'KZ-2022-001') => add(`ledgers/${month}/${p}.yaml`);
let n = 0;
const commit = (iso: string, changes: TrailChange[], root = false): TrailCommit => {
  const c: TrailCommit = { commit: `c${++n}`.padEnd(40, '0'), at: Date.parse(iso), offset: '+0800', author: 'a', email: 'a@x', message: 'm', changes };
  if (root) c.root = true;
  return c;
};
/** What the engine judges trust on: the summary of a trail of these commits. */
const trail = (commits: TrailCommit[]): TrailSummary => summaryOf({ source: 'git', head: commits[commits.length - 1].commit, commits, lineages: lineages(commits) });

describe('trustOf', () => {
  it('a root commit that adds ledgers: their arrival is not from git, with the commit and the count', () => {
    const root = commit('2023-06-01T09:00:00+08:00', [add('kzp.yaml'), ledger('2022-01'), ledger('2022-02')], true);
    const t = trail([root]);
    const trust = trustOf(t, TZ);
    expect([...trust.arrivals].sort()).toEqual(['ledgers/2022-01/KZ-2022-001.yaml', 'ledgers/2022-02/KZ-2022-001.yaml']);
    const { changes: _, ...fact } = root;
    expect(trust.note).toEqual({ imports: [{ commit: fact, ledgers: 2, root: true }] });
    const facts = factsOfTrail(t, trust);
    expect(facts.files.get('ledgers/2022-01/KZ-2022-001.yaml')!.added).toBeUndefined();
    expect(facts.files.get('kzp.yaml')!.added).toBeDefined();
    expect(facts.untrusted).toBe(trust.note);
  });

  it(`the first ledger commit adding ${IMPORT_MONTHS} months at once is an import; fewer months is a submission`, () => {
    const setup = commit('2022-01-05T09:00:00+08:00', [add('kzp.yaml')], true);
    const bulk = trail([setup, commit('2022-06-01T09:00:00+08:00', [ledger('2022-01'), ledger('2022-02'), ledger('2022-03', 'KZ-2022-002')])]);
    expect(trustOf(bulk, TZ).arrivals.size).toBe(3);
    expect(trustOf(bulk, TZ).note!.imports[0]).toMatchObject({ ledgers: 3, root: false });
    const two = trail([setup, commit('2022-02-25T09:00:00+08:00', [ledger('2022-01'), ledger('2022-02')])]);
    expect(trustOf(two, TZ)).toMatchObject({ arrivals: new Set(), note: undefined });
    // a later commit with months of ledgers is a catch-up by someone late, not an import
    const later = trail([setup, commit('2022-02-25T09:00:00+08:00', [ledger('2022-01')]), commit('2022-06-01T09:00:00+08:00', [ledger('2022-02'), ledger('2022-03'), ledger('2022-04')])]);
    expect(trustOf(later, TZ).arrivals.size).toBe(0);
  });

  it('history_since: arrivals and changes before the date (in the workspace zone) are not from git', () => {
    const setup = commit('2022-01-05T09:00:00+08:00', [add('kzp.yaml')], true);
    const jan = commit('2022-01-31T16:30:00Z', [ledger('2022-01')]);          // 2022-02-01 00:30 in Shanghai
    const edit = commit('2022-02-01T10:00:00+08:00', [{ status: 'M', path: 'ledgers/2022-01/KZ-2022-001.yaml', oldBlob: 'a', newBlob: 'b' }]);
    const feb = commit('2022-03-02T09:00:00+08:00', [ledger('2022-02')]);
    const late = commit('2022-03-05T10:00:00+08:00', [{ status: 'M', path: 'ledgers/2022-01/KZ-2022-001.yaml', oldBlob: 'b', newBlob: 'c' }]);
    const t = trail([setup, jan, edit, feb, late]);
    const trust = trustOf(t, { ...TZ, history_since: '2022-02-02' });
    expect([...trust.arrivals]).toEqual(['ledgers/2022-01/KZ-2022-001.yaml']);
    expect(trust.note).toEqual({ imports: [], since: { date: '2022-02-02', ledgers: 1 } });
    expect(trust.before(jan)).toBe(true);
    expect(trust.before(feb)).toBe(false);
    expect(trustOf(t, { ...TZ, history_since: '2022-02-01' }).arrivals.size).toBe(0);  // 00:30 on 1 February is not before it
    const facts = factsOfTrail(t, trust);
    expect(facts.files.get('ledgers/2022-02/KZ-2022-001.yaml')!.added!.commit).toBe(feb.commit);
    expect(facts.files.get('ledgers/2022-01/KZ-2022-001.yaml')!.changes.map((c) => c.commit)).toEqual([late.commit]);
  });

  it('history_since with every arrival after it still drops the changes before it; without it the lives are the summary\'s', () => {
    const setup = commit('2022-01-05T09:00:00+08:00', [add('kzp.yaml')], true);
    const early = commit('2022-01-06T09:00:00+08:00', [{ status: 'M', path: 'kzp.yaml', oldBlob: 'a', newBlob: 'b' }]);
    const jan = commit('2022-01-30T09:00:00+08:00', [ledger('2022-01')]);
    const t = trail([setup, early, jan]);
    const trust = trustOf(t, { ...TZ, history_since: '2022-01-10' });
    expect(trust.arrivals.size).toBe(0);
    expect(factsOfTrail(t, trust).files.get('kzp.yaml')!.changes).toEqual([]);
    const plain = factsOfTrail(t, trustOf(t, TZ));
    expect(plain.files.get('kzp.yaml')!.changes.map((c) => c.commit)).toEqual([early.commit]);
    expect(plain.files).toBe(t.files);
  });
});
