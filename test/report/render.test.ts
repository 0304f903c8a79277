// The bulletins and the workbook as documents: Handlebars templates in strict mode with no
// prototype access, every record value escaped (md and html), md/html/docx laid out from the
// same blocks, the docx's Word structure (styles, outline levels, 版头, tables, charts, 版记,
// reproducible bytes), the workbook's cells, date cells, number formats, print setup, plain
// words, and user text never a formula.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { bulletin, inspectionBulletin } from '../../src/engine/bulletin/index.js';
import { DECLARED, snapshot } from '../../src/engine/index.js';
import { meetingWorkbook } from '../../src/render/excel/meeting.js';
import { HEADER_ROW, printedWidth, sharedStringsXml, writeWorkbook, type SheetRow } from '../../src/render/excel/index.js';
import { parseDocument } from '../../src/render/report/document.js';
import { stampZip } from '../../src/render/zip-stamp.js';
import { layoutTable, TEXT_WIDTH } from '../../src/render/report/page.js';
import { bulletinDocument, renderDocx, renderHtml, renderMd, type InspectionDoc, type MonthlyDoc } from '../../src/render/report/index.js';
import { findTemplate, mdEscape, renderTemplate, TemplateError } from '../../src/render/report/templates.js';
import { textPoints, tighten } from '../../src/render/report/typeset.js';
import { edit, loadMemory, base, type Files } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'kzp-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(2)>|=1+1';
const evil = (): Files => edit('projects/KZ-2022-001.yaml', (s) => s.replace('name: 汉丰湖环湖路改造工程', `name: '${EVIL}'`));
const ok = { ok: true, errors: 0, warnings: 0, forced: false };
function doc(files: Files = base(), asOf = '2022-03-05', month = '2022-02', validation = ok): MonthlyDoc {
  const s = snapshot(loadMemory(files).model, DECLARED, asOf);
  return { ...bulletin(s, month), validation };
}
function inspection(files: Files = base(), asOf = '2022-04-05'): InspectionDoc {
  const s = snapshot(loadMemory(files).model, DECLARED, asOf);
  return { ...inspectionBulletin(s, '2022-q1-inspection')!, validation: ok };
}
const unzip = (file: string, entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 << 20 });
const unzipList = (file: string) => execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
/** The text a reader of a docx sees: every w:t, paragraph by paragraph. */
const docxText = (xml: string) => xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).filter(Boolean)
  .map((s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
/** What no official document may say: rule ids, the tool, git, field names, the L1/L2/L3 levels, the flag. */
const DEVELOPER = /\b(?:[A-Z]{2}-\d|L[123])\b|kzp|git|validate|--force|\b[a-z]+_[a-z_]+\b|\bsubmitted_on\b/;

describe('templates: Handlebars, strict, known helpers only, no prototype access', () => {
  it('the built-in md bulletin states the numbers in the wording of Chinese bulletins (FACTS.md)', () => {
    const md = renderMd(null, doc());
    expect(md).toContain('1—2月累计完成投资 750.00 万元，占年度投资计划的 12.5%，滞后时间进度 4.2 个百分点');
    expect(md).toContain('本年度计划开工项目 1 个，其中1—2月计划开工 0 个，实际已开工 0 个（提前开工 1 个，未按计划开工 0 个）');
    expect(md).toMatch(/## 一、总体情况[\s\S]*## 二、[\s\S]*## 三、倒计时任务[\s\S]*## 四、台账报送[\s\S]*## 五、问题事项[\s\S]*### （一）提请调度的问题[\s\S]*## 六、督查整改[\s\S]*## 七、单位考核[\s\S]*## 八、下一步工作要求/);
    expect(md).toContain('根据《重庆市开州区重点项目管理服务工作机制（试行）》（开州府办发〔2022〕70号）');
    expect(md).toContain('本通报数据截至2022年3月5日');
    expect(md).toContain('数据已通过校验');
    expect(md).not.toContain('[!WARNING]');
  });
  it('the December bulletin gives the annual score of owners and lead units and the incentive list, in official words', () => {
    const files = edit('units/kz-urban-invest.yaml', (t) => t + 'bonus:\n  - { year: 2022, points: 2, reason: 全年项目工作高质量完成 }\n');
    const md = renderMd(null, doc(files, '2023-01-10', '2022-12'));
    const annual = md.slice(md.indexOf('2022年度考核'), md.indexOf('## 八、'));
    expect(md).toMatch(/### （三）2022年度考核/);
    expect(annual).toContain('| 区级部门 | 1 | 开州区交通运输委员会 | 牵头单位 | 6.3 | 12.5% | 0/1 | — |');
    expect(annual).toContain('| 区属国有企业 | 1 | 重庆市开州区城市发展投资集团有限公司 | 业主 | 8.3 | 12.5% | 0/1 | 2 |');
    expect(annual).toContain('全年项目工作高质量完成的单位：重庆市开州区城市发展投资集团有限公司（加 2 分）');
    expect(annual).not.toMatch(DEVELOPER);
    // other months have no annual part
    expect(renderMd(null, doc())).not.toContain('年度考核');
  });
  it('the masthead, the 期号 through the year and the issuing date, the 落款, the 附注 and the 版记', () => {
    const d = parseDocument(renderMd(null, doc()));
    const kinds = d.blocks.map((b) => b.kind);
    expect(kinds.slice(0, 3)).toEqual(['masthead', 'issue', 'title']);
    expect(d.blocks[1]).toEqual({ kind: 'issue', number: '2022年第2期', date: '2022年3月5日' });
    expect(kinds.slice(-3)).toEqual(['signature', 'note', 'imprint']);
    const imprint = d.blocks.at(-1)!;
    expect(imprint).toMatchObject({ kind: 'imprint', date: '2022年3月5日印发' });
    expect(imprint.kind === 'imprint' && imprint.lines[0]).toMatch(/^抄送：区委、区人大常委会、区政府、区政协相关领导/);
  });
  it('every red and every yellow project is listed: names in the text up to five, then 等 N 个, and all of them in the table', () => {
    const d = doc();
    const many = Array.from({ length: 7 }, (_, i) => ({ ...d.projects[0], project: `P${i}`, name: `红灯项目${i}`, light: 'red' as const, lag: 40 - i }));
    const md = renderMd(null, { ...d, overall: { ...d.overall, red: many, lights: { ...d.overall.lights, red: 7 } } });
    expect(md).toContain('红灯项目0、红灯项目1、红灯项目2、红灯项目3、红灯项目4等 7 个项目');
    for (let i = 0; i < 7; i++) expect(md).toMatch(new RegExp(`\\| ${i + 1} \\| 红灯项目${i} \\|`));
  });
  it('section 三 lists the tasks done late or overdue; those done on time are a count', () => {
    const jan = doc(base(), '2022-02-05', '2022-01');
    const md = renderMd(null, jan);
    expect(md).toContain('1月到期的倒计时任务 1 项，按期完成 1 项');
    expect(md).not.toContain('1月逾期完成和逾期未完成的任务');
    const apr = renderMd(null, doc(base(), '2022-05-03', '2022-03'));
    expect(apr).toMatch(/3月逾期完成和逾期未完成的任务[\s\S]*\| 1 \| 汉丰湖环湖路改造工程 \| .+ \| 3月31日 \| — \| 逾期未完成（33 天） \|/);
  });
  it('the 下一步工作要求 are the center\'s text block in the workspace, else the default', () => {
    expect(renderMd(null, doc())).toContain('### （一）加快项目建设进度');
    const ws = join(tmp, 'req');
    mkdirSync(join(ws, 'templates', 'report'), { recursive: true });
    writeFileSync(join(ws, 'templates', 'report', 'monthly-requirements.md'), '各单位要在春节前完成年度投资。\n');
    const md = renderMd(ws, doc());
    expect(md).toMatch(/## 八、下一步工作要求\n\n各单位要在春节前完成年度投资。\n/);
    expect(md).not.toContain('加快项目建设进度');
  });
  it('the opening balance, when the data give it, is stated with the year\'s investment', () => {
    const d = doc();
    const md = renderMd(null, { ...d, overall: { ...d.overall, openingBalance: { projects: 1, invested: 12000, before: '2022-01' } } });
    expect(md).toContain('累计完成投资含 1 个项目在2022年1月开始跟踪以前已完成的投资 1.20 亿元。');
    expect(renderMd(null, d)).not.toContain('开始跟踪以前');
  });
  it('--force: a visible warning banner when the data failed validation', () => {
    const bad = doc(base(), '2022-03-05', '2022-02', { ok: false, errors: 3, warnings: 0, forced: true });
    expect(renderMd(null, bad)).toMatch(/> \[!WARNING\]\n> \*\*数据未通过校验（3 个错误）/);
    expect(renderMd(null, bad)).toContain('数据未通过校验（错误 3 个）');
    expect(renderHtml(null, bad)).toContain('<p class="warning">警告：数据未通过校验（3个错误）');
  });
  it('md: record text is Markdown-escaped, so HTML and table pipes stay text', () => {
    const md = renderMd(null, doc(evil()));
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/m);     // only as \<script, which Markdown shows as text
    expect(md).toContain(mdEscape(EVIL));
    expect(md).toContain('\\|=1+1');
    expect(md).not.toMatch(/[^\\]\|=1\+1/);
  });
  it('html: record text is HTML-escaped; nothing external (no src/href to a network, no fonts, no scripts)', () => {
    const html = renderHtml(null, doc(evil()));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(html).not.toMatch(/\b(src|href)\s*=/i);
    expect(html).not.toMatch(/@import|url\(|<link|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
    expect(html).toContain('@page { size: A4;');
    const d = doc(evil());
    expect(html.indexOf(`<div class="masthead"><div>${d.source.center}</div></div>`)).toBeGreaterThan(0);
    expect(html.indexOf('<div class="masthead">')).toBeLessThan(html.indexOf('<h1>'));
    expect((html.match(/<svg /g) ?? []).length).toBe(2);
    expect(html).toContain('<div class="imprint">');
  });
  it('strict mode: a field that does not exist is an error naming the template, not an empty string', () => {
    const src = { name: 'x.md.hbs', file: '/ws/templates/report/x.md.hbs', text: '{{overall.nonexistent}}', builtin: false };
    expect(() => renderTemplate(src, doc(), 'md')).toThrow(TemplateError);
    expect(() => renderTemplate(src, doc(), 'md')).toThrow(/nonexistent/);
  });
  it('only the known helpers: an unknown helper does not compile', () => {
    const src = { name: 'x.md.hbs', file: 'x', text: '{{#evil overall}}x{{/evil}}', builtin: false };
    expect(() => renderTemplate(src, doc(), 'md')).toThrow(TemplateError);
  });
  it('no prototype access: constructor and __proto__ give nothing', () => {
    const src = { name: 'x.html.hbs', file: 'x', text: '[{{#with overall}}{{constructor.name}}{{/with}}]', builtin: false };
    let out = '';
    try { out = renderTemplate(src, doc(), 'html'); } catch { out = '[]'; }
    expect(out).toBe('[]');
  });
  it("a workspace's templates/report/NAME overrides the built-in one, and html and docx follow it", async () => {
    const ws = join(tmp, 'ws');
    mkdirSync(join(ws, 'templates', 'report'), { recursive: true });
    writeFileSync(join(ws, 'templates', 'report', 'monthly.md.hbs'), '# 自定义通报\n\n自定义：{{cnMonth month}} {{money overall.planned}} {{pct overall.completion}} {{lagText overall.lag}}\n');
    expect(findTemplate(ws, 'monthly.md.hbs').builtin).toBe(false);
    expect(renderMd(ws, doc())).toBe('# 自定义通报\n\n自定义：2022年2月 6,000.00 万元 12.5% 滞后时间进度 4.2 个百分点\n');
    expect(renderHtml(ws, doc())).toContain('<p>自定义：2022年2月6,000.00万元12.5%滞后时间进度4.2个百分点</p>');
    const f = join(tmp, 'own.docx');
    writeFileSync(f, await renderDocx(ws, doc()));
    expect(docxText(unzip(f, 'word/document.xml'))).toContain('自定义：2022年2月6,000.00万元12.5%滞后时间进度4.2个百分点');
  });
});

describe('md, html and docx say the same things (one set of blocks, three layouts)', () => {
  it('every paragraph, heading and table cell of the md is in the html and in the docx', async () => {
    const d = doc(base(), '2022-05-03', '2022-03');
    const blocks = bulletinDocument(null, d).blocks;
    const html = renderHtml(null, d).replace(/<[^>]+>/g, '\n').replace(/&#x3D;/g, '=').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const f = join(tmp, 'same.docx');
    writeFileSync(f, await renderDocx(null, d));
    const docx = docxText(unzip(f, 'word/document.xml')).join('\n');
    const texts: string[] = [];
    for (const b of blocks) {
      if (b.kind === 'para' || b.kind === 'item' || b.kind === 'quote' || b.kind === 'warning') texts.push(b.text.map((x) => x.text).join(''));
      else if (b.kind === 'heading' || b.kind === 'title' || b.kind === 'subtitle') texts.push(b.text);
      else if (b.kind === 'table') texts.push(...b.head, ...b.rows.flat().filter(Boolean));
      else if (b.kind === 'signature' || b.kind === 'imprint') texts.push(...b.lines);
      else if (b.kind === 'note') texts.push(b.text);
    }
    expect(texts.length).toBeGreaterThan(60);
    for (const t of texts) {
      expect(html, t).toContain(tighten(t));
      expect(docx, t).toContain(tighten(t));
    }
  });
  it('no developer words in the text of any of them: no rule ids, tool, git, field names or L1/L2/L3', async () => {
    for (const d of [doc(base(), '2022-05-03', '2022-03'), inspection()]) {
      const md = renderMd(null, d).replace(/<!--[\s\S]*?-->/g, '');
      expect(md).not.toMatch(DEVELOPER);
      const html = renderHtml(null, d).replace(/<style>[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>|<[^>]+>/g, ' ');
      expect(html).not.toMatch(DEVELOPER);
      const f = join(tmp, 'words.docx');
      writeFileSync(f, await renderDocx(null, d));
      expect(docxText(unzip(f, 'word/document.xml')).join('\n')).not.toMatch(DEVELOPER);
    }
  });
});

describe('inspection bulletin (AS-4)', () => {
  it('issued jointly: both issuers in the masthead and the signature; 呈送 and 印送 in the 版记', () => {
    const md = renderMd(null, inspection());
    expect(md).toMatch(/<!-- kzp:masthead -->\n.+督查办.*\n.+发展和?改革.*\n/);
    const d = parseDocument(md);
    const sig = d.blocks.find((b) => b.kind === 'signature')!;
    expect(sig.kind === 'signature' && sig.lines).toHaveLength(3);
    const imprint = d.blocks.find((b) => b.kind === 'imprint')!;
    // 印送 the inspected: the project's owner and lead unit (the unit target is its owner)
    expect(imprint.kind === 'imprint' && imprint.lines).toEqual(['呈送：区委、区人大常委会、区政府、区政协相关领导。', '印送：重庆市开州区城市发展投资集团有限公司，开州区交通运输委员会。']);
  });
  it('names organisers, methods, targets, and each finding by unit with its due date and state', () => {
    const md = renderMd(null, inspection());
    expect(md).toContain('督查采取看现场、查资料等方式，督查对象 2 个');
    expect(md).toContain('已整改销号 1 个（其中超期销号 0 个），正在整改 1 个，其中超过整改时限未销号 1 个');
    expect(md).toMatch(/\| 2 \| 专班人员变动未报备 \| .* \| 3月31日 \| 超期未销号（超期 5 天） \|/);
    expect(md).toContain('| 进度台账投资数据与现场不符 | 汉丰湖环湖路改造工程 | 3月31日 | 已销号（3月20日），佐证：整改报告 |');
  });
  it('a sampled inspection has its sampling record in an annex, on a page of its own', async () => {
    const files = edit('reviews/2022/2022-q1-inspection.yaml', (s) => s.replace(/^date: (.*)$/m, 'date: $1\nsampling: { seed: 42, population: 12, size: 2, of: projects }'));
    const d = inspection(files);
    expect(d.sampling).toMatchObject({ seed: 42, population: 12 });
    const md = renderMd(null, d);
    expect(md).toMatch(/<!-- kzp:annex -->\n## 附件　随机抽样记录[\s\S]*\| 随机种子 \| 42 \|[\s\S]*<!-- kzp:imprint -->/);
    const f = join(tmp, 'annex.docx');
    writeFileSync(f, await renderDocx(null, d));
    expect(unzip(f, 'word/document.xml')).toMatch(/<w:pageBreakBefore\/>[\s\S]*附件　随机抽样记录/);
  });
});

describe('docx: GB/T 9704-2012 with Word\'s own structure', () => {
  const file = join(tmp, 'm.docx');
  it('is written, and its page, margins, fonts, sizes and page numbers are those of the standard', async () => {
    writeFileSync(file, await renderDocx(null, doc(evil())));
    const xml = unzip(file, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);                       // A4
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);   // 37/26/35/28 mm
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)');                               // escaped as text
    expect(xml).toContain('<w:tblHeader/>');                                       // header rows repeat
    expect(xml).toContain('<w:cantSplit/>');
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((f) => unzip(file, f)).join('');
    expect(footers).toContain('w:eastAsia="宋体"');
    expect(footers).toMatch(/<w:sz w:val="28"\/>/);                                 // 4号
    expect(footers).toContain('PAGE');
    expect(unzip(file, 'word/settings.xml')).toContain('evenAndOddHeaders');
  });

  it('paragraph styles: Title, Heading 1–3 with outline levels 0–2, all black; the body 3号 仿宋 at 28.95 pt', () => {
    const styles = unzip(file, 'word/styles.xml');
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('Heading3')).toContain('<w:outlineLvl w:val="2"/>');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Title']) expect(style(id)).toContain('<w:color w:val="000000"/>');
    expect(styles).not.toMatch(/2E74B5|1F4D78/);                                   // none of Word's blue
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Title')).toContain('<w:sz w:val="44"/>');                         // 2号
    expect(style('Normal')).toMatch(/w:ascii="Times New Roman"[^>]*w:eastAsia="仿宋_GB2312"|w:eastAsia="仿宋_GB2312"[^>]*/);
    expect(style('Normal')).toContain('<w:sz w:val="32"/>');                        // 3号
    expect(style('Normal')).toMatch(/w:line="579" w:lineRule="exact"/);             // 22 lines a page
    expect(style('KzpTable')).toContain('<w:sz w:val="24"/>');                      // 小四
    const xml = unzip(file, 'word/document.xml');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>[\s\S]*?一、总体情况/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?（一）分领域/);
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>[\s\S]*?重点项目建设情况通报/);
  });

  it('opens with the red 版头 (the issuer as large as fits), the 期号 and issuing date above the red 分隔线, then the title', () => {
    const d = doc(evil());
    const xml = unzip(file, 'word/document.xml');
    const issuer = d.source.center;
    const at = xml.indexOf(`>${issuer}</w:t>`);
    const number = xml.indexOf('>2022年第2期</w:t>');
    const line = xml.indexOf('<w:bottom w:val="single" w:color="FF0000" w:sz="18"');
    const title = xml.indexOf('重点项目建设情况通报</w:t>');
    expect(at).toBeGreaterThan(0);
    expect(number).toBeGreaterThan(at);
    expect(line).toBeGreaterThan(at);
    expect(title).toBeGreaterThan(line);
    expect(xml.slice(number, title)).toContain('>2022年3月5日</w:t>');
    const run = xml.slice(xml.lastIndexOf('<w:r>', at), at);
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(run)?.[1]) / 2;
    expect(size).toBeLessThanOrEqual(42);                                          // 初号 at most
    expect(size * [...issuer].length).toBeLessThanOrEqual(442.2);                  // one line of 156 mm
    expect(unzip(file, 'word/styles.xml')).toMatch(/w:styleId="KzpMasthead"[\s\S]*?<w:color w:val="FF0000"\/>/);
  });

  it('the charts as SVG with a PNG beside them, each with its caption', () => {
    const files = unzipList(file);
    expect(files.filter((f) => f.startsWith('word/media/') && f.endsWith('.svg'))).toHaveLength(2);
    expect(files.filter((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toHaveLength(2);
    const xml = unzip(file, 'word/document.xml');
    expect(xml).toContain('asvg:svgBlip');
    expect(docxText(xml)).toEqual(expect.arrayContaining(['图1　1—2月累计完成投资与序时计划', expect.stringMatching(/^图2　分领域投资完成率与时间进度/)]));
  });

  it('the 落款 keeps with the paragraph before it; the 版记 has its thick and thin lines', () => {
    const xml = unzip(file, 'word/document.xml');
    const sig = xml.indexOf('<w:pStyle w:val="KzpSignature"/>');
    const before = xml.slice(xml.lastIndexOf('<w:p>', xml.lastIndexOf('<w:p>', sig) - 1), sig);
    expect(before).toContain('<w:keepNext/>');
    const imprint = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(imprint).toContain('抄送：');
    expect(imprint).toContain('印发</w:t>');
    expect(imprint).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"\/>/);      // 0.35 mm
    expect(imprint).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="6"\/>/);   // 0.25 mm
  });

  it('properties: the center is the author; where the numbers come from, in plain words; dated the issuing day', () => {
    const core = unzip(file, 'docProps/core.xml');
    const d = doc(evil());
    expect(core).toContain(`<dc:creator>${d.source.center}</dc:creator>`);
    expect(core).toMatch(/<dc:description>[^<]*数据截至 2022-03-05[^<]*已通过校验/);
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">2022-03-05T00:00:00Z<\/dcterms:created>/);
  });

  it('reproducible: the same data give the same bytes; SOURCE_DATE_EPOCH sets the time', async () => {
    const a = await renderDocx(null, doc());
    const b = await renderDocx(null, doc());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = await renderDocx(null, doc(), { epoch: 1700000000 });
    expect(Buffer.from(c).equals(Buffer.from(a))).toBe(false);
    const f = join(tmp, 'epoch.docx');
    writeFileSync(f, c);
    expect(unzip(f, 'docProps/core.xml')).toContain('2023-11-14T22:13:20Z');
  });

  it('table columns from their content: numbers and dates as wide as their widest cell, names share the rest', () => {
    const t = { kind: 'table' as const, head: ['序号', '项目名称', '年度计划（万元）', '完成率', '应完成日期'], aligns: ['center', 'left', 'right', 'right', 'center'] as const,
      rows: [['1', '开州区农村人居环境整治提升工程（2022年度）', '232,600.00', '100.0%', '12月20日'], ['12', '短名', '1,000.00', '9.5%', '2023年1月31日']] };
    const { size, widths } = layoutTable({ ...t, aligns: [...t.aligns] });
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(size).toBe(24);                                                          // 小四 fits
    for (const i of [0, 2, 3, 4]) for (const r of t.rows) expect(widths[i] - 120, `${t.head[i]} ${r[i]}`).toBeGreaterThanOrEqual(textPoints(r[i], size / 2) * 20);
    expect(widths[1]).toBeGreaterThan(widths[0]);
  });
});

/** A sheet's rows as an array (a spec may give them as an iterable or a function of one). */
const rowsOf = (x: { rows: Iterable<SheetRow> | (() => Iterable<SheetRow>) }): SheetRow[] => [...(typeof x.rows === 'function' ? x.rows() : x.rows)];

describe('workbook: who acts next and who answers (DS-3, AS-6)', () => {
  it('问题台账 names the missing step\'s unit and sends an L3 problem to the main leaders; 单位考核 shows each unit\'s role', () => {
    const s = snapshot(loadMemory(base()).model, DECLARED, '2022-04-05');
    const spec = meetingWorkbook(s, bulletin(s, '2022-03'), ok);
    const problems = spec.sheets.find((x) => x.name === '问题台账')!;
    const head = problems.columns.map((c) => c.header);
    const p1 = rowsOf(problems).find((r) => r.cells[0] === '环湖路K2段征地拆迁未完成')!.cells;
    expect(p1[head.indexOf('呈报领导')]).toBe('区委、区政府主要领导');
    const scores = spec.sheets.find((x) => x.name === '单位考核')!;
    const role = scores.columns.map((c) => c.header).indexOf('责任');
    expect(rowsOf(scores).map((r) => [r.cells[2], r.cells[role]])).toEqual([['开州区交通运输委员会', '牵头单位'], ['重庆市开州区城市发展投资集团有限公司', '业主']]);
    // the L1 step done by the center only: L3 waits for the lead unit, named in 尚缺调度
    const center = edit('reviews/2022/2022-01-18-transport.yaml', (t) => t.replace('level: lead-unit', 'level: center').replace('convener: transport-bureau', 'convener: drc-center'));
    const s2 = snapshot(loadMemory(center).model, DECLARED, '2022-02-20');
    const rows2 = rowsOf(meetingWorkbook(s2, bulletin(s2, '2022-01'), ok).sheets.find((x) => x.name === '问题台账')!);
    expect(rows2.find((r) => r.cells[0] === '环湖路K2段征地拆迁未完成')!.cells[head.indexOf('尚缺调度')]).toBe('牵头单位协调（开州区交通运输委员会）');
  });
});

describe('workbook (exceljs, streamed)', () => {
  const file = join(tmp, 'm.xlsx');
  const SHEETS = ['总表', '进度台账', '全年台账', '问题台账', '倒计时台账', '逾期事项', '提级调度', '单位考核', '督查整改'];
  const write = async (f: string, files: Files = evil(), validation = ok) => {
    const s = snapshot(loadMemory(files).model, DECLARED, '2022-04-05');
    const spec = meetingWorkbook(s, bulletin(s, '2022-03'), validation);
    const out = createWriteStream(f);
    const closed = new Promise<void>((r) => out.on('close', () => r()));
    await writeWorkbook(spec, out);
    await closed;
    stampZip(f, new Date(spec.epoch! * 1000));
  };
  const read = async (f = file) => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(f); return wb; };
  const cells = (ws: ExcelJS.Worksheet) => { const out: ExcelJS.Cell[] = []; ws.eachRow((row) => row.eachCell((c) => out.push(c))); return out; };

  it('has its sheets, a title row, a plain-Chinese source row and a bold filled header; printed full size on A4 or A3', async () => {
    await write(file);
    const wb = await read();
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    for (const ws of wb.worksheets) {
      expect(String(ws.getCell('A1').value)).toMatch(/^重庆市开州区重点项目月度调度会　.+（2022年3月）$/);
      const src = String(ws.getCell('A2').value);
      expect(src).toContain('数据截至2022年4月5日');
      expect(src).toContain('数据已通过校验');
      expect(src).not.toMatch(DEVELOPER);
      const h = ws.getCell(HEADER_ROW, 1);
      expect(h.font?.bold).toBe(true);
      expect((h.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9E1F2');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', scale: 100 });
      expect(ws.pageSetup.fitToPage).toBeFalsy();                                   // never shrunk to the paper
      expect([8, 9]).toContain(ws.pageSetup.paperSize);                             // A3 or A4
      const widths = ws.columns.map((c) => c.width ?? 9);
      if (ws.pageSetup.paperSize === 9) expect(printedWidth(widths)).toBeLessThanOrEqual(771);
      expect(ws.headerFooter.oddFooter).toContain('&P');
      for (const c of cells(ws)) if (typeof c.value === 'string') expect(c.value, `${ws.name}!${c.address}`).not.toMatch(/\b[A-Z]{2}-\d\b|kzp|\bgit\b|\bL[123]\b/);
      for (const c of cells(ws)) if (c.font?.size !== undefined) expect(c.font.size, `${ws.name}!${c.address}`).toBeGreaterThanOrEqual(10);
    }
  });

  it('总表: names, 牵头区领导 and 形象进度; 万元 as #,##0.00, completion as a percentage, the light cell filled', async () => {
    const ws = (await read()).getWorksheet('总表')!;
    const head = (ws.getRow(HEADER_ROW).values as unknown[]).slice(1);
    expect(head).toEqual(expect.arrayContaining(['项目名称', '牵头区领导', '形象进度', '年度目标']));
    expect(head).not.toContain('项目编号');
    const row = ws.getRow(HEADER_ROW + 1);
    const col = (h: string) => row.getCell(head.indexOf(h) + 1);
    expect(col('项目名称').value).toBe(EVIL);                 // the name, unchanged, as text
    expect(col('牵头区领导').value).toBe('张伟（副区长）');
    expect(col('形象进度').value).toBe('路基工程完成20%');        // the newest ledger known (February's)
    expect(col('年度计划投资（万元）').value).toBe(6000);
    expect(col('年度计划投资（万元）').numFmt).toBe('#,##0.00');
    expect(col('完成率').numFmt).toBe('0.0%');
    expect(['红灯', '黄灯', '绿灯']).toContain(col('亮灯').value);
    expect(['FFC00000', 'FFFFC000', 'FF00B050']).toContain((col('亮灯').fill as ExcelJS.FillPattern).fgColor?.argb);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(20);  // fits Chinese names
  });

  it('dates are date cells with a date format; long text wraps in rows tall enough for it', async () => {
    const wb = await read();
    const cd = wb.getWorksheet('倒计时台账')!;
    const due = cd.getRow(HEADER_ROW + 1).getCell(4);
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2022-01-31T00:00:00.000Z');
    expect(due.numFmt).toBe('yyyy-mm-dd');
    const year = wb.getWorksheet('全年台账')!;
    expect(year.getRow(HEADER_ROW + 1).getCell(1).value).toBeInstanceOf(Date);
    expect(year.getRow(HEADER_ROW + 1).getCell(1).numFmt).toBe('yyyy"年"m"月"');
    for (const ws of wb.worksheets) ws.eachRow((r, n) => { if (n > HEADER_ROW) expect(r.height).toBeGreaterThanOrEqual(18); });
  });

  it('进度台账 is the meeting\'s month; 全年台账 January to it', async () => {
    const wb = await read();
    const month = wb.getWorksheet('进度台账')!;
    expect(month.rowCount - HEADER_ROW).toBe(1);                                    // one project owes March
    const year = wb.getWorksheet('全年台账')!;
    const months = new Set<string>();
    year.eachRow((r, n) => { if (n > HEADER_ROW) months.add((r.getCell(1).value as Date).toISOString().slice(0, 7)); });
    expect([...months]).toEqual(['2022-03', '2022-02', '2022-01']);
  });

  it('逾期事项 and 督查整改 name things, never rule ids, problem ids or inspection ids; 提级调度 prints large', async () => {
    const wb = await read();
    const od = wb.getWorksheet('逾期事项')!;
    expect((od.getRow(HEADER_ROW).values as unknown[]).slice(1)).toEqual(['类别', '应完成日期', '逾期（天）', '项目名称', '责任单位', '责任人', '事项']);
    const fill = (od.getRow(HEADER_ROW + 1).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(['FFF8CBAD', 'FFFFE699']).toContain(fill);
    const f = wb.getWorksheet('督查整改')!;
    expect(String(f.getRow(HEADER_ROW + 1).getCell(1).value)).toBe('2022年第1次联合督查（2月20日）');
    for (const ws of [od, f]) for (const c of cells(ws)) expect(String(c.value ?? '')).not.toMatch(/2022-q\d-inspection|KZ-\d{4}-\d{3}|\/P\d/);
    expect(wb.getWorksheet('提级调度')!.getCell(HEADER_ROW, 2).font?.size).toBeGreaterThanOrEqual(12);
  });

  it('reproducible: the same data give the same bytes, dated the as-of day, by the center', async () => {
    const a = join(tmp, 'r1.xlsx'), b = join(tmp, 'r2.xlsx');
    await write(a);
    await write(b);
    expect(execFileSync('cmp', [a, b]).length).toBe(0);
    const core = unzip(a, 'docProps/core.xml');
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">2022-04-05T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
    expect(core).not.toContain('<dc:creator>kzp</dc:creator>');
    expect(execFileSync('unzip', ['-Z', '-T', a], { encoding: 'utf8' })).not.toMatch(/^(?!.*20220405\.000000).*\.xml$/m);
  });

  it('user text starting with = + - @ tab or CR is a string cell, never a formula (read from the sheet XML)', async () => {
    const f = join(tmp, 'inj.xlsx');
    let files = evil();
    const L = 'ledgers/2022-02/KZ-2022-001.yaml';
    files = edit(L, (x) => x.replace('physical: 路基工程完成20%', 'physical: "=1+2"'), files);
    files = edit(L, (x) => x.replace('title: 环湖路K2段征地拆迁未完成', 'title: "+SUM(A1)"'), files);
    files = edit(L, (x) => x.replace('title: 专项债资金到位滞后', 'title: "\\r=cr"'), files);
    files = edit('ledgers/2022-01/KZ-2022-001.yaml', (x) => x.replace('physical: 完成施工图设计', 'physical: "\\t=tab"'), files);
    files = edit('reviews/2022/2022-q1-inspection.yaml', (x) => x.replace('issue: 专班人员变动未报备', 'issue: "@cmd"'), files);
    files = edit('lists/annual-2022.yaml', (x) => x.replace('target: 完成路基及桥梁下部结构', 'target: "-3+4"'), files);
    files = edit('projects/KZ-2022-001.yaml', (s) => s.replace(`name: '${EVIL}'`, "name: '=HYPERLINK(\"http://x\",\"y\")'"), files);
    await write(f, files);
    for (let i = 1; i <= SHEETS.length; i++) {
      const xml = unzip(f, `xl/worksheets/sheet${i}.xml`);
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).not.toContain('t="str"');
    }
    const strings = unzip(f, 'xl/sharedStrings.xml');
    for (const v of ['=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)', '=1+2', '+SUM(A1)', '@cmd', '-3+4', '\t=tab']) expect(strings).toContain(`>${v}</t>`);
    expect(strings).toMatch(/<t[^>]*>(\r|_x000D_|&#13;|&#xD;)=cr<\/t>/);
    expect((await read(f)).getWorksheet('总表')!.getCell(HEADER_ROW + 1, 1).value).toBe('=HYPERLINK("http://x","y")');
  });

  it('xl/sharedStrings.xml, written in pieces, is byte for byte what exceljs renders in one string', () => {
    const SharedStringsXform = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/strings/shared-strings-xform.js') as new () => { toXml(m: unknown): string };
    const values = ['a', ' lead', 'trail ', 'a\nb', '<&>"\'', '\r=cr', '\t=tab', '_x000D_', '😀', EVIL, '项目'.repeat(40000), ...Array.from({ length: 5000 }, (_, i) => `项目${i}`)];
    const pieces = [...sharedStringsXml(values)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(Buffer.concat(pieces).toString('utf8')).toBe(new SharedStringsXform().toXml({ values, count: values.length }));
  });

  it('a 20,000-row sheet is streamed (bounded memory) and reads back', async () => {
    const f = join(tmp, 'big.xlsx');
    const N = 20000;
    function* rows(): Iterable<SheetRow> { for (let i = 0; i < N; i++) yield { cells: [`KZ-${i}`, `项目${i}`, i * 1.5, i % 7 === 0 ? '=x' : '文本'], fill: i % 10 === 0 ? 'red' : null }; }
    const out = createWriteStream(f);
    const closed = new Promise<void>((r) => out.on('close', () => r()));
    await writeWorkbook({ district: '重庆市开州区', month: '2022-12', sourceLine: 'bench', warning: null, sheets: [{ name: '进度台账', title: 't', freezeColumns: 1, columns: [{ header: '编号', kind: 'id' }, { header: '名称', kind: 'text' }, { header: '万元', kind: 'wan' }, { header: '文本', kind: 'text' }], rows, sizeHint: [] }] }, out);
    await closed;
    const xml = unzip(f, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain(`<autoFilter ref="A${HEADER_ROW}:D${N + HEADER_ROW}"/>`);
    expect(xml).toContain(`<row r="${N + HEADER_ROW}"`);
    expect(xml).not.toContain('<f>');
  });
});
