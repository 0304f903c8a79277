// The parse cache (.kzp/cache) and the lazy source files: a warm read gives the same values and
// the same diagnostics as a cold one, notices every change, survives a checkout that only touches
// mtimes, and ignores a damaged, foreign or unsigned cache file.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginRead, CACHE_DIR, CACHE_MIN_FILES, LazySourceFile, listRecordFiles, parseYaml, readDisk, sameJson, SourceFile } from '../../src/workspace/index.js';
import { diskText } from '../../src/workspace/fast/lazy-file.js';

const N = CACHE_MIN_FILES + 50;
let root: string;
const unit = (i: number, name = `单位${i}`) => `id: u${i}\nname: ${name}\ntype: department\npeople:\n  - { id: p${i}, name: 人员${i}, duty: 项目科 }\n`;
const cacheFile = () => join(root, CACHE_DIR, 'parse.json');
/** the cache's JSON body (the first line is its signature) */
const cacheBody = () => {
  // a signature line, a header line, then one row a line
  const [, head, ...rows] = readFileSync(cacheFile(), 'utf8').split('\n');
  return { ...JSON.parse(head), rows: rows.map((r) => JSON.parse(r)) };
};
const values = () => {
  const ws = readDisk(root, 'en');
  return { ws, data: Object.fromEntries(ws.files.map((f) => [f.file.path, f.file.data])) };
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kzp-cache-'));
  mkdirSync(join(root, 'units'));
  writeFileSync(join(root, 'kzp.yaml'), 'kzp: 1\ndistrict: 重庆市开州区\ncenter: u0\n');
  for (let i = 0; i < N; i++) writeFileSync(join(root, 'units', `u${String(i).padStart(4, '0')}.yaml`), unit(i));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the parse cache', () => {
  it('is written on a cold read and gives the same values on a warm one', () => {
    const cold = values();
    expect(cold.ws.diagnostics).toEqual([]);
    expect(existsSync(cacheFile())).toBe(true);
    const warm = values();
    expect(warm.data).toStrictEqual(cold.data);
    expect(warm.ws.files.every((f) => f.file instanceof LazySourceFile)).toBe(true);
    expect(warm.ws.files[1].file.text).toBe(unit(0)); // the text is read again on demand
  });

  it('notices a changed file, and a broken one gets its diagnostic with the same position as without a cache', () => {
    values();
    const p = join(root, 'units', 'u0007.yaml');
    writeFileSync(p, unit(7, '改名后的单位'));
    expect((values().data['units/u0007.yaml'] as { name: string }).name).toBe('改名后的单位');
    writeFileSync(p, 'id: u7\nname: x\nname: y\n');
    const warm = values();
    const noCache = (() => { process.env.KZP_CACHE = '0'; try { return readDisk(root, 'en'); } finally { delete process.env.KZP_CACHE; } })();
    expect(warm.ws.diagnostics).toEqual(noCache.diagnostics);
    expect(warm.ws.diagnostics.map((d) => [d.file, d.line, d.column])).toEqual([['units/u0007.yaml', 3, 1]]);
    writeFileSync(p, unit(7));
  });

  it('takes a file whose mtime changed but whose bytes did not from the cache (by content hash)', () => {
    values();
    const p = join(root, 'units', 'u0009.yaml');
    utimesSync(p, new Date(2001, 1, 1), new Date(2001, 1, 1));
    const before = cacheBody().rows.find((r: unknown[]) => r[0] === 'units/u0009.yaml');
    const again = values();
    expect((again.data['units/u0009.yaml'] as { id: string }).id).toBe('u9');
    const after = cacheBody().rows.find((r: unknown[]) => r[0] === 'units/u0009.yaml');
    expect(after[5]).toBe(before[5]); // same hash
    expect(after[2]).not.toBe(before[2]); // new mtime kept
  });

  it('ignores a damaged cache file and one written by another kzp version', () => {
    const expected = values().data;
    writeFileSync(cacheFile(), '{"print":"another version","rows":[["units/u0001.yaml",1,1,1,1,"x",{"id":"WRONG"}]]}');
    expect(values().data).toStrictEqual(expected);
    writeFileSync(cacheFile(), 'not json at all');
    expect(values().data).toStrictEqual(expected);
    // a cache with a valid body but a signature not made with this user's key (one shipped in the
    // repository, or edited by hand) is not trusted: the edited value never comes back
    values();
    const text = readFileSync(cacheFile(), 'utf8');
    const body = text.slice(text.indexOf('\n') + 1).replace('"id":"u1"', '"id":"WRONG"');
    expect(body).toContain('"id":"WRONG"');
    writeFileSync(cacheFile(), text.slice(0, text.indexOf('\n')) + '\n' + body);
    expect(values().data).toStrictEqual(expected);
    writeFileSync(cacheFile(), '0'.repeat(64) + '\n' + body);
    expect(values().data).toStrictEqual(expected);
    rmSync(join(root, CACHE_DIR), { recursive: true });
    expect(values().data).toStrictEqual(expected);
  });
});

