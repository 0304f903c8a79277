// The cost of the text check (src/schema/text.ts) against the schema check it runs beside:
// valueFaults over every record of sample-data, and Zod over its ledgers, interleaved, in ms a
// pass. Run after `npm run build`: node bench/text-check.mjs [passes=200]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { valueFaults } = await import(join(root, 'dist/schema/text.js'));
const { SCHEMAS } = await import(join(root, 'dist/schema/check.js'));
const yaml = createRequire(import.meta.url)('yaml');
const files = [];
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.yaml')) files.push(p); } };
walk(join(root, 'sample-data'));
const data = files.map((f) => yaml.parse(readFileSync(f, 'utf8')));
const ledgers = data.filter((d) => d && d.month && d.progress);
const passes = Number(process.argv[2] ?? 200);
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  for (let i = 0; i < passes; i++) for (const d of data) valueFaults(d);
  const text = (performance.now() - t) / passes;
  t = performance.now();
  for (let i = 0; i < passes; i++) for (const d of ledgers) SCHEMAS.ledger.safeParse(d);
  const zod = (performance.now() - t) / passes;
  console.log(`text check, ${data.length} records: ${text.toFixed(2)} ms; Zod, ${ledgers.length} ledgers: ${zod.toFixed(2)} ms; ratio ${(text / zod).toFixed(2)}`);
}
