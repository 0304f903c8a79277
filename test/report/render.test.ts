// The renderers of issue 4: Handlebars templates in strict mode with no prototype access, every
// record value escaped (md and html), the html self-contained, the docx laid out per GB/T
// 9704-2012, the workbook's cells, formats, panes and fills, and user text never a formula.
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
import { HEADER_ROW, sharedStringsXml, writeWorkbook, type SheetRow } from '../../src/render/excel/workbook.js';
import { renderDocx, renderHtml, renderMd, type MonthlyDoc } from '../../src/render/report/index.js';
import { findTemplate, mdEscape, renderTemplate, TemplateError } from '../../src/render/report/templates.js';
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
const unzip = (file: string, entry: string) => execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 64 << 20 });

describe('templates: Handlebars, strict, known helpers only, no prototype access', () => {
  it('the built-in md bulletin states the numbers in the wording of Chinese bulletins (FACTS.md)', () => {
    const md = renderMd(null, doc());
    expect(md).toContain('1—2月累计完成投资 750.00 万元，占年度投资计划的 12.5%，滞后时间进度 4.2 个百分点');
    expect(md).toContain('本年度计划开工项目 1 项，其中1—2月计划开工 0 项，实际已开工 0 项（提前开工 1 项，未按计划开工 0 项）');
    expect(md).toMatch(/## 一、总体情况[\s\S]*## 二、[\s\S]*## 三、倒计时任务[\s\S]*## 四、台账报送[\s\S]*## 五、问题事项[\s\S]*### 提请调度清单[\s\S]*## 六、督查整改[\s\S]*## 七、单位考核/);
    expect(md).toContain('本通报数据截至2022年3月5日');
    expect(md).toContain('数据已通过 kzp validate 校验');
    expect(md).not.toContain('[!WARNING]');
  });
  it('--force: a visible warning banner when the data failed validation', () => {
    const md = renderMd(null, doc(base(), '2022-03-05', '2022-02', { ok: false, errors: 3, warnings: 0, forced: true }));
    expect(md).toMatch(/> \[!WARNING\]\n> \*\*数据未通过校验（3 个错误）/);
    expect(md).toContain('数据未通过校验（错误 3 个）');
    const html = renderHtml(null, doc(base(), '2022-03-05', '2022-02', { ok: false, errors: 3, warnings: 0, forced: true }));
    expect(html).toContain('<p class="warning">警告：数据未通过校验（3 个错误）');
  });
  it('md: record text is Markdown-escaped, so HTML and table pipes stay text', () => {
    const md = renderMd(null, doc(evil()));
    expect(md).not.toMatch(/(^|[^\\])<(script|img)/m);     // only as \<script, which Markdown shows as text
    expect(md).toContain(mdEscape(EVIL));
    // the pipe in the name is escaped, so no table gains a cell
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
    // the red 版头 as in the docx: the issuer, then the title
    const d = doc(evil());
    expect(html.indexOf(`<div class="masthead">${d.source.center}</div>`)).toBeGreaterThan(0);
    expect(html.indexOf(`<div class="masthead">`)).toBeLessThan(html.indexOf('<h1>'));
    expect((html.match(/<svg /g) ?? []).length).toBe(2);
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
  it("a workspace's templates/report/NAME overrides the built-in one", () => {
    const ws = join(tmp, 'ws');
    mkdirSync(join(ws, 'templates', 'report'), { recursive: true });
    writeFileSync(join(ws, 'templates', 'report', 'monthly.md.hbs'), '自定义：{{cnMonth month}} {{money overall.planned}} {{pct overall.completion}} {{lagText overall.lag}}\n');
    expect(findTemplate(ws, 'monthly.md.hbs').builtin).toBe(false);
    expect(findTemplate(ws, 'monthly.html.hbs').builtin).toBe(true);
    expect(renderMd(ws, doc())).toBe('自定义：2022年2月 6,000.00 万元 12.5% 滞后时间进度 4.2 个百分点\n');
  });
});

describe('inspection bulletin (AS-4)', () => {
  it('md names organisers, methods, targets and each finding with its state', () => {
    const s = snapshot(loadMemory(base()).model, DECLARED, '2022-04-05');
    const md = renderMd(null, { ...inspectionBulletin(s, '2022-q1-inspection')!, validation: ok });
    expect(md).toContain('督查采取看现场、查资料等方式，督查对象 2 个');
    expect(md).toContain('已整改销号 1 个（其中超期销号 0 个），正在整改 1 个，其中超过整改时限未销号 1 个');
    expect(md).toMatch(/专班人员变动未报备 \| .* \| 2022-03-31 \| — \| 超期未销号（超期 5 天）/);
  });
});

describe('docx: GB/T 9704-2012 layout', () => {
  const file = join(tmp, 'm.docx');
  it('is written, and its page, margins, fonts, sizes and page numbers are those of the standard', async () => {
    writeFileSync(file, await renderDocx(null, doc(evil())));
    const xml = unzip(file, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);                       // A4
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);   // 37/26/35/28 mm
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman"\/>/);
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toMatch(/<w:sz w:val="44"\/>/);                                     // 2号 title
    expect(xml).toMatch(/<w:sz w:val="32"\/>/);                                     // 3号 body
    expect(xml).toMatch(/<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/);              // 28.95 pt: 22 lines
    expect(xml).toContain('<w:tblHeader/>');                                       // header rows repeat
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(1)');                               // escaped as text
    const footers = ['word/footer1.xml', 'word/footer2.xml'].map((f) => unzip(file, f)).join('');
    expect(footers).toContain('w:eastAsia="宋体"');
    expect(footers).toMatch(/<w:sz w:val="28"\/>/);                                 // 4号
    expect(footers).toContain('— ');
    expect(footers).toContain('PAGE');
    expect(unzip(file, 'word/settings.xml')).toContain('evenAndOddHeaders');
  });

  it('opens with the red 版头: the issuer in red 小标宋 as large as fits, then the red 分隔线, then the title', async () => {
    const d = doc(evil());
    writeFileSync(file, await renderDocx(null, d));
    const xml = unzip(file, 'word/document.xml');
    const issuer = d.source.center;
    expect(issuer.length).toBeGreaterThan(0);
    const at = xml.indexOf(`>${issuer}</w:t>`);
    const line = xml.indexOf('<w:bottom w:val="single" w:color="FF0000" w:sz="18"');
    const title = xml.indexOf('重点项目建设情况通报</w:t>');
    expect(at).toBeGreaterThan(0);
    expect(line).toBeGreaterThan(at);
    expect(title).toBeGreaterThan(line);
    const run = xml.slice(xml.lastIndexOf('<w:r>', at), at);
    expect(run).toContain('w:eastAsia="方正小标宋简体"');
    expect(run).toContain('<w:color w:val="FF0000"/>');
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(run)?.[1]) / 2;
    expect(size).toBeLessThanOrEqual(42);                                          // 初号 at most
    expect(size * [...issuer].length).toBeLessThanOrEqual(442.2);                  // one line of 156 mm
  });
});

describe('workbook (exceljs, streamed)', () => {
  const file = join(tmp, 'm.xlsx');
  const write = async (f: string, files: Files = evil(), validation = ok) => {
    const s = snapshot(loadMemory(files).model, DECLARED, '2022-04-05');
    const spec = meetingWorkbook(s, bulletin(s, '2022-03'), validation);
    const out = createWriteStream(f);
    const closed = new Promise<void>((r) => out.on('close', () => r()));
    await writeWorkbook(spec, out);
    await closed;
  };

  it('has the eight sheets, a title row, a source row and a bold filled header', async () => {
    await write(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总表', '进度台账', '问题台账', '倒计时台账', '逾期事项', '提级调度', '单位考核', '督查整改']);
    for (const ws of wb.worksheets) {
      expect(String(ws.getCell('A1').value)).toMatch(/^重庆市开州区重点项目月度调度会　.+（2022年3月）$/);
      expect(String(ws.getCell('A2').value)).toContain('计算日期 2022-04-05');
      expect(String(ws.getCell('A2').value)).toContain('已通过 kzp validate 校验');
      const h = ws.getCell(HEADER_ROW, 1);
      expect(h.font?.bold).toBe(true);
      expect((h.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFD9E1F2');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
      expect((ws.views[0] as { xSplit?: number }).xSplit).toBeGreaterThan(0);
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.headerFooter.oddFooter).toContain('&P');
    }
  });

  it('总表: 万元 as #,##0.00, completion as a percentage, the light cell filled', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('总表')!;
    const row = ws.getRow(HEADER_ROW + 1);
    expect(row.getCell(1).value).toBe('KZ-2022-001');
    expect(row.getCell(2).value).toBe(EVIL);                 // the name, unchanged, as text
    expect(row.getCell(7).value).toBe(6000);
    expect(row.getCell(7).numFmt).toBe('#,##0.00');
    expect(row.getCell(8).numFmt).toBe('#,##0.00');
    expect(row.getCell(10).numFmt).toBe('0.0%');
    expect(typeof row.getCell(10).value).toBe('number');
    expect(['红灯', '黄灯', '绿灯']).toContain(row.getCell(12).value);
    expect(['FFC00000', 'FFFFC000', 'FF00B050']).toContain((row.getCell(12).fill as ExcelJS.FillPattern).fgColor?.argb);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20);  // fits Chinese names
  });

  it('overdue rows are filled red or yellow', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('逾期事项')!;
    expect(ws.rowCount).toBeGreaterThan(HEADER_ROW);
    const fill = (ws.getRow(HEADER_ROW + 1).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(['FFF8CBAD', 'FFFFE699']).toContain(fill);
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
    for (let i = 1; i <= 8; i++) {
      const xml = unzip(f, `xl/worksheets/sheet${i}.xml`);
      expect(xml).not.toMatch(/<f[ >]/);
      expect(xml).not.toContain('t="str"');
    }
    const strings = unzip(f, 'xl/sharedStrings.xml');
    for (const v of ['=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)', '=1+2', '+SUM(A1)', '@cmd', '-3+4', '\t=tab']) expect(strings).toContain(`>${v}</t>`);
    expect(strings).toMatch(/<t[^>]*>(\r|_x000D_|&#13;|&#xD;)=cr<\/t>/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f);
    expect(wb.getWorksheet('总表')!.getCell(HEADER_ROW + 1, 2).value).toBe('=HYPERLINK("http://x","y")');
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
