// `kzp validate --changed [REF]` reports what the change brings anywhere in the workspace: a
// deleted or renamed unit breaks references in files the change never touched, and those are
// reported; deletions and renames count as changes; every diagnostic of a touched file is
// reported (never weaker than a full validate there); what was broken before and is untouched is
// not; the output says how many files were read. Git fixtures with fixed commit times.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { base } from '../helpers.js';
import { GIT_ENV, Repo } from '../history/repo.js';
import { kzp } from './run.js';

interface D { file: string; rule: string; message: string; severity: string }
let repo: Repo;
const run = (...args: string[]) => kzp(['-C', repo.ws, '--lang', 'en', '--as-of', '2022-03-05', 'validate', '--format', 'json', ...args], { env: GIT_ENV });
const diags = (r: { stdout: string }) => (JSON.parse(r.stdout) as { diagnostics: D[] }).diagnostics.map((d) => `${d.file} ${d.rule} ${d.message}`);
const U = 'units/kz-urban-invest.yaml';

beforeEach(() => {
  repo = new Repo();
  repo.writeAll(base()).commit('base', '2022-03-01T09:00:00+08:00');
  expect(run().code).toBe(0);
});
afterEach(() => rmSync(repo.dir, { recursive: true, force: true }));

/** --changed is never weaker than a full run on what it claims: every diagnostic of the full run is either reported or was there at the base. */
function claims(changed: string[], full: string[], touched: string[]): void {
  for (const d of full.filter((x) => touched.some((t) => x.startsWith(`${t} `)))) expect(changed).toContain(d);
  for (const d of changed) expect(full).toContain(d);
}

describe('kzp validate --changed', () => {
  it('a deleted unit: the broken references in untouched files are reported, the deletion counted', () => {
    rmSync(repo.path(U));
    const r = run('--changed', 'HEAD');
    expect(r.code).toBe(1);
    const found = diags(r);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.startsWith('projects/') || d.startsWith('ledgers/') || d.startsWith('lists/') || d.startsWith('reviews/') || d.startsWith('units/'))).toBe(true);
    expect(found.some((d) => /^projects\/\S+ REF /.test(d))).toBe(true);
    expect(r.stderr).toMatch(/^kzp: --changed: against HEAD \([0-9a-f]{7}\), 0 files added or modified, 1 deleted, 0 renamed; read and validated all \d+ files of the workspace, \d+ problems the change brings$/m);
    claims(found, diags(run()), []);
    expect(found).toEqual(diags(run()));                 // the base was clean: everything is the change's
  });

  it('a renamed unit (git mv): the new path\'s problems and those it causes elsewhere, the rename counted', () => {
    repo.mv(U, 'units/kz-urban-invest-group.yaml');
    const r = run('--changed', 'HEAD');
    expect(r.code).toBe(1);
    const found = diags(r);
    expect(found.some((d) => d.startsWith('units/kz-urban-invest-group.yaml '))).toBe(true);
    expect(r.stderr).toMatch(/0 deleted, 1 renamed/);
    claims(found, diags(run()), ['units/kz-urban-invest-group.yaml']);
  });

  it('without REF, what is staged: a staged deletion breaks references elsewhere', () => {
    repo.rm(U);
    const r = run('--changed');
    expect(r.code).toBe(1);
    expect(diags(r).some((d) => /^projects\/\S+ REF /.test(d))).toBe(true);
    expect(r.stderr).toMatch(/against HEAD .* 1 deleted/);
  });

  it('a problem the base had in an untouched file is not the change\'s; every problem of a touched file is', () => {
    // the base gets a broken reference; the change then edits another file
    repo.edit('projects/KZ-2022-001.yaml', (s) => s.replace('owner: kz-urban-invest', 'owner: no-such-unit')).commit('broken owner', '2022-03-02T09:00:00+08:00');
    const old = diags(run());
    expect(old.some((d) => d.startsWith('projects/KZ-2022-001.yaml REF'))).toBe(true);
    repo.edit(U, (s) => `${s}# 备注\n`);
    const r = run('--changed', 'HEAD');
    expect(diags(r).filter((d) => d.startsWith('projects/KZ-2022-001.yaml'))).toEqual([]);
    expect(r.stderr).toMatch(/1 files added or modified, 0 deleted/);
    // touching the broken file itself: all of its problems, old ones too
    repo.edit('projects/KZ-2022-001.yaml', (s) => `${s}# 备注\n`);
    const touched = run('--changed', 'HEAD');
    expect(touched.code).toBe(1);
    claims(diags(touched), diags(run()), ['projects/KZ-2022-001.yaml']);
  });

  it('an untracked new file with an error is the change\'s', () => {
    repo.write('units/new-unit.yaml', 'id: new-unit\nname: 新单位\n');
    const r = run('--changed', 'HEAD');
    expect(r.code).toBe(1);
    expect(diags(r).some((d) => d.startsWith('units/new-unit.yaml '))).toBe(true);
  });
});
