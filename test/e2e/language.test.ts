// Chinese by default, English on request (CLI.md): --lang, then KZP_LANG, then kzp.yaml `lang`,
// then the locale only when it names English or Chinese, else Chinese — and in Chinese, no
// English but names and values: not in any --help, not in commander's usage errors.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS as REGISTRY } from '../../src/cli/commands/index.js';
import { BASE_DIR } from '../helpers.js';
import { kzp, tempCopy } from './run.js';

const NO_LOCALE = { LANG: '', LC_ALL: '', LC_MESSAGES: '', KZP_LANG: '' };
const away = mkdtempSync(join(tmpdir(), 'kzp-lang-'));   // no kzp.yaml here or above
afterAll(() => rmSync(away, { recursive: true, force: true }));
const run = (args: string[], env: Record<string, string> = {}, cwd = away) => kzp(args, { cwd, env: { ...NO_LOCALE, ...env } });

// every command of the registry, and every group of subcommands ('ledger' of 'ledger add')
const COMMANDS = Object.keys(REGISTRY);
const GROUPS = [...new Set(COMMANDS.filter((c) => c.includes(' ')).map((c) => c.split(' ')[0]!))];

// what may stay in Latin letters in Chinese text: names of commands, flags and files, the values
// a flag or field takes, formats, environment variables, and proper names
const NAMES = new Set(`kzp git YYYY JSON YAML Schema Zod Excel Word CI Markdown PowerShell Ctrl zh en lang dumb TERM NO_COLOR KZP_LANG FORCE_COLOR
  bash zsh powershell bashrc id md html docx json text sarif junit gitlab github kaizhou origin main user.email sampling targets schemas
  monthly.docx meeting.xlsx meeting xlsx kzp.yaml Asia Shanghai
  validate schema overdue escalations status score init ledger add new inspect sample report monthly inspection export excel log audit completion help
  project unit list review dispatch projects units reserve preliminary construction completed suspended public welfare operating annual rolling
  lead center leader site self document briefing check visit
  vendor doctor tools kzp_version Node person GitLab Pages index.html public`.split(/\s+/).concat(...Object.keys(REGISTRY).map((c) => c.split(' '))));

/** The Latin words of `text` that are not names: flags, placeholders, rule ids and example command lines left out. */
function english(text: string): string[] {
  return text.split('\n')
    .filter((l) => !/^ {2}(kzp|source) /.test(l))
    .map((l) => l.replace(/--?[A-Za-z][\w-]*/g, ' ').replace(/<[^>]*>|\[[^\]]*\]/g, ' ').replace(/\b[A-Z]{2}-\d+(\.\.\d+)?\b/g, ' '))
    .flatMap((l) => l.match(/[A-Za-z][A-Za-z_.]*[A-Za-z]|[A-Za-z]/g) ?? [])
    .filter((w) => w.length > 1 && !NAMES.has(w));
}

