#!/usr/bin/env node
// `npm run bench`: kzp against its floor, on generated workspaces, in one run.
//
//   npm run bench                         sizes S and M (about 3 minutes on 2 cores)
//   npm run bench -- --sizes S,M,L        L too (123k files; about 2 minutes more)
//   npm run bench -- --runs 3 --no-docs   fewer runs; do not rewrite docs/performance.md
//
// Every figure is the median of --runs whole-process runs (runs of different commands are
// interleaved, so a busy machine slows them alike); peak RSS is the largest VmHWM of those runs.
// Each kzp figure is printed as a ratio to its floor:
//   floor        one process listing, reading and parsing every file with js-yaml (bench/floor.mjs)
//   peer         the user's own script: js-yaml + ajv against kzp's JSON Schemas (bench/peer.mjs);
//                validate cold is also given as a ratio to it
//   validate     cold = no .kzp/cache (deleted before each run), warm = the caches of the previous run
//                (the verdict: nothing changed), parse cache = the parse cache without the verdict
//   validate CI  (M) a fresh clone with the parse cache restored and one ledger changed, against validate cold
//   overdue      with git history (M only); its floor is the floor plus one `git log --name-status`
//   report monthly, export excel, site   if kzp has these commands (skipped with a note otherwise; site not on L)
//   ledger add   (M) one ledger checked with the whole workspace and written, then removed again
//   --version, validate --help    against `node -e 0`, for bin/kzp.js; --version for the single-file
//                build too (dist/kzp.mjs, `npm run bundle`); validate cold with the bundle (its whole-file compile)
// Results: bench/results/<date>.json, and the table in docs/performance.md between its markers.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const KZP = join(ROOT, 'bin', 'kzp.js');
const BUNDLE = join(ROOT, 'dist', 'kzp.mjs');
const SIZES = {
  S: { projects: 200, years: 1, git: false, asOf: '2023-01-10', month: '2022-12' },
  M: { projects: 2000, years: 1, git: true, asOf: '2023-01-10', month: '2022-12' },
  L: { projects: 2000, years: 5, git: false, asOf: '2027-01-10', month: '2026-12' },
};

function parseArgs(argv) {
  const o = { sizes: ['S', 'M'], runs: 5, docs: true, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') o.sizes = argv[++i].split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--no-docs') o.docs = false;
    else if (a === '--no-build') o.build = false;
    else if (a === '-h' || a === '--help') { console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).slice(0, 7).map((l) => l.slice(3)).join('\n')); process.exit(0); }
    else throw new Error(`unknown flag ${a}`);
  }
  for (const s of o.sizes) if (!SIZES[s]) throw new Error(`--sizes: S, M or L, not ${s}`);
  if (!Number.isInteger(o.runs) || o.runs < 1) throw new Error('--runs: a positive integer');
  return o;
}

