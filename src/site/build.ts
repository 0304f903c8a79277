// The whole site as files: the pages, the style sheet and script, and the archives' documents
// (each monthly bulletin as html and docx with the month's meeting workbook, each inspection
// bulletin as html and docx). Same snapshot, same bytes: nothing reads the clock; the docx and
// xlsx carry SOURCE_DATE_EPOCH when given, else the as-of date.
import type { Writable } from 'node:stream';
import { bulletin, inspectionBulletin, type AuditResult, type Snapshot } from '../engine/index.js';
import { renderDocx, renderHtml, type ReportDoc, type Validation } from '../render/report/index.js';
import { CSS, JS } from './assets.js';
import { frame, h, PATHS, rel, stampText, type Page } from './html.js';
import { siteModel, type SiteModel, type Stamp } from './model.js';
import { archivesPage, DOCS, overviewPage, projectPage, unitPage, unitsPage } from './pages/index.js';

export type SiteFile =
  | { path: string; content: string | Uint8Array }
  | { path: string; produce: (out: Writable) => Promise<void>; finish?: (file: string) => void };

export interface SiteInput {
  snap: Snapshot;
  /** the workspace root, for its own bulletin templates (templates/report/) */
  root: string | null;
  validation: Validation;
  /** what `kzp audit` finds in git; null when git was not read */
  audit: AuditResult | null;
  /** SOURCE_DATE_EPOCH (seconds), for the docx and xlsx */
  epoch?: number;
  /** the archives' documents (bulletins, workbooks); false: the pages alone (default true) */
  documents?: boolean;
}

export async function buildSite(input: SiteInput): Promise<{ site: SiteModel; files: SiteFile[] }> {
  const { snap: s, root, validation } = input;
  const m = s.model;
  const site = siteModel(s);
  const o = { warning: !validation.ok };
  const pages: Page[] = [
    overviewPage(m, site), unitsPage(m, site.units), archivesPage(m, site, input.audit),
    ...site.projects.map((p) => projectPage(m, p)), ...site.units.map((u) => unitPage(m, u)),
  ];
  const files: SiteFile[] = [
    { path: PATHS.css, content: CSS }, { path: PATHS.js, content: JS },
    ...pages.map((p) => ({ path: p.path, content: frame(p, site.stamp, o) })),
  ];
  if (input.documents === false) return { site, files };
  const epoch = input.epoch ?? Math.floor(Date.parse(`${s.asOf}T00:00:00Z`) / 1000);
  const { meetingWorkbook } = await import('../render/excel/index.js');
  const { writeWorkbook } = await import('../render/excel/index.js');
  const { stampZip } = await import('../render/index.js');
  for (const month of site.months) {
    const b = month === site.bulletin?.month ? site.bulletin : bulletin(s, month);
    const doc: ReportDoc = { ...b, validation };
    files.push({ path: PATHS.doc(DOCS.monthly(month, 'html')), content: withStamp(renderHtml(root, doc), PATHS.doc(DOCS.monthly(month, 'html')), site.stamp) });
    files.push({ path: PATHS.doc(DOCS.monthly(month, 'docx')), content: await renderDocx(root, doc, { epoch }) });
    const spec = meetingWorkbook(s, b, validation, { epoch });
    files.push({ path: PATHS.doc(DOCS.meeting(month)), produce: (out) => writeWorkbook(spec, out), finish: (file) => { stampZip(file, new Date(spec.epoch! * 1000)); } });
  }
  for (const i of site.inspections) {
    const doc: ReportDoc = { ...inspectionBulletin(s, i.id)!, validation };
    files.push({ path: PATHS.doc(DOCS.inspection(i.id, 'html')), content: withStamp(renderHtml(root, doc), PATHS.doc(DOCS.inspection(i.id, 'html')), site.stamp) });
    files.push({ path: PATHS.doc(DOCS.inspection(i.id, 'docx')), content: await renderDocx(root, doc, { epoch }) });
  }
  return { site, files };
}

/** A bulletin's html as the site shows it: a line above the document with the stamp and the way back, not printed. */
function withStamp(html: string, path: string, stamp: Stamp): string {
  const bar = `<nav class="site-stamp" style="font:13px sans-serif;background:#8b0000;color:#fff;padding:4px 12px"><a style="color:#fff" href="${h(rel(path, PATHS.archives))}">返回通报与审计</a> · <a style="color:#fff" href="${h(rel(path, PATHS.overview))}">总览</a> · <span class="stamp" data-as-of="${h(stamp.asOf)}">${h(stampText(stamp))}</span></nav>\n<style>@media print { .site-stamp { display: none; } }</style>`;
  return html.replace('<body>\n', `<body>\n${bar}\n`);
}
