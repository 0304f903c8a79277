// The trail reader: one `git log --raw` pass, one `git cat-file --batch`, one `git ls-tree`;
// the same reading of renames, deletions and re-adds as readHistory (HI-1, HI-2), in a
// workspace that is a Chinese-named subfolder of its repository.
import { symlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOfTrail, summaryOf, type Trail } from '../../src/engine/index.js';
import { AtError, eventsOfPaths, lineages, readBlobs, readHistory, readTrail, resolveCommit, runGit, treeAt, workspaceAt } from '../../src/history/index.js';
import { CENTER, gitBase, LIAISON, OUTSIDER, Repo } from './repo.js';

const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';

describe('readTrail (one git log pass)', () => {
  let repo: Repo;
  let c: Record<string, string>;
  beforeAll(() => {
    repo = new Repo('开州区/重点项目');
    const files = gitBase();
    const { [L1]: l1, [L2]: l2, ...rest } = files;
    repo.writeAll(rest);
    c = {};
    c.init = repo.commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
    repo.write(L1, l1);
    c.l1 = repo.commit('1月台账', '2022-01-27T10:00:00+08:00');
    repo.write(L2, l2);
    c.l2 = repo.commit('2月台账', '2022-02-28T16:10:00Z');
    repo.edit(L2, (s) => s.replace('invested: 450', 'invested: 480'));
    c.fix = repo.commit('更正2月投资', '2022-03-05T10:00:00+08:00');
    repo.mv('reviews/2022/2022-01-20-review.yaml', 'reviews/2022/2022-01-21-review.yaml');
    c.mv = repo.commit('会审编号更正', '2022-03-08T09:00:00+08:00', CENTER);
    repo.rm(L1);
    c.rm = repo.commit('删除1月台账', '2022-03-09T09:00:00+08:00', OUTSIDER);
    repo.write(L1, l1);
    c.readd = repo.commit('恢复1月台账', '2022-03-10T09:00:00+08:00');
    // a commit outside the workspace folder is not part of its trail
    repo.write('../README.md', 'x');
    repo.commit('仓库说明', '2022-03-11T09:00:00+08:00');
  });
  afterAll(() => repo.done());

  it('reads every commit of the workspace folder, oldest first, with workspace-relative paths and blob ids', () => {
    const trail = readTrail(repo.ws);
    expect(trail.source).toBe('git');
    expect(trail.shallow).toBeUndefined();
    expect(trail.commits.map((x) => x.commit)).toEqual([c.init, c.l1, c.l2, c.fix, c.mv, c.rm, c.readd]);
    const l2 = trail.commits[2];
    expect(l2).toMatchObject({ author: LIAISON.name, email: LIAISON.email, message: '2月台账', offset: '+0000', at: Date.parse('2022-02-28T16:10:00Z') });
    expect(l2.changes).toEqual([{ status: 'A', path: L2, oldBlob: null, newBlob: expect.stringMatching(/^[0-9a-f]{40}$/) }]);
    const fix = trail.commits[3].changes[0];
    expect(fix).toMatchObject({ status: 'M', path: L2, oldBlob: l2.changes[0].newBlob });
    expect(trail.commits[4].changes[0]).toMatchObject({ status: 'R', score: 100, from: 'reviews/2022/2022-01-20-review.yaml', path: 'reviews/2022/2022-01-21-review.yaml' });
    expect(trail.commits[5].changes[0]).toMatchObject({ status: 'D', path: L1, newBlob: null });
    expect(trail.commits[0].offset).toBe('+0800');
  });

  it('gives the submission facts from the same pass (renames, deletion, re-add)', () => {
    const facts = factsOfTrail(summaryOf(readTrail(repo.ws)));
    const hist = readHistory(repo.ws);
    expect(facts.source).toBe('git');
    expect(facts.head).toBe(hist.head);
    expect(new Map([...facts.files].sort())).toEqual(new Map([...hist.files].sort()));
    const l1 = facts.files.get(L1)!;
    expect(l1.added?.commit).toBe(c.l1);               // the first arrival stays the submission (HI-1)
    expect(l1.changes.map((x) => x.commit)).toEqual([c.readd]);
    expect(l1.deleted).toBeUndefined();
    expect(facts.files.get('reviews/2022/2022-01-21-review.yaml')?.renamedFrom).toEqual(['reviews/2022/2022-01-20-review.yaml']);
  });

  it('honours --at: the trail stops at the commit', () => {
    const trail = readTrail(repo.ws, { at: c.fix });
    expect(trail.head).toBe(c.fix);
    expect(trail.commits.map((x) => x.commit)).toEqual([c.init, c.l1, c.l2, c.fix]);
  });

  it('follows a file back through its rename, and takes a rename away from a path', () => {
    const trail = readTrail(repo.ws);
    const evs = eventsOfPaths(trail, ['reviews/2022/2022-01-21-review.yaml']);
    expect(evs.map((e) => [e.commit.commit, e.change.status])).toEqual([[c.init, 'A'], [c.mv, 'R']]);
    const old = eventsOfPaths(trail, ['reviews/2022/2022-01-20-review.yaml']);
    expect(old.map((e) => [e.commit.commit, e.change.status])).toEqual([[c.init, 'A'], [c.mv, 'R']]);
    const l1 = eventsOfPaths(trail, [L1, L1]);
    expect(l1.map((e) => e.change.status)).toEqual(['A', 'D', 'A']);
  });

  it('reads any number of blobs in one cat-file --batch, bytes exact', () => {
    const trail = readTrail(repo.ws);
    const oids = trail.commits.flatMap((x) => x.changes.flatMap((ch) => [ch.oldBlob, ch.newBlob])).filter((x): x is string => !!x);
    const blobs = readBlobs(repo.ws, [...oids, 'f'.repeat(40)]);
    expect(blobs.size).toBe(new Set(oids).size);
    const fix = trail.commits[3].changes[0];
    expect(new TextDecoder().decode(blobs.get(fix.newBlob!)!)).toBe(repo.read(L2));
    expect(new TextDecoder().decode(blobs.get(fix.oldBlob!)!)).toMatch(/invested: 450/);
  });

  it('lists the workspace folder at a commit and reads it from blobs (Chinese folder names)', () => {
    const tree = treeAt(repo.ws, c.l2);
    expect(tree.map((e) => e.path)).toContain(L2);
    expect(tree.map((e) => e.path)).not.toContain('README.md');
    const ws = workspaceAt(repo.ws, c.l2, 'en');
    expect(ws.commit).toBe(c.l2);
    expect(ws.at).toBe(Date.parse('2022-02-28T16:10:00Z'));
    expect(ws.list.map((l) => l.rel)).toContain('reviews/2022/2022-01-20-review.yaml');
    expect(new TextDecoder().decode(ws.read(L2)!)).toMatch(/invested: 450/);
    expect(ws.read('nope.yaml')).toBeNull();
  });

  it('a bad REF, a folder that was no workspace yet, and no repository are told apart', () => {
    expect(resolveCommit(repo.ws, 'no-such-branch')).toEqual({ ok: false, reason: 'bad-ref' });
    expect(() => workspaceAt(repo.ws, 'no-such-branch', 'en')).toThrow(AtError);
    const empty = new Repo('ws');
    try {
      empty.write('kzp.yaml', 'kzp: 1\n');
      empty.write('../other.txt', 'x');
      const first = empty.commit('other', '2022-01-01T00:00:00+08:00');
      empty.write('units/a.yaml', 'id: a\n');
      empty.commit('x', '2022-01-02T00:00:00+08:00');
      // kzp.yaml was in the first commit; remove it for a later one
      empty.rm('kzp.yaml');
      const later = empty.commit('rm', '2022-01-03T00:00:00+08:00');
      expect(() => workspaceAt(empty.ws, later, 'en')).toThrow(expect.objectContaining({ reason: 'no-config' }));
      expect(workspaceAt(empty.ws, first, 'en').commit).toBe(first);
    } finally { empty.done(); }
    expect(resolveCommit('/', 'HEAD')).toMatchObject({ ok: false, reason: 'not-a-repository' });
  });

  it('follows a symbolic link inside the workspace at the commit; one out of it is a diagnostic, not a silent gap', () => {
    const r = new Repo('ws');
    try {
      r.writeAll(gitBase());
      symlinkSync('../../README.md', r.path('units/outside.yaml'));
      r.write('../README.md', 'x');
      symlinkSync('annual-2022.yaml', r.path('lists/annual-copy.yaml'));
      const head = r.commit('links', '2022-01-05T09:00:00+08:00');
      const ws = workspaceAt(r.ws, head, 'en');
      expect(new TextDecoder().decode(ws.read('lists/annual-copy.yaml')!)).toMatch(/^id: annual-2022/);
      expect(ws.read('units/outside.yaml')).toBeNull();
      expect(ws.diagnostics).toEqual([expect.objectContaining({ file: 'units/outside.yaml', line: 1, column: 1, severity: 'error', message: expect.stringMatching(/symbolic link/) })]);
    } finally { r.done(); }
  });

  it('a shallow clone keeps what it has and says it is shallow', () => {
    const clone = repo.shallowClone();
    try {
      const trail: Trail = readTrail(clone.ws);
      expect(trail).toMatchObject({ source: 'git', shallow: true, reason: 'shallow' });
      expect(trail.commits).toHaveLength(1);
      expect(factsOfTrail(summaryOf(trail))).toMatchObject({ source: 'declared', reason: 'shallow' });
      expect(readHistory(clone.ws)).toMatchObject({ source: 'declared', reason: 'shallow' });
    } finally { clone.done(); }
  });

  it('runs git a fixed number of times, whatever the number of files', () => {
    const calls: string[][] = [];
    const git = (args: string[], cwd: string) => { calls.push(args); return runGit(args, cwd); };
    readTrail(repo.ws, { git });
    expect(calls.filter((a) => a.includes('log'))).toHaveLength(1);
    calls.length = 0;
    workspaceAt(repo.ws, 'HEAD', 'en', git);
    expect(calls.filter((a) => a.includes('ls-tree'))).toHaveLength(1);
    expect(calls.length).toBeLessThanOrEqual(4);
    expect(readTrail(repo.ws).lineages.size).toBeGreaterThan(10);
  });
});

