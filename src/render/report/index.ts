// The bulletins in each format. The data comes from src/engine/bulletin/; the md template
// (templates/report/, overridable per workspace) is the one wording of each bulletin; html and
// docx lay out the blocks of that md (./document.ts), so md, html and docx say the same things;
// json is the data.
import type { Bulletin, InspectionBulletin } from '../../engine/index.js';
import { t } from '../../i18n/index.js';
import { cleanDeep, cleanText } from '../safe-text.js';
import { chartsFor, type Chart } from './charts.js';
import { parseDocument, type BulletinDocument } from './document.js';
import { documentHtml } from './html.js';

export { esc } from './html.js';
import { findTemplate, renderTemplate } from './templates.js';

/** What the command adds to the engine's data: did the data pass `kzp validate`? */
export interface Validation { ok: boolean; errors: number; warnings: number; forced: boolean }
export type MonthlyDoc = Bulletin & { validation: Validation };
export type InspectionDoc = InspectionBulletin & { validation: Validation };
export type ReportDoc = MonthlyDoc | InspectionDoc;

function base(doc: ReportDoc): string { return doc.kind === 'monthly' ? 'monthly' : 'inspection'; }

// record text reaches every document through cleanDeep: what XML or a reader must not get is dropped
export function renderMd(root: string | null, doc: ReportDoc): string {
  const name = base(doc);
  // the center's own text for the 工作要求 section: the workspace's file, else the built-in default
  const requirements = cleanText(findTemplate(root, `${name}-requirements.md`).text).trim();
  return renderTemplate(findTemplate(root, `${name}.md.hbs`), cleanDeep(doc), 'md', { requirements });
}

/** The bulletin's blocks, as html and docx lay them out. */
export function bulletinDocument(root: string | null, doc: ReportDoc): BulletinDocument {
  return parseDocument(renderMd(root, doc));
}

/** The charts a monthly bulletin draws, by the name its template gives them. */
export function chartSvgs(doc: ReportDoc): Record<string, Chart> {
  return doc.kind === 'monthly' ? chartsFor(cleanDeep(doc)) : {};
}

export function renderHtml(root: string | null, doc: ReportDoc): string {
  return documentHtml(bulletinDocument(root, doc), chartSvgs(doc), { warning: !doc.validation.ok });
}

export function renderJson(doc: ReportDoc): string { return JSON.stringify(doc, null, 2) + '\n'; }

/** Document properties: who issued it, when, and where the numbers come from (in plain words). */
export interface DocProperties { title: string; author: string; subject: string; description: string; keywords: string; date: string }

export function properties(doc: ReportDoc, title: string): DocProperties {
  const c = cleanDeep(doc);
  const v = c.validation;
  const times = c.source.times === 'git' ? '报送时间以台账提交入库的时间为准' : `报送时间以各单位填报的报送日期为准${c.source.timesReason ? `（${t(`report.reason.${c.source.timesReason}`, {}, 'zh')}）` : ''}`;
  return {
    title,
    author: c.source.center || c.source.district,
    subject: c.kind === 'monthly' ? `${c.source.district}重点项目月度通报` : `${c.source.district}重点项目督查通报`,
    description: [`数据截至 ${c.source.asOf}`, c.source.commit ? `数据版本 ${c.source.commit}` : '数据不在版本库中', v.ok ? `已通过校验${v.warnings ? `（警告 ${v.warnings} 条）` : ''}` : `未通过校验（错误 ${v.errors} 个），强制生成`, times].join('；'),
    keywords: c.kind === 'monthly' ? `月度通报 ${c.month}` : `督查通报 ${c.id}`,
    date: c.issue.date,
  };
}

/** docx: the bulletin's blocks laid out as an official document. Loads the docx package only here. */
export async function renderDocx(root: string | null, doc: ReportDoc, opts: { epoch?: number } = {}): Promise<Uint8Array> {
  const { documentDocx } = await import('./docx.js');
  const d = bulletinDocument(root, doc);
  return documentDocx(d, chartSvgs(doc), properties(doc, d.title), { warning: !doc.validation.ok, epoch: opts.epoch });
}
export { TemplateError } from './templates.js';
export { xml } from './charts.js';
