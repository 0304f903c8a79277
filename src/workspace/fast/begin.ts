// The fast path of a disk read: every plainly clean file taken from the parse cache, or read and
// parsed by the fast parser on every core; what it does not take plainly is left to the careful
// read (careful.ts), which says what is wrong and where.
import { statSync } from 'node:fs';
import type { Listed } from '../listing.js';
import type { CheckFn, SourceFile } from '../source.js';
import { sameAsIndex } from './git-index.js';
import { diskText, LazySourceFile } from './lazy-file.js';
import { ParseCache, type CacheEntry } from './parse-cache.js';
import { CACHE_MIN_FILES } from './signed.js';
import { stampOf, type FileStamp } from './stamp.js';
import { gitIndexHere, startStamps, type IndexAt } from './stamp-pool.js';
import { PARALLEL_MIN_FILES, startFast, workerUrl, type FastRun } from './worker-pool.js';

/** The fast path begun; the function finishes it, with the schema check whose outcome the parse cache keeps. */
export type FastFinish = (check?: CheckFn) => Map<string, SourceFile>;

/**
 * Read every regular, placed file of `listed` on the fast path: the cache consulted and the
 * parse of the files it did not know started on the other cores here, the results joined by the
 * function it returns. `stamps`, when the caller took them (the verdict's key), spare a stat;
 * `seen` gets the stamp of every file the fast path took.
 */
export function beginFast(root: string, listed: Listed[], stamps: Map<string, FileStamp> | undefined, seen: Map<string, FileStamp>): FastFinish {
  const out = new Map<string, SourceFile>();
  const todo = listed.filter((l) => l.kind !== null && !l.yml && l.plain === true);
  if (todo.length === 0) return () => out;
  const useCache = todo.length >= CACHE_MIN_FILES && process.env.KZP_CACHE !== '0';
  // the stamps the cache is looked up by, and git's index, taken on another core while this one
  // reads the cache
  const stamping = useCache && !stamps && todo.length >= PARALLEL_MIN_FILES && process.env.KZP_WORKERS !== '0' && ParseCache.exists(root)
    ? startStamps(root, todo.map((l) => l.rel), todo.map((l) => l.abs), workerUrl())
    : null;
  const cache = useCache ? ParseCache.open(root) : null;
  const misses: Listed[] = [];
  // for a miss whose stamp changed, the hash the cache has: the parse (on any core) compares the
  // bytes first, and the same bytes (a checkout, a copy, a racy row) spare the parse
  const expect = new Map<string, string>();
  const tally: Tally = { stamp: 0, git: 0, content: 0, parsed: 0 };
  if (cache && cache.size) {
    const stampAt = stamping?.finish();
    // git's index, asked for at the first stamp that changed: what a fresh checkout has for each file
    let index: IndexAt | null | undefined;
    for (let k = 0; k < todo.length; k++) {
      const l = todo[k];
      let stamp = stamps?.get(l.rel) ?? stampAt?.(k) ?? undefined;
      if (!stamp) {
        try { stamp = stampOf(statSync(l.abs)); } catch { misses.push(l); continue; }
      }
      let hit = cache.byStamp(l.rel, stamp);
      let vouched = false;
      if (hit) tally.stamp++;
      else {
        if (index === undefined) index = stamping ? stamping.gitIndex() : gitIndexHere(root, todo.map((t) => t.rel));
        const e = index?.(k);
        const byId = e && sameAsIndex(stamp, e) ? cache.byGitId(l.rel, stamp, e.id) : undefined;
        if (!byId) {
          const h = cache.hashOf(l.rel);
          if (h) expect.set(l.rel, h);
          misses.push(l);
          continue;
        }
        tally.git++;
        vouched = true;
        hit = entryOf(stamp, byId);
      }
      seen.set(l.rel, stamp);
      cache.keep(l.rel, hit, vouched);
      out.set(l.rel, new LazySourceFile(l.rel, diskText(l.abs), hit.data, hit.checked));
    }
    stamping?.cancel();
  } else {
    stamping?.cancel();
    for (const l of todo) misses.push(l); // not push(...todo): 125k arguments overflow the stack
  }
  const files = misses.map((l) => { const h = expect.get(l.rel); return h ? { abs: l.abs, rel: l.rel, expect: h } : { abs: l.abs, rel: l.rel }; });
  const run = startFast({ files, withHash: cache !== null, racyAfter: cache?.racyAfter });
  return once([run, misses, todo, out, seen, cache, tally]);
}

