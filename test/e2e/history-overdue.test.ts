// The engine's answers on a real repository (HI-1, LS-4): the submission time of a ledger is the
// committer time of the commit that added it, judged in the workspace time zone. The trap: a
// commit at 2022-10-31T23:30+08:00 is on time, one at 2022-10-31T16:10:00Z (00:10 on 1 November
// in Asia/Shanghai) is late by a day, whatever the date a UTC reader would see.
import { afterAll, describe, expect, it } from 'vitest';
import { CENTER, gitBase, LIAISON, Repo } from '../history/repo.js';
import { kzp } from './run.js';

const L1 = 'ledgers/2022-01/KZ-2022-001.yaml';
const L2 = 'ledgers/2022-02/KZ-2022-001.yaml';
const OCT = 'ledgers/2022-10/KZ-2022-001.yaml';

const repos: Repo[] = [];
afterAll(() => { for (const r of repos) r.done(); });

/** The base workspace with January and February on time, and the October ledger committed as told. */
function withOctober(committed: string, authored = committed): Repo {
  const repo = new Repo();
  repos.push(repo);
  const { [L1]: l1, [L2]: l2, ...rest } = gitBase();
  repo.writeAll(rest);
  repo.commit('建立工作区', '2022-01-05T09:00:00+08:00', CENTER);
  repo.write(L1, l1).write(L2, l2);
  repo.commit('1-2月台账', '2022-02-25T10:00:00+08:00', LIAISON);
  const oct = new TextDecoder().decode(l2 as Uint8Array).replace('month: 2022-02', 'month: 2022-10').replace('submitted_on: 2022-02-25', 'submitted_on: 2022-10-31')
    + '  - { id: P3, title: 施工便道受阻, category: construction-environment, raised_on: 2022-10-15, due: 2022-12-31, status: open }\n';
  repo.write(OCT, oct);
  repo.commit('10月台账', committed, LIAISON, authored);
  return repo;
}

const overdue = (repo: Repo, asOf: string, extra: string[] = []) => {
  const r = kzp(['overdue', '--json', '--as-of', asOf, ...extra], { cwd: repo.ws });
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout).items as { kind: string; ref?: string; daysOverdue: number; due: string; message: string }[]).filter((i) => i.ref === '2022-10' && i.kind.startsWith('ledger-'));
};
const escalations = (repo: Repo, asOf: string) => {
  const r = kzp(['escalations', '--json', '--as-of', asOf], { cwd: repo.ws });
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout).problems as { problem: string; level: string; missing: string[] }[]).map((p) => p.problem);
};

describe('overdue and escalations on a git history, in the workspace time zone (HI-1, LS-4)', () => {
  it('committed 2022-10-31T23:30+08:00: on time — neither missing nor late', () => {
    const repo = withOctober('2022-10-31T23:30:00+08:00');
    expect(overdue(repo, '2022-11-05')).toEqual([]);
  });

  it('committed 2022-10-31T15:59:00Z (23:59 in Asia/Shanghai): on time, though written in UTC', () => {
    const repo = withOctober('2022-10-31T15:59:00Z');
    expect(overdue(repo, '2022-11-05')).toEqual([]);
  });

  it('committed 2022-10-31T16:10:00Z (00:10 on 1 November in Asia/Shanghai): late by 1 day, with the git time', () => {
    const repo = withOctober('2022-10-31T16:10:00Z');
    const items = overdue(repo, '2022-11-05');
    expect(items).toEqual([expect.objectContaining({ kind: 'ledger-late', rule: 'LS-4', due: '2022-10-31', daysOverdue: 1, project: 'KZ-2022-001', unit: 'kz-urban-invest' })]);
    expect(items[0].message).toMatch(/2022-11-01 00:10/);
    expect(items[0].message).toMatch(/git commit time/);
    // the ledger and its problem are known from 1 November in the zone, not on 31 October (the UTC date)
    expect(escalations(repo, '2022-10-31')).not.toContain('KZ-2022-001/P3');
    expect(escalations(repo, '2022-11-01')).toContain('KZ-2022-001/P3');
    // on 1 November it had arrived (late), so it is not missing; on 31 October it was not due yet
    expect(overdue(repo, '2022-11-01')).toEqual([expect.objectContaining({ kind: 'ledger-late', daysOverdue: 1 })]);
    expect(overdue(repo, '2022-10-31')).toEqual([]);
  });

  it('committed 2022-11-03T10:00+08:00: missing until it arrives, then late by 3 days (rounded up)', () => {
    const repo = withOctober('2022-11-03T10:00:00+08:00');
    expect(overdue(repo, '2022-11-02')).toEqual([expect.objectContaining({ kind: 'ledger-missing', due: '2022-10-31', daysOverdue: 2 })]);
    expect(escalations(repo, '2022-11-02')).not.toContain('KZ-2022-001/P3');
    expect(overdue(repo, '2022-11-05')).toEqual([expect.objectContaining({ kind: 'ledger-late', daysOverdue: 3 })]);
    expect(escalations(repo, '2022-11-05')).toContain('KZ-2022-001/P3');
  });

  it('an author date set back by hand does not count: the committer time does (HI-1)', () => {
    const repo = withOctober('2022-11-02T09:00:00+08:00', '2022-10-30T09:00:00+08:00');
    expect(overdue(repo, '2022-11-05')).toEqual([expect.objectContaining({ kind: 'ledger-late', daysOverdue: 2 })]);
  });

  it('--no-git and a shallow clone fall back to the declared submitted_on (on time here), and say so', () => {
    const repo = withOctober('2022-10-31T16:10:00Z');
    expect(overdue(repo, '2022-11-05', ['--no-git'])).toEqual([]);
    const clone = repo.shallowClone();
    repos.push(clone);
    const r = kzp(['overdue', '--json', '--as-of', '2022-11-05'], { cwd: clone.ws });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/shallow clone/);
    expect((JSON.parse(r.stdout).items as { ref?: string; kind: string }[]).filter((i) => i.ref === '2022-10' && i.kind.startsWith('ledger-'))).toEqual([]);
  });

  it('--at a commit before the October ledger: it is missing there, whatever HEAD holds', () => {
    const repo = withOctober('2022-10-31T23:30:00+08:00');
    expect(overdue(repo, '2022-11-05', ['--at', 'HEAD~1'])).toEqual([expect.objectContaining({ kind: 'ledger-missing', daysOverdue: 5 })]);
  });
});
