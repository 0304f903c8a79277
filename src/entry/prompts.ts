// The questions data entry asks, behind a small interface: @inquirer/prompts in a terminal
// (loaded only when a command prompts, so `kzp --version` stays fast), anything else in tests.
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

export async function inquirerPrompter(io: { output?: NodeJS.WritableStream; lang?: 'zh' | 'en' } = {}): Promise<Prompter> {
  const p = await import('@inquirer/prompts');
  const ctx = io.output ? { output: io.output } : undefined;
  return {
    select: (o) => p.select({ message: o.message, choices: o.choices, default: o.default, pageSize: o.pageSize ?? 10, loop: false }, ctx),
    search: (o) => p.search({
      message: o.message, pageSize: o.pageSize ?? 10,
      source: (term) => {
        const q = (term ?? '').trim().toLowerCase();
        return q ? o.choices.filter((c) => c.name.toLowerCase().includes(q) || String(c.value).toLowerCase().includes(q)) : o.choices;
      },
    }, ctx),
    input: (o) => p.input({ message: o.message, default: o.default, required: o.required, validate: o.validate }, ctx),
    confirm: (o) => p.confirm({ message: o.message, default: o.default, transformer: io.lang === 'zh' ? (v: boolean) => (v ? '是' : '否') : undefined }, ctx),
    checkbox: (o) => p.checkbox({ message: o.message, choices: o.choices, loop: false }, ctx),
  };
}
