#!/usr/bin/env node
// `npm run render-check`: print the documents the office circulates as a reader will, and look.
// The monthly bulletin, an inspection bulletin (the one with a sampling record) and the meeting
// workbook of sample-data are converted by LibreOffice to PDF, and the PDFs to PNG pages, into
// out/render-check/. The check fails on what a printed page must not show:
//   - a number split across two lines (in a table cell or anywhere): "232,600.0" / "0";
//   - text printed smaller than 9 pt in the workbook (a sheet shrunk to fit the paper);
//   - a page that holds only the signature (落款) and the date.
// Needs LibreOffice and poppler (Debian: apt-get install libreoffice-writer-nogui
// libreoffice-calc-nogui fonts-noto-cjk poppler-utils); without them it says so and stops (0).
// docs/reports.md describes the pages and how to look at them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'out', 'render-check');
const AS_OF = process.env.KZP_DEMO_AS_OF ?? '2023-01-10';
const INSPECTION = '2022-q2-inspection';
const MIN_PT = 9;

const have = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
const missing = ['soffice', 'pdftoppm', 'pdftotext'].filter((c) => !have(c));
if (missing.length) {
  process.stdout.write(`render-check: ${missing.join(', ')} not found; skipped.\n  Debian/Ubuntu: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk poppler-utils\n`);
  process.exit(0);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr || r.stdout}`);
  return r.stdout;
}

function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const kzp = (...args) => run(process.execPath, ['bin/kzp.js', '-C', 'sample-data', ...args, '--as-of', AS_OF], { cwd: root });
  const docs = {
    monthly: join(OUT, 'monthly-bulletin.docx'),
    inspection: join(OUT, 'inspection-bulletin.docx'),
    workbook: join(OUT, 'meeting-workbook.xlsx'),
  };
  kzp('report', 'monthly', '--format', 'docx', '-o', docs.monthly);
  kzp('report', 'inspection', INSPECTION, '--format', 'docx', '-o', docs.inspection);
  kzp('export', 'excel', '-o', docs.workbook);
  const signatures = {
    monthly: signatureLines(kzp('report', 'monthly')),
    inspection: signatureLines(kzp('report', 'inspection', INSPECTION)),
  };

  // LibreOffice with its own profile (a running office or an old profile cannot interfere) and
  // the official fonts mapped to free ones where the machine lacks them
  const profile = join(OUT, '.lo-profile');
  const env = { ...process.env, FONTCONFIG_FILE: join(root, 'scripts', 'render-check', 'fonts.conf') };
  run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, ...Object.values(docs)], { env });
  rmSync(profile, { recursive: true, force: true });

  const failures = [];
  const summary = [];
  for (const [name, file] of Object.entries(docs)) {
    const pdf = file.replace(/\.(docx|xlsx)$/, '.pdf');
    run('pdftoppm', ['-r', '60', '-png', pdf, join(OUT, name)]);
    const pages = parseBbox(run('pdftotext', ['-bbox-layout', pdf, '-']));
    summary.push(`${name}: ${pages.length} page(s)`);
    for (const f of splitNumbers(pages)) failures.push(`${name}, page ${f.page}: a number split across lines: "${f.a}" / "${f.b}"`);
    if (name === 'workbook') {
      const small = smallText(pages, bodyHeightRatio(parseBbox(run('pdftotext', ['-bbox-layout', docs.monthly.replace('.docx', '.pdf'), '-']))));
      for (const s of small) failures.push(`workbook, page ${s.page}: text printed at ${s.pt.toFixed(1)} pt (below ${MIN_PT} pt): "${s.text}"`);
    } else {
      for (const p of signatureOnly(pages, signatures[name])) failures.push(`${name}, page ${p}: the page holds only the signature and the date`);
    }
  }
  const images = readdirSync(OUT).filter((f) => f.endsWith('.png')).sort();
  writeFileSync(join(OUT, 'README.txt'), `kzp render check, as of ${AS_OF}\n${summary.join('\n')}\n\npages:\n${images.map((f) => `  ${f}`).join('\n')}\n\n${failures.length ? `FAILED:\n${failures.map((f) => `  ${f}`).join('\n')}` : 'passed'}\n`);
  process.stdout.write(`${summary.join('\n')}\npages: ${images.length} PNG in ${OUT}\n`);
  if (failures.length) {
    process.stdout.write(`render-check failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write('render-check passed\n');
}

