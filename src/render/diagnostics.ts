// One writer per output format behind one interface (like kubeconform's pkg/output):
// text (editor-parsable, with an excerpt and a caret), json, github, gitlab, junit, sarif.
import { createHash } from 'node:crypto';
import type { ChalkInstance } from 'chalk';
import { t, type Lang } from '../i18n/index.js';
import type { Diagnostic, SourceFile } from '../workspace/index.js';
import { readAsset } from '../util/index.js';
import { RULE_HELP } from './rule-help.js';
import { shownText } from './safe-text.js';
import { displayWidth } from './width.js';

export type DiagnosticFormat = 'text' | 'json' | 'github' | 'gitlab' | 'junit' | 'sarif';
export const DIAGNOSTIC_FORMATS: DiagnosticFormat[] = ['text', 'json', 'github', 'gitlab', 'junit', 'sarif'];

export interface RenderInput {
  diagnostics: Diagnostic[];
  files: Map<string, SourceFile>;   // for excerpts
  fileCount: number;
  lang: Lang;
  color: ChalkInstance;
  /**
   * the workspace's folder inside its git repository (`''` at its root, `records/` …): the CI
   * formats give paths relative to the repository root, as the forges expect, whatever the
   * current folder (cli/root.ts repoPrefix)
   */
  prefix: string;
  version: string;
}

export interface RenderOutput { stdout: string; stderr: string; summary?: string }

export function counts(ds: Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0, warnings = 0;
  for (const d of ds) if (d.severity === 'error') errors++; else if (d.severity === 'warning') warnings++;
  return { errors, warnings };
}

export function renderDiagnostics(format: DiagnosticFormat, input: RenderInput): RenderOutput {
  switch (format) {
    case 'text': return { stdout: text(input), stderr: '' };
    case 'json': return { stdout: json(input), stderr: '' };
    case 'github': return github(input);
    case 'gitlab': return { stdout: gitlab(input), stderr: '' };
    case 'junit': return { stdout: junit(input), stderr: '' };
    case 'sarif': return { stdout: sarif(input), stderr: '' };
  }
}

function text({ diagnostics, files, fileCount, lang, color: c }: RenderInput): string {
  const out: string[] = [];
  for (const d of diagnostics) {
    const sev = d.severity === 'error' ? c.red.bold(t('cli.sev.error', {}, lang)) : d.severity === 'warning' ? c.yellow.bold(t('cli.sev.warning', {}, lang)) : c.cyan(t('cli.sev.info', {}, lang));
    // the message quotes record text, and the excerpt is the file's line: both shown, never acted on
    out.push(`${c.bold(shownText(`${d.file}:${d.line}:${d.column}`))} ${sev} ${c.dim(d.rule)} ${shownText(d.message)}`);
    const f = files.get(d.file);
    const src = f?.lines[d.line - 1];
    if (src !== undefined && src.length < 400) {
      const num = String(d.line);
      const gutter = ' '.repeat(Math.max(4 - num.length, 1));
      out.push(c.dim(`${gutter}${num} | `) + shownText(src));
      // the caret under the shown text: a code such as \x1b is four columns wide
      const before = displayWidth(shownText(src.slice(0, Math.max(0, d.column - 1))));
      const endCol = d.endLine === d.line && d.endColumn && d.endColumn > d.column ? d.endColumn : d.column + 1;
      const width = Math.max(1, displayWidth(shownText(src.slice(d.column - 1, endCol - 1))));
      out.push(c.dim(`${' '.repeat(gutter.length + num.length)} | `) + ' '.repeat(before) + (d.severity === 'error' ? c.red : c.yellow)('^'.repeat(width)));
    }
    if (d.hint) out.push(c.dim(`${' '.repeat(5)}= ${t('cli.hint', {}, lang)}: `) + shownText(d.hint));
  }
  const { errors, warnings } = counts(diagnostics);
  if (diagnostics.length) out.push('');
  out.push(errors || warnings
    ? (errors ? c.red : c.yellow)(t('cli.summary.problems', { errors, warnings, files: fileCount }, lang))
    : c.green(t('cli.summary.clean', { files: fileCount }, lang)));
  return out.join('\n') + '\n';
}

