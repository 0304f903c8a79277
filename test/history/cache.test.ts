// The history cache (src/history/cache.ts): the next run asks git only for the commits
// since the cached one, and gives exactly what a whole read gives — after new commits, after a
// rewrite (the whole log again), never from a cache not signed with this user's key.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsOfTrail, summaryOf, type Trail, type TrailSummary } from '../../src/engine/index.js';
import { readTrail, runGit, startSummary } from '../../src/history/index.js';
import { readCachedSummary, saveCachedSummary } from '../../src/history/cache.js';
import type { CommitFact, FileHistory } from '../../src/engine/index.js';
import { CENTER, gitBase, LIAISON, OUTSIDER, Repo } from './repo.js';

const keyDir = mkdtempSync(join(tmpdir(), 'kzp-key-'));
process.env.KZP_CACHE_KEY_DIR = keyDir;
const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';

/** readTrail with the cache (kept from the first commit on), and the git log calls it made. */
function cached(ws: string, extra: Record<string, unknown> = {}): { trail: Trail; logs: string[][] } {
  const logs: string[][] = [];
  const git = (args: string[], cwd: string) => { if (args.includes('log')) logs.push(args); return runGit(args, cwd); };
  return { trail: readTrail(ws, { cache: true, cacheMin: 1, git, ...extra }), logs };
}
/** startSummary with the cache, and the git log calls it made. */
async function summary(ws: string, extra: Record<string, unknown> = {}): Promise<{ s: TrailSummary; logs: string[][] }> {
  const logs: string[][] = [];
  const git = (args: string[], cwd: string) => { if (args.includes('log')) logs.push(args); return runGit(args, cwd); };
  return { s: await startSummary(ws, { cache: true, cacheMin: 1, git, ...extra }).wait(), logs };
}
/** What a run without any cache gives. */
const whole = (ws: string) => readTrail(ws);
const same = (a: Trail, b: Trail) => {
  expect(a.commits).toEqual(b.commits);
  expect(new Map([...a.lineages].sort())).toEqual(new Map([...b.lineages].sort()));
  expect(factsOfTrail(summaryOf(a))).toEqual(factsOfTrail(summaryOf(b)));
};

