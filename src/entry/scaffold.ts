// Record scaffolds (`kzp new`) and the files of a new workspace (`kzp init`), from templates/.
// A template is YAML text with {{name}} placeholders; a line whose placeholder has no value
// becomes a comment, so the optional fields stay visible as examples.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isSeq } from 'yaml';
import { jsonSchemas } from '../schema/index.js';
import { assetPath, bundleFile, listAssets, readAsset } from '../util/index.js';
export const RECORD_KINDS = ['project', 'unit', 'list', 'review', 'dispatch', 'inspection'] as const;
export type NewKind = (typeof RECORD_KINDS)[number];

export type Vars = Record<string, string | number | boolean | string[] | undefined>;

/** A value as it is written after `key: ` in a block mapping. */
export function yamlScalar(v: string | number | boolean | string[]): string {
  const d = new Document(v, { version: '1.2', schema: 'core' });
  if (isSeq(d.contents)) d.contents.flow = true;
  return d.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

const PLACEHOLDER = /("?)\{\{(\w+)\}\}("?)/g;

export function fillTemplate(text: string, vars: Vars, mode: 'yaml' | 'text' = 'yaml'): string {
  const missing = (v: Vars[string]) => v === undefined || v === '';
  if (mode === 'text') return text.replace(PLACEHOLDER, (m, q1: string, n: string, q2: string) => (missing(vars[n]) ? m : `${q1}${String(vars[n])}${q2}`));
  return text.split('\n').map((line) => {
    const names = [...line.matchAll(PLACEHOLDER)].map((m) => m[2]);
    if (!names.length) return line;
    if (names.some((n) => missing(vars[n]))) {
      if (/^\s*#/.test(line)) return line.replace(PLACEHOLDER, (_m, q1: string, n: string, q2: string) => (missing(vars[n]) ? `${q1}<${n}>${q2}` : `${q1}${String(vars[n])}${q2}`));
      const indent = /^\s*/.exec(line)![0];
      return `${indent}# ${line.slice(indent.length).replace(PLACEHOLDER, (_m, q1: string, n: string, q2: string) => (missing(vars[n]) ? `${q1}<${n}>${q2}` : `${q1}${String(vars[n])}${q2}`))}`;
    }
    const comment = /^\s*#/.test(line);
    const filled = line.replace(PLACEHOLDER, (_m, q1: string, n: string, q2: string) => {
      const v = vars[n]!;
      if (q1 && q2) return `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;   // "{{x}}": the text, quoted
      if (comment) return `${q1}${Array.isArray(v) ? v.join(', ') : String(v)}${q2}`;
      return `${q1}${yamlScalar(v)}${q2}`;
    });
    return comment ? filled : realign(line, filled);
  }).join('\n');
}

/** Keep a trailing comment in the column the template put it, when a value is longer or shorter than its placeholder. */
function realign(template: string, filled: string): string {
  const col = template.search(/\s{2,}#/);
  const m = /^(.*?\S)\s{2,}(#.*)$/.exec(filled);
  if (col < 0 || !m) return filled;
  const hash = template.indexOf('#', col);   // templates are ASCII before their comments
  const width = [...m[1]].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  return `${m[1]}${' '.repeat(Math.max(2, hash - width))}${m[2]}`;
}

/** The scaffold of a record kind: the workspace's own templates/<kind>.yaml wins over kzp's. */
export function recordTemplate(root: string, kind: NewKind): { text: string; from: string } {
  const own = join(root, 'templates', `${kind}.yaml`);
  if (existsSync(own)) return { text: readFileSync(own, 'utf8'), from: own };
  const rel = `templates/records/${kind}.yaml`;
  return { text: readAsset(rel), from: assetPath(rel) };
}

/** Where a new record of a kind goes (FORMAT.md). */
export function recordPath(kind: NewKind, id: string, date?: string): string {
  switch (kind) {
    case 'project': return `projects/${id}.yaml`;
    case 'unit': return `units/${id}.yaml`;
    case 'list': return `lists/${id}.yaml`;
    default: return `reviews/${(date ?? '').slice(0, 4)}/${id}.yaml`;
  }
}

/** "重庆市开州区" → "开州区": the short name that unit names start with. */
export function shortDistrict(district: string): string {
  const m = /^(?:.+?(?:省|自治区|市))?(.+?(?:区|县|市|旗))$/.exec(district);
  return m ? m[1] : district;
}

export interface InitVars { district: string; timezone: string; since: string; version: string }

/** kzp's own files in a workspace: the single-file build and its launchers (`kzp vendor` replaces them). */
export const TOOLS_DIR = 'tools';
export const TOOL_BUNDLE = `${TOOLS_DIR}/kzp.mjs`;
/** The launchers, which must be executable where the file system says so. */
export const TOOL_SCRIPTS = [`${TOOLS_DIR}/kzp`];

/** The .gitattributes lines for tools/ (as `kzp init` writes them). */
export const TOOLS_ATTRIBUTES = `# tools/ 中 kzp 自带的单文件版本:不逐行比较、不合并(kzp vendor 整体替换);启动脚本各用本平台的换行
${TOOL_BUNDLE} binary
tools/kzp     text eol=lf
*.cmd         text eol=crlf
`;

/** .gitattributes with the tools/ lines, when it does not mention tools/kzp.mjs yet; null when nothing is to change. */
export function withToolAttributes(attributes: string | null): string | null {
  if (attributes !== null && attributes.includes(TOOL_BUNDLE)) return null;
  if (attributes === null || attributes === '') return TOOLS_ATTRIBUTES;
  return attributes + (attributes.endsWith('\n') ? '' : '\n') + TOOLS_ATTRIBUTES;
}

function fill(rel: string, vars: Vars): string {
  const text = fillTemplate(readAsset(`templates/workspace/${rel}`), vars, /\.ya?ml$/.test(rel) ? 'yaml' : 'text');
  // cmd.exe reads a batch file line by line and needs CRLF (the workspace's .gitattributes keeps it so)
  return rel.endsWith('.cmd') ? text.replace(/\r?\n/g, '\r\n') : text;
}

/**
 * tools/: kzp.mjs (null when this kzp has no single-file build: `npm run bundle`) and its
 * launchers `kzp` (sh) and `kzp.cmd` (Windows).
 */
export function toolFiles(): { bundle: string | null; launchers: Record<string, string> } {
  const launchers: Record<string, string> = {};
  for (const rel of listAssets(`templates/workspace/${TOOLS_DIR}`)) launchers[`${TOOLS_DIR}/${rel}`] = fill(`${TOOLS_DIR}/${rel}`, {});
  const file = bundleFile();
  return { bundle: file ? readFileSync(file, 'utf8') : null, launchers };
}

/**
 * Every file of a new workspace: workspace-relative path → text; tools/kzp.mjs among them when
 * this kzp has a single-file build (else `missingBundle`).
 */
export function workspaceFiles(v: InitVars): Record<string, string> {
  const vars: Vars = { ...v, short: shortDistrict(v.district) };
  const out: Record<string, string> = {};
  for (const rel of listAssets('templates/workspace')) out[rel] = fill(rel, vars);
  out['.gitattributes'] = withToolAttributes(out['.gitattributes'] ?? null) ?? out['.gitattributes'];
  const { bundle } = toolFiles();
  if (bundle !== null) out[TOOL_BUNDLE] = bundle;
  for (const [name, schema] of Object.entries(jsonSchemas())) out[`schemas/${name}`] = JSON.stringify(schema, null, 2) + '\n';
  for (const folder of ['projects', 'lists', 'ledgers', 'reviews']) out[`${folder}/.gitkeep`] = '';
  // kzp's caches are per machine and signed with a per-user key; they never belong in the
  // repository. Nor do the lock (`.NAME.lock`) and temporary files (`.NAME.PID.HEX.tmp`,
  // `NAME.PID.tmp`) a write leaves behind when it is killed (entry/write.ts, the reports)
  out['.gitignore'] ??= '# kzp 的本机缓存(可随时删除),不要提交\n.kzp/\n# kzp 写文件时的锁和临时文件:写入被中断时可能留下,可以删除\n.*.lock\n*.tmp\n# kzp site 生成的站点(由 CI 发布,不提交)\n/site/\n/public/\n/_site/\n';
  return out;
}
