// The single-file build (dist/kzp.mjs, scripts/bundle.mjs) on its own: copied where no
// node_modules is, it runs with a plain `node kzp.mjs`, imports nothing but Node's own modules,
// carries the licences of what it inlines, and is its own parse worker. (The end-to-end folder
// runs a second time against it: the vitest project "bundle".)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack } from '../../src/workspace/fast/worker-pool.js';
import { ROOT } from '../e2e/run.js';

const BUNDLE = join(ROOT, 'dist', 'kzp.mjs');
let dir: string;
let copy: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kzp-bundle-test-'));
  copy = join(dir, 'kzp.mjs');
  copyFileSync(BUNDLE, copy);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(process.execPath, [copy, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', NODE_PATH: '' } });

describe('dist/kzp.mjs', () => {
  it('runs alone: its version, and a validate of sample-data', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).stdout).toBe(`${version}\n`);
    const v = run(['-C', join(ROOT, 'sample-data'), 'validate', '--format', 'json']);
    expect(v.status, v.stderr).toBe(0);
    expect(JSON.parse(v.stdout)).toMatchObject({ ok: true, errors: 0 });
  });

  it('imports Node modules only, starts with a shebang and ends with the licences of what it inlines', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // the module's own imports (what the CommonJS packages inside require is checked by the build: scripts/bundle.mjs)
    const specs = [...text.matchAll(/\bimport\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(specs).toContain('node:module');
    expect(specs.filter((s) => !s.startsWith('node:') && !builtinModules.includes(s))).toEqual([]);
    const tail = text.slice(text.lastIndexOf('/*! kzp '));
    expect(tail).toContain('MIT License');
    for (const dep of ['commander@', 'yaml@', 'zod@', 'exceljs@', 'docx@', 'handlebars@', 'chalk@']) expect(tail).toContain(dep);
  });

  it('is its own parse worker: started on its own file with a job, it parses and posts the results', async () => {
    const files = [0, 1, 2].map((i) => {
      const abs = join(dir, `u${i}.yaml`);
      writeFileSync(abs, `id: u${i}\nvalue: ${i}\n`);
      return { abs, rel: `units/u${i}.yaml` };
    });
    const counters = new Int32Array(new SharedArrayBuffer(12));
    const { port1, port2 } = new MessageChannel();
    // the job as it crosses to a worker (worker-pool.ts pack)
    const worker = new Worker(copy, { workerData: { job: pack({ files, withHash: true }), counters, port: port2 }, transferList: [port2], stdout: true, stderr: true });
    const code = await new Promise<number>((res, rej) => { worker.once('exit', res); worker.once('error', rej); });
    expect(code).toBe(0);
    const got: unknown[] = [];
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) got.push(...(m.message as [number, unknown[]])[1]);
    port1.close();
    expect(got).toHaveLength(3);
    // a value travels as its cache row (worker-task.ts)
    expect(JSON.parse((got[2] as { row: string }).row)).toEqual(['units/u2.yaml', 16, expect.any(Number), expect.any(Number), expect.any(Number), expect.any(String), { id: 'u2', value: 2 }]);
  });
});