describe('the outcome of the schema check in the parse cache', () => {
  // a stand-in for schema/check.ts checkClean: units with a name pass, and get `people` filled in when it is missing
  let calls = 0;
  const check = (rel: string, kind: string, data: unknown) => {
    calls++;
    const v = data as { name?: string; people?: unknown[] };
    if (kind !== 'unit' || !v.name || v.name.includes('坏')) return null;
    return { kind, value: v.people ? structuredClone(data) : { ...v, people: [] } };
  };
  const read = () => { calls = 0; const ws = readDisk(root, 'en', check); return new Map(ws.files.map((f) => [f.file.path, f.file])); };

  it('is kept after the rows, and a warm read takes it from there without checking again', () => {
    rmSync(join(root, CACHE_DIR), { recursive: true, force: true });
    writeFileSync(join(root, 'units', 'u0003.yaml'), 'id: u3\nname: 单位3\ntype: department\n'); // people filled in by the check
    writeFileSync(join(root, 'units', 'u0004.yaml'), 'id: u4\nname: 坏单位\ntype: department\n'); // fails the check
    const cold = read();
    expect(calls).toBe(N);
    const lines = readFileSync(cacheFile(), 'utf8').split('\n').slice(2).map((l) => JSON.parse(l) as unknown[]);
    const firstCheck = lines.findIndex((l) => l.length <= 3);
    expect(lines.slice(firstCheck).every((l) => l.length <= 3)).toBe(true);     // rows first, then check lines
    expect(lines.slice(firstCheck)).toEqual([
      ['units/u0003.yaml', 'unit', { id: 'u3', name: '单位3', type: 'department', people: [] }],
      ['unit', expect.arrayContaining(['units/u0005.yaml'])],                  // the checked value is the value itself
    ]);
    expect((lines.at(-1)![1] as string[]).length).toBe(N - 2);                 // all the others but the one that failed
    const warm = read();
    expect(calls).toBe(1);                                                      // only the one the cache knows failed
    for (const [rel, f] of cold) expect(warm.get(rel)?.checked).toStrictEqual(f.checked);
    expect(warm.get('units/u0004.yaml')?.checked).toBeUndefined();
    expect(warm.get('units/u0005.yaml')?.checked?.value).toBe(warm.get('units/u0005.yaml')?.data); // one object, not two
    expect(warm.get('units/u0003.yaml')?.checked?.value).toEqual({ id: 'u3', name: '单位3', type: 'department', people: [] });
  });

  it('is added to a cache written by a read without the check, and a changed file is checked again', () => {
    rmSync(join(root, CACHE_DIR), { recursive: true, force: true });
    // no file racy (written within 2 s of a read): every read keeps the stamps it saw, so what
    // the cache is written again for is the changes below, not the clock
    const past = new Date(Date.now() - 60_000);
    const settle = (rel: string) => utimesSync(join(root, rel), past, past);
    for (let i = 0; i < N; i++) settle(`units/u${String(i).padStart(4, '0')}.yaml`);
    readDisk(root, 'en');
    read();
    expect(calls).toBe(N);
    read();
    expect(calls).toBe(1);
    writeFileSync(join(root, 'units', 'u0004.yaml'), unit(4));
    settle('units/u0004.yaml');
    read();
    expect(calls).toBe(1);                                                      // the changed file only
    // one file in N is under the 1% of rows the cache is written again for (parse-cache.ts
    // REWRITE_SHARE): the file is parsed and checked again until more changes come
    read();
    expect(calls).toBe(1);
    writeFileSync(join(root, 'units', 'u0003.yaml'), unit(3));
  });
});

describe('sameJson', () => {
  it('is JSON.stringify equality, without the strings', () => {
    const cases: [unknown, unknown][] = [
      [{ a: 1, b: [1, 'x', null] }, { a: 1, b: [1, 'x', null] }],
      [{ a: 1, b: 2 }, { b: 2, a: 1 }],                         // key order counts, as in JSON
      [{ a: 1, c: undefined }, { a: 1 }],                       // JSON leaves undefined out
      [{ a: [] }, { a: {} }], [[1, 2], [1, 2, 3]], [{ a: '1' }, { a: 1 }], [null, {}], ['x', 'x'], [0, 0],
      [{ people: [] }, {}], [{ a: { b: { c: 'd' } } }, { a: { b: { c: 'e' } } }],
    ];
    for (const [a, b] of cases) expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
  });
});

