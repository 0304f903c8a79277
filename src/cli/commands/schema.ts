// kzp schema [-o DIR] — the JSON Schemas that the Zod schemas define (checked in under schemas/).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t } from '../../i18n/index.js';
import { jsonSchemas } from '../../schema/index.js';
import type { CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export function run(ctx: CliContext, opts: { out?: string }): number {
  const dir = resolve(ctx.cwd, opts.out ?? 'schemas');
  mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    const p = join(dir, name);
    // temp + rename: an editor never reads half a schema
    writeFileSync(p + '.tmp', JSON.stringify(schema, null, 2) + '\n');
    renameSync(p + '.tmp', p);
    ctx.err(t('cli.wrote', { path: p }, ctx.lang) + '\n');
  }
  return 0;
}

export const command = defineCommand({
  name: 'schema',
  options: [{ flags: '-o, --out <dir>', help: 'help.schema.out' }],
  run,
});
