// The audit findings (HI-1..HI-3) from a repository with a known history: every finding is
// asserted, and the ones that must not be there are asserted absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, noTrail, logEntries, problemLife, resolveRecord, trailPaths, zonedIso, type AuditFinding, type AuditResult, type Trail } from '../../src/engine/index.js';
import { eventsOfPaths, readVersions, readTrail } from '../../src/history/index.js';
import { loadModel, type Loaded } from '../../src/model/load.js';
import { CENTER, LEAD, LIAISON, OUTSIDER, type Repo } from './repo.js';
import { auditScenario, L1, L2, L3, PROJECT, REVIEW_NEW, REVIEW_OLD } from './scenario.js';

const brief = (f: AuditFinding) => ({ kind: f.kind, rule: f.rule, file: f.file, commit: f.commit?.commit, email: f.commit?.email });

describe('audit (HI-1..HI-3) on a known history', () => {
  let repo: Repo;
  let c: Record<string, string>;
  let loaded: Loaded;
  let trail: Trail;
  let r: AuditResult;
  const present = () => new Set(loaded.workspace.files.map((f) => f.file.path));
  beforeAll(() => {
    ({ repo, c } = auditScenario());
    loaded = loadModel(repo.ws, { lang: 'en' });
    trail = readTrail(repo.ws);
    r = audit(loaded.model, trail, present());
  });
  afterAll(() => repo.done());

  it('the history is whole: git, not shallow, every commit of the workspace', () => {
    expect(r.history).toEqual({ source: 'git', head: c.rm, shallow: false, commits: 10, complete: true });
    expect(r.unchecked).toEqual([]);
  });

  it('HI-1: the February ledger committed 2022-02-28T16:10Z (00:10 on 1 March in Asia/Shanghai) is late by 1 day; January is on time', () => {
    const late = r.findings.filter((f) => f.kind === 'late');
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ rule: 'HI-1', file: L2, project: 'KZ-2022-001', month: '2022-02', due: '2022-02-28', lateDays: 1, source: 'git', date: '2022-03-01', at: Date.parse('2022-02-28T16:10:00Z') });
    expect(late[0].commit).toMatchObject({ commit: c.l2, email: LIAISON.email });
  });

  it('HI-1: a declared submitted_on that git contradicts by more than a day (2022-02-25 declared, 2022-03-01 in git)', () => {
    expect(r.findings.filter((f) => f.kind === 'declared-mismatch')).toEqual([
      expect.objectContaining({ rule: 'HI-1', file: L2, month: '2022-02', declared: '2022-02-25', date: '2022-03-01', days: 4 }),
    ]);
  });

  it('HI-2: amendments after the due time, by the lead unit, the liaison and an outsider, each with its commit', () => {
    const am = r.findings.filter((f) => f.kind === 'amended');
    expect(am.map(brief)).toEqual([
      { kind: 'amended', rule: 'HI-2', file: L1, commit: c.lead, email: LEAD.email },
      { kind: 'amended', rule: 'HI-2', file: L2, commit: c.fix, email: LIAISON.email },
      { kind: 'amended', rule: 'HI-2', file: L2, commit: c.outL2, email: OUTSIDER.email },
    ]);
    expect(am[0]).toMatchObject({ month: '2022-01', due: '2022-01-31', date: '2022-02-10' });
    expect(am[2].change).toMatchObject({ status: 'M', path: L2 });
    expect(am[2].date).toBe('2022-03-06'); // 03:00Z = 11:00 in the workspace zone
  });

  it('HI-3: the outsider\'s changes to a ledger, to the project file and the deletion; not the liaison\'s, the lead unit\'s or the center\'s', () => {
    const un = r.findings.filter((f) => f.kind === 'unauthorised');
    expect(un.map(brief)).toEqual([
      { kind: 'unauthorised', rule: 'HI-3', file: L2, commit: c.outL2, email: OUTSIDER.email },
      { kind: 'unauthorised', rule: 'HI-3', file: PROJECT, commit: c.outP, email: OUTSIDER.email },
      { kind: 'unauthorised', rule: 'HI-3', file: L3, commit: c.rm, email: OUTSIDER.email },
    ]);
    expect(un[0].units).toEqual(['kz-urban-invest', 'transport-bureau', 'drc-center']);
    expect(un.every((f) => f.project === 'KZ-2022-001')).toBe(true);
    expect(r.findings.some((f) => f.kind === 'unauthorised' && [LIAISON.email, LEAD.email, CENTER.email].includes(f.commit!.email))).toBe(false);
  });

  it('records deleted and ids renamed', () => {
    expect(r.findings.filter((f) => f.kind === 'deleted').map((f) => ({ ...brief(f), restored: f.restored, month: f.month }))).toEqual([
      { kind: 'deleted', rule: 'HI-2', file: L3, commit: c.rm, email: OUTSIDER.email, restored: false, month: '2022-03' },
    ]);
    expect(r.findings.filter((f) => f.kind === 'renamed').map((f) => ({ ...brief(f), from: f.from, idChanged: f.idChanged }))).toEqual([
      { kind: 'renamed', rule: 'HI-2', file: REVIEW_NEW, from: REVIEW_OLD, idChanged: true, commit: c.mv, email: CENTER.email },
    ]);
  });

  it('nothing else: the findings are exactly these, in group order', () => {
    expect(r.findings.map((f) => f.kind)).toEqual(['late', 'amended', 'amended', 'amended', 'unauthorised', 'unauthorised', 'unauthorised', 'deleted', 'renamed', 'declared-mismatch']);
  });

  it('--month: a ledger\'s findings by its month, the others by the month of the commit; --since: from a date', () => {
    const feb = audit(loaded.model, trail, present(), { month: '2022-02' });
    expect(feb.findings.map((f) => `${f.kind}:${f.file}`)).toEqual([`late:${L2}`, `amended:${L2}`, `amended:${L2}`, `unauthorised:${L2}`, `declared-mismatch:${L2}`]);
    const mar = audit(loaded.model, trail, present(), { month: '2022-03' });
    expect(mar.findings.map((f) => `${f.kind}:${f.file}`)).toEqual([`unauthorised:${PROJECT}`, `unauthorised:${L3}`, `deleted:${L3}`, `renamed:${REVIEW_NEW}`]);
    const since = audit(loaded.model, trail, present(), { since: '2022-03-07' });
    expect(since.findings.map((f) => f.kind)).toEqual(['unauthorised', 'unauthorised', 'deleted', 'renamed']);
  });

  it('a shallow clone is reported as such: no git findings, lateness from declared dates only', () => {
    const clone = repo.shallowClone();
    try {
      const m = loadModel(clone.ws, { lang: 'en' });
      const s = audit(m.model, readTrail(clone.ws), new Set());
      expect(s.history).toMatchObject({ source: 'git', shallow: true, complete: false, commits: 1 });
      expect(s.findings.map((f) => f.kind)).toEqual(['history-unavailable']);
      expect(s.findings[0]).toMatchObject({ rule: 'HI-1', reason: 'shallow' });
    } finally { clone.done(); }
  });

  it('no repository, or --no-git: reported, and late ledgers judged from declared dates', () => {
    const none = audit(loaded.model, noTrail('no-git'), present());
    expect(none.findings.map((f) => f.kind)).toEqual(['history-unavailable']);
    const lateDeclared = loadModel(repo.ws, { lang: 'en' });
    const l2 = lateDeclared.model.ledgerIndex.get('KZ-2022-001')!.get('2022-02')!;
    l2.data.submitted_on = '2022-03-02';
    const d = audit(lateDeclared.model, noTrail('not-a-repository'), present());
    expect(d.findings).toEqual([
      expect.objectContaining({ kind: 'history-unavailable', reason: 'not-a-repository' }),
      expect.objectContaining({ kind: 'late', source: 'declared', file: L2, lateDays: 2, date: '2022-03-02' }),
    ]);
  });

  it('HI-3 is not judged where none of owner, lead unit and center lists an e-mail: said, not silent', () => {
    const m = loadModel(repo.ws, { lang: 'en' }).model;
    for (const u of m.units.values()) for (const p of u.data.people) delete p.email;
    const x = audit(m, trail, present());
    expect(x.findings.some((f) => f.kind === 'unauthorised')).toBe(false);
    expect(x.unchecked).toEqual(['KZ-2022-001']);
  });
});

