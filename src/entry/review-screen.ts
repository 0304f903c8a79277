// The review screen of `kzp new` at a terminal: the whole record as it will be written, then
// write it, go back to any answer (asked again, the record made again), or leave without writing.
import { t } from '../i18n/index.js';
import type { Io } from '../io/index.js';
import type { Field } from './new-fields.js';
import type { Prompter } from './prompts.js';
import type { Vars } from './scaffold.js';

const shown = (v: Vars[string]) => (v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join('、') : String(v));

export async function reviewStep(io: Io, p: Prompter, text: string, fields: Field[], vars: Vars): Promise<'write' | 'quit' | Field> {
  const rule = io.color.dim('─'.repeat(40));
  io.err(`\n${rule}\n${text.replace(/^(\s*#.*\n)+/, '')}${text.endsWith('\n') ? '' : '\n'}${rule}\n`);
  const choices: { name: string; value: 'write' | 'quit' | Field }[] = [
    { name: t('review.write', {}, io.lang), value: 'write' },
    ...fields.map((f) => ({ name: t('review.change', { field: f.flag.replace(/^--/, ''), value: shown(vars[f.key]) }, io.lang), value: f })),
    { name: t('review.quit', {}, io.lang), value: 'quit' },
  ];
  return p.select({ message: t('review.ask', {}, io.lang), choices, default: 'write', pageSize: 15 });
}
