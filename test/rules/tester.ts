// ESLint's RuleTester for kzp. Each case is a workspace (usually `world(change)`, see world.ts);
// a valid case gives no diagnostic of the rule and no error at all; an invalid case gives exactly
// the listed findings, each named by where it points (file and data path) and what it says (the
// rule's message id, and data where it matters) — not by the line a YAML writer put it on.
// Rules that the schema enforces (KP-2, TF-6, BG-3's implicit debt) have no message ids: their
// expected diagnostics are placed at their path in the case's file.
import { describe, expect, it } from 'vitest';
import { findings, ruleOf, toDiagnostic, validateLoaded, type Finding } from '../../src/rules/index.js';
import type { Diagnostic, Severity } from '../../src/workspace/index.js';
import { loadMemory, type Files } from '../helpers.js';
import { world } from './world.js';

export interface Expected {
  file: string;
  /** the data path the finding points at, e.g. `problems.0.problem`; '' for the document */
  path: string;
  /** with `key`, at the key of the path's last segment */
  key?: boolean;
  messageId?: string;
  severity?: Severity;
  /** values the message is filled with (a subset) */
  data?: Record<string, unknown>;
  /** matched against the English message and hint */
  message?: RegExp;
  /** another rule id, for a case whose point is that the diagnostic is not this rule's */
  rule?: string;
}

export interface Cases {
  valid: { name: string; files: Files }[];
  invalid: { name: string; files: Files; errors: Expected[] }[];
}

const pathOf = (p: ReadonlyArray<string | number>) => p.join('.');
const segments = (p: string) => (p === '' ? [] : p.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
const order = <T extends { file: string; path: string }>(xs: T[]) => [...xs].sort((a, b) => (a.file + '#' + a.path < b.file + '#' + b.path ? -1 : a.file + '#' + a.path > b.file + '#' + b.path ? 1 : 0));

/** The findings of one rule (with message id, path and data) on a workspace. */
export function findingsOf(id: string, files: Files, lang: 'zh' | 'en' = 'en'): Finding[] {
  const rule = ruleOf(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return findings(loadMemory(files, lang).model, rule, lang);
}

/** Every diagnostic of the whole pipeline, as `kzp validate` gives them. */
export function diagnosticsOf(files: Files, lang: 'zh' | 'en' = 'en'): Diagnostic[] {
  return validateLoaded(loadMemory(files, lang), lang);
}

export function ruleTester(id: string, cases: Cases): void {
  describe(`rule ${id}`, () => {
    it('the world is clean', () => {
      expect(diagnosticsOf(world()).filter((d) => d.severity !== 'info')).toEqual([]);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const ds = diagnosticsOf(c.files);
        expect(ds.filter((d) => d.rule === id)).toEqual([]);
        expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
      });
    }
    for (const c of cases.invalid) it(`invalid: ${c.name}`, () => checkInvalid(id, c.files, c.errors));
  });
}

function checkInvalid(id: string, files: Files, errors: Expected[]): void {
  const rule = errors[0]?.rule ?? id;
  const ds = diagnosticsOf(files).filter((d) => d.rule === rule);
  if (errors.every((e) => e.messageId)) {
    const fs = findingsOf(rule, files);
    const seen = order(fs.map((f) => ({ file: f.file.path, path: pathOf(f.path), messageId: f.messageId, severity: f.severity ?? f.rule.severity, ...(errors.some((e) => e.key !== undefined) ? { key: !!f.onKey } : {}), f })));
    const want = order(errors.map((e) => ({ file: e.file, path: e.path, messageId: e.messageId, severity: e.severity ?? ruleOf(rule)!.severity, ...(errors.some((x) => x.key !== undefined) ? { key: !!e.key } : {}), e })));
    expect(seen.map(({ f: _f, ...s }) => s)).toEqual(want.map(({ e: _e, ...w }) => w));
    expect(ds).toHaveLength(fs.length);
    for (const [i, { f }] of seen.entries()) {
      const { e } = want[i];
      if (e.data) expect(f.data ?? {}).toMatchObject(e.data);
      for (const lang of ['en', 'zh'] as const) {
        const d = toDiagnostic(f, lang);
        const text = `${d.message} ${d.hint ?? ''}`;
        expect(text, `${f.messageId} (${lang}) fills every placeholder`).not.toMatch(/\{\w+\}/);
        if (lang === 'zh') expect(d.message).toMatch(/[\u4e00-\u9fff]/);
        else if (e.message) expect(text).toMatch(e.message);
      }
    }
    return;
  }
  // a rule the schema enforces: its diagnostics stand at the located paths
  const loaded = loadMemory(files);
  const at = (e: Expected) => {
    const src = loaded.workspace.byPath.get(e.file);
    if (!src) throw new Error(`no file ${e.file} in the case`);
    const pos = src.locate(segments(e.path), { key: e.key });
    return { file: e.file, line: pos.line, column: pos.column, severity: e.severity ?? 'error' };
  };
  const key = (x: { file: string; line: number; column: number }) => `${x.file}:${String(x.line).padStart(5)}:${String(x.column).padStart(5)}`;
  const sortPos = <T extends { file: string; line: number; column: number }>(xs: T[]) => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  expect(sortPos(ds.map((d) => ({ file: d.file, line: d.line, column: d.column, severity: d.severity }))))
    .toEqual(sortPos(errors.map(at)));
  for (const e of errors) {
    if (!e.message) continue;
    const p = at(e);
    const d = ds.find((x) => x.file === p.file && x.line === p.line && x.column === p.column)!;
    expect(`${d.message} ${d.hint ?? ''}`).toMatch(e.message);
  }
  for (const d of diagnosticsOf(files, 'zh').filter((x) => x.rule === rule)) expect(d.message).toMatch(/[\u4e00-\u9fff]/);
}
