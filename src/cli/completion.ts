// Shell completion scripts (`kzp completion bash|zsh|powershell`), made from the commands' specs:
// the command names (and the subcommands of a group), each command's flags and the global
// options, and the values a flag or argument takes. zsh and PowerShell also show what each one
// does, in the language the script was made in.
import type { Lang } from '../i18n/index.js';
import { helpText } from '../i18n/index.js';
import { summaryKey, type CommandHelp } from './command.js';
import { flagNames, GLOBAL_OPTIONS } from './globals.js';

export const SHELLS = ['bash', 'zsh', 'powershell'] as const;
export type Shell = (typeof SHELLS)[number];

interface Item { word: string; help: string }

interface Model {
  groups: string[];
  /** flags of the global options that take a value (skipped when finding the command) */
  globalValueFlags: string[];
  /** every flag that takes a value: after it the shell completes its values, or file names */
  valueFlags: string[];
  /** what can follow: '' → the command names and global flags; 'ledger' → its subcommands; 'validate' → its flags */
  items: Map<string, Item[]>;
  /** '<command>|<flag>' → the flag's values ('|--lang' for a global option) */
  values: Map<string, readonly string[]>;
}

function model(specs: readonly CommandHelp[], lang: Lang): Model {
  const text = (key?: string) => (key ? helpText(key, {}, lang) : '');
  const globals: Item[] = [];
  const values = new Map<string, readonly string[]>();
  for (const g of GLOBAL_OPTIONS) {
    for (const f of flagNames(g.flags)) globals.push({ word: f, help: text(g.help) });
    if (g.values) for (const f of flagNames(g.flags)) values.set(`|${f}`, g.values);
  }
  const help = { word: '--help', help: text('help.help') };
  const items = new Map<string, Item[]>();
  const takes = new Set<string>();
  const top: Item[] = [];
  const groups: string[] = [];
  for (const s of specs) {
    const [first, sub] = s.name.split(' ');
    if (sub) {
      if (!groups.includes(first)) { groups.push(first); top.push({ word: first, help: text(`help.group.${first}`) }); items.set(first, []); }
      items.get(first)!.push({ word: sub, help: text(summaryKey(s.name)) });
    } else top.push({ word: first, help: text(summaryKey(s.name)) });
    const own: Item[] = [];
    for (const a of s.args ?? []) for (const v of a.values ?? []) own.push({ word: v, help: text(a.help) });
    for (const o of s.options ?? []) {
      for (const f of flagNames(o.flags)) { own.push({ word: f, help: text(o.help) }); if (/[<[]/.test(o.flags)) takes.add(f); }
      if (o.values) for (const f of flagNames(o.flags)) values.set(`${s.name}|${f}`, o.values);
    }
    items.set(s.name, [...own, ...globals, help]);
  }
  top.push({ word: 'help', help: text('help.helpCommand') });
  items.set('', [...top, ...globals, help, { word: '--version', help: text('help.version') }]);
  items.set('help', top.slice(0, -1));
  const globalValueFlags = GLOBAL_OPTIONS.filter((g) => g.value === undefined).flatMap((g) => flagNames(g.flags));
  return { groups, globalValueFlags, valueFlags: [...new Set([...globalValueFlags, ...takes])], items, values };
}

export function completionScript(shell: Shell, specs: readonly CommandHelp[], lang: Lang): string {
  const m = model(specs, lang);
  const head = helpText('help.completion.head', { shell }, lang);
  if (shell === 'bash') return bash(m, head);
  if (shell === 'zsh') return zsh(m, head);
  return powershell(m, head);
}

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const words = (xs: Iterable<string>) => [...xs].join(' ');

/** The shell loop that finds the command: the first word (two for a group) that is not a flag. */
function scan(m: Model, from: string, to: string, wordAt: (i: string) => string): string {
  return [
    `  local cmd="" i w`,
    `  for ((i = ${from}; i < ${to}; i++)); do`,
    `    w="${wordAt('i')}"`,
    `    case "$w" in`,
    `      ${m.globalValueFlags.join('|')}) ((i++)) ;;`,
    `      -*) ;;`,
    `      *) if [[ -z "$cmd" ]]; then cmd="$w"; else case "$cmd" in ${m.groups.join('|')}) cmd="$cmd $w" ;; esac; fi ;;`,
    `    esac`,
    `  done`,
  ].join('\n');
}

function bash(m: Model, head: string): string {
  const values = [...m.values].map(([k, v]) => {
    const [cmd, flag] = k.split('|');
    return `    ${cmd ? sh(cmd) : '*'}${sh(`|${flag}`)}) COMPREPLY=($(compgen -W ${sh(words(v))} -- "$cur")); return ;;`;
  });
  const items = [...m.items].map(([cmd, xs]) => `    ${sh(cmd)}) list=${sh(words(xs.map((x) => x.word)))} ;;`);
  return [
    `# ${head}`,
    '_kzp_complete() {',
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" list=""',
    scan(m, '1', 'COMP_CWORD', () => '${COMP_WORDS[i]}'),
    '  case "$cmd|$prev" in',
    ...values,
    '  esac',
    '  # a flag that takes a value: the shell completes file names',
    '  [[ "$prev" == -* && "$cur" != -* && -n "$(_kzp_takes_value "$prev")" ]] && return',
    '  case "$cmd" in',
    ...items,
    '  esac',
    '  COMPREPLY=($(compgen -W "$list" -- "$cur"))',
    '}',
    '_kzp_takes_value() {',
    `  case "$1" in ${m.valueFlags.join('|')}) echo 1 ;; esac`,
    '}',
    'complete -o default -F _kzp_complete kzp',
    '',
  ].join('\n');
}

function zsh(m: Model, head: string): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const values = [...m.values].map(([k, v]) => {
    const [cmd, flag] = k.split('|');
    return `    ${cmd ? q(cmd) : '*'}${q(`|${flag}`)}) compadd -- ${v.map(q).join(' ')}; return ;;`;
  });
  const items = [...m.items].map(([cmd, xs]) => `    ${q(cmd)}) items=(${xs.map((x) => q(`${x.word.replace(/:/g, '\\:')}:${x.help}`)).join(' ')}) ;;`);
  return [
    '#compdef kzp',
    `# ${head}`,
    '_kzp() {',
    scan(m, '2', 'CURRENT', () => '${words[i]}'),
    '  local prev="${words[CURRENT-1]}"',
    '  case "$cmd|$prev" in',
    ...values,
    '  esac',
    `  case "$prev" in ${m.valueFlags.join('|')}) [[ "\${words[CURRENT]}" != -* ]] && { _files; return; } ;; esac`,
    '  local -a items',
    '  case "$cmd" in',
    ...items,
    '  esac',
    "  _describe -t kzp 'kzp' items || _files",
    '}',
    'if [[ "${funcstack[1]}" == "_kzp" ]]; then _kzp "$@"; else compdef _kzp kzp; fi',
    '',
  ].join('\n');
}

