// kzp completion bash|zsh|powershell: the scripts complete commands, subcommands, flags and
// their values, from the registry. bash and zsh run the completion function the way the shell
// would (COMP_WORDS / words, with zsh's completion builtins stubbed); PowerShell is checked as text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kzp } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'kzp-completion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

function script(shell: string, lang = 'zh'): string {
  const r = kzp(['completion', shell, '--lang', lang]);
  expect(r.code).toBe(0);
  const f = join(dir, `kzp.${shell}.${lang}`);
  writeFileSync(f, r.stdout);
  return f;
}

describe('kzp completion bash', () => {
  it.skipIf(!has('bash'))('completes commands, subcommands, flags and values', () => {
    const f = script('bash');
    const complete = (...words: string[]) => {
      const body = `source '${f}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _kzp_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const r = spawnSync('bash', ['-c', body], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(complete('kzp', 'val')).toEqual(['validate']);
    expect(complete('kzp', 'rep')).toEqual(['report']);
    expect(complete('kzp', 'report', '')).toEqual(['monthly', 'inspection']);
    expect(complete('kzp', '-C', 'ws', 'report', 'm')).toEqual(['monthly']);
    expect(complete('kzp', 'validate', '--st')).toEqual(['--strict']);
    expect(complete('kzp', 'validate', '--format', '')).toEqual(['text', 'json', 'github', 'gitlab', 'junit', 'sarif']);
    expect(complete('kzp', 'report', 'monthly', '--format', 'd')).toEqual(['docx']);
    expect(complete('kzp', 'overdue', '--lang', '')).toEqual(['zh', 'en']);
    expect(complete('kzp', 'completion', 'p')).toEqual(['powershell']);
    expect(complete('kzp', 'new', 'in')).toEqual(['inspection']);
    expect(complete('kzp', 'help', 'le')).toEqual(['ledger']);
    expect(complete('kzp', '--v')).toEqual(['--version']);
    // a flag that takes a file: nothing from kzp, so the shell lists files
    expect(complete('kzp', 'export', 'excel', '-o', '')).toEqual([]);
  });
});

describe('kzp completion zsh', () => {
  it.skipIf(!has('zsh'))('is valid zsh, and offers each command with what it does, in the language asked', () => {
    const f = script('zsh');
    expect(spawnSync('zsh', ['-n', f]).status).toBe(0);
    const complete = (file: string, ...words: string[]) => {
      // zsh's completion builtins, stubbed to print what they are given
      const stubs = "compdef() { :; }; compadd() { shift; print -l -- \"$@\"; }; _files() { print FILES; }; _describe() { print -l -- \"${(@P)4}\"; }";
      const body = `${stubs}; source '${file}'; words=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _kzp`;
      const r = spawnSync('zsh', ['-c', body], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(complete(f, 'kzp', '')).toContain('validate:校验工作区:格式、引用和机制规则');
    expect(complete(f, 'kzp', 'ledger', '')).toEqual([expect.stringMatching(/^add:填报一个项目的月度台账/)]);
    expect(complete(f, 'kzp', 'validate', '')).toContain('--strict:警告也算失败');
    expect(complete(f, 'kzp', 'validate', '--format', '')).toEqual(['text', 'json', 'github', 'gitlab', 'junit', 'sarif']);
    expect(complete(f, 'kzp', 'report', 'monthly', '-o', '')).toEqual(['FILES']);
    expect(complete(script('zsh', 'en'), 'kzp', 'validate', '')).toContain('--strict:warnings fail too');
  });
});

describe('kzp completion powershell', () => {
  it('registers a completer for kzp and kzp.cmd with every command, flag and value', () => {
    const r = kzp(['completion', 'powershell', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Register-ArgumentCompleter -Native -CommandName 'kzp', 'kzp.cmd'");
    expect(r.stdout).toMatch(/^ {4}'' = @\('validate\t校验工作区/m);
    expect(r.stdout).toMatch(/^ {4}'report' = @\('monthly\t.*', 'inspection\t/m);
    expect(r.stdout).toContain("    'validate|--format' = @('text', 'json', 'github', 'gitlab', 'junit', 'sarif')");
    expect(r.stdout).toContain("    '|--lang' = @('zh', 'en')");
  });
});
