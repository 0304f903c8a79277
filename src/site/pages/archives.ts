// The archives (archives.html): every monthly bulletin and inspection bulletin as html with its
// docx (and the month's meeting workbook) beside it, and what the audit of git found.
import type { AuditFinding, AuditResult } from '../../engine/index.js';
import type { Model } from '../../model/index.js';
import { cnMonth } from '../../render/index.js';
import { projectName } from '../../render/index.js';
import { h, PATHS, rel, section, table, type Page } from '../html.js';
import type { SiteModel } from '../model.js';

/** The documents' file names in a/ (the monthly bulletin, its meeting workbook, an inspection bulletin). */
export const DOCS = {
  monthly: (month: string, ext: 'html' | 'docx') => `monthly-${month}.${ext}`,
  meeting: (month: string) => `meeting-${month}.xlsx`,
  inspection: (id: string, ext: 'html' | 'docx') => `inspection-${id}.${ext}`,
};

const KIND: Record<string, string> = {
  'history-unavailable': '无完整提交历史', late: '台账迟报', amended: '截止后修改台账', unauthorised: '非本项目单位人员修改',
  deleted: '记录被删除', renamed: '记录被更名', 'declared-mismatch': '填报日期与提交时间不符',
};
const REASON: Record<string, string> = {
  shallow: '浅克隆，历史不完整', config: '工作区设定以填报日期为准', 'no-git': '未读取提交历史', 'not-a-repository': '工作区不在版本库中', 'git-missing': '找不到 git', 'git-failed': '读取提交历史失败',
};

export function archivesPage(m: Model, site: SiteModel, audit: AuditResult | null): Page {
  const path = PATHS.archives;
  const doc = (name: string, label: string) => `<a href="${h(rel(path, PATHS.doc(name)))}"${name.endsWith('.html') ? '' : ' download'}>${h(label)}</a>`;
  const monthly = table([...site.months].reverse(), [
    { head: '月度通报', cell: (mo) => doc(DOCS.monthly(mo, 'html'), `${cnMonth(mo)}重点项目月度通报`) },
    { head: '下载', cell: (mo) => `${doc(DOCS.monthly(mo, 'docx'), 'Word 文档')} · ${doc(DOCS.meeting(mo), '调度会工作簿（Excel）')}` },
  ], { empty: '尚无月度通报' });
  const inspections = table(site.inspections, [
    { head: '督查通报', cell: (i) => doc(DOCS.inspection(i.id, 'html'), `${i.date} 联合督查（${i.id}）`) },
    { head: '发现问题', cell: (i) => h(i.findings), num: true },
    { head: '下载', cell: (i) => doc(DOCS.inspection(i.id, 'docx'), 'Word 文档') },
  ], { empty: '尚无联合督查' });
  return {
    path, title: '通报与审计',
    body: [section('月度通报', monthly, 'monthly'), section('督查通报', inspections, 'inspections'), section('台账审计', auditSection(m, path, audit), 'audit')].join('\n'),
  };
}

function auditSection(m: Model, path: string, a: AuditResult | null): string {
  if (!a) return '<p class="empty">未读取提交历史（--no-git）</p>';
  const shown = a.findings.filter((f) => f.kind !== 'history-unavailable');
  const unavailable = a.findings.find((f) => f.kind === 'history-unavailable');
  const note = unavailable ? `<p class="note">${h(`提交历史不可用（${REASON[unavailable.reason ?? ''] ?? unavailable.reason ?? ''}），迟报按填报日期判断，修改记录无从审计。`)}</p>` : '';
  return note + table(shown, [
    { head: '类别', cell: (f) => h(KIND[f.kind] ?? f.kind) },
    { head: '项目', cell: (f) => (f.project ? `<a href="${h(rel(path, PATHS.project(f.project)))}#submissions">${h(projectName(m, f.project))}</a>` : '') },
    { head: '台账月份', cell: (f) => h(f.month ?? '') },
    { head: '时间', cell: (f) => h(f.date ?? '') },
    { head: '情况', cell: (f) => h(detail(f)) },
  ], { empty: '审计未发现问题' });
}

function detail(f: AuditFinding): string {
  const who = f.commit ? `${f.commit.author ?? ''}` : '';
  switch (f.kind) {
    case 'late': return `截止 ${f.due ?? ''}，迟 ${f.lateDays ?? 0} 天${f.source === 'declared' ? '（按填报日期）' : ''}`;
    case 'declared-mismatch': return `填报 ${f.declared ?? ''}，提交入库相差 ${f.days ?? 0} 天`;
    case 'unauthorised': return `${who} 修改，不属于 ${(f.units ?? []).join('、')}`;
    case 'renamed': return `由 ${f.from ?? ''} 更名${who ? `（${who}）` : ''}`;
    case 'deleted': return `${f.file ?? ''} 被删除${f.restored ? '，后已恢复' : ''}`;
    default: return `${f.file ?? ''}${who ? `（${who}）` : ''}`;
  }
}
