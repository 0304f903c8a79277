#!/usr/bin/env node
// `npm start`: the main job on sample-data — what the center runs at the start of a month.
// Each step is the real `kzp` command; the demo date is fixed so the output is reproducible.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const AS_OF = process.env.KZP_DEMO_AS_OF ?? '2023-01-10';
const steps = [
  ['validate'],
  ['overdue', '--as-of', AS_OF],
  ['escalations', '--due', '--as-of', AS_OF],
  ['status', '--as-of', AS_OF],
];
// the documents the center circulates: the monthly bulletin and the meeting workbook, into out/
const OUT = join(root, 'out');
mkdirSync(OUT, { recursive: true });
const files = ['md', 'html', 'docx'].map((f) => join(OUT, `monthly-bulletin.${f}`)).concat(join(OUT, 'meeting-workbook.xlsx'));
steps.push(
  ['report', 'monthly', '--as-of', AS_OF, '--format', 'md', '-o', files[0]],
  ['report', 'monthly', '--as-of', AS_OF, '--format', 'html', '-o', files[1]],
  ['report', 'monthly', '--as-of', AS_OF, '--format', 'docx', '-o', files[2]],
  ['export', 'excel', '--as-of', AS_OF, '-o', files[3]],
  // the site the leaders open: out/site/index.html in any browser
  ['site', '--as-of', AS_OF, '-o', join(OUT, 'site')],
);
let failed = 0;
for (const args of steps) {
  const cmd = ['bin/kzp.js', '-C', 'sample-data', ...args];
  process.stdout.write(`\n$ kzp -C sample-data ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, cmd, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.stdout.write(`\n月度通报和调度会工作簿已写入 ${OUT}:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
process.stdout.write(`\n站点已生成,用浏览器打开:\n  ${join(OUT, 'site', 'index.html')}\n`);
process.exitCode = failed ? 1 : 0;