// ------------------------------------------------------------------ measuring one process
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall time (ms) and peak RSS (MB) of one process. Peak RSS from GNU time, else by polling /proc/PID/status VmHWM. */
async function measure(cmd, args, opts = {}) {
  const t0 = process.hrtime.bigint();
  if (TIME) {
    const r = spawnSync(TIME, ['-f', '%M', cmd, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const lines = r.stderr.toString().trim().split('\n');
    const kb = Number(lines[lines.length - 1]);
    if (r.status !== 0 && !opts.okCodes?.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${lines.slice(-5, -1).join('\n')}`);
    return { ms, rss: kb / 1024 };
  }
  return await new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let hwm = 0, err = '';
    const poll = setInterval(() => {
      try { const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8')); if (m) hwm = Math.max(hwm, Number(m[1])); } catch { /* gone */ }
    }, 5);
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (code !== 0 && !opts.okCodes?.includes(code)) reject(new Error(`${cmd} exited ${code}: ${err.slice(-500)}`));
      else resolve({ ms, rss: hwm / 1024 });
    });
  });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

function hasCommand(...words) {
  const r = spawnSync(process.execPath, [KZP, ...words, '--help'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return r.status === 0 && !/unknown command/i.test(String(r.stderr));
}

// ------------------------------------------------------------------ the run
async function main() {
  const o = parseArgs(process.argv.slice(2));
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  if (o.build) for (const script of ['build', 'bundle']) execFileSync('npm', ['run', script, '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const node = process.execPath;
  const machine = {
    cores: availableParallelism(), cpu: cpus()[0]?.model ?? '?', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version,
    loadavgAtStart: loadavg().map((x) => Math.round(x * 100) / 100), time: TIME ? 'GNU time (%M)' : '/proc VmHWM polling',
  };
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).stdout?.toString().trim() || '?';
  console.log(`kzp ${version} (${git}) · ${machine.cores} cores · ${machine.cpu} · Node ${machine.node} · load ${machine.loadavgAtStart.join(' ')}`);
  const haveReport = hasCommand('report', 'monthly');
  const haveExcel = hasCommand('export', 'excel');
  const haveSite = hasCommand('site');
  const out = join(tmpdir(), `kzp-bench-${process.pid}`);
  mkdirSync(out, { recursive: true });
  const results = { date: new Date().toISOString(), command, kzp: version, commit: git, runs: o.runs, machine, sizes: {}, notes: [] };
  if (!haveReport) results.notes.push('kzp report monthly: not in this build, skipped');
  if (!haveExcel) results.notes.push('kzp export excel: not in this build, skipped');
  if (!haveSite) results.notes.push('kzp site: not in this build, skipped');

  // --version against node -e 0
  {
    const a = [], b = [], c = [], d = [];
    const bundle = existsSync(BUNDLE);
    if (!bundle) results.notes.push('dist/kzp.mjs: not built (npm run bundle), its start-up skipped');
    for (let i = 0; i < Math.max(o.runs, 7); i++) {
      a.push(await measure(node, ['-e', '0']));
      b.push(await measure(node, [KZP, '--version']));
      c.push(await measure(node, [KZP, 'validate', '--help']));
      if (bundle) d.push(await measure(node, [BUNDLE, '--version']));
    }
    results.startup = { node: summary(a), version: summary(b), help: summary(c), ...(bundle ? { bundle: summary(d) } : {}) };
    console.log(`--version ${fmt(results.startup.version.ms)} vs node -e 0 ${fmt(results.startup.node.ms)}: ${ratio(results.startup.version.ms, results.startup.node.ms)} (target ≤ 1.5×)`);
    console.log(`validate --help ${fmt(results.startup.help.ms)} vs node -e 0: ${ratio(results.startup.help.ms, results.startup.node.ms)} (target ≤ 1.2×)`);
    if (bundle) console.log(`--version (dist/kzp.mjs) ${fmt(results.startup.bundle.ms)}: ${ratio(results.startup.bundle.ms, results.startup.node.ms)}`);
  }

  // the memory target for a 100k-row workbook, with the excel engineer's writer benchmark
  const excelBench = join(ROOT, 'scripts', 'bench-excel.mjs');
  if (existsSync(excelBench)) {
    try {
      const w = await measure(node, [excelBench, '100000']);
      results.workbook100k = { ms: Math.round(w.ms), rss: Math.round(w.rss * 10) / 10 };
      console.log(`100k-row workbook (scripts/bench-excel.mjs 100000): ${fmt(w.ms)}, ${w.rss.toFixed(0)} MB peak RSS (target ≤ 300 MB)`);
    } catch (e) { results.notes.push(`100k-row workbook: ${String(e instanceof Error ? e.message : e).slice(0, 200)}`); }
  } else results.notes.push('100k-row workbook: scripts/bench-excel.mjs absent, skipped');

  for (const size of o.sizes) {
    const spec = SIZES[size];
    const t0 = Date.now();
    const data = build({ projects: spec.projects, years: spec.years, git: spec.git, quiet: true });
    const files = countFiles(data.out);
    console.log(`\n${size}: ${spec.projects} projects × ${spec.years} year(s), ${files.files} files, ${(files.bytes / 2 ** 20).toFixed(1)} MB${spec.git ? `, ${data.commits ?? gitCount(data.out)} commits` : ''} (${data.reused ? 'reused' : `generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`})`);
    const ws = data.out;
    const cache = join(ws, '.kzp');
    const kzp = (...args) => [KZP, '-C', ws, ...args];
    const steps = [
      ['floor', () => measure(node, [join(HERE, 'floor.mjs'), ws])],
      // the user's own script: js-yaml + ajv against kzp's JSON Schemas, no cross-file rules
      ['peer (js-yaml + ajv)', () => measure(node, [join(HERE, 'peer.mjs'), ws])],
      ['validate cold', () => { rmSync(cache, { recursive: true, force: true }); return measure(node, kzp('validate')); }],
      ['validate warm', async () => { if (!existsSync(cache)) await measure(node, kzp('validate')); return measure(node, kzp('validate')); }],
      // the whole pipeline with the parse cache but without the verdict of the last run: the
      // reading and checking every other command (overdue, report …) must do
      ['validate (parse cache)', async () => {
        if (!existsSync(join(cache, 'cache', 'parse.json'))) await measure(node, kzp('validate'));
        rmSync(join(cache, 'cache', 'validate.json'), { force: true });
        return measure(node, kzp('validate'));
      }],
    ];
    if (spec.git) {
      // CI: a fresh clone (every stamp new) with the parse cache restored and one ledger changed;
      // the clone is made before the timed run
      steps.push(['validate CI (clone + cache)', async () => {
        if (!existsSync(join(cache, 'cache', 'parse.json'))) await measure(node, kzp('validate'));
        const dir = join(out, `${size}-ci`);
        rmSync(dir, { recursive: true, force: true });
        execFileSync('git', ['clone', '-q', '--local', ws, dir], { stdio: 'ignore' });
        cpSync(join(cache, 'cache', 'parse.json'), join(dir, '.kzp', 'cache', 'parse.json'));
        const ledger = join(dir, 'ledgers', spec.month, readdirSync(join(dir, 'ledgers', spec.month)).sort()[0]);
        writeFileSync(ledger, `${readFileSync(ledger, 'utf8')}# 已核对\n`);
        try { return await measure(node, [KZP, '-C', dir, 'validate'], { okCodes: [1] }); } finally { rmSync(dir, { recursive: true, force: true }); }
      }]);
      steps.push(['git log', () => measure('git', ['-C', ws, 'log', '--name-status'])]);
      // the history cache (.kzp/cache/history.json): "first run" without it, the plain step with
      // the cache of the run before (what every run after the first pays), against --no-git
      const noHistoryCache = () => { for (const f of ['history.json', 'history-facts.json', 'audit.json']) rmSync(join(cache, 'cache', f), { force: true }); };
      steps.push(['overdue (git, first run)', () => { noHistoryCache(); return measure(node, kzp('overdue', '--as-of', spec.asOf), { okCodes: [1] }); }]);
      steps.push(['overdue (git)', () => measure(node, kzp('overdue', '--as-of', spec.asOf), { okCodes: [1] })]);
      steps.push(['overdue --no-git', () => measure(node, kzp('overdue', '--as-of', spec.asOf, '--no-git'), { okCodes: [1] })]);
      // the audit trail in one git pass, against a plain git log of the same repository
      steps.push(['audit (git, first run)', () => { noHistoryCache(); return measure(node, kzp('audit', '--json'), { okCodes: [1] }); }]);
      steps.push(['audit (git)', () => measure(node, kzp('audit', '--json'), { okCodes: [1] })]);
      // what staff wait for: one ledger written after the whole workspace is checked with it
      // (the file is removed again after each run, so every run writes the same new ledger)
      const project = readdirSync(join(ws, 'projects')).sort()[0].replace(/\.yaml$/, '');
      const next = `${Number(spec.month.slice(0, 4)) + 1}-01`;
      steps.push(['ledger add', async () => {
        const file = join(ws, 'ledgers', next, `${project}.yaml`);
        try {
          return await measure(node, kzp('ledger', 'add', '--project', project, '--month', next, '--invested', '10', '--stage', 'construction',
            '--physical', '路基施工', '--percent', '50', '--submitted-on', spec.asOf, '--as-of', spec.asOf, '-y', '--no-git'));
        } finally { rmSync(file, { force: true }); try { rmdirSync(dirname(file)); } catch { /* other ledgers there */ } }
      }]);
    }
    if (haveReport) steps.push(['report monthly', () => measure(node, kzp('report', 'monthly', '--month', spec.month, '--as-of', spec.asOf, '-o', join(out, `${size}-bulletin.md`)), { okCodes: [1] })]);
    if (haveExcel) steps.push(['export excel', () => measure(node, kzp('export', 'excel', '--month', spec.month, '--as-of', spec.asOf, '-o', join(out, `${size}-meeting.xlsx`)), { okCodes: [1] })]);
    // last of a round: its caches carry the bundle's build hash, which the package's warm and
    // parse-cache runs would not trust (they would measure a cold run); removed after it
    if (existsSync(BUNDLE)) steps.push(['validate cold (bundle)', async () => {
      rmSync(cache, { recursive: true, force: true });
      try { return await measure(node, [BUNDLE, '-C', ws, 'validate']); } finally { rmSync(cache, { recursive: true, force: true }); }
    }]);
    // the whole site: every page, and every month's bulletin (html, docx) and workbook (S and M; L has five years of them)
    if (haveSite && size !== 'L') steps.push(['site', () => measure(node, kzp('site', '--as-of', spec.asOf, '-o', join(out, `${size}-site`)), { okCodes: [1] })]);
    await measure(node, [join(HERE, 'floor.mjs'), ws]); // the page cache holds the files from here on
    const runs = Object.fromEntries(steps.map(([k]) => [k, []]));
    const runsFor = spec.projects * spec.years > 5000 ? Math.min(o.runs, 3) : o.runs;
    for (let i = 0; i < runsFor; i++) {
      for (const [k, f] of steps) {
        try { runs[k].push(await f()); } catch (e) { runs[k].error = String(e instanceof Error ? e.message : e).slice(0, 300); }
      }
      process.stdout.write('.');
    }
    process.stdout.write('\n');
    const r = { projects: spec.projects, years: spec.years, files: files.files, bytes: files.bytes, runs: runsFor, steps: {} };
    for (const [k] of steps) r.steps[k] = runs[k].error && !runs[k].length ? { error: runs[k].error } : summary(runs[k]);
    const floor = r.steps.floor.ms;
    const s = r.steps;
    // "validate" of the overdue target: what overdue must also do (read with the parse cache, check),
    // not the warm verdict that prints the last run again (docs/performance.md)
    if (s['git log']) s['overdue (git)'].bound = s['validate (parse cache)'].ms + 1.5 * s['git log'].ms;
    for (const [k, v] of Object.entries(s)) {
      if (k === 'floor' || k === 'git log' || v.error) continue;
      v.ratio = k === 'validate CI (clone + cache)' ? v.ms / s['validate cold'].ms : k === 'overdue (git)' ? v.ms / (floor + s['git log'].ms) : k === 'audit (git)' ? v.ms / s['git log'].ms : v.ms / floor;
      // a run with the history cache against the same command without git, and against its first run
      if (k === 'overdue (git)' && s['overdue --no-git']?.ms) v.vsNoGit = v.ms / s['overdue --no-git'].ms;
      if (k === 'audit (git)' && s['audit (git, first run)']?.ms) v.vsFirst = v.ms / s['audit (git, first run)'].ms;
    }
    if (s['peer (js-yaml + ajv)']?.ms && s['validate cold']?.ms) s['validate cold'].peerRatio = s['validate cold'].ms / s['peer (js-yaml + ajv)'].ms;
    results.sizes[size] = r;
    for (const [k, v] of Object.entries(s)) console.log(`  ${k.padEnd(23)} ${v.error ? `failed: ${v.error}` : `${fmt(v.ms).padStart(9)}  ${`${v.rss.toFixed(0)} MB`.padStart(7)}${v.ratio !== undefined ? `  ${v.ratio.toFixed(2)}× ${k === 'validate CI (clone + cache)' ? 'cold' : 'floor'}` : ''}${v.peerRatio !== undefined ? `, ${v.peerRatio.toFixed(2)}× peer (target ≤ 1.2×)` : ''}${v.bound !== undefined ? `  (target ≤ validate (parse cache) + 1.5× git log = ${fmt(v.bound)})` : ''}`}`);
  }
  rmSync(out, { recursive: true, force: true });
  results.machine.loadavgAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);

  const day = results.date.slice(0, 10);
  mkdirSync(join(HERE, 'results'), { recursive: true });
  const file = join(HERE, 'results', `${day}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${relative(ROOT, file)} written`);
  for (const n of results.notes) console.log(`note: ${n}`);
  if (o.docs) { writeDocs(results); console.log('docs/performance.md: table updated'); }
}

