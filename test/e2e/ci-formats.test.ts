// The CI formats as their consumers read them: GitHub annotations, GitLab code quality, JUnit and
// SARIF name files from the repository root, whatever folder kzp runs in and wherever the
// workspace sits in the repository; SARIF describes every rule it reports, in both languages.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kzp, ROOT } from './run.js';

let repo: string;
let ws: string;
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'kzp-ci-formats-'));
  ws = join(repo, 'records');
  mkdirSync(ws);
  cpSync(join(ROOT, 'test/fixtures/base'), ws, { recursive: true });
  writeFileSync(join(ws, 'units/hanfeng-street.yaml'), 'id: hanfeng-street\nname: 汉丰街道办事处\ntype: street\npeople:\n  - { id: he-jun, name: 何军, duty: 征地拆迁协调 }\ncolour: red\n');
  execFileSync('git', ['init', '-q'], { cwd: repo });
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const FILE = 'records/units/hanfeng-street.yaml';

function paths(format: string, out: string): string[] {
  switch (format) {
    case 'github': return [...out.matchAll(/file=([^,]+),/g)].map((m) => m[1]);
    case 'gitlab': return (JSON.parse(out) as { location: { path: string } }[]).map((i) => i.location.path);
    case 'junit': return [...out.matchAll(/<testcase [^>]*file="([^"]+)"/g)].map((m) => m[1]).filter((f) => f.includes('hanfeng'));
    default: return (JSON.parse(out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
  }
}

describe('CI formats', () => {
  it('name files from the repository root, run from the workspace, the repository root or elsewhere', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'kzp-ci-cwd-'));
    try {
      for (const format of ['github', 'gitlab', 'junit', 'sarif']) {
        for (const [cwd, args] of [[ws, []], [repo, ['-C', 'records']], [join(ws, 'units'), []], [elsewhere, ['-C', ws]]] as const) {
          const r = kzp([...args, 'validate', '--format', format], { cwd });
          expect(r.code, `${format} in ${cwd}: ${r.stderr}`).toBe(1);
          expect(paths(format, r.stdout), `${format} in ${cwd}`).toEqual([FILE]);
        }
      }
    } finally { rmSync(elsewhere, { recursive: true, force: true }); }
  });

  it('outside a repository: from the workspace root', () => {
    const bare = mkdtempSync(join(tmpdir(), 'kzp-ci-bare-'));
    try {
      cpSync(ws, bare, { recursive: true });
      const r = kzp(['validate', '--format', 'gitlab'], { cwd: join(bare, 'units') });
      expect(paths('gitlab', r.stdout)).toEqual(['units/hanfeng-street.yaml']);
    } finally { rmSync(bare, { recursive: true, force: true }); }
  });

  it('SARIF: every rule it reports has short and full descriptions in both languages and a help text; no made-up URI', () => {
    const zh = JSON.parse(kzp(['-C', ws, 'validate', '--format', 'sarif', '--lang', 'zh']).stdout);
    const en = JSON.parse(kzp(['-C', ws, 'validate', '--format', 'sarif', '--lang', 'en']).stdout);
    for (const [sarif, lang] of [[zh, 'zh'], [en, 'en']] as const) {
      const run = sarif.runs[0];
      expect(run.language).toBe(lang === 'zh' ? 'zh-CN' : 'en-US');
      expect(JSON.stringify(sarif)).not.toContain('.invalid');
      expect(run.tool.driver.informationUri).toBeUndefined();   // package.json names no repository kzp's docs are at
      expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['SCHEMA']);
      const rule = run.tool.driver.rules[0];
      expect(rule.shortDescription.text).toBe(lang === 'zh' ? '字段和取值' : 'fields and values');
      expect(rule.fullDescription.text).toMatch(lang === 'zh' ? /^每类记录的字段/ : /^Each record's fields/);
      expect(rule.help.text).toContain('docs/rules-validate.md');
      expect(rule.help.markdown).toContain('`schemas/`');
      expect(rule.properties.zh.shortDescription).toBe('字段和取值');
      expect(rule.properties.en.fullDescription).toMatch(/^Each record's fields/);
      expect(run.results[0]).toMatchObject({ ruleId: 'SCHEMA', ruleIndex: 0, level: 'error' });
      expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: FILE, uriBaseId: '%SRCROOT%' });
    }
  });
});
