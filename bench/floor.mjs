#!/usr/bin/env node
// The floor of the benchmark: one process that lists every record file of a workspace,
// reads its bytes, decodes UTF-8 and parses it with js-yaml's core schema (YAML 1.2, the fastest
// conformant parser available to Node). No checks, no model, no rules: nothing kzp could skip.
//   node bench/floor.mjs DIR        prints the file count and the bytes read
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

const root = process.argv[2];
if (!root) { console.error('usage: node bench/floor.mjs DIR'); process.exit(2); }
const files = [join(root, 'kzp.yaml')];
for (const folder of ['units', 'projects', 'lists', 'ledgers', 'reviews']) {
  let entries;
  try { entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true }); } catch { continue; }
  for (const e of entries) if (e.isFile() && e.name.endsWith('.yaml')) files.push(join(e.parentPath ?? e.path, e.name));
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
let bytes = 0, keys = 0;
for (const f of files) {
  const b = readFileSync(f);
  bytes += b.length;
  const v = yaml.load(utf8.decode(b), { schema: yaml.CORE_SCHEMA, filename: f });
  if (v && typeof v === 'object') keys += Object.keys(v).length;
}
console.log(`${files.length} files, ${bytes} bytes, ${keys} top-level keys`);
