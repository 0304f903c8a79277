// Output safety, through the built CLI:
// - the HTML bulletins escape every value that comes from records (names, titles, progress,
//   findings, sector labels that reach the SVG charts): no <script>, no "><img onerror>;
// - the Excel workbook writes text that starts with = + - @ tab or CR as a string cell (t="s"),
//   never a formula: checked by reading back the sheet XML from the .xlsx (a zip, read here with
//   node:zlib, no dependency);
// - templates cannot reach prototypes or the file system: strict Handlebars, no prototype access,
//   and the only unescaped outputs are the charts that kzp draws itself.
// A command that is not built yet is skipped with the reason.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { kzp, ROOT } from '../e2e/run.js';

const has = (args: string[]) => kzp([...args, '--help']).code === 0;
const HAVE_REPORT = has(['report', 'monthly']);
const HAVE_INSPECTION = has(['report', 'inspection']);
const HAVE_EXCEL = has(['export', 'excel']);

/** Formula-looking texts (OWASP CSV injection) and markup, each placed in a field a report prints. */
const HOSTILE = {
  project: '=HYPERLINK("http://evil.example","<script>alert(1)</script>")',
  unit: '+1+cmd|\' /C calc\'!A0',
  problem: '-2+3+cmd|\' /C calc\'!A0',
  p1: '"><img src=x onerror=alert(1)>',
  physical: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  target: '\t=1+1',
  finding: '\r=2+2<script>alert(3)</script>',
  sector: '<script>alert(4)</script>',
};
const yq = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar

