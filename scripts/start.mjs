#!/usr/bin/env node
// `npm start`: the main job on sample-data — what the center runs at the start of a month.
// Each step is the real `kzp` command; the demo date is fixed so the output is reproducible.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const AS_OF = process.env.KZP_DEMO_AS_OF ?? '2023-01-10';
const steps = [
  ['validate'],
  ['overdue', '--as-of', AS_OF],
  ['escalations', '--due', '--as-of', AS_OF],
  ['status', '--as-of', AS_OF],
];
let failed = 0;
for (const args of steps) {
  const cmd = ['bin/kzp.js', '-C', 'sample-data', ...args];
  process.stdout.write(`\n$ kzp -C sample-data ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, cmd, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