describe('Chinese by default', () => {
  it('LANG= LC_ALL= kzp validate --help prints Chinese, with examples, exit codes and the global options', () => {
    const r = run(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^用法:kzp validate \[选项\] \[路径\.\.\.\]/);
    expect(r.stdout).toContain('校验工作区');
    expect(r.stdout).toMatch(/\n示例:\n {2}# .+\n {2}kzp validate\n/);
    expect(r.stdout).toMatch(/\n退出码:\n {2}0 {2}完成\n {2}1 {2}数据未通过校验.*\n {2}2 {2}用法或环境错误/);
    for (const flag of ['-C, --workspace <目录>', '--as-of <日期>', '--json', '--lang <语言>', '-q, --quiet']) expect(r.stdout).toContain(flag);
    expect(english(r.stdout)).toEqual([]);
  });

  it('a locale that names neither language (C, POSIX, fr) is Chinese too; en_US is English', () => {
    for (const LANG of ['C.UTF-8', 'POSIX', 'fr_FR.UTF-8']) expect(run(['validate', '--help'], { LANG }).stdout).toMatch(/^用法/);
    expect(run(['validate', '--help'], { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^Usage: kzp validate/);
  });

  it('every help, in Chinese, has no English words but names and values; every command shows examples and exit codes', () => {
    for (const c of [...COMMANDS, ...GROUPS, '']) {
      const r = run([...c.split(' ').filter(Boolean), '--help']);
      expect(r.code, c).toBe(0);
      expect(english(r.stdout), `kzp ${c} --help`).toEqual([]);
      if (COMMANDS.includes(c)) {
        expect(r.stdout, c).toMatch(/\n示例:\n {2}# /);
        expect(r.stdout, c).toContain('\n退出码:\n');
      }
    }
    // `kzp help CMD` is `kzp CMD --help`
    expect(run(['help', 'ledger', 'add']).stdout).toBe(run(['ledger', 'add', '--help']).stdout);
    expect(run([]).stdout).toBe(run(['--help']).stdout);
  });

  it("commander's own words are Chinese: unknown option and command (with the one meant), missing or extra arguments", () => {
    const cases: [string[], RegExp][] = [
      [['validate', '--formt', 'json'], /^kzp: 未知选项 --formt\n {2}修改建议: 是不是 --format\? 运行 kzp validate --help 查看用法\n$/],
      [['validat'], /^kzp: 未知命令 validat\n {2}修改建议: 是不是 validate\?/],
      [['ledger', 'ad'], /^kzp: 未知命令 ledger ad\n {2}修改建议: 是不是 ledger add\?/],
      [['ledger'], /^kzp: kzp ledger 后面缺少子命令:add\n/],
      [['log'], /^kzp: 缺少参数 <记录>\n/],
      [['status', 'KZ-2022-001', 'extra'], /^kzp: 多余的参数 extra:kzp status 最多接受 1 个参数\n/],
      [['validate', '--format'], /^kzp: 选项 --format 缺少值\n/],
      [['--as-of'], /^kzp: 选项 --as-of 缺少值\n/],
      [['completion', 'fish'], /^kzp: 不支持 "fish":只能是 bash\|zsh\|powershell\n/],
    ];
    for (const [args, re] of cases) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(re);
      expect(english(r.stderr).filter((w) => !args.join(' ').includes(w)), args.join(' ')).toEqual([]);
    }
  });
});

describe('English on request', () => {
  it('--lang en, KZP_LANG=en: English help and errors', () => {
    expect(run(['--lang', 'en', 'validate', '--help']).stdout).toMatch(/^Usage: kzp validate \[options\] \[paths\.\.\.\]\n/);
    expect(run(['validate', '--help'], { KZP_LANG: 'en' }).stdout).toContain('\nExamples:\n');
    expect(run(['validat'], { KZP_LANG: 'en' }).stderr).toMatch(/^kzp: unknown command validat\n {2}fix: did you mean validate\?/);
  });

  it('kzp.yaml lang beats the locale, KZP_LANG beats kzp.yaml, --lang beats KZP_LANG', () => {
    const t = tempCopy(BASE_DIR);
    try {
      const cfg = join(t.dir, 'kzp.yaml');
      writeFileSync(cfg, readFileSync(cfg, 'utf8').replace(/^kzp: 1$/m, 'kzp: 1\nlang: en   # English for this workspace'));
      const en = /files, no problems/, zh = /个文件全部通过校验/;
      expect(run(['validate'], { LANG: 'zh_CN.UTF-8' }, t.dir).stdout).toMatch(en);
      expect(run(['validate'], { KZP_LANG: 'zh' }, t.dir).stdout).toMatch(zh);
      expect(run(['validate', '--lang', 'en'], { KZP_LANG: 'zh' }, t.dir).stdout).toMatch(en);
      expect(run(['-C', t.dir, 'validate'], { LANG: 'zh_CN.UTF-8' }).stdout).toMatch(en);
      // a value the schema does not know is a validation error at kzp.yaml, and the locale decides meanwhile
      writeFileSync(cfg, readFileSync(cfg, 'utf8').replace('lang: en', 'lang: fr'));
      const bad = run(['validate'], {}, t.dir);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/^kzp\.yaml:\d+:\d+ 错误 SCHEMA/m);
    } finally { t.done(); }
  });

  it('a language kzp does not know, in --lang or KZP_LANG, is an error naming where it came from', () => {
    expect(run(['validate', '--lang', 'fr']).stderr).toMatch(/^kzp: --lang 只能是 zh 或 en,而不是 "fr"\n$/);
    const r = run(['validate'], { KZP_LANG: 'english' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kzp: KZP_LANG 只能是 zh 或 en,而不是 "english"\n$/);
  });

  it('kzp init writes lang: zh into kzp.yaml', () => {
    const dir = join(away, 'ws');
    const r = run(['init', dir, '--since', '2022-01', '--no-git-init']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'kzp.yaml'), 'utf8')).toMatch(/^lang: zh\b/m);
    // and the workspace speaks Chinese even on an English locale
    expect(run(['validate'], { LANG: 'en_US.UTF-8' }, dir).stdout).toMatch(/个文件全部通过校验/);
  });
});
