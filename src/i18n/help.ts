// Help texts of the commands and their flags (src/cli/commands/*.ts name these keys). A command's
// one-line summary is `help.<id>`, where id is its name with '-' for spaces ('ledger-add').
import type { Catalog } from './index.js';

const UNTIL_MONTH = { zh: '月份 YYYY-MM(默认:计算日期前的最后一个完整月)', en: 'the month YYYY-MM (default: the last complete month before the as-of date)' };
const FORCE = { zh: '数据未通过校验时仍生成(文档带警告标识)', en: 'produce it even when the data fails validation (the document carries a warning)' };

export const helpMessages: Catalog = {
  'help.program': { zh: '开州区重点项目管理服务工作机制(开州府办发〔2022〕70号)的命令行工具', en: 'Key-project management for Kaizhou District (开州府办发〔2022〕70号) on a git repository of YAML records' },
  'help.globals': {
    zh: '\n全局选项(可写在命令前或后):\n  -C, --workspace DIR   工作区目录\n  --as-of YYYY-MM-DD    计算日期(默认:工作区时区的今天)\n  --lang zh|en          语言\n  --json                输出 JSON\n  --no-color            不用颜色(也认 NO_COLOR)\n  --no-git              不读 git 历史,使用声明的日期\n  --at REF              读取某个提交时的工作区\n',
    en: '\nGlobal options (before or after the command):\n  -C, --workspace DIR   the workspace folder\n  --as-of YYYY-MM-DD    the date to compute for (default: today in the workspace time zone)\n  --lang zh|en          language\n  --json                JSON output\n  --no-color            no colours (NO_COLOR is honoured too)\n  --no-git              ignore git history; use declared dates\n  --at REF              read the workspace as of a commit\n',
  },
  'help.group.ledger': { zh: '月度台账(LS-4)', en: 'monthly ledgers (LS-4)' },
  'help.group.inspect': { zh: '联合督查考核(AS-2..5)', en: 'joint inspections (AS-2..5)' },
  'help.group.report': { zh: '通报:月度通报(AS-1)、督查通报(AS-4)', en: 'bulletins: monthly (AS-1), inspection (AS-4)' },
  'help.group.export': { zh: '导出', en: 'export' },

  'help.validate': { zh: '校验工作区:格式、引用和机制规则', en: 'check the workspace: format, references and the rules of the mechanism' },
  'help.validate.paths': { zh: '只报告这些文件(引用仍按整个工作区解析)', en: 'report only these files (references still resolve against the whole workspace)' },
  'help.validate.format': { zh: 'text|json|github|gitlab|junit|sarif', en: 'text|json|github|gitlab|junit|sarif' },
  'help.validate.strict': { zh: '警告也算失败', en: 'warnings fail too' },
  'help.validate.changed': { zh: '只检查自 REF 以来改动的文件(无 REF 时为暂存区)', en: 'only files changed since REF (staged files without REF)' },

  'help.schema': { zh: '写出由 Zod 模式生成的 JSON Schema', en: 'write the JSON Schemas the Zod schemas define' },
  'help.schema.out': { zh: '输出目录', en: 'output folder' },

  'help.overdue': { zh: '计算日期当天的全部逾期事项', en: 'every overdue item on the as-of date' },
  'help.overdue.unit': { zh: '只看某个责任单位', en: 'only this responsible unit' },
  'help.overdue.project': { zh: '只看某个项目', en: 'only this project' },
  'help.overdue.kind': { zh: '只看某一类', en: 'only this kind' },

  'help.escalations': { zh: '未解决问题的层级、提级资格、提请调度和呈报领导', en: 'open problems: level, eligibility, due for escalation, routing' },
  'help.escalations.due': { zh: '只列提请调度清单', en: 'only the escalation list (提请调度清单)' },

  'help.status': { zh: '年度计划项目进度:投资完成率对比时间进度、红黄绿灯', en: 'the annual plan: completion against time progress, traffic lights' },
  'help.status.project': { zh: '单个项目的详细情况', en: 'one project in detail' },
  'help.status.month': { zh: '统计截至月份(默认:计算日期前的最后一个完整月)', en: 'reporting month (default: the last complete month before the as-of date)' },

  'help.score': { zh: '单位考核得分(AS-6),按同类单位排名', en: 'unit assessment (AS-6), ranked in peer groups' },
  'help.score.month': { zh: 'YYYY-MM', en: 'YYYY-MM' },
  'help.score.quarter': { zh: 'YYYY-Qn', en: 'YYYY-Qn' },
  'help.score.year': { zh: 'YYYY', en: 'YYYY' },

  'help.init': { zh: '新建工作区:kzp.yaml、目录、编辑器 JSON Schema、CI 配置,并 git init', en: 'a new workspace: kzp.yaml, folders, JSON Schemas for editors, CI files, git init' },
  'help.init.dir': { zh: '目录(默认当前目录)', en: 'the folder (default: the current one)' },
  'help.init.district': { zh: '区县名称', en: 'district name' },
  'help.init.timezone': { zh: '时区', en: 'time zone' },
  'help.init.since': { zh: '开始跟踪的第一个月(默认:联络员下一次填报的月份,每月前十天为上月;在终端中会询问)', en: 'first month tracked (default: the month the liaisons report next — last month in the first ten days; asked in a terminal)' },
  'help.init.noGitInit': { zh: '不运行 git init', en: 'do not run git init' },
  'help.doctor': { zh: '检查本机和工作区能否使用 kzp:Node、git 及其身份、工作区、你负责的项目、编辑器 Schema、工作区自带的 kzp;每项给出修复办法', en: 'can kzp work here? Node, git and its identity, the workspace, your projects, the editor schemas, the kzp the workspace carries; a fix for each ✘' },
  'help.vendor': { zh: '把这个 kzp 放入工作区的 tools/(CI 运行的就是它),更新 kzp.yaml 的 kzp_version 和 schemas/', en: 'put this kzp into the workspace\'s tools/ (what CI runs), and set kzp_version in kzp.yaml and schemas/ to match' },

  'help.ledger-add': { zh: '填报一个项目的月度台账:终端中逐项提问,否则用参数或 --from 文件;写入前校验', en: 'a monthly ledger: prompts in a terminal, else flags or --from FILE; validated before it is written' },
  'help.ledger-add.project': { zh: '项目 id', en: 'project id' },
  'help.ledger-add.month': { zh: '台账月份(默认:每月前十天为上月,其后为本月)', en: 'month (default: last month in the first ten days, else this month)' },
  'help.ledger-add.from': { zh: '从 YAML 文件读取台账', en: 'read the ledger from a YAML file' },
  'help.ledger-add.amend': { zh: '修改已存在的台账(HI-2)', en: 'change an existing ledger (HI-2)' },
  'help.ledger-add.commit': { zh: '只提交这一个台账文件', en: 'commit just this ledger file' },
  'help.ledger-add.invested': { zh: '本月完成投资,万元', en: 'investment this month, 万元' },
  'help.ledger-add.stage': { zh: 'reserve|preliminary|construction|completed|suspended', en: 'reserve|preliminary|construction|completed|suspended' },
  'help.ledger-add.physical': { zh: '形象进度', en: 'physical progress' },
  'help.ledger-add.percent': { zh: '总体进度百分比', en: 'overall progress, percent' },
  'help.ledger-add.reporter': { zh: '填报人(默认:git user.email 对应的人员,否则项目联络员)', en: 'reporter (default: the person of git user.email, else the liaison)' },
  'help.ledger-add.submittedOn': { zh: '声明的报送日期(默认今天)', en: 'declared submission date (default: today)' },
  'help.ledger-add.resolve': { zh: '已解决的问题(可重复)', en: 'a problem resolved (repeatable)' },
  'help.ledger-add.done': { zh: '已完成的倒计时任务(可重复)', en: 'a countdown task done (repeatable)' },
  'help.ledger-add.problem': { zh: '新问题(可重复)', en: 'a new problem (repeatable)' },
  'help.ledger-add.yes': { zh: '不再确认,直接写入', en: 'write without the final confirmation' },

  'help.new': { zh: '按模板新建记录:project|unit|list|review|dispatch|inspection,写入前校验', en: 'a record from a template: project|unit|list|review|dispatch|inspection, validated before it is written' },
  'help.new.kind': { zh: 'project|unit|list|review|dispatch|inspection', en: 'project|unit|list|review|dispatch|inspection' },
  'help.new.type': { zh: '单位类型', en: 'unit type' },
  'help.new.roles': { zh: '单位职能', en: 'unit roles' },
  'help.new.nature': { zh: 'public-welfare|operating', en: 'public-welfare|operating' },
  'help.new.kindOfList': { zh: 'reserve|rolling|annual', en: 'reserve|rolling|annual' },
  'help.new.level': { zh: 'lead-unit|center|leader|main', en: 'lead-unit|center|leader|main' },
  'help.new.methods': { zh: 'site-visit,document-check,briefing,self-report-check', en: 'site-visit,document-check,briefing,self-report-check' },
  'help.new.population': { zh: 'projects|units', en: 'projects|units' },

  'help.inspect-sample': { zh: '可复现的随机抽选督查对象(AS-3)', en: 'a reproducible random draw of inspection targets (AS-3)' },
  'help.inspect-sample.population': { zh: 'projects|units', en: 'projects|units' },
  'help.inspect-sample.list': { zh: '只从该清单的项目中抽选', en: 'draw from the projects of this list' },
  'help.inspect-sample.size': { zh: '抽取个数', en: 'how many' },
  'help.inspect-sample.seed': { zh: '随机种子(0..4294967295)', en: 'seed (0..4294967295)' },
  'help.inspect-sample.into': { zh: '把 sampling 和 targets 写入该督查记录', en: 'record sampling and targets in this inspection' },

  'help.report-monthly': { zh: '年度建设计划项目月度通报(AS-1)', en: 'the monthly bulletin on the annual plan (AS-1)' },
  'help.report-monthly.month': { zh: '通报月份 YYYY-MM(默认:计算日期前的最后一个完整月)', en: 'the month YYYY-MM (default: the last complete month before the as-of date)' },
  'help.report.format': { zh: 'md|html|docx|json', en: 'md|html|docx|json' },
  'help.report-monthly.output': { zh: '写入文件(docx 默认 monthly-YYYY-MM.docx)', en: 'write to a file (docx default: monthly-YYYY-MM.docx)' },
  'help.report.force': FORCE,
  'help.report-inspection': { zh: '一次联合督查的督查通报(AS-4)', en: 'the bulletin of one joint inspection (AS-4)' },
  'help.report-inspection.id': { zh: '督查记录 id', en: 'the inspection id' },
  'help.report-inspection.output': { zh: '写入文件', en: 'write to a file' },

  'help.export-excel': { zh: '月度调度会工作簿(Excel)', en: 'the workbook for the monthly meeting (Excel)' },
  'help.export-excel.month': UNTIL_MONTH,
  'help.export-excel.output': { zh: '写入文件(默认 meeting-YYYY-MM.xlsx)', en: 'the file (default: meeting-YYYY-MM.xlsx)' },
  'help.export-excel.force': { zh: '数据未通过校验时仍生成(标题行带警告)', en: 'produce it even when the data fails validation (the title rows carry a warning)' },

  'help.log': { zh: '一个记录在 git 中的修改历史:提交时间、提交人、逐项变化(HI-1..3)', en: "a record's history from git: commits, authors, times, field-level changes (HI-1..3)" },
  'help.log.record': { zh: '文件路径、项目/单位/清单/会审 id,或问题编号 KZ-2022-001/P1', en: 'a path, a project/unit/list/review id, or a problem KZ-2022-001/P1' },

  'help.audit': { zh: 'git 审计:迟报、截止后修改、非授权修改、删除和更名(HI-1..3)', en: 'the git audit: late and amended ledgers, unauthorised changes, deletions, renames (HI-1..3)' },
  'help.audit.month': { zh: '只看该月的台账及该月内的提交 YYYY-MM', en: 'only the ledgers of this month and the commits made in it, YYYY-MM' },
  'help.audit.since': { zh: '只看该日及以后 YYYY-MM-DD', en: 'only from this date, YYYY-MM-DD' },
  'help.audit.strict': { zh: '有任何发现即以 1 退出', en: 'exit 1 when there is any finding' },
};
