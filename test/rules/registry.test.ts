// The registry (src/rules/index.ts): one module a rule id, each with its test file beside the
// others, and every message in both languages.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, ruleOf } from '../../src/rules/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('../../src/rules/', import.meta.url));
const moduleOf = (id: string) => `${id.toLowerCase()}.ts`;

describe('the rule registry', () => {
  it('has each rule id once', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ruleOf('LS-4')?.id).toBe('LS-4');
  });
  it('has a module named after each rule id, and no other rule module', () => {
    const modules = readdirSync(src).filter((f) => f.endsWith('.ts') && !['index.ts', 'run.ts', 'types.ts', 'validate.ts'].includes(f));
    expect(modules.sort()).toEqual(RULES.map((r) => moduleOf(r.id)).sort());
  });
  it('has a test file for each rule', () => {
    const tests = new Set(readdirSync(here));
    expect(RULES.map((r) => moduleOf(r.id).replace(/\.ts$/, '.test.ts')).filter((t) => !tests.has(t))).toEqual([]);
  });
  it('gives every message of every rule in Chinese and in English', () => {
    for (const r of RULES)
      for (const [id, m] of Object.entries(r.messages)) {
        expect(m.zh, `${r.id} ${id}`).toMatch(/[\u4e00-\u9fff]/);
        expect(m.en, `${r.id} ${id}`).toMatch(/[a-z]/);
      }
  });
});
