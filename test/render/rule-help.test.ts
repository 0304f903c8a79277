// What SARIF says about each rule comes from the docs (scripts/gen-rule-help.mjs): the module is
// up to date with them, and every rule `kzp validate` can report has a description in both languages.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_HELP } from '../../src/render/rule-help.js';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../e2e/run.js';

describe('rule help (SARIF)', () => {
  it('src/render/rule-help.ts is what the docs give', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-rule-help.mjs'), '--check'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });
  it('every rule validate reports, and YAML, has a title and a full description in zh and en', () => {
    for (const id of new Set([...RULES.map((r) => r.id), 'YAML', 'SCHEMA', 'REF'])) {
      const h = RULE_HELP[id];
      expect(h, id).toBeDefined();
      for (const lang of ['zh', 'en'] as const) {
        expect(h[lang].title, `${id} ${lang}`).not.toBe('');
        expect(h[lang].full.length, `${id} ${lang}`).toBeGreaterThan(10);
      }
      expect(h.zh.full, id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
