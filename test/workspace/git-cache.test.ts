// The parse cache keyed by git blob ids: a fresh clone with a restored .kzp/cache (CI) takes its
// files from the cache without reading them, an edited file is parsed again alone, and what
// could make a file's bytes differ from its blob (attributes, autocrlf) or a cache not signed
// with this user's key turns that off. Hits are counted with KZP_DEBUG=cache, not timed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseIndexDebug } from '../../src/workspace/fast/git-index.js';
import { contentHash, loadFast } from '../../src/workspace/fast/worker-task.js';
import { CACHE_DIR, CACHE_MIN_FILES, readDisk } from '../../src/workspace/index.js';

const N = CACHE_MIN_FILES + 20;
const unit = (i: number, name = `单位${i}`) => `id: u${i}\nname: ${name}\ntype: department\npeople:\n  - { id: p${i}, name: 人员${i}, duty: 项目科 }\n`;
const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'kzp', GIT_AUTHOR_EMAIL: 'kzp@localhost', GIT_COMMITTER_NAME: 'kzp', GIT_COMMITTER_EMAIL: 'kzp@localhost',
  GIT_AUTHOR_DATE: '2023-01-05T09:00:00+08:00', GIT_COMMITTER_DATE: '2023-01-05T09:00:00+08:00',
};
const saved: Record<string, string | undefined> = {};
let tmp: string, origin: string;
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A fresh clone of the origin with the origin's cache restored, as a CI job has it. */
function freshClone(name: string): string {
  const dir = join(tmp, name);
  git(tmp, 'clone', '-q', origin, dir);
  cpSync(join(origin, CACHE_DIR), join(dir, CACHE_DIR), { recursive: true });
  // git's racy rule distrusts a file changed in the clock tick the index was written in; a clone
  // of a thousand files on a fast disk can share that tick with its last files. An index written
  // a moment later, as any later git command or a slower checkout gives it, trusts them all.
  const later = new Date(Date.now() + 60_000);
  utimesSync(join(dir, '.git', 'index'), later, later);
  return dir;
}

/** A disk read of `dir` and how its fast path took the files (KZP_DEBUG=cache). */
function read(dir: string) {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => { lines.push(String(s)); return true; });
  try {
    const ws = readDisk(dir, 'en');
    const m = /(\d+) by stamp, (\d+) by git blob id, (\d+) by content, (\d+) parsed/.exec(lines.join(''));
    if (!m) throw new Error(`no tally in ${JSON.stringify(lines)}`);
    const [stamp, gitId, content, parsed] = m.slice(1).map(Number);
    return { ws, stamp, git: gitId, content, parsed, data: Object.fromEntries(ws.files.map((f) => [f.file.path, f.file.data])) };
  } finally { spy.mockRestore(); }
}

