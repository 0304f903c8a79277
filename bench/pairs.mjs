#!/usr/bin/env node
// Interleaved runs of a few commands, for a figure the benchmark does not take (a before/after,
// a variant behind an environment variable): each round runs every command once, in order, after
// its setup (not timed), so a busy machine slows them alike; prints the median wall time, the
// largest peak RSS (GNU time %M) and the ratio to the first command, with the load average.
//   RUNS=5 node bench/pairs.mjs '[{"name":"a","setup":"…","cmd":"…"},{"name":"b","cmd":"…"}]'
import { execSync, spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

const runs = Number(process.env.RUNS || 5);
const specs = JSON.parse(process.argv[2] ?? '[]');
if (!specs.length) { console.error('usage: RUNS=5 node bench/pairs.mjs JSON'); process.exit(2); }
const res = Object.fromEntries(specs.map((s) => [s.name, { ms: [], rss: [] }]));
const before = loadavg();
for (let i = 0; i < runs; i++) for (const s of specs) {
  if (s.setup) execSync(s.setup, { stdio: 'ignore', shell: '/bin/bash' });
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'bash', '-c', s.cmd], { stdio: ['ignore', 'ignore', 'pipe'] });
  const lines = r.stderr.toString().trim().split('\n');
  res[s.name].ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  res[s.name].rss.push(Number(lines[lines.length - 1]) / 1024);
  if (r.status > 1) console.error(`${s.name}: exit ${r.status}: ${lines.slice(-3).join('\n')}`);
}
const median = (xs) => { const a = [...xs].sort((x, y) => x - y); const m = a.length >> 1; return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2; };
const base = median(res[specs[0].name].ms);
for (const s of specs) {
  const r = res[s.name];
  console.log(`${s.name.padEnd(36)} ${median(r.ms).toFixed(0).padStart(6)} ms ${Math.max(...r.rss).toFixed(0).padStart(5)} MB  ${(median(r.ms) / base).toFixed(2)}×  [${r.ms.map((x) => x.toFixed(0)).join(' ')}]`);
}
console.log(`load average ${before.map((x) => x.toFixed(2)).join(' ')} → ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${runs} rounds`);
