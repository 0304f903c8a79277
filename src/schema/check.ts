// Validate one parsed record against its schema and turn Zod issues into diagnostics that
// point at the offending node (or at the key whose value is missing), in the user's language.
import type { z } from 'zod';
import { t, type Lang } from '../i18n/index.js';
import type { Diagnostic, SourceFile } from '../workspace/index.js';
import { nearest } from '../util/index.js';
import { MONEY_FIELDS } from './common.js';
import { imeTrap } from './ime.js';
import { codeOf, findInSource, valueFaults } from './text.js';
import { moneyHint, radixScalars } from './amounts.js';
import { LazySourceFile } from '../workspace/index.js';
import { configSchema, dispatchSchema, inspectionSchema, ledgerSchema, listSchema, projectSchema, reviewSchema, unitSchema } from './records.js';

export type RecordKind = 'config' | 'unit' | 'project' | 'list' | 'ledger' | 'review';
export type ReviewKind = 'review' | 'dispatch' | 'inspection';

export const SCHEMAS = { config: configSchema, unit: unitSchema, project: projectSchema, list: listSchema, ledger: ledgerSchema, review: reviewSchema, dispatch: dispatchSchema, inspection: inspectionSchema } as const;

/**
 * `usable`: the value may go into the model despite the diagnostics, because they are all about
 * text the writers drop or show as codes (text.ts): a control character in a name is an error
 * for validate, and the project still counts in status and reports.
 */
export interface Checked { value?: unknown; schemaKind?: keyof typeof SCHEMAS; diagnostics: Diagnostic[]; usable?: boolean }

export function checkRecord(file: SourceFile, kind: RecordKind, lang: Lang): Checked {
  const diagnostics: Diagnostic[] = [];
  const data = file.data;
  const push = (path: (string | number)[], key: string, params: Record<string, unknown>, opts: { rule?: string; onKey?: boolean; hintKey?: string | null } = {}) => {
    const pos = file.locate(path, { key: opts.onKey });
    const hk = opts.hintKey === undefined ? `${key}.hint` : opts.hintKey;
    const hint = hk ? t(hk, params, lang) : undefined;
    diagnostics.push({ file: file.path, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn, severity: 'error', rule: opts.rule ?? 'SCHEMA', message: t(key, params, lang), hint: hint && hint !== hk ? hint : undefined });
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    push([], 'schema.root', { received: t(`type.${typeName(data)}`, {}, lang) }, { hintKey: null });
    return { diagnostics };
  }
  let schemaKind: keyof typeof SCHEMAS = kind;
  if (kind === 'review') {
    const k = (data as Record<string, unknown>).kind;
    if (k === 'review' || k === 'dispatch' || k === 'inspection') schemaKind = k;
    else {
      push(['kind'], 'schema.reviewKind', { value: k === undefined ? '' : String(k) }, { hintKey: null, onKey: k === undefined });
      return { diagnostics };
    }
  }
  const schema = SCHEMAS[schemaKind] as z.ZodType;
  const res = schema.safeParse(data);
  if (!res.success) {
    for (const issue of res.error.issues) issueToDiagnostic(issue, data, schema, push, lang);
  }
  const before = diagnostics.length;
  const textFaults = textDiagnostics(file, data, diagnostics, lang);
  // a file the fast parse took has no hexadecimal or octal integer (parse.ts), nor has the stand-in of checkClean
  if (file.doc && !(file instanceof LazySourceFile)) {
    for (const r of radixScalars(file.doc, file.text)) {
      const money = MONEY_FIELDS.has(String(lastKey(r.path)));
      push(r.path, 'schema.radix', { key: r.path.join('.'), source: r.source, value: r.value, base: r.base }, { rule: money ? 'KP-2' : 'SCHEMA' });
    }
  }
  // file name = id (FORMAT.md); ledgers: file name = project, folder = month
  const rec = data as Record<string, unknown>;
  const base = file.path.split('/').pop()!.replace(/\.yaml$/, '');
  if (kind === 'ledger') {
    if (typeof rec.project === 'string' && rec.project !== base)
      push(['project'], 'schema.fileName', { field: 'project', id: rec.project, name: base + '.yaml', expected: rec.project + '.yaml' });
    const folder = file.path.split('/')[1];
    if (typeof rec.month === 'string' && rec.month !== folder) push(['month'], 'schema.ledgerMonth', { month: rec.month, folder });
  } else if (kind !== 'config') {
    if (typeof rec.id === 'string' && rec.id !== base)
      push(['id'], 'schema.fileName', { field: 'id', id: rec.id, name: base + '.yaml', expected: rec.id + '.yaml' });
    if (kind === 'review' && typeof rec.date === 'string') {
      const folder = file.path.split('/')[1];
      if (/^\d{4}-/.test(rec.date) && rec.date.slice(0, 4) !== folder) push(['date'], 'schema.reviewYear', { date: rec.date, folder, year: rec.date.slice(0, 4) });
    }
  }
  const usable = res.success && before === 0 && diagnostics.length === before + textFaults;
  return { value: res.success ? res.data : undefined, schemaKind, diagnostics, usable };
}