describe('eventsOfPaths (pure)', () => {
  const commit = (n: number, changes: Trail['commits'][number]['changes']) => ({ commit: `c${n}`, at: n * 1000, offset: '+0800', author: 'a', email: 'a@x', message: `m${n}`, changes });
  const commits: Trail['commits'] = [
    commit(1, [{ status: 'A', path: 'units/a.yaml', oldBlob: null, newBlob: 'b1' }]),
    // a renamed to b, and a new a created in the same commit: the new a is not b's past
    commit(2, [{ status: 'R', score: 90, from: 'units/a.yaml', path: 'units/b.yaml', oldBlob: 'b1', newBlob: 'b2' }, { status: 'A', path: 'units/a.yaml', oldBlob: null, newBlob: 'b3' }]),
    commit(3, [{ status: 'M', path: 'units/b.yaml', oldBlob: 'b2', newBlob: 'b4' }]),
    commit(4, [{ status: 'R', score: 100, from: 'units/b.yaml', path: 'units/c.yaml', oldBlob: 'b4', newBlob: 'b4' }]),
  ];
  const trail: Trail = { source: 'git', head: 'c4', commits, lineages: lineages(commits) };
  const walk = (p: string) => eventsOfPaths(trail, [p]).map((e) => `${e.commit.commit}:${e.change.status}:${e.change.path}`);
  it('follows renames back through every earlier path, and only those', () => {
    expect(walk('units/c.yaml')).toEqual(['c1:A:units/a.yaml', 'c2:R:units/b.yaml', 'c3:M:units/b.yaml', 'c4:R:units/c.yaml']);
    expect(walk('units/a.yaml')).toEqual(['c1:A:units/a.yaml', 'c2:R:units/b.yaml', 'c2:A:units/a.yaml']);
    expect(walk('units/none.yaml')).toEqual([]);
  });
  it('lineages: the same reading as readHistory (R100 is no change of content)', () => {
    const l = trail.lineages;
    expect(l.get('units/c.yaml')).toMatchObject({ renamedFrom: ['units/a.yaml', 'units/b.yaml'] });
    expect(l.get('units/c.yaml')!.changes.map((e) => e.commit.commit)).toEqual(['c2', 'c3']);
    expect(l.get('units/a.yaml')!.added!.commit.commit).toBe('c2');
  });
});