function json({ diagnostics }: RenderInput): string {
  const { errors, warnings } = counts(diagnostics);
  return JSON.stringify({ ok: errors === 0, errors, warnings, diagnostics: diagnostics.map(clean) }, null, 2) + '\n';
}

function clean(d: Diagnostic): Diagnostic {
  const o: Diagnostic = { file: d.file, line: d.line, column: d.column, severity: d.severity, rule: d.rule, message: d.message };
  if (d.endLine !== undefined) o.endLine = d.endLine;
  if (d.endColumn !== undefined) o.endColumn = d.endColumn;
  if (d.hint) o.hint = d.hint;
  return o;
}

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
function ghData(s: string): string { return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'); }
function ghProp(s: string): string { return ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C'); }
function github({ diagnostics, prefix, lang, fileCount }: RenderInput): RenderOutput {
  const lines = diagnostics.map((d) => {
    const cmd = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    const props = [`file=${ghProp(prefix + d.file)}`, `line=${d.line}`, `col=${d.column}`];
    if (d.endLine) props.push(`endLine=${d.endLine}`);
    if (d.endColumn && d.endLine === d.line) props.push(`endColumn=${d.endColumn}`);
    props.push(`title=${ghProp(`kzp ${d.rule}`)}`);
    return `::${cmd} ${props.join(',')}::${ghData(d.message + (d.hint ? `\n${t('cli.hint', {}, lang)}: ${d.hint}` : ''))}`;
  });
  const { errors, warnings } = counts(diagnostics);
  const md = [`## kzp validate`, '', errors || warnings ? t('cli.summary.problems', { errors, warnings, files: fileCount }, lang) : t('cli.summary.clean', { files: fileCount }, lang), ''];
  if (diagnostics.length) {
    md.push(`| ${t('cli.col.file', {}, lang)} | ${t('cli.col.severity', {}, lang)} | ${t('cli.col.rule', {}, lang)} | ${t('cli.col.message', {}, lang)} |`, '|---|---|---|---|');
    for (const d of diagnostics) md.push(`| \`${prefix}${d.file}:${d.line}:${d.column}\` | ${d.severity} | ${d.rule} | ${d.message.replace(/\|/g, '\\|')} |`);
  }
  return { stdout: lines.join('\n') + (lines.length ? '\n' : ''), stderr: '', summary: md.join('\n') + '\n' };
}

// GitLab Code Quality report (a JSON array of issues).
function gitlab({ diagnostics, prefix }: RenderInput): string {
  const seen = new Map<string, number>();
  return JSON.stringify(diagnostics.map((d) => {
    const base = `${d.rule}|${prefix}${d.file}|${d.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      description: `${d.rule}: ${d.message}`,
      check_name: d.rule,
      fingerprint: createHash('md5').update(`${base}|${n}`).digest('hex'),
      severity: d.severity === 'error' ? 'major' : d.severity === 'warning' ? 'minor' : 'info',
      location: { path: prefix + d.file, lines: { begin: d.line } },
    };
  }), null, 2) + '\n';
}

function xml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!)
    // characters XML 1.0 cannot carry
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function junit({ diagnostics, files, prefix }: RenderInput): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const f of files.keys()) byFile.set(f, []);
  for (const d of diagnostics) { const a = byFile.get(d.file) ?? []; a.push(d); byFile.set(d.file, a); }
  const names = [...byFile.keys()].sort();
  const failures = names.filter((n) => byFile.get(n)!.some((d) => d.severity === 'error')).length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="kzp validate" tests="${names.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="kzp validate" tests="${names.length}" failures="${failures}" errors="0" skipped="0">`];
  for (const n of names) {
    const ds = byFile.get(n)!;
    const errs = ds.filter((d) => d.severity === 'error');
    out.push(`    <testcase classname="kzp" name="${xml(prefix + n)}" file="${xml(prefix + n)}">`);
    if (errs.length) {
      out.push(`      <failure message="${xml(`${errs.length} error(s): ${errs[0].rule} ${errs[0].message}`)}" type="${xml(errs[0].rule)}">${xml(errs.map((d) => `${prefix}${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`).join('\n'))}</failure>`);
    }
    const warns = ds.filter((d) => d.severity !== 'error');
    if (warns.length) out.push(`      <system-out>${xml(warns.map((d) => `${prefix}${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n') + '\n';
}

// SARIF 2.1.0 (OASIS): one run; each rule it reports carries its descriptions in both languages
// (from the docs, rule-help.ts); artifact URIs are relative to the repository root (%SRCROOT%).
function sarif({ diagnostics, prefix, version, lang }: RenderInput): string {
  const ids = [...new Set(diagnostics.map((d) => d.rule))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const docs = docsUrl(version);
  const rules = ids.map((id) => {
    const h = RULE_HELP[id];
    if (!h) return { id };
    const mine = h[lang];
    const link = `${h.doc}#${h.anchor}`;
    const seeText = lang === 'zh' ? `详见 ${h.doc}(${h.zh.title})` : `See ${h.doc} (${h.en.title})`;
    return {
      id,
      shortDescription: { text: mine.title },
      fullDescription: { text: mine.full || mine.title },
      help: { text: `${plainText(mine.markdown)}\n\n${seeText}`, markdown: `${mine.markdown}\n\n${docs ? `[${seeText}](${docs}${link})` : seeText}` },
      ...(docs ? { helpUri: `${docs}${link}` } : {}),
      properties: {
        zh: { shortDescription: h.zh.title, fullDescription: h.zh.full || h.zh.title },
        en: { shortDescription: h.en.title, fullDescription: h.en.full || h.en.title },
      },
    };
  });
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'kzp', version, semanticVersion: version, ...(docs ? { informationUri: docs.replace(/\/(?:-\/)?blob\/[^/]+\/$/, '') } : {}), rules } },
      language: lang === 'zh' ? 'zh-CN' : 'en-US',
      columnKind: 'utf16CodeUnits',
      results: diagnostics.map((d) => ({
        ruleId: d.rule,
        ruleIndex: index.get(d.rule),
        level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
        message: { text: d.message + (d.hint ? ` (${d.hint})` : '') },
        locations: [{ physicalLocation: { artifactLocation: { uri: prefix + d.file, uriBaseId: '%SRCROOT%' }, region: { startLine: d.line, startColumn: d.column, ...(d.endLine ? { endLine: d.endLine } : {}), ...(d.endColumn ? { endColumn: d.endColumn } : {}) } } }],
      })),
    }],
  }, null, 2) + '\n';
}

function plainText(md: string): string {
  return md.replace(/\*\*([^*]+)\*\*/g, '$1').replace(/`([^`]+)`/g, '$1');
}

/**
 * Where kzp's docs are on the web, for SARIF's help and information URIs: the package's
 * `repository` when it names a GitHub or GitLab project (the docs of this version's tag), else
 * none — a URI that leads nowhere is worse than no URI.
 */
function docsUrl(version: string): string | null {
  let repo: unknown;
  try { repo = (JSON.parse(readAsset('package.json')) as { repository?: unknown }).repository; } catch { return null; }
  const url = typeof repo === 'string' ? repo : (repo as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string') return null;
  const m = /^(?:git\+)?(https:\/\/(github\.com|gitlab\.[^/]+)\/[^\s]+?)(?:\.git)?\/?$/.exec(url);
  if (!m) return null;
  return `${m[1]}/${m[2] === 'github.com' ? '' : '-/'}blob/v${version}/`;
}
