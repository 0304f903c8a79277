// kzp new dispatch on the built CLI, from flags: the convener checked against the level and the
// projects (DS-7), the problems handled and their outcomes written for DS-3 to read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kzp, ROOT, tempCopy } from './run.js';

let ws: { dir: string; done: () => void };
const k = (...a: string[]) => kzp(['-C', ws.dir, '--as-of', '2023-01-10', '--no-git', ...a]);
beforeAll(() => { ws = tempCopy(join(ROOT, 'sample-data')); });
afterAll(() => ws.done());

describe('kzp new dispatch (flags)', () => {
  it('refuses a convener who does not fit the level and project, naming who may', () => {
    const r = k('new', 'dispatch', '--date', '2023-01-09', '--level', 'lead-unit', '--convener', 'water-bureau', '--projects', 'KZ-2020-003');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('transport-bureau');
  });

  it('refuses a problem that is not open or not for this convener, listing those that are', () => {
    const r = k('new', 'dispatch', '--date', '2023-01-09', '--level', 'leader', '--convener', 'liu-yang', '--handled', 'KZ-2020-003/P9:resolved');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('KZ-2020-003/P2');
  });

  it('lists the allowed levels in Chinese for a wrong one', () => {
    const r = k('--lang', 'zh', 'new', 'dispatch', '--level', 'boss', '--convener', 'liu-yang', '--projects', 'KZ-2020-003');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('区领导调度(leader)');
  });

  it('writes the problems handled, with the level as its Chinese label and the projects from --handled', () => {
    const r = k('new', 'dispatch', '--date', '2023-01-08', '--level', '区领导调度', '--convener', 'liu-yang', '--handled', 'KZ-2020-003/P2:wenfeng-street@2023-02-28', '--json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: 'reviews/2023/2023-01-08-liu-yang.yaml' });
    expect(parse(readFileSync(join(ws.dir, 'reviews/2023/2023-01-08-liu-yang.yaml'), 'utf8'))).toMatchObject({
      level: 'leader', projects: ['KZ-2020-003'], problems: [{ problem: 'KZ-2020-003/P2', outcome: 'unresolved', assigned_to: 'wenfeng-street', due: '2023-02-28' }],
    });
    expect(k('validate').code).toBe(0);
  });
});