function hostileWorkspace(): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kzp-out-'));
  cpSync(BASE_DIR, dir, { recursive: true });
  const ed = (rel: string, from: string | RegExp, to: string) => {
    const p = join(dir, rel);
    const t = readFileSync(p, 'utf8');
    const n = t.replace(from, to);
    if (n === t) throw new Error(`no change in ${rel}`);
    writeFileSync(p, n);
  };
  ed('projects/KZ-2022-001.yaml', 'name: 汉丰湖环湖路改造工程', `name: ${yq(HOSTILE.project)}`);
  ed('units/kz-urban-invest.yaml', 'name: 重庆市开州区城市发展投资集团有限公司', `name: ${yq(HOSTILE.unit)}`);
  ed('ledgers/2022-02/KZ-2022-001.yaml', 'title: 专项债资金到位滞后', `title: ${yq(HOSTILE.problem)}`);
  ed('ledgers/2022-02/KZ-2022-001.yaml', 'title: 环湖路K2段征地拆迁未完成', `title: ${yq(HOSTILE.p1)}`);
  ed('ledgers/2022-02/KZ-2022-001.yaml', 'physical: 路基工程完成20%', `physical: ${yq(HOSTILE.physical)}`);
  ed('lists/annual-2022.yaml', 'target: 完成路基及桥梁下部结构', `target: ${yq(HOSTILE.target)}`);
  ed('reviews/2022/2022-q1-inspection.yaml', 'issue: 专班人员变动未报备', `issue: ${yq(HOSTILE.finding)}`);
  ed('kzp.yaml', 'transport: 交通', `transport: ${yq(HOSTILE.sector)}`);
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** HTML entities back to text (Handlebars escapes & < > " ' ` =). */
const unentity = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');

describe('output safety: HTML bulletins escape record values', () => {
  it.skipIf(!HAVE_REPORT)('kzp report monthly --format html: no markup from records survives', () => {
    const w = hostileWorkspace();
    try {
      expect(kzp(['-C', w.dir, 'validate']).code).toBe(0); // hostile text is still valid data
      const out = join(w.dir, 'm.html');
      const r = kzp(['-C', w.dir, 'report', 'monthly', '--format', 'html', '--month', '2022-02', '--as-of', '2022-03-05', '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const html = readFileSync(out, 'utf8');
      expect(html).not.toMatch(/<script>alert/);
      expect(html).not.toMatch(/<img src=x/);
      expect(html).not.toMatch(/"><img/);
      // the values are there, as text: decoding the entities gives them back
      const text = unentity(html);
      const shown = Object.entries(HOSTILE).filter(([, h]) => text.includes(h.trim())).map(([k]) => k);
      expect(shown).toEqual(expect.arrayContaining(['project', 'unit', 'sector']));
    } finally { w.done(); }
  });
  it.skipIf(!HAVE_INSPECTION)('kzp report inspection --format html: a finding\'s text is escaped', () => {
    const w = hostileWorkspace();
    try {
      const out = join(w.dir, 'i.html');
      const r = kzp(['-C', w.dir, 'report', 'inspection', '2022-q1-inspection', '--format', 'html', '--as-of', '2022-04-05', '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const html = readFileSync(out, 'utf8');
      expect(html).not.toMatch(/<script>alert/);
      expect(unentity(html)).toContain(HOSTILE.finding.trim());
    } finally { w.done(); }
  });
  it('templates: strict Handlebars without prototype access; html is written by kzp from the md, never by a template', () => {
    const src = readFileSync(join(ROOT, 'src/render/report/templates.ts'), 'utf8');
    expect(src).toMatch(/allowProtoPropertiesByDefault: false/);
    expect(src).toMatch(/allowProtoMethodsByDefault: false/);
    expect(src).toMatch(/strict: true/);
    expect(src).toMatch(/knownHelpersOnly: true/);
    const dir = join(ROOT, 'templates/report');
    expect(readdirSync(dir).filter((n) => n.endsWith('.html.hbs'))).toEqual([]);
    // the md templates get Markdown-escaped data; the html escapes every text it writes
    expect(readFileSync(join(ROOT, 'src/render/report/html.ts'), 'utf8')).toMatch(/const text = \(s: string\) => esc\(/);
  });
});

/** The entries of a zip file (stored or deflated), enough to read an .xlsx. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10), size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const unxml = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d))).replace(/_x000([0-9A-F])_/g, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/&amp;/g, '&');

describe('output safety: the Excel workbook never turns text into a formula', () => {
  it.skipIf(!HAVE_EXCEL)('kzp export excel: text starting with = + - @ tab CR is a string cell, and no sheet has a formula', () => {
    const w = hostileWorkspace();
    try {
      const out = join(w.dir, 'meeting.xlsx');
      const r = kzp(['-C', w.dir, 'export', 'excel', '--month', '2022-02', '--as-of', '2022-03-05', '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      const zip = unzip(readFileSync(out));
      const shared = [...(zip.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unxml(m[1]));
      const sheets = [...zip.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
      expect(sheets.length).toBeGreaterThan(0);
      const found = new Set<string>();
      for (const s of sheets) {
        const xml = zip.get(s)!.toString('utf8');
        expect(xml, `${s} holds a formula`).not.toMatch(/<f[ >]/);
        for (const m of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
          const attrs = m[1], body = m[2] ?? '';
          const t = /\bt="([^"]+)"/.exec(attrs)?.[1];
          let text: string | null = null;
          if (t === 's') text = shared[Number(/<v>(\d+)<\/v>/.exec(body)?.[1])];
          else if (t === 'inlineStr') text = unxml(body);
          else if (t === 'str') throw new Error(`${s}: a formula string cell ${attrs}`);
          if (text == null) continue;
          for (const h of Object.values(HOSTILE)) if (text.includes(h.replace(/^[\t\r]/, ''))) found.add(h);
        }
      }
      // the dangerous texts that the workbook shows reached it as text cells
      expect([...found].length).toBeGreaterThanOrEqual(3);
      expect(found.has(HOSTILE.project)).toBe(true);
    } finally { w.done(); }
  });
  it('no CSV writer exists (the workbook is the one spreadsheet output); a new one must come with its own test', () => {
    const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)]));
    const csv = files(join(ROOT, 'src')).filter((f) => /text\/csv|\.csv['"`]/.test(readFileSync(f, 'utf8')));
    expect(csv).toEqual([]);
  });
});