/**
 * The same check for a record that parsed clean, run by the read right after the parse, whose
 * outcome the parse cache keeps: its schema kind and checked value when checkRecord
 * would find nothing to say, else null (and the model then runs checkRecord itself, which says
 * what is wrong and where). The very same function decides, so the two cannot disagree; no
 * position or message is made for a clean record.
 */
export function checkClean(rel: string, kind: string, data: unknown): { kind: string; value: unknown } | null {
  const file = { path: rel, data, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) } as unknown as SourceFile;
  const c = checkRecord(file, kind as RecordKind, 'en');
  return c.diagnostics.length === 0 && c.value !== undefined && c.schemaKind ? { kind: c.schemaKind, value: c.value } : null;
}

/** Control characters, ESC sequences and bidi overrides in the record's text (text.ts), at the character itself. */
function textDiagnostics(file: SourceFile, data: unknown, diagnostics: Diagnostic[], lang: Lang): number {
  const faults = valueFaults(data);
  for (const f of faults) {
    const pos = file.locate(f.path);
    const lines = (file as { lines?: readonly string[] }).lines;
    const at = lines ? findInSource(lines, pos.line, pos.column, f.seq[0]) : null;
    const key = f.path.join('.');
    const params = { key, code: codeOf(f.seq), index: f.index + 1 };
    diagnostics.push({
      file: file.path, line: at?.line ?? pos.line, column: at?.column ?? pos.column, endLine: at?.line ?? pos.endLine, endColumn: at ? at.column + at.length : pos.endColumn,
      severity: f.severity, rule: 'SCHEMA', message: t(`schema.text.${f.kind}`, params, lang), hint: t(`schema.text.${f.kind}.hint`, params, lang),
    });
  }
  return faults.length;
}

type Push = (path: (string | number)[], key: string, params: Record<string, unknown>, opts?: { rule?: string; onKey?: boolean; hintKey?: string | null }) => void;

