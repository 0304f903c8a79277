// bin/kzp.js → src/cli/start.ts: `--version` before anything heavy loads, and a reader
// that goes away (`kzp … | head`) ends kzp quietly, without a stack trace.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, kzp, ROOT } from './run.js';

describe('kzp start', () => {
  it('--version and -V print the package version, as commander does', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = kzp([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
    // with another flag it goes through commander, with the same answer
    expect(kzp(['--no-color', '--version']).stdout).toBe(`${version}\n`);
  });

  it('a closed pipe (kzp … | head) ends kzp with no stack trace', async () => {
    // audit --json on sample-data is about 2 MB: far more than a pipe buffer holds
    const child = spawn(process.execPath, [BIN, '-C', join(ROOT, 'sample-data'), 'audit', '--json', '--as-of', '2023-01-10'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(code).toBe(0);
  });
});
