// commander wiring. Global options are accepted before or after the command name
// (CLI.md): they are lifted out of argv first, then commander parses the rest.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { langFromEnv, t, type Lang } from '../i18n/index.js';
import { colorWanted, makeColor } from '../render/color.js';
import { CliError, checkDateFlag, type CliContext, type GlobalOptions } from './context.js';

const VERSION = (() => {
  try { return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version; }
  catch { return '0.0.0'; }
})();

const GLOBAL_WITH_VALUE: Record<string, keyof GlobalOptions> = { '-C': 'workspace', '--workspace': 'workspace', '--as-of': 'asOf', '--lang': 'lang', '--at': 'at' };
const GLOBAL_FLAGS: Record<string, [keyof GlobalOptions, boolean]> = { '--json': ['json', true], '--no-color': ['color', false], '--no-git': ['git', false] };

export function liftGlobals(argv: string[]): { globals: GlobalOptions; rest: string[]; error?: string } {
  const globals: GlobalOptions = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { rest.push(...argv.slice(i)); break; }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (name in GLOBAL_WITH_VALUE) {
      let v: string | undefined;
      if (name !== a) v = a.slice(eq + 1);
      else { v = argv[++i]; if (v === undefined) return { globals, rest, error: `option '${a}' argument missing` }; }
      (globals as Record<string, unknown>)[GLOBAL_WITH_VALUE[name]] = v;
      continue;
    }
    if (a.startsWith('-C') && a.length > 2 && !a.startsWith('--')) { globals.workspace = a.slice(2); continue; }
    if (a in GLOBAL_FLAGS) { const [k, v] = GLOBAL_FLAGS[a]; (globals as Record<string, unknown>)[k] = v; continue; }
    rest.push(a);
  }
  return { globals, rest };
}

type Runner = (ctx: CliContext, opts: Record<string, unknown>, args: string[]) => Promise<number> | number;

export async function main(argv: string[], io: { cwd?: string; env?: NodeJS.ProcessEnv; stdout?: NodeJS.WriteStream; stderr?: NodeJS.WriteStream } = {}): Promise<number> {
  const env = io.env ?? process.env;
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const { globals, rest, error } = liftGlobals(argv);
  let lang: Lang = langFromEnv(env);
  if (globals.lang === 'zh' || globals.lang === 'en') lang = globals.lang;
  const colorEnabled = colorWanted(stdout, globals.color, env);
  const ctx: CliContext = {
    cwd: io.cwd ?? process.cwd(), opts: globals, lang, color: makeColor(colorEnabled), colorEnabled, env,
    out: (s) => { stdout.write(s); }, err: (s) => { stderr.write(s); }, version: VERSION,
  };
  const errColor = makeColor(colorWanted(stderr, globals.color, env));
  const fail = (e: CliError) => {
    ctx.err(`${errColor.red('kzp:')} ${e.message}\n${e.hint ? `  ${t('cli.hint', {}, lang)}: ${e.hint}\n` : ''}`);
    return e.code;
  };
  try {
    if (error) throw new CliError(t('cli.usage', { message: error }, lang));
    if (globals.lang !== undefined && globals.lang !== 'zh' && globals.lang !== 'en') throw new CliError(t('cli.badLang', {}, lang));
    checkDateFlag(ctx, '--as-of', globals.asOf);
    let code = 0;
    const program = buildProgram(ctx, (c) => { code = c; });
    program.exitOverride();
    program.configureOutput({
      writeOut: (s) => ctx.out(s),
      writeErr: (s) => ctx.err(s),
      outputError: (s, write) => write(`${errColor.red('kzp:')} ${s.replace(/^error: /, '')}`),
    });
    if (rest.length === 0) { ctx.out(program.helpInformation()); return 0; }
    await program.parseAsync(rest, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CliError) return fail(e);
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    ctx.err(`${errColor.red('kzp:')} ${t('cli.internal', { message: msg }, lang)}\n`);
    if (env.KZP_DEBUG && e instanceof Error) ctx.err(`${e.stack}\n`);
    return 70;
  }
}

