// What every page of the site shares: escaping, the frame (title, navigation, the stamp of the
// data), tables, lights and links. Record text is cleaned of what a document must not carry
// (src/render/safe-text.ts) and escaped with the html bulletin's own escaping (G13); the only
// markup not built from escaped text is kzp's own (the frame, the charts it draws).
import { esc } from '../render/report/index.js';
import { cleanText } from '../render/index.js';
import { cnDate } from '../render/index.js';
import type { Stamp } from './model.js';

/** Text from the records or from kzp, as HTML. */
export const h = (s: string | number | null | undefined): string => (s === null || s === undefined ? '' : esc(cleanText(String(s))));

/** Page paths: the overview and the lists at the top, a page per project in p/, per unit in u/, the documents in a/. */
export const PATHS = {
  overview: 'index.html', units: 'units.html', archives: 'archives.html',
  project: (id: string) => `p/${id}.html`, unit: (id: string) => `u/${id}.html`, doc: (name: string) => `a/${name}`,
  css: 'assets/site.css', js: 'assets/site.js',
};

/** A link from a page at `from` (a path like 'p/X.html') to `to`, relative, so the folder works from any place or web server. */
export function rel(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + to.split('/').map(encodeURIComponent).join('/');
}

export interface Page { path: string; title: string; body: string }

export const LIGHT_NAMES = { red: '红灯', yellow: '黄灯', green: '绿灯' } as const;
export function light(l: 'red' | 'yellow' | 'green' | null | undefined): string {
  return l ? `<span class="light ${l}" title="${LIGHT_NAMES[l]}"></span>${LIGHT_NAMES[l]}` : '—';
}

export function stampText(s: Stamp): string {
  const version = s.commit ? `数据版本 ${s.commit.slice(0, 12)}` : '数据不在版本库中';
  const times = s.times === 'git' ? '报送时间以提交入库时间为准' : '报送时间以填报的报送日期为准';
  return `${s.district}重点项目 · 数据截至 ${cnDate(s.asOf)} · ${version} · ${times}`;
}

/** The whole page: the frame around `body`, with the same navigation and stamp on every page. */
export function frame(p: Page, stamp: Stamp, o: { warning: boolean }): string {
  const r = (to: string) => h(rel(p.path, to));
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="kzp">
<title>${h(p.title)} - ${h(stamp.district)}重点项目</title>
<link rel="stylesheet" href="${r(PATHS.css)}">
<script src="${r(PATHS.js)}" defer></script>
</head>
<body>
<header class="top">
<nav><a href="${r(PATHS.overview)}">总览</a><a href="${r(PATHS.overview)}#projects">项目</a><a href="${r(PATHS.units)}">单位</a><a href="${r(PATHS.archives)}">通报与审计</a></nav>
<p class="stamp" data-as-of="${h(stamp.asOf)}" data-commit="${h(stamp.commit ?? '')}">${h(stampText(stamp))}</p>
</header>
<main>
${o.warning ? '<p class="warning">警告：数据未通过校验，本站点为强制生成，数字仅供参考。</p>\n' : ''}<h1>${h(p.title)}</h1>
${p.body}
</main>
<footer><p>${h(stampText(stamp))}</p></footer>
</body>
</html>
`;
}

export interface Column<T> { head: string; cell: (row: T) => string; num?: boolean; sort?: (row: T) => string | number | null }

/** A table; with `id`, its header sorts (assets/site.js) by each column's `sort` value when it has one. */
export function table<T>(rows: readonly T[], cols: Column<T>[], o: { id?: string; empty?: string; cls?: string } = {}): string {
  if (!rows.length) return `<p class="empty">${h(o.empty ?? '无')}</p>`;
  const head = cols.map((c, i) => `<th${c.sort ? ` data-col="${i}" class="sortable"` : ''}>${h(c.head)}</th>`).join('');
  const body = rows.map((r) => `<tr>${cols.map((c) => {
    const v = c.sort?.(r);
    return `<td${c.num ? ' class="n"' : ''}${v !== undefined && v !== null ? ` data-v="${h(v)}"` : ''}>${c.cell(r)}</td>`;
  }).join('')}</tr>`).join('\n');
  return `<table${o.id ? ` id="${h(o.id)}"` : ''}${o.cls ? ` class="${h(o.cls)}"` : ''}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A definition list of a record's fields; empty values are left out. */
export function fields(items: [string, string | null | undefined][]): string {
  return `<dl class="fields">${items.filter(([, v]) => v).map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

export const section = (title: string, body: string, id?: string): string => `<section${id ? ` id="${h(id)}"` : ''}>\n<h2>${h(title)}</h2>\n${body}\n</section>`;
