// The html bulletin: the blocks of the md bulletin (./document.ts) as one self-contained page
// with the print layout of the docx (A4, the margins, fonts and sizes of GB/T 9704-2012), the
// charts inline as SVG. Nothing external: no fonts, scripts, style sheets or links. Every text
// is HTML-escaped here; the charts are drawn by kzp (./charts.ts), which escapes its own text.
import { plain, type Block, type BulletinDocument, type Inline, type TableBlock } from './document.js';
import type { Chart } from './charts.js';
import { tighten } from './typeset.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#x60;', '=': '&#x3D;' };
export const esc = (s: string): string => s.replace(/[&<>"'`=]/g, (c) => ESC[c]);
const text = (s: string) => esc(tighten(s));
const inline = (xs: Inline[]) => xs.map((x) => (x.bold ? `<strong>${text(x.text)}</strong>` : text(x.text))).join('');

const CSS = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #f3f3f3; }
body { font-family: "FangSong", "FangSong_GB2312", "仿宋_GB2312", "仿宋", "STFangsong", "Noto Serif CJK SC", "SimSun", serif; font-size: 16pt; line-height: 28.95pt; color: #000; margin: 0; }
.page { background: #fff; width: 156mm; margin: 12mm auto; padding: 37mm 26mm 35mm 28mm; box-shadow: 0 0 4px #bbb; }
/* 版头 (GB/T 9704-2012 7.2): the issuer(s) in red 小标宋, the 期号 and date, then the red 分隔线 */
.masthead { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", serif; font-size: 30pt; line-height: 1.3; color: #f00; text-align: center; margin: 0; text-indent: 0; }
.masthead div { letter-spacing: 0.05em; }
.issue { display: flex; justify-content: space-between; border-bottom: 2.25pt solid #f00; padding: 4mm 0 2mm; margin: 0 0 28.95pt; text-indent: 0; }
.masthead + .rule { border-bottom: 2.25pt solid #f00; margin: 4mm 0 28.95pt; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", serif; font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.4; margin: 0 0 8pt; }
.sub { text-align: center; text-indent: 0; font-family: "KaiTi", "KaiTi_GB2312", "楷体_GB2312", "楷体", serif; margin: 0 0 16pt; }
h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
h3 { font-family: "KaiTi", "KaiTi_GB2312", "楷体_GB2312", "楷体", serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
h4 { font-size: 16pt; font-weight: bold; margin: 0; text-indent: 2em; }
h2.annex { page-break-before: always; text-indent: 0; }
p { margin: 0; text-indent: 2em; text-align: justify; }
table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.35; margin: 6pt 0 10pt; page-break-inside: auto; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: middle; }
th { font-family: "SimHei", "黑体", sans-serif; font-weight: normal; background: #e8e8e8; }
td.n { text-align: right; white-space: nowrap; }
td.c { text-align: center; white-space: nowrap; }
.light { display: inline-block; width: 8pt; height: 8pt; border-radius: 50%; margin-right: 2pt; vertical-align: middle; }
.light.green { background: #2e7d32; } .light.yellow { background: #f9a825; } .light.red { background: #c62828; }
.chart { margin: 6pt 0 12pt; page-break-inside: avoid; }
.chart figcaption { text-align: center; font-size: 12pt; line-height: 1.5; }
.warning { border: 2pt solid #c62828; color: #c62828; font-family: "SimHei", "黑体", sans-serif; padding: 6pt 10pt; margin: 0 0 12pt; text-indent: 0; line-height: 1.5; }
.quote { font-family: "KaiTi", "KaiTi_GB2312", "楷体_GB2312", "楷体", serif; }
.signature { page-break-inside: avoid; margin-top: 28.95pt; }
.signature p { text-align: right; text-indent: 0; margin-right: 4em; }
.note { font-size: 12pt; line-height: 1.6; }
/* 版记 (GB/T 9704-2012 7.4): 4号, between a thick first and last line, thin lines between */
.imprint { margin-top: 28.95pt; font-size: 14pt; line-height: 1.8; border-top: 0.35mm solid #000; border-bottom: 0.35mm solid #000; page-break-inside: avoid; }
.imprint p { text-indent: 0; padding: 0 1em; border-bottom: 0.25mm solid #000; }
.imprint p:last-child { display: flex; justify-content: space-between; border-bottom: none; }
@media print { html { background: #fff; } .page { width: auto; margin: 0; padding: 0; box-shadow: none; } }`;

const LIGHTS: Record<string, string> = { 红灯: 'red', 黄灯: 'yellow', 绿灯: 'green' };

function table(t: TableBlock): string {
  const cls = (i: number) => (t.aligns[i] === 'right' ? ' class="n"' : t.aligns[i] === 'center' ? ' class="c"' : '');
  const cell = (c: string, i: number) => {
    const light = LIGHTS[c];
    return `<td${cls(i)}>${light ? `<span class="light ${light}"></span>` : ''}${text(c)}</td>`;
  };
  return `<table>\n<thead><tr>${t.head.map((h) => `<th>${text(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${t.rows.map((r) => `<tr>${t.head.map((_, i) => cell(r[i] ?? '', i)).join('')}</tr>`).join('\n')}\n</tbody>\n</table>`;
}

function block(b: Block, charts: Record<string, Chart>, figure: { n: number }): string {
  switch (b.kind) {
    case 'masthead': return `<div class="masthead">${b.issuers.map((x) => `<div>${text(x)}</div>`).join('')}</div>`;
    case 'issue': return `<p class="issue"><span>${text(b.number)}</span><span>${text(b.date)}</span></p>`;
    case 'title': return `<h1>${text(b.text)}</h1>`;
    case 'subtitle': return `<p class="sub">${text(b.text)}</p>`;
    case 'warning': return `<p class="warning">警告：${text(plain(b.text))}</p>`;
    case 'heading': return `<h${b.level + 1}${b.annex ? ' class="annex"' : ''}>${text(b.text)}</h${b.level + 1}>`;
    case 'para': case 'item': return `<p>${inline(b.text)}</p>`;
    case 'quote': return `<p class="quote">${inline(b.text)}</p>`;
    case 'table': return table(b);
    case 'chart': {
      const c = charts[b.name];
      if (!c) return '';
      figure.n++;
      // as wide as the text, however wide the page
      const svg = c.svg.replace(/ width="\d+" height="\d+"/, ' width="100%"');
      return `<figure class="chart">${svg}<figcaption>${text(`图${figure.n}　${c.caption}`)}</figcaption></figure>`;
    }
    case 'signature': return `<div class="signature">${b.lines.map((l) => `<p>${text(l)}</p>`).join('')}</div>`;
    case 'note': return `<p class="note">${text(b.text)}</p>`;
    case 'imprint': return `<div class="imprint">${b.lines.map((l) => `<p>${text(l)}</p>`).join('')}<p><span>${text(b.issuer)}</span><span>${text(b.date)}</span></p></div>`;
  }
}

export function documentHtml(d: BulletinDocument, charts: Record<string, Chart>, o: { warning: boolean }): string {
  const figure = { n: 0 };
  const body: string[] = [];
  const blocks = d.blocks;
  for (let i = 0; i < blocks.length; i++) {
    body.push(block(blocks[i], charts, figure));
    // a masthead without an issue line still ends with the red line
    if (blocks[i].kind === 'masthead' && blocks[i + 1]?.kind !== 'issue') body.push('<div class="rule"></div>');
  }
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kzp">
<title>${esc(d.title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<div class="page${o.warning ? ' draft' : ''}">
${body.filter(Boolean).join('\n')}
</div>
</body>
</html>
`;
}
