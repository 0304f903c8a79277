// -q prints nothing but errors; TERM=dumb and FORCE_COLOR=0 turn colour off even on a terminal
// (run under `script`, which gives kzp a pseudo-terminal).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { BIN, kzp, ROOT, tempCopy } from './run.js';

const SAMPLE = join(ROOT, 'sample-data');
const AS_OF = '2023-01-10';
const out = mkdtempSync(join(tmpdir(), 'kzp-quiet-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('-q', () => {
  it('a clean validate prints nothing at all; a failing one only its errors, not its warnings', () => {
    const clean = kzp(['-q', '-C', SAMPLE, 'validate']);
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '' });
    const t = tempCopy(BASE_DIR);
    try {
      const unit = join(t.dir, 'units/hanfeng-street.yaml');
      writeFileSync(unit, readFileSync(unit, 'utf8') + 'colour: red\n');
      const cfg = join(t.dir, 'kzp.yaml');
      writeFileSync(cfg, readFileSync(cfg, 'utf8').replace(/^ {2}supervision:.*\n/m, ''));   // an AS-2 warning
      const full = kzp(['-C', t.dir, 'validate']);
      expect(full.stdout).toMatch(/ error /);
      expect(full.stdout).toMatch(/ warning AS-2/);
      const quiet = kzp(['-C', t.dir, 'validate', '--quiet']);
      expect(quiet.code).toBe(1);
      expect(quiet.stdout).toMatch(/ error SCHEMA/);
      expect(quiet.stdout).not.toMatch(/ warning /);
      // machine formats are left whole: CI reads them
      expect(kzp(['-q', '-C', t.dir, 'validate', '--format', 'json']).stdout).toBe(kzp(['-C', t.dir, 'validate', '--format', 'json']).stdout);
    } finally { t.done(); }
  });

  it('a document written says nothing; the data a command prints is still printed', () => {
    const f = join(out, 'm.md');
    const r = kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '-o', f, '-q']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(f, 'utf8')).toContain('# ');
    expect(kzp(['-C', SAMPLE, 'report', 'monthly', '--as-of', AS_OF, '-o', f]).stderr).toContain(f);
    expect(kzp(['-q', '-C', SAMPLE, 'overdue', '--as-of', AS_OF, '--json']).stdout).toContain('"items"');
  });

  it('a failure is printed with what the command said before it', () => {
    const r = kzp(['-q', '-C', SAMPLE, 'report', 'monthly', '--month', '2030-01', '--as-of', AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kzp: /m);
  });
});

describe('colour', () => {
  const script = spawnSync('script', ['--version']).status === 0;
  /** kzp on a pseudo-terminal: what it printed there (stdout and stderr together). */
  const onTerminal = (args: string[], env: Record<string, string>) => {
    const cmd = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
    const base = { ...process.env, LANG: 'en_US.UTF-8' } as Record<string, string>;
    delete base.NO_COLOR; delete base.FORCE_COLOR;
    return spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...base, TERM: 'xterm', ...env } }).stdout;
  };
  const broken = tempCopy(BASE_DIR);
  afterAll(() => broken.done());
  writeFileSync(join(broken.dir, 'units/hanfeng-street.yaml'), readFileSync(join(broken.dir, 'units/hanfeng-street.yaml'), 'utf8') + 'colour: red\n');

  it.skipIf(!script)('on a terminal there is colour; TERM=dumb, FORCE_COLOR=0 and NO_COLOR take it away', () => {
    const args = ['-C', broken.dir, 'validate'];
    expect(onTerminal(args, {})).toContain('\u001b[');
    expect(onTerminal(args, { TERM: 'dumb' })).not.toContain('\u001b[');
    expect(onTerminal(args, { FORCE_COLOR: '0' })).not.toContain('\u001b[');
    expect(onTerminal(args, { NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(onTerminal([...args, '--no-color'], {})).not.toContain('\u001b[');
  });
});
