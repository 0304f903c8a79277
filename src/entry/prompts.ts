// The questions data entry asks, behind a small interface: @inquirer/prompts in a terminal
// (loaded only when a command prompts, so `kzp --version` stays fast), anything else in tests.
import { t, type Lang } from '../i18n/index.js';
export interface Choice<T> { name: string; value: T; description?: string }

export interface Prompter {
  select<T>(o: { message: string; choices: Choice<T>[]; default?: T; pageSize?: number }): Promise<T>;
  search<T>(o: { message: string; choices: Choice<T>[]; pageSize?: number }): Promise<T>;
  input(o: { message: string; default?: string; required?: boolean; validate?: (v: string) => true | string }): Promise<string>;
  confirm(o: { message: string; default?: boolean }): Promise<boolean>;
  checkbox<T>(o: { message: string; choices: Choice<T>[] }): Promise<T[]>;
}

/** Ctrl-C (or a closed terminal) inside a prompt: @inquirer throws ExitPromptError. */
export function isCancel(e: unknown): boolean {
  return e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');
}

export async function inquirerPrompter(io: { output?: NodeJS.WritableStream; lang?: Lang } = {}): Promise<Prompter> {
  const p = await import('@inquirer/prompts');
  const ctx = io.output ? { output: io.output } : undefined;
  const theme = promptTheme(io.lang ?? 'zh');
  return {
    select: (o) => p.select({ message: o.message, choices: o.choices, default: o.default, pageSize: o.pageSize ?? 10, loop: false, theme }, ctx),
    search: (o) => p.search({
      message: o.message, pageSize: o.pageSize ?? 10, theme,
      source: (term) => {
        const q = (term ?? '').trim().toLowerCase();
        return q ? o.choices.filter((c) => c.name.toLowerCase().includes(q) || String(c.value).toLowerCase().includes(q)) : o.choices;
      },
    }, ctx),
    input: (o) => p.input({ message: o.message, default: o.default, required: o.required, validate: o.validate, theme }, ctx),
    confirm: (o) => p.confirm({ message: o.message, default: o.default, transformer: (v: boolean) => t(v ? 'prompt.answer.yes' : 'prompt.answer.no', {}, io.lang ?? 'zh'), theme }, ctx),
    checkbox: (o) => p.checkbox({ message: o.message, choices: o.choices, loop: false, theme }, ctx),
  };
}

// what the prompts print in English (@inquirer/* 7: their key hints and validation messages)
const ACTIONS: Record<string, string> = { navigate: 'prompt.action.navigate', select: 'prompt.action.select', all: 'prompt.action.all', invert: 'prompt.action.invert' };
const ERRORS: Record<string, string> = {
  'You must provide a value': 'prompt.error.required', 'You must provide a valid value': 'prompt.error.invalid',
  'You must select a valid value': 'prompt.error.select', 'No results found': 'prompt.error.noResults', 'Invalid input': 'prompt.error.input',
};

/** The prompts' theme in `lang`: key hints, the yes/no hint and their own messages translated. */
export function promptTheme(lang: Lang) {
  const word = (table: Record<string, string>, text: string) => (text in table ? t(table[text], {}, lang) : text);
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) => keys.map(([k, action]) => `${k === 'space' ? t('prompt.key.space', {}, lang) : k} ${word(ACTIONS, action)}`).join(' • '),
      defaultAnswer: (text: string) => `(${text === 'Y/n' ? t('prompt.confirm.yes', {}, lang) : text === 'y/N' ? t('prompt.confirm.no', {}, lang) : text})`,
      error: (text: string) => `> ${word(ERRORS, text)}`,
    },
  };
}