function powershell(m: Model, head: string): string {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  const table = (entries: [string, string[]][]) => entries.map(([k, v]) => `    ${q(k)} = @(${v.map(q).join(', ')})`).join('\n');
  return [
    `# ${head}`,
    "Register-ArgumentCompleter -Native -CommandName 'kzp', 'kzp.cmd' -ScriptBlock {",
    '  param($wordToComplete, $commandAst, $cursorPosition)',
    `  $groups = @(${m.groups.map(q).join(', ')})`,
    `  $valueFlags = @(${m.globalValueFlags.map(q).join(', ')})`,
    '  $words = @($commandAst.CommandElements | Select-Object -Skip 1 | ForEach-Object { $_.ToString() })',
    "  if ($wordToComplete -ne '' -and $words.Count -gt 0) { $words = @($words | Select-Object -SkipLast 1) }",
    "  $cmd = ''",
    '  for ($i = 0; $i -lt $words.Count; $i++) {',
    '    $w = $words[$i]',
    '    if ($valueFlags -contains $w) { $i++; continue }',
    "    if ($w.StartsWith('-')) { continue }",
    "    if ($cmd -eq '') { $cmd = $w } elseif ($groups -contains $cmd) { $cmd = \"$cmd $w\" }",
    '  }',
    "  $prev = if ($words.Count -gt 0) { $words[-1] } else { '' }",
    '  $values = @{',
    table([...m.values].map(([k, v]) => [k, [...v]])),
    '  }',
    '  $items = @{',
    table([...m.items].map(([k, xs]) => [k, xs.map((x) => `${x.word}\t${x.help}`)])),
    '  }',
    '  $found = $values["$cmd|$prev"]',
    '  if ($null -eq $found) { $found = $values["|$prev"] }',
    '  if ($null -ne $found) { $list = $found | ForEach-Object { "$_`t$_" } } else { $list = $items[$cmd] }',
    '  $list | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {',
    "    $word, $help = $_ -split \"`t\", 2",
    "    [System.Management.Automation.CompletionResult]::new($word, $word, 'ParameterValue', $(if ($help) { $help } else { $word }))",
    '  }',
    '}',
    '',
  ].join('\n');
}