type Begun = [FastRun, Listed[], Listed[], Map<string, SourceFile>, Map<string, FileStamp>, ParseCache | null, Tally];

/**
 * endFast of what was begun, once. The caller holds the function to the end of its command (a
 * read begun is an object it keeps), so the function lets go of the cache's rows, the lists of
 * files and the parse's job once it has run, rather than keep them through the model and rules.
 */
function once(begun: Begun): FastFinish {
  let held: Begun | null = begun;
  return (check) => {
    if (!held) throw new Error('beginFast: finished twice');
    const b = held;
    held = null;
    return endFast(...b, check);
  };
}

function endFast(run: FastRun, misses: Listed[], todo: Listed[], out: Map<string, SourceFile>, seen: Map<string, FileStamp>, cache: ParseCache | null, tally: Tally, check?: CheckFn): Map<string, SourceFile> {
  // each result is made into a file, and its cache row written, as it comes: nothing holds the
  // values' JSON past its row
  run.finish((i, r) => {
    if (!r) return;
    const l = misses[i];
    const stamp = stampOf(r);
    seen.set(l.rel, stamp);
    if (r.same) {
      // unparsed, as the cache has it (were it gone, the careful path would read the file)
      const hit = cache?.byHash(l.rel, r.hash!);
      if (hit) {
        tally.content++;
        cache!.keep(l.rel, entryOf(stamp, hit));
        out.set(l.rel, new LazySourceFile(l.rel, diskText(l.abs), hit.data, hit.checked));
      }
      return;
    }
    tally.parsed++;
    out.set(l.rel, new LazySourceFile(l.rel, diskText(l.abs), r.data));
    if (cache && r.row) cache.add(r.row);
  });
  // The schema check of every record the cache does not know the outcome of, here, after the
  // parse, on the main thread (in one tight loop it costs a third less than beside the parse on
  // the workers), and its outcome kept: a run with a warm cache runs no Zod.
  // Without a cache the model checks, as for every file that is not clean.
  if (cache && check) {
    for (const l of todo) {
      const f = out.get(l.rel);
      if (!f || f.checked) continue;
      const c = check(l.rel, l.kind!, f.data);
      if (!c) continue;
      const same = sameJson(f.data, c.value);
      f.checked = { kind: c.kind, value: same ? f.data : c.value };
      cache.addCheck(l.rel, c.kind, same ? undefined : c.value);
    }
  }
  cache?.save();
  if (process.env.KZP_DEBUG?.split(',').includes('cache')) {
    process.stderr.write(`kzp debug: parse cache ${cache ? 'on' : 'off'}: ${tally.stamp} by stamp, ${tally.git} by git blob id, ${tally.content} by content, ${tally.parsed} parsed\n`);
  }
  return out;
}

/**
 * A cache entry with a file's new stamp. Field by field: V8 makes an object spread many times
 * slower than a literal, and a fresh checkout makes one entry per file (docs/performance.md).
 */
function entryOf(s: FileStamp, e: CacheEntry): CacheEntry {
  return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino, hash: e.hash, data: e.data, checked: e.checked };
}

/** How the fast path took its files; `KZP_DEBUG=cache` prints it (the tests count hits with it). */
interface Tally { stamp: number; git: number; content: number; parsed: number }

/** Whether two values have the same JSON (same keys in the same order), without making it. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const y = b as unknown[];
    if (a.length !== y.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], y[i])) return false;
    return true;
  }
  // JSON leaves out a key whose value is undefined
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  const kx = Object.keys(x).filter((k) => x[k] !== undefined), ky = Object.keys(y).filter((k) => y[k] !== undefined);
  if (kx.length !== ky.length) return false;
  for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i] || !sameJson(x[kx[i]], y[ky[i]])) return false;
  return true;
}
