// kzp schema [-o DIR] — the JSON Schemas that the Zod schemas define (checked in under schemas/).
import { join, resolve } from 'node:path';
import { t } from '../../i18n/index.js';
import { jsonSchemas } from '../../schema/index.js';
import type { CliContext } from '../context.js';
import { writeFiles } from '../../util/index.js';
import { defineCommand } from '../command.js';

export function run(ctx: CliContext, opts: { out?: string }): number {
  const dir = resolve(ctx.cwd, opts.out ?? 'schemas');
  const files = Object.fromEntries(Object.entries(jsonSchemas()).map(([name, schema]) => [name, JSON.stringify(schema, null, 2) + '\n']));
  // each atomically (an editor never reads half a schema), and all or none
  writeFiles(dir, files);
  for (const name of Object.keys(files)) ctx.err(t('cli.wrote', { path: join(dir, name) }, ctx.lang) + '\n');
  return 0;
}

export const command = defineCommand({
  name: 'schema',
  options: [{ flags: '-o, --out <dir>', help: 'help.schema.out' }],
  examples: [{ command: 'kzp schema -o schemas', help: 'help.schema.ex1' }],
  run,
});