describe('kzp log: records, renames, field changes, a problem\'s life', () => {
  let repo: Repo;
  let c: Record<string, string>;
  let loaded: Loaded;
  let trail: Trail;
  beforeAll(() => {
    ({ repo, c } = auditScenario('ws'));
    loaded = loadModel(repo.ws, { lang: 'en' });
    trail = readTrail(repo.ws);
  });
  afterAll(() => repo.done());
  const known = () => new Set([...trailPaths(trail), ...loaded.workspace.byPath.keys()]);
  const log = (record: string) => {
    const ref = resolveRecord(record, known(), loaded.model)!;
    const events = eventsOfPaths(trail, ref.paths);
    return { ref, entries: logEntries(events, readVersions(repo.ws, events.flatMap((e) => [e.change.oldBlob, e.change.newBlob])), ref) };
  };

  it('resolves paths, ids of every kind, problems, and nothing for an unknown name', () => {
    const k = known();
    expect(resolveRecord(L2, k, loaded.model)).toEqual({ kind: 'path', record: L2, paths: [L2] });
    expect(resolveRecord('KZ-2022-001', k, loaded.model)).toMatchObject({ kind: 'project', paths: [L1, L2, L3, PROJECT] });
    expect(resolveRecord('drc-center', k, loaded.model)).toMatchObject({ kind: 'unit', paths: ['units/drc-center.yaml'] });
    expect(resolveRecord('annual-2022', k, loaded.model)).toMatchObject({ kind: 'list', paths: ['lists/annual-2022.yaml'] });
    expect(resolveRecord('2022-01-20-review', k, loaded.model)).toMatchObject({ kind: 'review', paths: [REVIEW_OLD] });
    expect(resolveRecord('KZ-2022-001/P1', k, loaded.model)).toMatchObject({ kind: 'problem', project: 'KZ-2022-001', problem: 'P1' });
    expect(resolveRecord('KZ-2099-001', k, loaded.model)).toBeNull();
    expect(resolveRecord('ledgers/2030-01/X.yaml', k, loaded.model)).toBeNull();
    expect(resolveRecord('KZ-2099-001/P1', k, loaded.model)).toBeNull();
  });

  it('a project: its file and its ledgers, every commit, field by field, the deleted ledger included', () => {
    const { entries } = log('KZ-2022-001');
    expect(entries.map((e) => e.commit.commit)).toEqual([c.init, c.l1, c.l2, c.lead, c.fix, c.outL2, c.outP, c.l3, c.rm]);
    const fix = entries.find((e) => e.commit.commit === c.fix)!;
    expect(fix.files).toEqual([{ path: L2, status: 'modified', fields: [{ path: 'progress.invested', change: 'changed', from: 450, to: 480 }] }]);
    expect(entries.find((e) => e.commit.commit === c.outP)!.files[0].fields).toEqual([{ path: 'total_investment', change: 'changed', from: 12800, to: 13800 }]);
    expect(entries.find((e) => e.commit.commit === c.rm)!.files).toEqual([{ path: L3, status: 'deleted', fields: [] }]);
  });

  it('a renamed record: followed back to its first path, the rename with its field change', () => {
    const { entries } = log(REVIEW_NEW);
    expect(entries.map((e) => e.files[0])).toEqual([
      { path: REVIEW_OLD, status: 'added', fields: [] },
      { path: REVIEW_NEW, status: 'renamed', from: REVIEW_OLD, fields: [{ path: 'id', change: 'changed', from: '2022-01-20-review', to: '2022-01-21-review' }] },
    ]);
  });

  it('a problem: only the commits that changed its own item, in ledgers and dispatches; its life and handlings', () => {
    const { entries } = log('KZ-2022-001/P1');
    expect(entries.map((e) => e.commit.commit)).toEqual([c.init, c.l1, c.l2, c.outL2, c.l3, c.rm]);
    expect(entries[0].files.map((f) => f.path)).toEqual(['reviews/2022/2022-01-18-transport.yaml', 'reviews/2022/2022-02-16-liu-yang.yaml', 'reviews/2022/2022-02-28-main.yaml']);
    expect(entries[0].files[0].fields).toEqual([{ path: 'problems[KZ-2022-001/P1]', change: 'added', to: { problem: 'KZ-2022-001/P1', outcome: 'unresolved', assigned_to: 'hanfeng-street', due: '2022-02-15' } }]);
    expect(entries[3].files).toEqual([{ path: L2, status: 'modified', fields: [{ path: 'problems[P1].due', change: 'changed', from: '2022-03-31', to: '2022-04-30' }] }]);
    expect(entries[5].files[0]).toMatchObject({ path: L3, status: 'deleted', fields: [{ path: 'problems[P1]', change: 'removed' }] });
    // P2 (resolved in February) is not P1: the lead unit's January edit did not touch P1
    expect(entries.some((e) => e.commit.commit === c.lead || e.commit.commit === c.fix)).toBe(false);
    const life = problemLife(loaded.model, 'KZ-2022-001/P1');
    expect(life).toMatchObject({ key: 'KZ-2022-001/P1', raisedOn: '2022-01-10', open: true, resolvedOn: null });
    expect(life.months.map((x) => [x.month, x.status, x.due])).toEqual([['2022-01', 'open', '2022-03-31'], ['2022-02', 'open', '2022-04-30']]);
    expect(life.handlings.map((h) => [h.dispatch, h.level, h.outcome, h.assignedTo])).toEqual([
      ['2022-01-18-transport', 'L1', 'unresolved', 'hanfeng-street'], ['2022-02-16-liu-yang', 'L2', 'unresolved', 'planning-bureau'], ['2022-02-28-main', 'L3', 'unresolved', null],
    ]);
    const p2 = problemLife(loaded.model, 'KZ-2022-001/P2');
    expect(p2).toMatchObject({ open: false, resolvedOn: '2022-02-24', handlings: [] });
  });

  it('times in the workspace zone, whatever offset the committer had', () => {
    expect(zonedIso(Date.parse('2022-02-28T16:10:00Z'), 'Asia/Shanghai')).toBe('2022-03-01T00:10:00+08:00');
    expect(zonedIso(Date.parse('2022-10-31T23:30:00+08:00'), 'Asia/Shanghai')).toBe('2022-10-31T23:30:00+08:00');
    expect(zonedIso(Date.parse('2022-07-01T12:00:00Z'), 'America/New_York')).toBe('2022-07-01T08:00:00-04:00');
    expect(zonedIso(Date.parse('2022-07-01T12:00:00Z'), 'UTC')).toBe('2022-07-01T12:00:00+00:00');
  });
});