function issueToDiagnostic(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType, rawPush: Push, lang: Lang) {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[];
  const value = valueAt(data, path);
  // a text value that an input method or a paste spoiled: say what is in it and the value meant
  const trap = typeof value === 'string' ? imeTrap(value) : null;
  const push: Push = (p, key, params, opts = {}) => {
    if (!trap || key === 'schema.unknownKey' || key === 'schema.required') { rawPush(p, key, params, opts); return; }
    const what = trap.kinds.map((k) => t(`ime.${k}`, { char: trap.invisible }, lang)).join(lang === 'zh' ? ';' : '; ');
    rawPush(p, key, { ...params, what, fixed: trap.fixed }, { ...opts, hintKey: 'ime.hint' });
  };
  const keyName = lastKey(path);
  const money = MONEY_FIELDS.has(String(keyName));
  const ruleFor = (): string => {
    const k = String(keyName);
    if (money) return 'KP-2';
    if ((k === 'source' && path[0] === 'funding') || (k === 'channel' && path[0] === 'applications')) {
      return typeof value === 'string' && /implicit|隐性|hidden-debt/i.test(value) ? 'BG-3' : 'TF-6';
    }
    return 'SCHEMA';
  };
  const rule = ruleFor();
  const key = path.length ? path.join('.') : '(root)';
  switch (issue.code) {
    case 'unrecognized_keys': {
      for (const k of issue.keys) {
        const allowed = keysAt(schema, path);
        const suggest = nearest(k, allowed);
        push([...path, k], 'schema.unknownKey', { key: k, suggest, allowed }, { onKey: true, hintKey: suggest ? 'schema.unknownKey.hint' : 'schema.unknownKey.hintList' });
      }
      return;
    }
    case 'invalid_type': {
      if (value === undefined) {
        push(path.slice(0, -1), 'schema.required', { key: String(keyName) }, { onKey: true, rule });
        return;
      }
      let typeHint = t('typeHint.none', {}, lang);
      if (value === null) typeHint = t('typeHint.empty', {}, lang);
      else if (issue.expected === 'number' && typeof value === 'string') typeHint = /[０-９．]/.test(value) ? t('typeHint.fullwidthDigits', {}, lang) : t('typeHint.numberAsString', {}, lang);
      if (money) { const h = moneyHint(value); push(path, 'schema.money', { key, value: typeof value === 'number' ? yamlNumber(value) : JSON.stringify(value), ...h?.params }, { rule, hintKey: h?.key }); return; }
      push(path, 'schema.type', { key, expected: t(`type.${issue.expected}`, {}, lang), received: `${t(`type.${typeName(value)}`, {}, lang)}${value !== null && typeof value !== 'object' ? ` "${String(value)}"` : ''}`, typeHint }, { rule });
      return;
    }
    case 'invalid_value': {
      // a missing enum or literal field comes as invalid_value of undefined: it is a missing field
      if (value === undefined) { push(path.slice(0, -1), 'schema.required', { key: String(keyName) }, { onKey: true, rule }); return; }
      const values = issue.values.map((v) => String(v));
      if (values.length === 1) push(path, 'schema.literal', { key, values }, { rule, hintKey: null });
      else push(path, 'schema.enum', { key, value: String(value), values }, { rule });
      return;
    }
    case 'invalid_format': {
      const s = String(value);
      const fmt = 'pattern' in issue ? String(issue.pattern) : '';
      if (fmt.includes('\\d{4}-\\d{2}-\\d{2}')) push(path, 'schema.date', { key, value: s });
      else if (fmt.includes('0[1-9]|1[0-2]')) push(path, 'schema.month', { key, value: s });
      else if (fmt.includes('a-z0-9') || fmt.includes('A-Za-z0-9')) {
        // a path in an id: say so (ids are file names; FORMAT.md: never "/" or "..")
        const bad = s.includes('..') ? '..' : s.includes('/') ? '/' : s.includes('\\') ? '\\' : null;
        if (bad && !trap) push(path, 'schema.idPath', { key, value: s, bad });
        else push(path, 'schema.id', { key, value: s });
      }
      else push(path, 'schema.pattern', { key, value: s }, { hintKey: null });
      return;
    }
    case 'custom': {
      const k = (issue.params as { key?: string } | undefined)?.key;
      if (k === 'date') push(path, 'schema.date', { key, value: String(value) });
      else if (k === 'money2') push(path, 'schema.money', { key, value: String(value) }, { rule: 'KP-2' });
      else if (k === 'timezone') push(path, 'schema.timezone', { key, value: String(value), suggest: nearestZone(String(value)) }, { hintKey: nearestZone(String(value)) ? 'schema.timezone.hint' : 'schema.timezone.hintPlain' });
      else if (k === 'reservedId') push(path, 'schema.reservedId', { key, value: String(value) });
      else push(path, 'schema.invalid', { key }, { hintKey: null, rule });
      return;
    }
    case 'too_small': {
      if (money) { push(path, 'schema.money', { key, value: typeof value === 'number' ? yamlNumber(value) : String(value) }, { rule }); return; }
      if (issue.origin === 'array') push(path, 'schema.minItems', { key, min: issue.minimum }, { hintKey: null });
      else if (issue.origin === 'string') push(path, 'schema.minLength', { key }, { hintKey: null });
      else push(path, 'schema.min', { key, min: issue.minimum }, { hintKey: null });
      return;
    }
    case 'too_big':
      if (money) { push(path, 'schema.money', { key, value: String(value) }, { rule, hintKey: 'schema.money.huge.hint' }); return; }
      push(path, 'schema.max', { key, max: issue.maximum }, { hintKey: null });
      return;
    case 'invalid_union': {
      // the alternatives are all of one shape here (a number or a string of a year/period)
      push(path, 'schema.pattern', { key, value: String(value) }, { hintKey: null });
      return;
    }
    default:
      push(path, 'schema.invalid', { key }, { hintKey: null, rule });
  }
}

/** The time zone meant by a misspelt one (Asia/Chongqin → Asia/Chongqing), from the zones this Node knows. */
function nearestZone(tz: string): string | undefined {
  const zones = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  // China has one zone; these are the names people write for it that are not (or not canonical) IANA names
  if (/beijing|peking|chongq|chungking|北京|重庆|china|^prc$|^cst$|^(utc|gmt)\s*\+\s*0?8|^\+08/i.test(tz)) return 'Asia/Shanghai';
  const lower = tz.toLowerCase();
  return zones.find((z) => z.toLowerCase() === lower) ?? nearest(tz, zones);
}

/** A number as the YAML file wrote it: .inf and .nan rather than JSON's null. */
function yamlNumber(v: number): string {
  if (Number.isNaN(v)) return '.nan';
  if (!Number.isFinite(v)) return v > 0 ? '.inf' : '-.inf';
  return String(v);
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function lastKey(path: (string | number)[]): string | number | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i];
  return undefined;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** The keys an object schema allows at a data path (for "did you mean"). */
export function keysAt(schema: z.ZodType, path: (string | number)[]): string[] {
  let s: unknown = schema;
  const unwrap = () => {
    for (let i = 0; i < 10; i++) {
      const def = (s as { _zod?: { def?: { type?: string; innerType?: unknown; in?: unknown } } })._zod?.def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') s = def.innerType;
      else if (def.type === 'pipe') s = def.in;
      else return;
    }
  };
  for (const p of path) {
    unwrap();
    const def = (s as { _zod: { def: { type: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown } } })._zod.def;
    if (def.type === 'object' && typeof p === 'string') s = def.shape?.[p];
    else if (def.type === 'array') s = def.element;
    else if (def.type === 'record') s = def.valueType;
    else return [];
    if (!s) return [];
  }
  unwrap();
  const def = (s as { _zod: { def: { type: string; shape?: Record<string, unknown> } } })._zod.def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