function summary(runs) {
  return { ms: Math.round(median(runs.map((r) => r.ms))), rss: Math.round(Math.max(...runs.map((r) => r.rss)) * 10) / 10, samples: runs.map((r) => Math.round(r.ms)) };
}
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

function countFiles(root) {
  let files = 0, bytes = 0;
  const r = spawnSync(process.execPath, [join(HERE, 'floor.mjs'), root], { encoding: 'utf8' });
  const m = /^(\d+) files, (\d+) bytes/.exec(r.stdout ?? '');
  if (m) { files = Number(m[1]); bytes = Number(m[2]); }
  return { files, bytes };
}
function gitCount(ws) {
  return Number(spawnSync('git', ['-C', ws, 'rev-list', '--count', 'HEAD'], { encoding: 'utf8' }).stdout.trim()) || 0;
}

// ------------------------------------------------------------------ docs/performance.md
const START = '<!-- bench:start -->', END = '<!-- bench:end -->';
function writeDocs(res) {
  const path = join(ROOT, 'docs', 'performance.md');
  const rows = [];
  const targets = { 'validate cold': '≤ 1.5× floor', 'validate warm': '≤ 0.5× floor', 'overdue (git)': '≤ validate (parse cache) + 1.5× git log; ≤ 1.15× overdue --no-git', 'audit (git)': 'ratio to a plain git log --name-status; ≤ 0.3× its first run', 'validate CI (clone + cache)': '≤ 0.5× validate cold (ratio to cold)' };
  for (const [size, r] of Object.entries(res.sizes)) {
    for (const [k, v] of Object.entries(r.steps)) {
      if (v.error) { rows.push(`| ${size} | ${k} | failed | | | |`); continue; }
      let target = targets[k] ?? '';
      let met = '';
      if (k === 'validate cold' || k === 'validate warm') met = v.ratio <= (k === 'validate cold' ? 1.5 : 0.5) ? 'met' : 'not met';
      if (v.peerRatio !== undefined) { target += `; ${v.peerRatio.toFixed(2)}× the peer, ≤ 1.2×`; met += v.peerRatio <= 1.2 ? ' / peer met' : ' / peer not met'; }
      if (k === 'overdue (git)') met = v.ms <= v.bound ? 'met' : 'not met';
      if (k === 'overdue (git)' && v.vsNoGit !== undefined) met += `; ${v.vsNoGit.toFixed(2)}× --no-git, ${v.vsNoGit <= 1.15 ? 'met' : 'not met'}`;
      if (k === 'audit (git)' && v.vsFirst !== undefined) met = `${v.vsFirst.toFixed(2)}× first run, ${v.vsFirst <= 0.3 ? 'met' : 'not met'}`;
      if (k === 'validate CI (clone + cache)') met = v.ratio <= 0.5 ? 'met' : 'not met';
      // peak RSS at L: ≤ 400 MB cold, ≤ 512 MB warm (docs/performance.md "Targets")
      if ((k === 'validate cold' || k === 'validate warm') && size === 'L') { const max = k === 'validate cold' ? 400 : 512; target += `, ≤ ${max} MB`; met += v.rss <= max ? ' / RSS met' : ' / RSS not met'; }
      rows.push(`| ${size} | ${k} | ${fmt(v.ms)} | ${v.rss.toFixed(0)} MB | ${v.ratio !== undefined ? `${v.ratio.toFixed(2)}×` : ''} | ${target}${met ? ` (${met})` : ''} |`);
    }
  }
  const st = res.startup;
  rows.push(`| — | node -e 0 | ${fmt(st.node.ms)} | ${st.node.rss.toFixed(0)} MB | | |`);
  rows.push(`| — | kzp --version | ${fmt(st.version.ms)} | ${st.version.rss.toFixed(0)} MB | ${(st.version.ms / st.node.ms).toFixed(2)}× | ≤ 1.5× node -e 0 (${st.version.ms / st.node.ms <= 1.5 ? 'met' : 'not met'}) |`);
  if (st.bundle) rows.push(`| — | kzp --version (dist/kzp.mjs) | ${fmt(st.bundle.ms)} | ${st.bundle.rss.toFixed(0)} MB | ${(st.bundle.ms / st.node.ms).toFixed(2)}× | |`);
  if (st.help) rows.push(`| — | kzp validate --help | ${fmt(st.help.ms)} | ${st.help.rss.toFixed(0)} MB | ${(st.help.ms / st.node.ms).toFixed(2)}× | ≤ 1.2× node -e 0 (${st.help.ms / st.node.ms <= 1.2 ? 'met' : 'not met'}) |`);
  if (res.workbook100k) rows.push(`| — | 100k-row workbook | ${fmt(res.workbook100k.ms)} | ${res.workbook100k.rss.toFixed(0)} MB | | ≤ 300 MB (${res.workbook100k.rss <= 300 ? 'met' : 'not met'}) |`);
  const m = res.machine;
  const block = [START,
    `Measured ${res.date.slice(0, 16).replace('T', ' ')} UTC with \`${res.command}\` (kzp ${res.kzp}, commit ${res.commit}): ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node.slice(1)}; load average ${m.loadavgAtStart.join(' ')} at the start, ${m.loadavgAtEnd.join(' ')} at the end; median of ${res.runs} runs (3 for L), peak RSS by ${m.time}.`,
    '',
    '| size | what | median | peak RSS | ratio | target |',
    '|---|---|---:|---:|---:|---|',
    ...rows,
    '',
    ...Object.entries(res.sizes).map(([s, r]) => `- ${s}: ${r.projects} projects × ${r.years} year(s), ${r.files} files, ${(r.bytes / 2 ** 20).toFixed(1)} MB.`),
    ...res.notes.map((n) => `- ${n}.`),
    END].join('\n');
  let text = existsSync(path) ? readFileSync(path, 'utf8') : `# Performance\n\n${START}\n${END}\n`;
  if (!text.includes(START)) text += `\n${START}\n${END}\n`;
  text = text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length);
  writeFileSync(path, text);
}

main().catch((e) => { console.error(`bench: ${e instanceof Error ? e.message : e}`); process.exit(2); });
