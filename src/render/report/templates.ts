// Bulletin templates: Handlebars in strict mode with only the helpers below (knownHelpersOnly)
// and no prototype access, because district staff edit them and CI runs them. A workspace's own
// templates/report/NAME overrides the built-in one of the same name.
//
// Escaping: html templates use Handlebars' HTML escaping ({{ }}); md templates are compiled
// with noEscape and get data whose every string is Markdown-escaped first (mdEscapeDeep), so a
// project named `<script>` or `a|b` stays text on a git forge and in the docx made from the md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { t } from '../../i18n/index.js';
import { assetPath, readAsset } from '../../util/index.js';
import { cnDate, cnMonth, cnNumber, int, money, pct, pct1, points, shortDate, wan, yi } from '../format.js';

export interface TemplateSource { name: string; file: string; text: string; builtin: boolean }

/** The template NAME: the workspace's templates/report/NAME if it exists, else the built-in one. */
export function findTemplate(root: string | null, name: string): TemplateSource {
  if (root) {
    const own = join(root, 'templates', 'report', name);
    if (existsSync(own)) return { name, file: own, text: readFileSync(own, 'utf8'), builtin: false };
  }
  const rel = `templates/report/${name}`;
  return { name, file: assetPath(rel), text: readAsset(rel), builtin: true };
}

const zh = (key: string) => t(key, {}, 'zh');
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** Every helper a template may call. Numbers are formatted only through ../format.ts. */
export const HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  wan: (x) => (num(x) === null ? '—' : wan(num(x)!)),
  yi: (x) => (num(x) === null ? '—' : yi(num(x)!)),
  money: (x) => (num(x) === null ? '—' : money(num(x)!, 'zh')),
  pct: (x) => pct(num(x)),
  pct1: (x) => pct1(num(x)),
  pts: (x) => points(num(x) === null ? null : Math.abs(num(x)!)),
  int: (x) => int(num(x)),
  /** "滞后时间进度 10.5 个百分点" / "超过时间进度 2.0 个百分点" / "与时间进度持平" */
  lagText: (x) => {
    const v = num(x);
    if (v === null || v === 0) return '与时间进度持平';
    return v > 0 ? `滞后时间进度 ${points(v)} 个百分点` : `超过时间进度 ${points(-v)} 个百分点`;
  },
  /** short form for tables: "滞后 10.5" / "超前 2.0" / "持平" */
  lagShort: (x) => {
    const v = num(x);
    if (v === null) return '—';
    if (v === 0) return '持平';
    return v > 0 ? `滞后 ${points(v)}` : `超前 ${points(-v)}`;
  },
  light: (x) => zh(`light.${String(x)}`),
  category: (x) => zh(`category.${String(x)}`),
  /** the level a problem was handled at, in official words: 牵头单位协调 / 区领导调度 / 主要领导调度 */
  level: (x) => zh(`report.level.${String(x)}`),
  group: (x) => zh(`group.${String(x)}`),
  /** 业主 / 牵头单位 / 业主、牵头单位 */
  role: (x) => (typeof x === 'string' ? zh(`score.role.${x}`) : '—'),
  stage: (x) => zh(`stage.${String(x)}`),
  method: (x) => zh(`report.method.${String(x)}`),
  taskState: (x) => zh(`report.task.${String(x)}`),
  ledgerState: (x) => zh(`report.ledger.${String(x)}`),
  findingState: (x) => zh(`report.finding.${String(x)}`),
  escalateTo: (x) => zh(`report.to.${String(x)}`),
  /** where submission times come from, in plain words (the reason for declared times is for the properties, not the text) */
  times: (times) => zh(`report.times.${String(times)}`),
  cnMonth: (x) => cnMonth(typeof x === 'string' ? x : null),
  cnDate: (x) => cnDate(typeof x === 'string' ? x : null),
  /** a date in official text: 12月20日 within the bulletin's year, 2023年1月31日 outside it; a time after the date stays */
  sdate: (x, year) => shortDate(typeof x === 'string' ? x : null, num(year)),
  /** names of a list and how many: "A、B 2 个项目", or past `max` "A、B、C等 9 个项目" (the full list is then in a table) */
  names: (list, max, noun) => {
    const xs = Array.isArray(list) ? list.map((x) => (x && typeof x === 'object' && 'name' in x ? String((x as { name: unknown }).name) : String(x))) : [];
    const n = num(max) ?? xs.length;
    return `${xs.slice(0, n).join('、')}${xs.length > n ? '等' : ''} ${xs.length} 个${typeof noun === 'string' ? noun : ''}`;
  },
  add: (a, b) => (num(a) ?? 0) + (num(b) ?? 0) + 1,
  monthNum: (x) => (typeof x === 'string' ? String(Number(x.slice(5, 7))) : '—'),
  short: (x) => (typeof x === 'string' ? x.slice(0, 12) : '—'),
  cn: (x) => (num(x) === null ? '' : cnNumber(num(x)!)),
  /** an @index as a Chinese heading number: 0 → 一 */
  cnIndex: (x) => (num(x) === null ? '' : cnNumber(num(x)! + 1)),
  inc: (x) => (num(x) === null ? '' : String(num(x)! + 1)),
  eq: (a, b) => a === b,
  gt: (a, b) => (num(a) ?? 0) > (num(b) ?? 0),
  or: (a, b) => !!a || !!b,
  not: (a) => !a,
  len: (a) => (Array.isArray(a) ? a.length : 0),
};
// Handlebars passes its `options` object as the last argument: drop it.
function wrap(fn: (...a: unknown[]) => unknown) { return (...a: unknown[]) => fn(...a.slice(0, -1)); }

const RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

export class TemplateError extends Error {
  constructor(readonly file: string, message: string) { super(message); }
}

/** Compile and run a template; `md` compiles without HTML escaping and Markdown-escapes the data instead. */
export function renderTemplate(src: TemplateSource, data: object, mode: 'md' | 'html', extra: Record<string, string> = {}): string {
  const hb = Handlebars.create();
  for (const [k, fn] of Object.entries(HELPERS)) hb.registerHelper(k, wrap(fn));
  const knownHelpers = Object.fromEntries(Object.keys(HELPERS).map((k) => [k, true]));
  try {
    const tpl = hb.compile(src.text, { strict: true, knownHelpersOnly: true, knownHelpers, noEscape: mode === 'md', preventIndent: true });
    const ctx = mode === 'md' ? { ...(mdEscapeDeep(data) as object), ...extra } : { ...data, ...extra };
    return tpl(ctx, RUNTIME);
  } catch (e) {
    throw new TemplateError(src.file, (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 4).join(' '));
  }
}

/** Markdown text: backslash-escape the ASCII punctuation that Markdown or HTML would interpret; line breaks become spaces. */
export function mdEscape(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').replace(/[\\`*_[\]<>|#~!&]/g, (c) => `\\${c}`);
}
export function mdUnescape(s: string): string { return s.replace(/\\([\\`*_[\]<>|#~!&])/g, '$1'); }

export function mdEscapeDeep(v: unknown): unknown {
  if (typeof v === 'string') return mdEscape(v);
  if (Array.isArray(v)) return v.map(mdEscapeDeep);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = mdEscapeDeep(x);
    return out;
  }
  return v;
}