describe('zoned(): many instants in the workspace zone, the same answers as calendar.ts', () => {
  it('across daylight-saving transitions, half-hour zones and UTC offsets', async () => {
    const { civilDate, civilDateTime } = await import('../../src/engine/calendar.js');
    const { zoned } = await import('../../src/engine/index.js');
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC']) {
      const z = zoned(tz);
      // every 7 minutes and 13 seconds through 2022: both transitions of every zone above are crossed
      for (let ms = Date.parse('2022-01-01T00:00:00Z'); ms < Date.parse('2023-01-01T00:00:00Z'); ms += 433000 * 37) {
        expect(z.date(ms)).toBe(civilDate(ms, tz));
        expect(z.dateTime(ms)).toBe(civilDateTime(ms, tz));
      }
    }
    expect(zoned('Australia/Lord_Howe').iso(Date.parse('2022-07-01T00:00:00Z'))).toBe('2022-07-01T10:30:00+10:30');
    // the second before and the second of a transition
    const ny = zoned('America/New_York');
    expect(ny.iso(Date.parse('2022-03-13T06:59:59Z'))).toBe('2022-03-13T01:59:59-05:00');
    expect(ny.iso(Date.parse('2022-03-13T07:00:00Z'))).toBe('2022-03-13T03:00:00-04:00');
    expect(ny.iso(Date.parse('2022-11-06T05:59:59Z'))).toBe('2022-11-06T01:59:59-04:00');
    expect(ny.iso(Date.parse('2022-11-06T06:00:00Z'))).toBe('2022-11-06T01:00:00-05:00');
  });
});
