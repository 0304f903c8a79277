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
import { bodyHeightRatio, parseBbox, signatureLines, signatureOnly, smallText, splitNumbers } from './render-check/pdf.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'out', 'render-check');
const AS_OF = process.env.KZP_DEMO_AS_OF ?? '2023-01-10';
const INSPECTION = '2022-q2-inspection';

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
      for (const s of small) failures.push(`workbook, page ${s.page}: text printed at ${s.pt.toFixed(1)} pt (below 9 pt): "${s.text}"`);
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


main();
