// Test support for data entry: a real workspace on disk (a copy of test/fixtures/base) and a
// CliContext that collects what the command prints.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliContext } from '../../src/cli/context.js';
import { PLAIN } from '../../src/render/color.js';
import { BASE_DIR } from '../helpers.js';

export function tempWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kzp-entry-'));
  cpSync(BASE_DIR, dir, { recursive: true });
  return dir;
}

export interface TestCtx extends CliContext { stdout: string[]; stderr: string[] }

export function testCtx(dir: string, asOf: string, extra: Partial<CliContext['opts']> = {}): TestCtx {
  const stdout: string[] = [], stderr: string[] = [];
  return {
    cwd: dir, opts: { workspace: dir, asOf, ...extra }, lang: 'zh', color: PLAIN, colorEnabled: false,
    // no git identity from the machine: tests decide who the user is
    env: { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    out: (s) => { stdout.push(s); }, err: (s) => { stderr.push(s); }, version: 'test', stdout, stderr,
  };
}