describe('history cache', () => {
  let repo: Repo;
  const file = () => join(repo.ws, '.kzp/cache/history.json');
  beforeAll(() => {
    repo = new Repo('开州区');
    const { [L1]: l1, [L2]: l2, ...rest } = gitBase();
    repo.writeAll(rest).commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
    repo.write(L1, l1).commit('1月台账', '2022-01-27T10:00:00+08:00', LIAISON);
    repo.write(L2, l2).commit('2月台账', '2022-03-01T10:00:00+08:00', LIAISON);
    writeFileSync(join(repo.dir, '.gitignore'), '.kzp/\n');
    repo.commit('忽略缓存', '2022-03-02T10:00:00+08:00', CENTER);
  });
  afterAll(() => { repo.done(); rmSync(keyDir, { recursive: true, force: true }); });

  it('the first run reads the whole log and keeps it; the second asks git for no log at all', () => {
    const first = cached(repo.ws);
    expect(first.logs).toHaveLength(1);
    expect(first.logs[0].some((a) => a.includes('..'))).toBe(false);
    expect(existsSync(file())).toBe(true);
    const second = cached(repo.ws);
    expect(second.logs).toEqual([]);
    same(second.trail, whole(repo.ws));
    same(first.trail, whole(repo.ws));
  });

  it('after new commits (a rename, an edit, a deletion): only CACHED..HEAD is read, the answer is the whole read\'s', () => {
    const before = repo.head();
    cached(repo.ws);
    repo.mv('reviews/2022/2022-01-20-review.yaml', 'reviews/2022/2022-01-21-review.yaml').commit('会审更名', '2022-03-08T09:00:00+08:00', CENTER);
    repo.edit(L2, (s) => s.replace('invested: 450', 'invested: 480')).commit('更正', '2022-03-09T09:00:00+08:00', OUTSIDER);
    repo.rm(L1).commit('删除1月', '2022-03-10T09:00:00+08:00', OUTSIDER);
    const next = cached(repo.ws);
    expect(next.logs).toHaveLength(1);
    expect(next.logs[0]).toContain(`${before}..${repo.head()}`);
    same(next.trail, whole(repo.ws));
    expect(next.trail.lineages.get('reviews/2022/2022-01-21-review.yaml')?.renamedFrom).toEqual(['reviews/2022/2022-01-20-review.yaml']);
    expect(cached(repo.ws).logs).toEqual([]);
  });

  it('after a rewrite (reset and a different commit): the whole log again, and the cache follows', () => {
    cached(repo.ws);
    repo.git('reset', '-q', '--hard', 'HEAD~2');
    repo.edit(L1, (s) => s.replace('physical: 完成施工图设计', 'physical: 改写')).commit('改写历史', '2022-03-11T09:00:00+08:00', LIAISON);
    const r = cached(repo.ws);
    expect(r.logs).toHaveLength(1);
    expect(r.logs[0].some((a) => a.includes('..'))).toBe(false);
    same(r.trail, whole(repo.ws));
    expect(r.trail.commits.map((c) => c.message)).not.toContain('删除1月');
    expect(cached(repo.ws).logs).toEqual([]);
  });

  it('--at an older commit reads through the newer cache (no git log) and leaves it as it is', () => {
    cached(repo.ws);
    const kept = readFileSync(file());
    for (const at of [repo.git('rev-parse', 'HEAD~1').trim(), repo.git('rev-parse', 'HEAD~3').trim()]) {
      const r = cached(repo.ws, { at });
      expect(r.logs).toEqual([]);
      same(r.trail, readTrail(repo.ws, { at }));
      expect(r.trail.head).toBe(at);
    }
    expect(readFileSync(file())).toEqual(kept);
  });

  it('a cache not signed with this user\'s key (tampered, or committed by someone else) is not used', () => {
    cached(repo.ws);
    const text = readFileSync(file(), 'utf8');
    // a forged history: the first commit's time moved, the signature left as it was
    const forged = text.replace(/\x1f(\d{10})\x1f/, (_, t: string) => `\x1f${Number(t) - 86400}\x1f`);
    expect(forged).not.toBe(text);
    writeFileSync(file(), forged);
    const r = cached(repo.ws);
    expect(r.logs).toHaveLength(1);
    same(r.trail, whole(repo.ws));
  });

  it('KZP_CACHE=0: no cache used; below the commit count nothing is kept; a shallow clone keeps none', () => {
    cached(repo.ws);
    process.env.KZP_CACHE = '0';
    try { expect(cached(repo.ws).logs).toHaveLength(1); } finally { delete process.env.KZP_CACHE; }
    rmSync(file());
    readTrail(repo.ws, { cache: true });
    expect(existsSync(file())).toBe(false);
    const clone = repo.shallowClone();
    try {
      const r = readTrail(clone.ws, { cache: true, cacheMin: 1 });
      expect(r.shallow).toBe(true);
      expect(existsSync(join(clone.ws, '.kzp/cache/history.json'))).toBe(false);
    } finally { clone.done(); }
  });

  describe('the summary kept at HEAD (history-facts.json)', () => {
    it('keeps every kind of fact as it was: roots, renames, deletions, zones, Chinese and odd paths', () => {
      const dir = mkdtempSync(join(tmpdir(), 'kzp-summary-'));
      try {
        const head = 'c'.repeat(40);
        const fact = (i: number, extra: Partial<CommitFact> = {}): CommitFact => ({ commit: String(i).padStart(40, 'a'), at: 1_640_000_000_000 + i * 60_000, offset: i % 2 ? '+0800' : '', author: i % 3 ? '张三' : 'Li Si', email: `p${i % 3}@example.gov.cn`, message: `第${i}次提交\x1f附注`, ...extra });
        const c = [fact(0, { root: true }), fact(1), fact(2), fact(3), fact(4)];
        const files = new Map<string, FileHistory>([
          ['ledgers/2022-01/KZ-2022-001.yaml', { path: 'ledgers/2022-01/KZ-2022-001.yaml', added: c[0], changes: [c[1], c[3]] }],
          ['reviews/2022/会审 一月.yaml', { path: 'reviews/2022/会审 一月.yaml', added: c[1], changes: [], renamedFrom: ['reviews/2022/旧.yaml', 'a\nb.yaml'] }],
          ['units/gone.yaml', { path: 'units/gone.yaml', added: c[2], changes: [c[2]], deleted: c[4] }],
          ['units/never-added.yaml', { path: 'units/never-added.yaml', changes: [c[4]] }],
        ]);
        const summary = { source: 'git' as const, head, files, firstLedgers: { commit: c[0].commit, months: 3 } };
        saveCachedSummary(dir, 'ws/', head, summary);
        expect(readCachedSummary(dir, 'ws/', head)).toEqual(summary);
        // the facts stay one object per commit, as a whole read makes them
        const back = readCachedSummary(dir, 'ws/', head)!;
        expect(back.files.get('units/gone.yaml')!.added).toBe(back.files.get('units/gone.yaml')!.changes[0]);
        expect(readCachedSummary(dir, 'ws/', 'd'.repeat(40))).toBeNull();
        expect(readCachedSummary(dir, 'other/', head)).toBeNull();
      } finally { rmSync(dir, { recursive: true, force: true }); }
    });

    const facts = () => join(repo.ws, '.kzp/cache/history-facts.json');
    const wholeSummary = () => summaryOf(whole(repo.ws));

    it('a run on the commit it was kept at asks git for no log, and gives the whole read\'s facts', async () => {
      rmSync(facts(), { force: true });
      const first = await summary(repo.ws);
      expect(first.logs.length).toBeLessThanOrEqual(1);
      expect(existsSync(facts())).toBe(true);
      const second = await summary(repo.ws);
      expect(second.logs).toEqual([]);
      expect(second.s).toEqual(wholeSummary());
      expect(factsOfTrail(second.s)).toEqual(factsOfTrail(summaryOf(whole(repo.ws))));
    });

    it('after a new commit: the log is read again, and the summary follows HEAD', async () => {
      await summary(repo.ws);
      repo.edit(L2, (s) => `${s}# 补注\n`).commit('再更正', '2022-03-12T09:00:00+08:00', OUTSIDER);
      const next = await summary(repo.ws);
      expect(next.logs).toHaveLength(1);
      expect(next.s).toEqual(wholeSummary());
      expect(next.s.head).toBe(repo.head());
      expect((await summary(repo.ws)).logs).toEqual([]);
    });

    it('--at another commit neither uses nor replaces it; a forged one is not used', async () => {
      await summary(repo.ws);
      const kept = readFileSync(facts());
      const at = repo.git('rev-parse', 'HEAD~1').trim();
      const r = await summary(repo.ws, { at });
      expect(r.s).toEqual(summaryOf(readTrail(repo.ws, { at })));
      expect(readFileSync(facts())).toEqual(kept);
      const text = kept.toString('utf8');
      const forged = text.replace(/,(\d{13}),/, (_, t: string) => `,${Number(t) - 86400000},`);
      expect(forged).not.toBe(text);
      writeFileSync(facts(), forged);
      const f = await summary(repo.ws);
      expect(f.s).toEqual(wholeSummary());
    });
  });
});
