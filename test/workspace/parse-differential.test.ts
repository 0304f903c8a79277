// The fast parse (js-yaml) and the position-keeping parse (`yaml`) must give identical values:
// kzp parses every file with the first and only the files with a diagnostic with the second, so
// any difference would change what `kzp validate` says. Checked on the corpus (the base fixture and
// sample-data) and on mutants of it; and the limits (duplicate keys, aliases, depth) are the same.
// More mutants: KZP_FUZZ=200000 npx vitest run test/workspace/parse-differential.test.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseFast, parseYaml } from '../../src/workspace/parse.js';
import { mulberry32 } from '../../src/entry/prng.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.yaml')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const corpus = [...yamlFiles(join(ROOT, 'test/fixtures/base')), ...yamlFiles(join(ROOT, 'sample-data'))]
  .map((p) => ({ name: relative(ROOT, p), text: readFileSync(p, 'utf8') }));

/** The property: whenever the fast parse answers, the slow one finds no fault and the same value. */
function agree(text: string): { fast: boolean; detail?: string } {
  const fast = parseFast(text);
  if (fast === null) return { fast: false };
  const slow = parseYaml(text);
  if (slow.faults.length) return { fast: true, detail: `fast parse accepted what yaml refuses: ${JSON.stringify(slow.faults)}` };
  try {
    expect(fast).toStrictEqual(slow.data);
  } catch {
    return { fast: true, detail: `values differ:\nfast ${JSON.stringify(fast)}\nslow ${JSON.stringify(slow.data)}` };
  }
  return { fast: true };
}


// Pieces that matter to a YAML parser, and plain scalars that resolve differently in different schemas.
const TOKENS = [':', ': ', '-', '- ', '#', ' #', "'", '"', '[', ']', '{', '}', ',', '&a ', '*a', '!!str ', '!x ', '|', '|-', '>', '>+', '?', '? ', '%', '@', '`',
  '\t', '\n', '\r\n', ' ', '  ', '    ', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'yes', 'no', 'on', 'off', 'y', 'n', '0', '-0', '+1', '007', '0o17', '0x1F', '0b101',
  '1_000', '1.5', '.5', '1.', '1e3', '1.5e-3', '+.5e3', '.inf', '-.Inf', '.nan', '.NaN', '2022-01-01', '2022-01-01T10:00:00Z', '12:30', '1:20:30', '\\n', '\\u00e9', '\\x41',
  '---', '...', '---\n', '\n...\n', '<<', '__proto__', 'constructor', '中文', '，', '：', '\u3000', '\ufeff', '\u2028', '\u0085', '=', '0.0', '1.10', '-', ' -', '{}', '[]', '""', "''"];

function mutate(text: string, rnd: () => number): string {
  let s = text;
  const n = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(rnd() * (s.length + 1));
    const op = rnd();
    if (op < 0.45) s = s.slice(0, at) + TOKENS[Math.floor(rnd() * TOKENS.length)] + s.slice(at);
    else if (op < 0.6) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rnd() * 4));
    else if (op < 0.75) { // replace a plain scalar after ": " with a token
      const c = s.indexOf(': ', at);
      if (c >= 0) { const e = s.indexOf('\n', c); s = s.slice(0, c + 2) + TOKENS[Math.floor(rnd() * TOKENS.length)] + (e < 0 ? '' : s.slice(e)); }
    } else if (op < 0.85) { // duplicate a line
      const lines = s.split('\n'); const i = Math.floor(rnd() * lines.length); lines.splice(i, 0, lines[i]); s = lines.join('\n');
    } else if (op < 0.95) { // re-indent a line
      const lines = s.split('\n'); const i = Math.floor(rnd() * lines.length); lines[i] = ' '.repeat(Math.floor(rnd() * 5)) + lines[i].trimStart(); s = lines.join('\n');
    } else s = s.slice(0, at) + s.slice(Math.floor(rnd() * s.length)); // splice two parts
  }
  return s;
}

describe('parseFast and parseYaml give identical values', () => {
  it('on every file of the corpus, and the fast parse answers for all of them', () => {
    expect(corpus.length).toBeGreaterThan(700);
    const slowOnes: string[] = [];
    for (const { name, text } of corpus) {
      const r = agree(text);
      expect(r.detail, name).toBeUndefined();
      if (!r.fast) slowOnes.push(name);
    }
    expect(slowOnes).toEqual([]);
  });

  it('on mutants of the corpus (fuzzed, seeded)', () => {
    const n = Number(process.env.KZP_FUZZ ?? 6000);
    const rnd = mulberry32(Number(process.env.KZP_FUZZ_SEED ?? 20240707));
    let answered = 0;
    const failures: string[] = [];
    for (let i = 0; i < n && failures.length < 5; i++) {
      const base = corpus[Math.floor(rnd() * corpus.length)].text;
      const text = mutate(base, rnd);
      const r = agree(text);
      if (r.fast) answered++;
      if (r.detail) failures.push(`${JSON.stringify(text)}\n${r.detail}`);
    }
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(n / 10); // the mutants exercise the fast path, not only the fallback
  });

  it('on scalars of every kind, in block and flow context', () => {
    for (const v of TOKENS.filter((x) => !/[\n\r]/.test(x))) {
      for (const text of [`a: ${v}\n`, `a: [${v}]\n`, `a: { b: ${v} }\n`, `${v}: 1\n`, `- ${v}\n`, `a: "${v}"\n`, `a: '${v}'\n`]) {
        expect(agree(text).detail, JSON.stringify(text)).toBeUndefined();
      }
    }
  });
});

describe('the same limits', () => {
  it('duplicate keys: the fast parse declines, parseYaml reports DUPLICATE_KEY', () => {
    for (const text of ['a: 1\na: 2\n', 'a: { b: 1, b: 2 }\n', '- { x: 1, x: 1 }\n', 'a:\n  b: 1\n  b: 1\n']) {
      expect(parseFast(text)).toBeNull();
      expect(parseYaml(text).faults.map((f) => f.code)).toContain('DUPLICATE_KEY');
    }
  });
  it('aliases: the fast parse declines, parseYaml reports ALIAS', () => {
    for (const text of ['a: &x 1\nb: *x\n', 'a: &x [1, 2]\nb: [*x, *x]\n', 'a: &x { k: 1 }\n<<: *x\n']) {
      expect(parseFast(text)).toBeNull();
      expect(parseYaml(text).faults.map((f) => f.code)).toContain('ALIAS');
    }
  });
  it(`nesting deeper than ${MAX_DEPTH}: the fast parse declines, parseYaml reports TOO_DEEP`, () => {
    for (const text of [`a: ${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}\n`, `a: ${'{b: '.repeat(MAX_DEPTH + 5)}1${'}'.repeat(MAX_DEPTH + 5)}\n`,
      Array.from({ length: MAX_DEPTH + 3 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n']) {
      expect(parseFast(text)).toBeNull();
      expect(parseYaml(text).faults.map((f) => f.code)).toEqual(['TOO_DEEP']);
    }
  });
  it('several documents, an empty file, a scalar file, tags and directives: the fast parse declines', () => {
    for (const text of ['a: 1\n---\nb: 2\n', '', '# only a comment\n', 'just text\n', '42\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', '? a\n: 1\n', '~: 1\n', '[a, b]: 1\n']) {
      expect(parseFast(text), JSON.stringify(text)).toBeNull();
    }
  });
});