// ---- reading the PDFs ----

/** The signers and date of a bulletin: the lines after `<!-- kzp:signature -->` in its md. */
function signatureLines(md) {
  const lines = md.split('\n');
  const i = lines.findIndex((l) => l.trim() === '<!-- kzp:signature -->');
  if (i < 0) return [];
  const out = [];
  for (let k = i + 1; k < lines.length && lines[k].trim(); k++) out.push(lines[k].trim());
  return out;
}

const unxml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** pdftotext -bbox-layout: pages of blocks of lines of words, each with its box (points). */
function parseBbox(xhtml) {
  const pages = [];
  for (const p of xhtml.split('<page ').slice(1)) {
    const blocks = [];
    for (const b of p.split('<block ').slice(1)) {
      const lines = [];
      for (const l of b.split('<line ').slice(1)) {
        const words = [...l.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
          .map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: unxml(m[5]) }));
        if (words.length) lines.push(words);
      }
      if (lines.length) blocks.push(lines);
    }
    pages.push(blocks);
  }
  return pages;
}

const NUMERIC_END = /[0-9][0-9,.\-]*$/;
const NUMERIC_START = /^[0-9,.%\-]+/;
/**
 * A number broken over two lines of one block (a cell's or a paragraph's): the first line ends
 * in digits (or a digit and a separator), and the next line continues, right below that last
 * word (a cell's lines start or end in the same column), with digits, separators or "%". Two
 * rows of a table are not that: the next row starts in the first column, far from the last
 * word of the row above.
 */
function splitNumbers(pages) {
  const out = [];
  pages.forEach((blocks, pi) => {
    for (const lines of blocks) {
      for (let i = 0; i + 1 < lines.length; i++) {
        const last = lines[i][lines[i].length - 1], next = lines[i + 1][0];
        const a = NUMERIC_END.exec(last.text)?.[0], b = NUMERIC_START.exec(next.text)?.[0];
        if (!a || !b || !/[0-9]/.test(a + b) || next.y0 <= last.y0) continue;
        if (next.y0 - last.y1 > (last.y1 - last.y0) * 1.5) continue;
        const below = next.x0 < last.x1 + 1 && next.x1 > last.x0 - 1;
        if (below) out.push({ page: pi + 1, a: last.text, b: next.text });
      }
    }
  });
  return out;
}

/**
 * The ratio of a word's box height to its type size, from the monthly bulletin's body text, which
 * is 3号 (16 pt): the most frequent height there.
 */
function bodyHeightRatio(pages) {
  const counts = new Map();
  for (const blocks of pages) for (const lines of blocks) for (const words of lines) for (const w of words) {
    const h = Math.round((w.y1 - w.y0) * 10) / 10;
    counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const [h] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [16];
  return h / 16;
}

function smallText(pages, ratio) {
  const out = [];
  pages.forEach((blocks, pi) => {
    let least = null;
    for (const lines of blocks) for (const words of lines) for (const w of words) {
      const pt = (w.y1 - w.y0) / ratio;
      if (pt < MIN_PT - 0.25 && (!least || pt < least.pt)) least = { page: pi + 1, pt, text: w.text };
    }
    if (least) out.push(least);
  });
  return out;
}

/** Pages whose only text (the page number aside) is the signers and the date. */
function signatureOnly(pages, signature) {
  if (!signature.length) return [];
  const norm = (s) => s.replace(/\s+/g, '');
  const sig = new Set(signature.map(norm));
  const out = [];
  pages.forEach((blocks, pi) => {
    const lines = blocks.flatMap((ls) => ls.map((ws) => norm(ws.map((w) => w.text).join(''))));
    const text = lines.filter((l) => l && !/^—\d+—$/.test(l));
    if (text.length && text.some((l) => sig.has(l)) && text.every((l) => sig.has(l) || /^（本通报数据截至|^附件：/.test(l))) out.push(pi + 1);
  });
  return out;
}

main();
