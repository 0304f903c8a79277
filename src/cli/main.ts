// commander wiring. Global options are accepted before or after the command name
// (CLI.md): they are lifted out of argv first, then commander parses the rest.
import { Command, CommanderError } from 'commander';
import { langFromEnv, t, type Lang } from '../i18n/index.js';
import { colorWanted, makeColor } from '../render/color.js';
import { CliError, checkDateFlag, type CliContext, type GlobalOptions } from './errors.js';
import { packageVersion } from './start.js';

const VERSION = packageVersion();

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
    cwd: io.cwd ?? process.cwd(), opts: globals, lang, color: await makeColor(colorEnabled), colorEnabled, env,
    out: (s) => { stdout.write(s); }, err: (s) => { stderr.write(s); }, version: VERSION,
  };
  const errColor = await makeColor(colorWanted(stderr, globals.color, env));
  const fail = (e: CliError) => {
    ctx.err(`${errColor.red('kzp:')} ${e.message}\n${e.hint ? `  ${t('cli.hint', {}, lang)}: ${e.hint}\n` : ''}`);
    return e.code;
  };
  try {
    if (error) throw new CliError(t('cli.usage', { message: error }, lang));
    if (globals.lang !== undefined && globals.lang !== 'zh' && globals.lang !== 'en') throw new CliError(t('cli.badLang', {}, lang));
    checkDateFlag(ctx, '--as-of', globals.asOf);
    let code = 0;
    const program = buildProgram(ctx, (c) => { code = c; }, (p) => {
      // set before the subcommands are added: commander copies these settings to them
      p.exitOverride();
      p.configureOutput({
        writeOut: (s) => ctx.out(s),
        writeErr: (s) => ctx.err(s),
        outputError: (s, write) => write(`${errColor.red('kzp:')} ${s.replace(/^error: /, '')}`),
      });
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
    return 2; // CLI.md knows 0, 1 and 2 only: an internal fault is reported like an environment error
  }
}

function buildProgram(ctx: CliContext, setCode: (c: number) => void, configure: (p: Command) => void): Command {
  const zh = ctx.lang === 'zh';
  const program = new Command('kzp')
    .description(zh ? '开州区重点项目管理服务工作机制(开州府办发〔2022〕70号)的命令行工具' : 'Key-project management for Kaizhou District (开州府办发〔2022〕70号) on a git repository of YAML records')
    .version(ctx.version, '-V, --version')
    .helpOption('-h, --help')
    .addHelpText('after', zh
      ? '\n全局选项(可写在命令前或后):\n  -C, --workspace DIR   工作区目录\n  --as-of YYYY-MM-DD    计算日期(默认:工作区时区的今天)\n  --lang zh|en          语言\n  --json                输出 JSON\n  --no-color            不用颜色(也认 NO_COLOR)\n  --no-git              不读 git 历史,使用声明的日期\n  --at REF              读取某个提交时的工作区\n'
      : '\nGlobal options (before or after the command):\n  -C, --workspace DIR   the workspace folder\n  --as-of YYYY-MM-DD    the date to compute for (default: today in the workspace time zone)\n  --lang zh|en          language\n  --json                JSON output\n  --no-color            no colours (NO_COLOR is honoured too)\n  --no-git              ignore git history; use declared dates\n  --at REF              read the workspace as of a commit\n');
  configure(program);
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
  // entry commands (issue 5)
  {
    const many = (v: string, prev: string[] = []) => [...prev, v];
    program.command('init').description(zh ? '新建工作区:kzp.yaml、目录、编辑器 JSON Schema、CI 配置,并 git init' : 'a new workspace: kzp.yaml, folders, JSON Schemas for editors, CI files, git init')
      .argument('[dir]', zh ? '目录(默认当前目录)' : 'the folder (default: the current one)')
      .option('--district <name>', zh ? '区县名称' : 'district name', '重庆市开州区')
      .option('--timezone <tz>', zh ? '时区' : 'time zone', 'Asia/Shanghai')
      .option('--since <month>', zh ? '开始跟踪的第一个月(默认本月)' : 'first month tracked (default: this month)')
      .option('--no-git-init', zh ? '不运行 git init' : 'do not run git init')
      .action(run('init', () => import('./commands/init.js')));
    const ledger = program.command('ledger').description(zh ? '月度台账(LS-4)' : 'monthly ledgers (LS-4)');
    ledger.command('add').description(zh ? '填报一个项目的月度台账:终端中逐项提问,否则用参数或 --from 文件;写入前校验' : 'a monthly ledger: prompts in a terminal, else flags or --from FILE; validated before it is written')
      .option('--project <id>', zh ? '项目 id' : 'project id')
      .option('--month <YYYY-MM>', zh ? '台账月份(默认:每月前十天为上月,其后为本月)' : 'month (default: last month in the first ten days, else this month)')
      .option('--from <file>', zh ? '从 YAML 文件读取台账' : 'read the ledger from a YAML file')
      .option('--amend', zh ? '修改已存在的台账(HI-2)' : 'change an existing ledger (HI-2)')
      .option('--commit', zh ? '只提交这一个台账文件' : 'commit just this ledger file')
      .option('--invested <万元>', zh ? '本月完成投资,万元' : 'investment this month, 万元')
      .option('--stage <stage>', 'reserve|preliminary|construction|completed|suspended')
      .option('--physical <text>', zh ? '形象进度' : 'physical progress')
      .option('--percent <n>', zh ? '总体进度百分比' : 'overall progress, percent')
      .option('--reporter <person>', zh ? '填报人(默认:git user.email 对应的人员,否则项目联络员)' : 'reporter (default: the person of git user.email, else the liaison)')
      .option('--submitted-on <date>', zh ? '声明的报送日期(默认今天)' : 'declared submission date (default: today)')
      .option('--resolve <P1[:DATE]>', zh ? '已解决的问题(可重复)' : 'a problem resolved (repeatable)', many)
      .option('--done <C3[:DATE]>', zh ? '已完成的倒计时任务(可重复)' : 'a countdown task done (repeatable)', many)
      .option('--problem <CATEGORY:TITLE[@DUE]>', zh ? '新问题(可重复)' : 'a new problem (repeatable)', many)
      .option('-y, --yes', zh ? '不再确认,直接写入' : 'write without the final confirmation')
      .action(run('ledger add', () => import('./commands/ledger.js')));
    program.command('new').description(zh ? '按模板新建记录:project|unit|list|review|dispatch|inspection,写入前校验' : 'a record from a template: project|unit|list|review|dispatch|inspection, validated before it is written')
      .argument('<kind>', 'project|unit|list|review|dispatch|inspection')
      .option('--id <id>').option('--name <name>').option('--type <type>', zh ? '单位类型' : 'unit type').option('--roles <a,b>', zh ? '单位职能' : 'unit roles')
      .option('--sector <sector>').option('--nature <nature>', 'public-welfare|operating').option('--stage <stage>').option('--owner <unit>')
      .option('--total-investment <万元>').option('--lead-unit <unit>').option('--lead-leader <person>').option('--liaison <person>').option('--location <unit>')
      .option('--start <YYYY-MM>').option('--end <YYYY-MM>')
      .option('--kind <kind>', 'reserve|rolling|annual').option('--period <period>').option('--decided-on <date>').option('--decision-ref <ref>')
      .option('--date <date>').option('--level <level>', 'lead-unit|center|leader|main').option('--convener <id>').option('--participants <a,b>').option('--projects <a,b>')
      .option('--organizers <a,b>').option('--methods <a,b>', 'site-visit,document-check,briefing,self-report-check').option('--targets <a,b>')
      .option('--population <kind>', 'projects|units').option('--list <id>').option('--size <k>').option('--seed <n>')
      .action(run('new', () => import('./commands/new.js')));
    const inspect = program.command('inspect').description(zh ? '联合督查考核(AS-2..5)' : 'joint inspections (AS-2..5)');
    inspect.command('sample').description(zh ? '可复现的随机抽选督查对象(AS-3)' : 'a reproducible random draw of inspection targets (AS-3)')
      .option('--population <kind>', 'projects|units', 'projects')
      .option('--list <id>', zh ? '只从该清单的项目中抽选' : 'draw from the projects of this list')
      .option('--size <k>', zh ? '抽取个数' : 'how many')
      .option('--seed <n>', zh ? '随机种子(0..4294967295)' : 'seed (0..4294967295)')
      .option('--into <inspection>', zh ? '把 sampling 和 targets 写入该督查记录' : 'record sampling and targets in this inspection')
      .action(run('inspect sample', () => import('./commands/inspect.js')));
  }
  // report commands (issue 4)
  {
    const report = program.command('report').description(zh ? '通报:月度通报(AS-1)、督查通报(AS-4)' : 'bulletins: monthly (AS-1), inspection (AS-4)');
    report.command('monthly').description(zh ? '年度建设计划项目月度通报(AS-1)' : 'the monthly bulletin on the annual plan (AS-1)')
      .option('--month <month>', zh ? '通报月份 YYYY-MM(默认:计算日期前的最后一个完整月)' : 'the month YYYY-MM (default: the last complete month before the as-of date)')
      .option('--format <format>', 'md|html|docx|json', 'md')
      .option('-o, --output <file>', zh ? '写入文件(docx 默认 monthly-YYYY-MM.docx)' : 'write to a file (docx default: monthly-YYYY-MM.docx)')
      .option('--force', zh ? '数据未通过校验时仍生成(文档带警告标识)' : 'produce it even when the data fails validation (the document carries a warning)')
      .action(run('report monthly', () => import('./commands/report.js').then((m) => ({ run: m.monthly }))));
    report.command('inspection').description(zh ? '一次联合督查的督查通报(AS-4)' : 'the bulletin of one joint inspection (AS-4)')
      .argument('<id>', zh ? '督查记录 id' : 'the inspection id')
      .option('--format <format>', 'md|html|docx|json', 'md')
      .option('-o, --output <file>', zh ? '写入文件' : 'write to a file')
      .option('--force', zh ? '数据未通过校验时仍生成(文档带警告标识)' : 'produce it even when the data fails validation (the document carries a warning)')
      .action(run('report inspection', () => import('./commands/report.js').then((m) => ({ run: m.inspection }))));
    const exp = program.command('export').description(zh ? '导出' : 'export');
    exp.command('excel').description(zh ? '月度调度会工作簿(Excel)' : 'the workbook for the monthly meeting (Excel)')
      .option('--month <month>', zh ? '月份 YYYY-MM(默认:计算日期前的最后一个完整月)' : 'the month YYYY-MM (default: the last complete month before the as-of date)')
      .option('-o, --output <file>', zh ? '写入文件(默认 meeting-YYYY-MM.xlsx)' : 'the file (default: meeting-YYYY-MM.xlsx)')
      .option('--force', zh ? '数据未通过校验时仍生成(标题行带警告)' : 'produce it even when the data fails validation (the title rows carry a warning)')
      .action(run('export excel', () => import('./commands/export.js')));
  }
  // audit commands (issue 6)
  {
    program.command('log').description(zh ? '一个记录在 git 中的修改历史:提交时间、提交人、逐项变化(HI-1..3)' : "a record's history from git: commits, authors, times, field-level changes (HI-1..3)")
      .argument('<record>', zh ? '文件路径、项目/单位/清单/会审 id,或问题编号 KZ-2022-001/P1' : 'a path, a project/unit/list/review id, or a problem KZ-2022-001/P1')
      .action(run('log', () => import('./commands/log.js')));
    program.command('audit').description(zh ? 'git 审计:迟报、截止后修改、非授权修改、删除和更名(HI-1..3)' : 'the git audit: late and amended ledgers, unauthorised changes, deletions, renames (HI-1..3)')
      .option('--month <month>', zh ? '只看该月的台账及该月内的提交 YYYY-MM' : 'only the ledgers of this month and the commits made in it, YYYY-MM')
      .option('--since <date>', zh ? '只看该日及以后 YYYY-MM-DD' : 'only from this date, YYYY-MM-DD')
      .option('--strict', zh ? '有任何发现即以 1 退出' : 'exit 1 when there is any finding')
      .action(run('audit', () => import('./commands/audit.js')));
  }
  return program;
}
