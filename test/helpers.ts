// Test helpers: an in-memory workspace built from test/fixtures/base with some files changed,
// validated through the same pipeline as `kzp validate` (the rule tests build theirs: test/rules/world.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateLoaded } from '../src/rules/index.js';
import { modelOf, type Loaded } from '../src/model/load.js';
import { listPaths, readSources, type Diagnostic } from '../src/workspace/index.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const BASE_DIR = join(FIXTURES, 'base');

export type Files = Record<string, string | Uint8Array>;

export function readTree(dir: string): Files {
  const out: Files = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

let baseCache: Files | undefined;
export function base(): Files { return { ...(baseCache ??= readTree(BASE_DIR)) }; }

/** The base workspace with files replaced (string/bytes), added, or deleted (null). */
export function withFiles(changes: Record<string, string | Uint8Array | null>, from: Files = base()): Files {
  const out = { ...from };
  for (const [k, v] of Object.entries(changes)) if (v === null) delete out[k]; else out[k] = v;
  return out;
}

export function loadMemory(files: Files, lang: 'zh' | 'en' = 'en'): Loaded {
  const enc = new TextEncoder();
  return modelOf(readSources('/memory', lang, listPaths(Object.keys(files)), (rel) => {
    const v = files[rel];
    return v === undefined ? null : typeof v === 'string' ? enc.encode(v) : v;
  }), lang);
}

export function validateMemory(files: Files, lang: 'zh' | 'en' = 'en'): Diagnostic[] {
  return validateLoaded(loadMemory(files, lang), lang);
}

/** Edit one file of the base as text: `(text) => text.replace(…)`. */
export function edit(path: string, fn: (text: string) => string, from: Files = base()): Files {
  const v = from[path];
  if (v === undefined) throw new Error(`no ${path} in fixture`);
  const text = typeof v === 'string' ? v : new TextDecoder().decode(v);
  const next = fn(text);
  if (next === text) throw new Error(`edit of ${path} changed nothing`);
  return withFiles({ [path]: next }, from);
}
