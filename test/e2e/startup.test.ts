// What `kzp --help` and `kzp validate --help` load (the start-up target of `npm run bench`): no
// more than `kzp --version` does, beyond the help itself — from the index the build writes
// (src/cli/help-index.ts), and on a terminal of another width from the specs, but never
// commander, chalk, the message catalogs or a command's module.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HelpWriter } from '../../src/cli/help.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { CACHE_MIN_FILES } from '../../src/workspace/index.js';
import { BIN, kzp, paddedSample, ROOT } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'kzp-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// `npm run build` writes the index and bundles its reader; a plain tsc after it (the quick loop
// while developing) leaves the index stale and the reader unbundled: do both again, as the build would
beforeAll(() => { execFileSync(process.execPath, [join(ROOT, 'scripts/help-index.mjs')]); });
const HOOK = join(ROOT, 'test/e2e/trace/register.mjs');
let n = 0;

/** The files of kzp and of its dependencies that `kzp …args` loads (relative to the package). */
function loads(args: string[], o: { terminal?: number; env?: Record<string, string> } = {}): string[] {
  const file = join(dir, `trace-${n++}`);
  const env = { ...process.env, ...o.env, KZP_TRACE_FILE: file, LANG: 'zh_CN.UTF-8', NO_COLOR: '1' };
  const node = [process.execPath, '--import', HOOK, BIN, ...args];
  const r = o.terminal
    ? spawnSync('script', ['-qec', `stty cols ${o.terminal}; ${node.map((a) => `'${a}'`).join(' ')}`, '/dev/null'], { encoding: 'utf8', env })
    : spawnSync(node[0], node.slice(1), { encoding: 'utf8', env });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(file, 'utf8').split('\n').filter((u) => u.startsWith('file:')).map((u) => u.replace(`file://${ROOT}`, '').replace(/^\//, ''));
}

const HEAVY = /node_modules\/(commander|chalk|zod|yaml|js-yaml|exceljs|docx|handlebars)\/|dist\/i18n\/(index|core)\.js|dist\/cli\/commands\/(?!index)[\w-]+\.js|dist\/(workspace|schema|model|rules|engine|history|entry)\//;

describe('start-up of --help', () => {
  // assets.js and embedded.js: where package.json is, in the package or inside the single-file build
  const START = ['bin/kzp.js', 'dist/cli/start.js'];
  it('kzp --version loads bin/kzp.js, start.js, version.js and where package.json is, only', () => {
    expect(loads(['--version'])).toEqual([...START, 'dist/cli/version.js', 'dist/util/assets.js', 'dist/util/embedded.js']);
  });

  it('kzp --help, kzp validate --help, kzp help ledger add: one module beyond start.js, the help index with the global options and the language inlined', () => {
    // `npm run build` inlines globals.js and lang.js into help-index.js (scripts/help-index.mjs)
    for (const args of [['--help'], ['validate', '--help'], ['-C', join(ROOT, 'sample-data'), 'validate', '-h'], ['help', 'ledger', 'add'], ['report', '--help'], []]) {
      expect(loads(args), args.join(' ')).toEqual([...START, 'dist/cli/help-index.js']);
    }
  });

  it.skipIf(spawnSync('script', ['--version']).status !== 0)('on a terminal of another width: laid out from the specs, still without commander, chalk, the catalogs or the command', () => {
    for (const args of [['--help'], ['validate', '--help']]) {
      const files = loads(args, { terminal: 100 });
      expect(files).toContain('dist/cli/help.js');
      expect(files.filter((f) => HEAVY.test(f)), args.join(' ')).toEqual([]);
    }
  });

  it('running a command loads its module only, not the others', () => {
    const files = loads(['-C', join(ROOT, 'sample-data'), 'schema', '-o', join(dir, 'schemas')]);
    expect(files.filter((f) => /dist\/cli\/commands\/(?!index)/.test(f))).toEqual(['dist/cli/commands/schema.js']);
  });

  it('what the index prints is what the help writer lays out for 80 columns (the index is fresh)', async () => {
    const { commandHelp } = await import('../../src/cli/help-index.js');
    const specs = await commandHelp(Object.keys(COMMANDS));
    for (const lang of ['zh', 'en'] as const) {
      const w = new HelpWriter(lang, 80);
      for (const [name, spec] of specs) expect(kzp([...name.split(' '), '--help', '--lang', lang]).stdout, name).toBe(w.command(spec));
    }
  });
});

describe('the warm path of kzp validate', () => {
  it('prints the last verdict again without loading the engine, the model, the rules or Zod', () => {
    const ws = paddedSample('kzp-startup-warm-', CACHE_MIN_FILES + 10, (i) => `id: x-${i}\nname: 开州区示例单位${i}\ntype: institution\npeople:\n  - { id: x-p${i}, name: 示例${i}, duty: 项目科 }\n`);
    try {
      // files an hour old, so that none is racy and the verdict is kept
      const past = new Date(Date.now() - 3600_000);
      for (const e of readdirSync(ws, { withFileTypes: true, recursive: true })) if (e.isFile()) utimesSync(join(e.parentPath, e.name), past, past);
      const env = { KZP_CACHE_KEY_DIR: join(dir, 'key') };
      loads(['-C', ws, 'validate'], { env });
      const warm = loads(['-C', ws, 'validate'], { env });
      expect(warm).toContain('dist/workspace/fast/verdict.js');
      expect(warm.filter((f) => /node_modules\/(zod|yaml|js-yaml)\/|dist\/(engine|model|rules|schema)\//.test(f))).toEqual([]);
    } finally { rmSync(ws, { recursive: true, force: true }); }
  });
});

