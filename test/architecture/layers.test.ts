// The shape of src/ that docs/architecture.md describes, checked on the sources: one way for data
// to flow (nothing below the command line imports from it; the engine reads no files), and each
// folder's index.ts as its public face. The start-up path of `kzp --help` imports leaf modules
// directly, because an index loads every module behind it (test/e2e/startup.test.ts pins what
// it loads).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
// and the warm path of `kzp validate`, which prints the last verdict again without loading the
// engine, the model or Zod (docs/performance.md)
const START_UP = ['cli/start.ts', 'cli/version.ts', 'cli/main.ts', 'cli/help.ts', 'cli/help-index.ts', 'cli/globals.ts', 'cli/lang.ts', 'cli/commands/validate.ts'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const FILES = walk(SRC).map((p) => relative(SRC, p));
const FOLDERS = [...new Set(FILES.map((f) => dirname(f)).filter((d) => d !== '.'))];

/** Every relative import of a source file, as a path under src/ without its extension. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)\.js'/g)) out.push(normalize(join(dirname(file), m[1]!)));
  return out;
}

describe('layers', () => {
  it('every folder under src/ has an index.ts', () => {
    expect(FOLDERS.filter((d) => !FILES.includes(join(d, 'index.ts')))).toEqual([]);
  });

  it('nothing outside src/cli imports from it', () => {
    // src/bundle.ts is the single-file build's entry point, as bin/kzp.js is the package's
    const bad = FILES.filter((f) => !f.startsWith('cli/') && f !== 'bundle.ts').flatMap((f) => importsOf(f).filter((i) => i.startsWith('cli/')).map((i) => `${f} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('the engine imports nothing that reads: not the workspace, history, entry, render or the command line', () => {
    const bad = FILES.filter((f) => f.startsWith('engine/')).flatMap((f) => importsOf(f).filter((i) => /^(workspace|history|entry|render|cli|util)\//.test(i)).map((i) => `${f} → ${i}`));
    expect(bad).toEqual([]);
  });

  it('an import from outside a folder goes through its index (but on the start-up path)', () => {
    const bad: string[] = [];
    for (const f of FILES) {
      // bundle.ts starts the CLI or, in a parse worker, the worker module itself
      if (START_UP.includes(f) || f === 'bundle.ts') continue;
      for (const target of importsOf(f)) {
        if (f.startsWith(`${dirname(target)}/`) || dirname(target) === '.') continue;
        if (!target.endsWith('/index')) bad.push(`${f} → ${target}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
