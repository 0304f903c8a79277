// `kzp validate PATH…` reports only on what it checked: a path that does not exist or is not a
// record file of the workspace is an error (exit 2) naming it, never "✔ 1 files".
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kzp, ROOT } from './run.js';

const SAMPLE = join(ROOT, 'sample-data');
const v = (...paths: string[]) => kzp(['--lang', 'en', 'validate', '--as-of', '2023-01-10', ...paths], { cwd: SAMPLE });

describe('kzp validate PATH…', () => {
  it('a record file, a folder, kzp.yaml or the workspace itself: checked, and the count says how many files', () => {
    expect(v('units/kz-urban-invest.yaml').stdout).toMatch(/✔ 1 files/);
    expect(v('ledgers/2022-12').stdout).toMatch(/✔ 50 files/);
    expect(v('kzp.yaml').stdout).toMatch(/✔ 1 files/);
    const all = v('.');
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/✔ 745 files/);
  });

  for (const [path, words] of [
    ['units/no-such-unit.yaml', /^kzp: units\/no-such-unit\.yaml does not exist; nothing was checked$/m],
    ['ledger/2022-12', /^kzp: ledger\/2022-12 does not exist; nothing was checked$/m],
    ['README.md', /^kzp: README\.md is not a record file of the workspace; nothing was checked$/m],
  ] as const) {
    it(`${path}: exit 2 naming it, no "✔"`, () => {
      const r = v(path);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stdout).not.toMatch(/✔/);
    });
  }

  it('one bad path among good ones fails the whole run', () => {
    const r = v('units', 'projects/KZ-2099-001.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/projects\/KZ-2099-001\.yaml does not exist/);
  });

  it('in Chinese by default', () => {
    const r = kzp(['validate', 'README.md'], { cwd: SAMPLE, env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/README\.md 不是工作区的记录文件,没有校验/);
  });
});
