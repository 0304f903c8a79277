// `--help`, in the user's language, laid out by display width (a Chinese character takes two
// columns): usage, what the command does, its arguments and flags, the global options, examples
// and exit codes. Printed from the commands' specs without commander, chalk or the message
// catalogs, so that it starts about as fast as `kzp --version`.
import { helpText } from '../i18n/help.js';
import type { Lang } from '../i18n/base.js';
import { displayWidth } from '../render/width.js';
import { summaryKey, type CommandHelp, type Example } from './command.js';
import { GLOBAL_OPTIONS } from './globals.js';

interface Row { term: string; text: string }

const MAX_TERM = 30;
const ROOT_EXAMPLES: readonly Example[] = [
  { command: 'kzp init kaizhou', help: 'help.ex.program1' },
  { command: 'kzp -C kaizhou validate', help: 'help.ex.program2' },
  { command: 'kzp help ledger add', help: 'help.ex.program3' },
];

export class HelpWriter {
  constructor(readonly lang: Lang, readonly columns: number) {}

  private text(key: string, params: Record<string, unknown> = {}): string { return helpText(key, params, this.lang); }

  /** `<format>` → `<格式>` in Chinese; a placeholder without a translation stays as it is. */
  placeholder(flags: string): string {
    const name = (open: string, inner: string, close: string) => {
      const dots = inner.endsWith('...') ? '...' : '';
      const key = `help.ph.${dots ? inner.slice(0, -3) : inner}`;
      const shown = helpText(key, {}, this.lang);
      return shown === key ? `${open}${inner}${close}` : `${open}${shown}${dots}${close}`;
    };
    return flags.replace(/<([^>]+)>/g, (_m, inner: string) => name('<', inner, '>')).replace(/\[([^\]<>]+)\](?![^<]*>)/g, (_m, inner: string) => name('[', inner, ']'));
  }

  private title(key: string): string { return `${this.text(key)}:`; }

  private usage(line: string): string { return `${this.text('help.usage')}:${this.lang === 'zh' ? '' : ' '}${line}`; }

  /** Rows as two columns: terms padded to one display width, text wrapped beside them. */
  private rows(rows: Row[], width: number): string[] {
    const out: string[] = [];
    for (const r of rows) {
      const pad = width - displayWidth(r.term);
      const lines = wrap(r.text, Math.max(20, this.columns - width - 4));
      if (pad < 0) {
        out.push(`  ${r.term}`);
        for (const l of lines) out.push(`${' '.repeat(width + 4)}${l}`);
        continue;
      }
      out.push(`  ${r.term}${' '.repeat(pad + 2)}${lines[0] ?? ''}`.trimEnd());
      for (const l of lines.slice(1)) out.push(`${' '.repeat(width + 4)}${l}`);
    }
    return out;
  }

  private termWidth(...groups: Row[][]): number {
    return Math.min(MAX_TERM, Math.max(0, ...groups.flat().map((r) => displayWidth(r.term))));
  }

  private globalRows(withRoot: boolean): Row[] {
    const rows = GLOBAL_OPTIONS.map((g) => ({ term: this.placeholder(g.flags), text: this.text(g.help) }));
    if (withRoot) rows.push({ term: '-V, --version', text: this.text('help.version') });
    rows.push({ term: '-h, --help', text: this.text('help.help') });
    return rows;
  }

  private examples(examples: readonly Example[]): string[] {
    const out = ['', this.title('help.title.examples')];
    for (const e of examples) {
      for (const l of wrap(this.text(e.help), this.columns - 4)) out.push(`  # ${l}`);
      out.push(`  ${e.command}`);
    }
    return out;
  }

  private exits(extra: Readonly<Record<number, string>> = {}): string[] {
    const codes: Record<number, string> = { 0: 'help.exit.0', 2: 'help.exit.2', ...extra };
    const rows = Object.keys(codes).map(Number).sort((a, b) => a - b).map((c) => ({ term: String(c), text: this.text(codes[c]) }));
    return ['', this.title('help.title.exits'), ...this.rows(rows, this.termWidth(rows))];
  }

  /** `kzp --help`: every command by its full name ('ledger add'), with its summary. */
  root(names: readonly string[], version: string): string {
    const commands = names.map((n) => ({ term: n, text: this.text(summaryKey(n)) }));
    commands.push({ term: `help [${this.text('help.word.command')}]`, text: this.text('help.helpCommand') });
    const globals = this.globalRows(true);
    const width = this.termWidth(commands, globals);
    return [
      this.usage(`kzp [${this.text('help.word.options')}] <${this.text('help.word.command')}>`), '',
      ...wrap(`${this.text('help.program')} (kzp ${version})`, this.columns),
      '', this.title('help.title.commands'), ...this.rows(commands, width),
      '', this.title('help.title.globals'), ...this.rows(globals, width),
      ...this.examples(ROOT_EXAMPLES), ...this.exits({ 1: 'help.exit.dataFails' }), '',
    ].join('\n');
  }

  /** `kzp ledger --help`: the subcommands of a group. */
  group(group: string, names: readonly string[]): string {
    const commands = names.map((n) => ({ term: n, text: this.text(summaryKey(n)) }));
    return [
      this.usage(`kzp ${group} <${this.text('help.word.subcommand')}> [${this.text('help.word.options')}]`), '',
      ...wrap(this.text(`help.group.${group}`), this.columns),
      '', this.title('help.title.commands'), ...this.rows(commands, this.termWidth(commands)),
      '', this.text('help.more', { command: names[0] ?? group }), '',
    ].join('\n');
  }

  /** `kzp validate --help`. */
  command(spec: CommandHelp): string {
    const args = (spec.args ?? []).map((a) => {
      const name = a.values ? a.values.join('|') : `${a.name}${a.variadic ? '...' : ''}`;
      return { term: this.placeholder(a.required ? `<${name}>` : `[${name}]`), text: a.help ? this.text(a.help) : '' };
    });
    const options = (spec.options ?? []).map((o) => ({
      term: this.placeholder(o.flags),
      text: `${o.help ? this.text(o.help) : ''}${typeof o.default === 'string' ? this.text('help.default', { value: o.default }) : ''}`.trim(),
    }));
    const globals = this.globalRows(false);
    const width = this.termWidth(args, options, globals);
    const usage = [`kzp ${spec.name}`, options.length ? `[${this.text('help.word.options')}]` : '', ...args.map((a) => a.term)].filter(Boolean).join(' ');
    const out = [this.usage(usage), '', ...wrap(this.text(summaryKey(spec.name)), this.columns)];
    if (args.length) out.push('', this.title('help.title.arguments'), ...this.rows(args, width));
    if (options.length) out.push('', this.title('help.title.options'), ...this.rows(options, width));
    out.push('', this.title('help.title.globals'), ...this.rows(globals, width));
    out.push(...this.examples(spec.examples), ...this.exits(spec.exits), '');
    return out.join('\n');
  }
}

// CJK punctuation that must not begin a line (it stays at the end of the previous one)
const NO_LINE_START = /^[,。、;:!?)」』】》,.;:!?)\]]$/u;

/**
 * Lines of at most `width` display columns: broken at spaces between words, and between any two
 * Chinese characters (which have no spaces), never before closing punctuation.
 */
export function wrap(text: string, width: number): string[] {
  if (!text) return [''];
  const tokens = text.match(/\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[,.;:!?)\]]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef,.;:!?)\]]+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const tok of tokens) {
    const tw = displayWidth(tok);
    if (/^\s+$/.test(tok)) { if (line) { line += ' '; w += 1; } continue; }
    if (w + tw > width && line.trim() && !NO_LINE_START.test(tok)) {
      lines.push(line.trimEnd());
      line = '';
      w = 0;
    }
    line += tok;
    w += tw;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

/** The width help is laid out for: the terminal's, else 80; never wider than 120. */
export function helpColumns(stream: { isTTY?: boolean; columns?: number }): number {
  return Math.min(120, stream.isTTY && stream.columns ? stream.columns : 80);
}