describe('a read begun early (beginRead)', () => {
  it('gives what a read in one go gives: files, values, diagnostics and stamps', () => {
    for (const cache of ['0', '1']) {
      process.env.KZP_CACHE = cache;
      try {
        const whole = readDisk(root, 'en');
        const listed = listRecordFiles(root);
        const begun = beginRead(root, listed);
        const late = begun.finish('en');
        expect(late.files.map((f) => [f.file.path, f.kind, f.file.data])).toStrictEqual(whole.files.map((f) => [f.file.path, f.kind, f.file.data]));
        expect(late.diagnostics).toStrictEqual(whole.diagnostics);
        expect(late.stamps).toStrictEqual(whole.stamps);
      } finally { delete process.env.KZP_CACHE; }
    }
  });
});

describe('racy files (modified less than RACY_MS before the run)', () => {
  it('are kept with their stamp smudged, found again by content, and never served stale', () => {
    rmSync(join(root, CACHE_DIR), { recursive: true, force: true });
    let calls = 0;
    const check = (_rel: string, kind: string, data: unknown) => { calls++; return { kind, value: data }; };
    const fresh = join(root, 'units', 'u0001.yaml');
    writeFileSync(fresh, unit(1, '甲单位'));                                    // just written: racy
    utimesSync(join(root, 'units', 'u0002.yaml'), new Date(2001, 1, 1), new Date(2001, 1, 1));   // long ago
    readDisk(root, 'en', check);
    const row = (rel: string) => cacheBody().rows.find((r: unknown[]) => r[0] === rel);
    expect(row('units/u0001.yaml')[2]).toBe(-1);                                // smudged: matches no stamp
    expect(row('units/u0002.yaml')[2]).toBe(new Date(2001, 1, 1).getTime());  // kept as it is
    calls = 0;
    const warm = readDisk(root, 'en', check);
    expect(calls).toBe(0);                                                     // by content hash: no parse, no check
    expect((warm.byPath.get('units/u0001.yaml')!.data as { name: string }).name).toBe('甲单位');
    // rewritten with the same size (as within one tick of a coarse clock): the smudged row is
    // never trusted by stamp, so the new bytes are parsed
    writeFileSync(fresh, unit(1, '乙单位'));
    expect((readDisk(root, 'en', check).byPath.get('units/u0001.yaml')!.data as { name: string }).name).toBe('乙单位');
    writeFileSync(fresh, unit(1));
  });
});

describe('LazySourceFile', () => {
  const text = 'id: KZ-1\nname: 项目\nfunding:\n  - { source: special-bond, amount: 6000 }\n  - source: district-fiscal\n    amount: 12\n';
  it('locates keys and values exactly as an eagerly parsed file', () => {
    const eager = new SourceFile('p.yaml', text);
    const p = parseYaml(text);
    eager.doc = p.doc;
    eager.lineCounter = p.lineCounter;
    eager.data = p.data;
    const lazy = new LazySourceFile('p.yaml', text, p.data);
    for (const [path, key] of [[['id'], false], [['funding', 0, 'amount'], false], [['funding', 1, 'amount'], true], [['funding', 1], false], [['nope', 3], false]] as const)
      expect(lazy.locate(path, { key })).toEqual(eager.locate(path, { key }));
    expect(Object.keys(lazy)).toEqual(['path', 'data', 'lazy']); // a small object: the base class's fields gave way to accessors
    expect(lazy.lines).toEqual(eager.lines);
  });
  it('reads and parses nothing until asked, and a file on disk once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzp-lazy-'));
    try {
      const abs = join(dir, 'p.yaml');
      writeFileSync(abs, 'id: before\n');
      const lazy = new LazySourceFile('p.yaml', diskText(abs), {});
      // what is on disk when first asked for is what it reads
      writeFileSync(abs, text);
      expect(lazy.doc).toBeDefined();
      expect(lazy.lineCounter).toBeDefined();
      writeFileSync(abs, 'id: after\n');
      expect(lazy.text).toBe(text);
      expect(lazy.locate(['funding', 1, 'amount']).line).toBe(6);
      // gone before it was read: no text, no error
      expect(new LazySourceFile('q.yaml', diskText(join(dir, 'missing.yaml')), {}).text).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
