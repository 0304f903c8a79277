// The bulletins in each format. The data comes from src/engine/bulletin/; md and html are
// Handlebars templates (templates/report/, overridable per workspace); docx is made from the
// md template's output (one wording for both) laid out per GB/T 9704-2012; json is the data.
import type { Bulletin, InspectionBulletin } from '../../engine/index.js';
import { cleanDeep } from '../safe-text.js';
import { chartsFor } from './charts.js';
import { findTemplate, renderTemplate } from './templates.js';

/** What the command adds to the engine's data: did the data pass `kzp validate`? */
export interface Validation { ok: boolean; errors: number; warnings: number; forced: boolean }
export type MonthlyDoc = Bulletin & { validation: Validation };
export type InspectionDoc = InspectionBulletin & { validation: Validation };
export type ReportDoc = MonthlyDoc | InspectionDoc;

function base(doc: ReportDoc): string { return doc.kind === 'monthly' ? 'monthly' : 'inspection'; }

// record text reaches every document through cleanDeep: what XML or a reader must not get is dropped
export function renderMd(root: string | null, doc: ReportDoc): string {
  return renderTemplate(findTemplate(root, `${base(doc)}.md.hbs`), cleanDeep(doc), 'md');
}

export function renderHtml(root: string | null, doc: ReportDoc): string {
  const clean = cleanDeep(doc);
  const extra = clean.kind === 'monthly' ? chartsFor(clean) : {};
  return renderTemplate(findTemplate(root, `${base(clean)}.html.hbs`), clean, 'html', extra);
}

export function renderJson(doc: ReportDoc): string { return JSON.stringify(doc, null, 2) + '\n'; }

/** docx: the md rendering laid out as an official document. Loads the docx package only here. */
export async function renderDocx(root: string | null, raw: ReportDoc): Promise<Uint8Array> {
  const { mdToDocx } = await import('./docx.js');
  const doc = cleanDeep(raw);
  // under the issuer's red 版头: the center, which signs both bulletins (TF-1)
  return mdToDocx(renderMd(root, doc), { title: doc.kind === 'monthly' ? `${doc.source.district}重点项目建设情况通报（${doc.month}）` : `督查通报 ${doc.id}`, warning: !doc.validation.ok, issuer: doc.source.center || undefined });
}
