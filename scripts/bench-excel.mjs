#!/usr/bin/env node
// `npm run bench:excel`: time and peak memory of a 20,000-row meeting workbook, written
// with the same streaming writer as `kzp export excel`. Run after `npm run build`.
//   node scripts/bench-excel.mjs [ROWS]
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbook } from '../dist/render/excel/workbook.js';

const N = Number(process.argv[2] ?? 20000);
const dir = mkdtempSync(join(tmpdir(), 'kzp-bench-excel-'));
const file = join(dir, 'bench.xlsx');
const stages = ['preliminary', 'construction', 'completed'];
function* rows() {
  for (let i = 0; i < N; i++) {
    const late = i % 17 === 0;
    yield {
      cells: [`2022-${String((i % 12) + 1).padStart(2, '0')}`, `KZ-${2020 + (i % 5)}-${String(i).padStart(5, '0')}`, `开州区重点项目第${i}号（示例工程建设内容较长的名称）`,
        `重庆市开州区城市建设投资（集团）有限公司`, Math.round(i * 137.31) / 100, stages[i % 3], `路基工程完成${i % 100}%，桥梁桩基完成${i % 40}根`, (i % 100) / 100,
        `2022-10-${String((i % 28) + 1).padStart(2, '0')} 17:30`, late ? '迟报 3 天' : '按时报送', 'git 提交', null, '陈杰（项目科科长）'],
      fill: late ? 'yellow' : null,
    };
  }
}
const columns = [['月份', 'id'], ['项目编号', 'id'], ['项目名称', 'text'], ['业主单位', 'text'], ['本月完成投资（万元）', 'wan'], ['阶段', 'text'], ['形象进度', 'text'],
  ['总体进度', 'pct'], ['报送时间', 'date'], ['报送情况', 'text'], ['时间来源', 'text'], ['截止后修改（次）', 'int'], ['填报人', 'text']].map(([header, kind]) => ({ header, kind }));
let peak = process.memoryUsage().rss;
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 5);
const t0 = performance.now();
const out = createWriteStream(file);
const closed = new Promise((r) => out.on('close', r));
await writeWorkbook({ district: '重庆市开州区', month: '2022-12', sourceLine: 'bench', warning: null,
  sheets: [{ name: '进度台账', title: '重庆市开州区重点项目月度调度会　进度台账（基准测试）', columns, freezeColumns: 3, rows, sizeHint: [...rows()].slice(0, 200) }] }, out);
await closed;
const ms = performance.now() - t0;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
const size = statSync(file).size;
rmSync(dir, { recursive: true, force: true });
console.log(`excel: ${N} rows × ${columns.length} columns in ${(ms / 1000).toFixed(2)} s, file ${(size / 1048576).toFixed(1)} MiB, peak RSS ${(peak / 1048576).toFixed(0)} MiB`);
