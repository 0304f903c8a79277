// DS-7 for data entry (src/entry/convene.ts): who may convene a dispatch of each level for a
// project and its problems, and the problems open on a date. On the demo workspace, as of
// 2023-01-08: KZ-2020-003 is led by transport-bureau and zhang-wei; its P2 is a land problem
// (land-supply: liu-yang).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conveners, fitsProblem, fitsProject, openProblems } from '../../src/entry/convene.js';
import { loadMemory, readTree } from '../helpers.js';
import { ROOT } from '../e2e/run.js';

const m = loadMemory(readTree(join(ROOT, 'sample-data'))).model;
const DATE = '2023-01-08';
const project = m.projects.get('KZ-2020-003')!.data;
const P2 = 'KZ-2020-003/P2';
const p2 = openProblems(m, 'KZ-2020-003', DATE).find((o) => o.key === P2)!.problem;

describe('openProblems', () => {
  it('lists the problems the newest ledger up to the month leaves open', () => {
    expect(openProblems(m, 'KZ-2020-003', DATE).map((o) => o.key)).toContain('KZ-2020-003/P2');
    expect(p2.category).toBe('land');
  });
  it('lists nothing before the problem was raised', () => {
    expect(openProblems(m, 'KZ-2020-003', '2021-01-01')).toEqual([]);
  });
});

describe('fitsProblem (DS-7)', () => {
  it('lead-unit: the project\'s lead responsible unit, and no other unit', () => {
    expect(fitsProblem(m, 'lead-unit', 'transport-bureau', project, P2)).toBe(true);
    expect(fitsProblem(m, 'lead-unit', 'water-bureau', project, P2)).toBe(false);
  });
  it('center: the center only', () => {
    expect(fitsProblem(m, 'center', m.config.center, project, P2)).toBe(true);
    expect(fitsProblem(m, 'center', 'drc', project, P2)).toBe(false);
  });
  it("leader: for a land problem the domain leader or the project's lead leader, no other", () => {
    expect(fitsProblem(m, 'leader', 'liu-yang', project, P2)).toBe(true);
    expect(fitsProblem(m, 'leader', 'zhang-wei', project, P2)).toBe(true);
    expect(fitsProblem(m, 'leader', 'wang-jun', project, P2)).toBe(false);
  });
  it('leader: for the project itself, its lead leader', () => {
    expect(fitsProblem(m, 'leader', 'zhang-wei', project)).toBe(true);
    expect(fitsProblem(m, 'leader', 'liu-yang', project)).toBe(false);
  });
  it('main: a person with the main-leader role', () => {
    expect(fitsProblem(m, 'main', 'zhou-ming', project, P2)).toBe(true);
    expect(fitsProblem(m, 'main', 'zhang-wei', project, P2)).toBe(false);
  });
});

describe('conveners', () => {
  it('offers for lead-unit only the units that lead a project, each with its projects', () => {
    const c = conveners(m, 'lead-unit', DATE);
    expect(c.find((x) => x.id === 'transport-bureau')?.projects).toContain('KZ-2020-003');
    expect(c.some((x) => x.id === 'kz-urban-invest')).toBe(false);
  });
  it('offers for main the main leaders only', () => {
    expect(conveners(m, 'main', DATE).map((x) => x.id).sort()).toEqual(['sun-hao', 'zhou-ming']);
  });
  it('lets a domain leader dispatch a project they do not lead through its open problem', () => {
    expect(fitsProject(m, 'leader', 'liu-yang', 'KZ-2020-003', DATE)).toBe(true);
    expect(fitsProject(m, 'leader', 'wang-jun', 'KZ-2020-003', DATE)).toBe(false);
  });
});
