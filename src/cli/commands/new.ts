// kzp new project|unit|list|review|dispatch|inspection — the flow is src/entry/new-record.ts,
// the fields and their flags src/entry/new-fields.ts.
import { defaultDeps, NEW_OPTIONS, newKind, newPerson, newRecord as create, RECORD_KINDS, type EntryDeps, type NewOptions, type PersonOptions } from '../../entry/index.js';
import { entryWorkspace, refuseAt, type CliContext } from '../context.js';
import { defineCommand } from '../command.js';

export async function run(ctx: CliContext, opts: NewOptions, args: string[]): Promise<number> {
  refuseAt(ctx, 'new');
  return newRecord(ctx, opts, args, defaultDeps(ctx));
}

export function newRecord(ctx: CliContext, opts: NewOptions, args: string[], deps: EntryDeps): Promise<number> {
  if (args[0] === 'person') return newPerson(ctx, entryWorkspace(ctx), opts as PersonOptions, deps);
  const kind = newKind(ctx, args[0]);
  return create(ctx, entryWorkspace(ctx), kind, opts, deps);
}

export const command = defineCommand({
  name: 'new',
  args: [{ name: 'kind', required: true, help: 'help.new.kind', values: ['person', ...RECORD_KINDS] }],
  options: NEW_OPTIONS,
  examples: [
    { command: 'kzp new project', help: 'help.new.ex1' },
    { command: 'kzp new unit --id water-bureau --name 区水利局 --type department', help: 'help.new.ex2' },
  ],
  exits: { 1: 'help.exit.recordRefused', 130: 'help.exit.cancelled' },
  run,
});