beforeAll(() => {
  for (const [k, v] of Object.entries({ ...GIT_ENV, KZP_DEBUG: 'cache' })) { saved[k] = process.env[k]; process.env[k] = v; }
  tmp = mkdtempSync(join(tmpdir(), 'kzp-gitcache-'));
  origin = join(tmp, 'origin');
  mkdirSync(join(origin, 'units'), { recursive: true });
  writeFileSync(join(origin, 'kzp.yaml'), 'kzp: 1\ndistrict: 重庆市开州区\ncenter: u0\n');
  writeFileSync(join(origin, '.gitignore'), '.kzp/\n');
  for (let i = 0; i < N; i++) writeFileSync(join(origin, 'units', `u${String(i).padStart(4, '0')}.yaml`), unit(i));
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'units');
  expect(read(origin).parsed).toBe(N); // the cold run writes the cache (kzp.yaml is read the careful way)
});
afterAll(() => {
  for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
  rmSync(tmp, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

describe('the parse cache in a fresh clone', () => {
  it('takes every file by its git blob id, reading none, with the values of a cold read', () => {
    const dir = freshClone('ci');
    const r = read(dir);
    expect(r).toMatchObject({ stamp: 0, git: N, content: 0, parsed: 0 });
    expect(r.data).toStrictEqual(read(origin).data);
    // the rows now carry the clone's stamps (or, for a file changed under 2 s ago, a smudged one
    // that the blob id finds again): nothing is read the next time either
    const again = read(dir);
    expect(again.stamp + again.git).toBe(N);
    expect(again).toMatchObject({ content: 0, parsed: 0 });
    // the rows written again with the new stamps carry the values byte for byte (copied, not remade)
    expect(again.data).toStrictEqual(r.data);
    const rows = (d: string) => readFileSync(join(d, CACHE_DIR, 'parse.json'), 'utf8').split('\n').slice(2).filter((l) => l.startsWith('["units/')).map((l) => [JSON.parse(l)[0], l.slice(l.indexOf(',{'))]).sort();
    expect(rows(dir)).toEqual(rows(origin));
  });

  it('parses an edited file again, and only that one', () => {
    const dir = freshClone('edited');
    // the same size, so only the stamp and the content tell
    writeFileSync(join(dir, 'units', 'u0007.yaml'), unit(7, '单位X'));
    const r = read(dir);
    expect(r).toMatchObject({ git: N - 1, parsed: 1 });
    expect((r.data['units/u0007.yaml'] as { name: string }).name).toBe('单位X');
  });

  it('leaves the cache file alone for a change under 1% of its rows, and writes it again above', () => {
    const dir = freshClone('few');
    const file = join(dir, CACHE_DIR, 'parse.json');
    const before = readFileSync(file);
    writeFileSync(join(dir, 'units', 'u0011.yaml'), unit(11, '单位Y'));
    expect(read(dir)).toMatchObject({ git: N - 1, parsed: 1 });
    // every other stamp moved, but git vouches for those files again: nothing worth a write
    expect(readFileSync(file).equals(before)).toBe(true);
    const again = read(dir);
    expect(again).toMatchObject({ git: N - 1, parsed: 1 });
    expect((again.data['units/u0011.yaml'] as { name: string }).name).toBe('单位Y');
    // 2% of the rows changed: written, and the next run parses none of them
    const many = Math.ceil(N / 50);
    for (let i = 0; i < many; i++) writeFileSync(join(dir, 'units', `u${String(100 + i).padStart(4, '0')}.yaml`), unit(100 + i, `改${i}`));
    expect(read(dir)).toMatchObject({ parsed: many + 1 });
    expect(readFileSync(file).equals(before)).toBe(false);
    const after = read(dir);
    expect(after.parsed).toBe(0);
    expect((after.data['units/u0100.yaml'] as { name: string }).name).toBe('改0');
  });

  it('reads and hashes the files where a filter or an encoding could make them differ from their blobs', () => {
    const filtered = freshClone('filter');
    writeFileSync(join(filtered, 'units', '.gitattributes'), '*.yaml filter=tidy\n');
    expect(read(filtered)).toMatchObject({ git: 0, content: N, parsed: 0 });
    const encoded = freshClone('encoding');
    writeFileSync(join(encoded, '.gitattributes'), '*.yaml working-tree-encoding=GBK\n');
    expect(read(encoded)).toMatchObject({ git: 0, content: N, parsed: 0 });
  });

  it('trusts line-ending attributes only for a file of its blob\'s size (a CRLF copy of an LF blob is parsed)', () => {
    const dir = freshClone('eol');
    // what kzp init writes; the clone's files are LF, their blobs' bytes
    writeFileSync(join(dir, '.gitattributes'), '*.yaml text eol=lf\n');
    const p = join(dir, 'units', 'u0005.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/\n/g, '\r\n'));
    git(dir, 'add', 'units/u0005.yaml'); // the index: the LF blob of the cache's row, the CRLF file's stamp
    expect(git(dir, 'ls-files', '-s', 'units/u0005.yaml')).toContain(git(dir, 'rev-parse', 'HEAD:units/u0005.yaml').trim());
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, '.git', 'index'), later, later);
    const r = read(dir);
    expect(r).toMatchObject({ git: N - 1, parsed: 1 });
    // whatever the CRLF file gives, it is what a read without the cache gives
    process.env.KZP_CACHE = '0';
    try { expect(r.ws.diagnostics).toEqual(read(dir).ws.diagnostics); } finally { delete process.env.KZP_CACHE; }
  });

  it('finds the files of a workspace in a subfolder of its repository by their paths in the workspace', () => {
    const repo = join(tmp, 'mono');
    const ws = join(repo, 'kzp-ws');
    cpSync(origin, ws, { recursive: true, filter: (src) => !/[\\/]\.(git|kzp)$/.test(src) });
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'workspace in a folder');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(repo, '.git', 'index'), later, later);
    expect(read(ws).parsed).toBe(N);
    // every stamp new (a copy of the cache's files), every blob id known
    const copy = join(tmp, 'mono-clone');
    git(tmp, 'clone', '-q', repo, copy);
    cpSync(join(ws, CACHE_DIR), join(copy, 'kzp-ws', CACHE_DIR), { recursive: true });
    utimesSync(join(copy, '.git', 'index'), later, later);
    expect(read(join(copy, 'kzp-ws'))).toMatchObject({ git: N, content: 0, parsed: 0 });
  });

  it('ignores a restored cache that was not signed with this key', () => {
    const dir = freshClone('forged');
    const file = join(dir, CACHE_DIR, 'parse.json');
    const text = readFileSync(file, 'utf8');
    const forged = text.slice(text.indexOf('\n') + 1).replace('"name":"单位3"', '"name":"FORGED"');
    expect(forged).toContain('FORGED');
    writeFileSync(file, `${'0'.repeat(64)}\n${forged}`);
    const r = read(dir);
    expect(r).toMatchObject({ stamp: 0, git: 0, content: 0, parsed: N });
    expect((r.data['units/u0003.yaml'] as { name: string }).name).toBe('单位3');
  });
});

describe("git's index as kzp reads it", () => {
  it('hashes a file to the blob id git gives it, when reading it and from its bytes', () => {
    const p = join(origin, 'units', 'u0001.yaml');
    const id = git(origin, 'hash-object', p).trim();
    expect(contentHash(readFileSync(p))).toBe(id);
    expect(loadFast({ abs: p, rel: 'units/u0001.yaml' }, true)?.hash).toBe(id);
    expect(contentHash(new Uint8Array())).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391'); // git's empty blob
  });

  const entry = (path: string, mtime: string, flags = '0') =>
    `100644 ${'a'.repeat(40)} 0\t${path}\0  ctime: 1700000000:5\n  mtime: ${mtime}\n  dev: 1\tino: 42\n  uid: 0\tgid: 0\n  size: 9\tflags: ${flags}\n`;
  it('keeps entries older than the index, not racy or flagged ones, and gives up on an output it does not know', () => {
    const idx = 1700000100 * 1e3;
    const m = parseIndexDebug(entry('a.yaml', '1700000000:5') + entry('racy.yaml', '1700000100:0') + entry('assumed.yaml', '1700000000:5', '8000'), idx)!;
    expect([...m.keys()]).toEqual(['a.yaml']);
    expect(m.get('a.yaml')).toEqual({ id: 'a'.repeat(40), size: 9, mtimeMs: 1700000000 * 1e3 + 5 / 1e6, ctimeMs: 1700000000 * 1e3 + 5 / 1e6, ino: 42 });
    expect(parseIndexDebug(entry('a.yaml', '1700000000:5').replace('  dev', ' dev'), idx)).toBeNull();
  });
});
