#!/usr/bin/env node
// The peer of the benchmark: the 20-line script a user could write instead of kzp —
// list the record files, parse each with js-yaml, check it against kzp's JSON Schemas with ajv.
// No encoding or text checks, no positions, no cross-file rules: what kzp's cold validate does
// and more, for comparison.   node bench/peer.mjs DIR   prints the file count and the failures
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import yaml from 'js-yaml';

const root = process.argv[2];
if (!root) { console.error('usage: node bench/peer.mjs DIR'); process.exit(2); }
const schemas = join(import.meta.dirname, '..', 'schemas');
const ajv = new Ajv({ allErrors: true, strict: false });
for (const f of readdirSync(schemas)) ajv.addSchema(JSON.parse(readFileSync(join(schemas, f), 'utf8')));
const kinds = { '': 'config', units: 'unit', projects: 'project', lists: 'list', ledgers: 'ledger', reviews: 'reviews' };
let files = 0, failed = 0;
for (const [folder, kind] of Object.entries(kinds)) {
  const check = ajv.getSchema(`https://kzp.invalid/schemas/${kind}.schema.json`);
  let names;
  try { names = folder ? readdirSync(join(root, folder), { recursive: true }).filter((n) => n.endsWith('.yaml')) : ['kzp.yaml']; } catch { continue; }
  for (const name of names) {
    files++;
    const data = yaml.load(readFileSync(join(root, folder, name), 'utf8'), { schema: yaml.CORE_SCHEMA });
    if (!check(data)) { failed++; console.log(`${join(folder, name)}: ${ajv.errorsText(check.errors)}`); }
  }
}
console.log(`${files} files, ${failed} failed their schema`);