function buildProgram(ctx: CliContext, setCode: (c: number) => void): Command {
  const zh = ctx.lang === 'zh';
  const program = new Command('kzp')
    .description(zh ? '开州区重点项目管理服务工作机制(开州府办发〔2022〕70号)的命令行工具' : 'Key-project management for Kaizhou District (开州府办发〔2022〕70号) on a git repository of YAML records')
    .version(ctx.version, '-V, --version')
    .helpOption('-h, --help')
    .addHelpText('after', zh
      ? '\n全局选项(可写在命令前或后):\n  -C, --workspace DIR   工作区目录\n  --as-of YYYY-MM-DD    计算日期(默认:工作区时区的今天)\n  --lang zh|en          语言\n  --json                输出 JSON\n  --no-color            不用颜色(也认 NO_COLOR)\n  --no-git              不读 git 历史,使用声明的日期\n  --at REF              读取某个提交时的工作区\n'
      : '\nGlobal options (before or after the command):\n  -C, --workspace DIR   the workspace folder\n  --as-of YYYY-MM-DD    the date to compute for (default: today in the workspace time zone)\n  --lang zh|en          language\n  --json                JSON output\n  --no-color            no colours (NO_COLOR is honoured too)\n  --no-git              ignore git history; use declared dates\n  --at REF              read the workspace as of a commit\n');
  const run = (name: string, loader: () => Promise<{ run: Runner }>) => async (...a: unknown[]) => {
    const cmd = a[a.length - 1] as Command;
    const opts = cmd.opts();
    const args = (a.slice(0, -2) as unknown[]).flatMap((x) => (Array.isArray(x) ? x : x === undefined ? [] : [x])) as string[];
    const mod = await loader();
    setCode(await mod.run(ctx, opts, args));
    void name;
  };
  program.command('validate').description(zh ? '校验工作区:格式、引用和机制规则' : 'check the workspace: format, references and the rules of the mechanism')
    .argument('[paths...]', zh ? '只报告这些文件(引用仍按整个工作区解析)' : 'report only these files (references still resolve against the whole workspace)')
    .option('--format <format>', 'text|json|github|gitlab|junit|sarif', 'text')
    .option('--strict', zh ? '警告也算失败' : 'warnings fail too')
    .option('--changed [ref]', zh ? '只检查自 REF 以来改动的文件(无 REF 时为暂存区)' : 'only files changed since REF (staged files without REF)')
    .action(run('validate', () => import('./commands/validate.js')));
  program.command('schema').description(zh ? '写出由 Zod 模式生成的 JSON Schema' : 'write the JSON Schemas the Zod schemas define')
    .option('-o, --out <dir>', zh ? '输出目录' : 'output folder')
    .action(run('schema', () => import('./commands/schema.js')));
  program.command('overdue').description(zh ? '计算日期当天的全部逾期事项' : 'every overdue item on the as-of date')
    .option('--unit <unit>', zh ? '只看某个责任单位' : 'only this responsible unit')
    .option('--project <project>', zh ? '只看某个项目' : 'only this project')
    .option('--kind <kind>', zh ? '只看某一类' : 'only this kind')
    .action(run('overdue', () => import('./commands/overdue.js')));
  program.command('escalations').description(zh ? '未解决问题的层级、提级资格、提请调度和呈报领导' : 'open problems: level, eligibility, due for escalation, routing')
    .option('--due', zh ? '只列提请调度清单' : 'only the escalation list (提请调度清单)')
    .action(run('escalations', () => import('./commands/escalations.js')));
  program.command('status').description(zh ? '年度计划项目进度:投资完成率对比时间进度、红黄绿灯' : 'the annual plan: completion against time progress, traffic lights')
    .argument('[project]', zh ? '单个项目的详细情况' : 'one project in detail')
    .option('--month <month>', zh ? '统计截至月份(默认:计算日期前的最后一个完整月)' : 'reporting month (default: the last complete month before the as-of date)')
    .action(run('status', () => import('./commands/status.js')));
  program.command('score').description(zh ? '单位考核得分(AS-6),按同类单位排名' : 'unit assessment (AS-6), ranked in peer groups')
    .option('--month <month>', 'YYYY-MM')
    .option('--quarter <quarter>', 'YYYY-Qn')
    .option('--year <year>', 'YYYY')
    .action(run('score', () => import('./commands/score.js')));
  return program;
}
