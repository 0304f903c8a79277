// `kzp audit` and `kzp log` end to end, on a repository with a known history (HI-1..HI-3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_DIR } from '../helpers.js';
import { CENTER, LEAD, LIAISON, OUTSIDER, type Repo } from '../history/repo.js';
import { auditScenario, L1, L2, L3, PROJECT, REVIEW_NEW, REVIEW_OLD } from '../history/scenario.js';
import { kzp, tempCopy } from './run.js';

interface Finding { kind: string; rule: string; file?: string; commit?: string; email?: string; time?: string; [k: string]: unknown }

describe('kzp audit (e2e)', () => {
  let repo: Repo;
  let c: Record<string, string>;
  const run = (args: string[]) => kzp(args, { cwd: repo.ws });
  beforeAll(() => { ({ repo, c } = auditScenario()); });
  afterAll(() => repo.done());

  it('--json: every finding with its rule, file, commit, author and time in the workspace zone; exit 0', () => {
    const r = run(['audit', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { history: object; counts: Record<string, number>; findings: Finding[]; timezone: string };
    expect(j.timezone).toBe('Asia/Shanghai');
    expect(j.history).toEqual({ source: 'git', head: c.rm, shallow: false, commits: 10, complete: true });
    expect(j.counts).toEqual({ 'history-unavailable': 0, late: 1, amended: 3, unauthorised: 3, deleted: 1, renamed: 1, 'declared-mismatch': 1 });
    const f = j.findings;
    expect(f[0]).toEqual({
      kind: 'late', rule: 'HI-1', file: L2, project: 'KZ-2022-001', month: '2022-02', due: '2022-02-28',
      commit: c.l2, time: '2022-03-01T00:10:00+08:00', author: LIAISON.name, email: LIAISON.email, subject: '报送2月台账',
      source: 'git', arrived: '2022-03-01T00:10:00+08:00', lateDays: 1, message: expect.stringMatching(/1 day\(s\) late/),
    });
    expect(f.filter((x) => x.kind === 'amended').map((x) => [x.file, x.commit, x.email, x.time, x.fields])).toEqual([
      [L1, c.lead, LEAD.email, '2022-02-10T09:00:00+08:00', [{ path: 'progress.physical', change: 'changed', from: '完成施工图设计', to: '完成施工图设计及审查' }]],
      [L2, c.fix, LIAISON.email, '2022-03-05T10:00:00+08:00', [{ path: 'progress.invested', change: 'changed', from: 450, to: 480 }]],
      [L2, c.outL2, OUTSIDER.email, '2022-03-06T11:00:00+08:00', [{ path: 'problems[P1].due', change: 'changed', from: '2022-03-31', to: '2022-04-30' }]],
    ]);
    expect(f.filter((x) => x.kind === 'unauthorised').map((x) => [x.file, x.commit, x.email, x.units])).toEqual([
      [L2, c.outL2, OUTSIDER.email, ['kz-urban-invest', 'transport-bureau', 'drc-center']],
      [PROJECT, c.outP, OUTSIDER.email, ['kz-urban-invest', 'transport-bureau', 'drc-center']],
      [L3, c.rm, OUTSIDER.email, ['kz-urban-invest', 'transport-bureau', 'drc-center']],
    ]);
    expect(f.find((x) => x.kind === 'unauthorised' && x.file === PROJECT)!.fields).toEqual([{ path: 'total_investment', change: 'changed', from: 12800, to: 13800 }]);
    expect(f.find((x) => x.kind === 'deleted')).toMatchObject({ rule: 'HI-2', file: L3, commit: c.rm, email: OUTSIDER.email, restored: false });
    expect(f.find((x) => x.kind === 'renamed')).toMatchObject({ rule: 'HI-2', file: REVIEW_NEW, from: REVIEW_OLD, idChanged: true, commit: c.mv, email: CENTER.email });
    expect(f.find((x) => x.kind === 'declared-mismatch')).toMatchObject({ rule: 'HI-1', file: L2, declared: '2022-02-25', gitDate: '2022-03-01', days: 4 });
  });

  it('text: grouped in Chinese, each group with its rule, who, when and which fields', () => {
    const r = run(['audit', '--lang', 'zh']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^git 审计：重庆市开州区（截至提交 [0-9a-f]{7}，共 10 个提交；时间按 Asia\/Shanghai 时区）\n/);
    const heads = out.split('\n').filter((l) => /^[一二三四五六七]、/.test(l));
    expect(heads).toEqual([
      '一、迟报的台账（HI-1）共 1 项', '二、截止时间后修改的台账（HI-2）共 3 项', '三、非授权修改（HI-3）共 3 项',
      '四、被删除的记录（HI-2）共 1 项', '五、更名或移动的记录（HI-2）共 1 项', '六、填报日期与 git 记录不符（HI-1）共 1 项',
    ]);
    expect(out).toContain('汉丰湖环湖路改造工程（KZ-2022-001）2022-02 月度台账应于 2022-02-28 24:00 前报送，2022-03-01 00:10 才提交，迟报 1 天');
    expect(out).toContain('      progress.invested: 450 → 480');
    expect(out).toContain('      problems[P1].due: 2022-03-31 → 2022-04-30');
    expect(out).toContain('提交人 赵某 <zhao@outside.example.com>，提交');
    expect(out).toContain('提交人 陈杰 <chenjie@example.gov.cn>（重庆市开州区城市发展投资集团有限公司）');
    expect(out).toContain('projects/KZ-2022-001.yaml 在 2022-03-07 09:00 被修改；提交人不是业主单位、牵头单位或区项目中心');
    expect(out).toContain('reviews/2022/2022-01-20-review.yaml 在 2022-03-08 09:00 更名为 reviews/2022/2022-01-21-review.yaml（记录 id 随之改变）');
    expect(out).toContain('填报的报送日期为 2022-02-25，git 首次提交在 2022-03-01，相差 4 天');
  });

  it('--strict: exit 1 when there is any finding; --month and --since narrow it', () => {
    expect(run(['audit', '--strict']).code).toBe(1);
    const jan = JSON.parse(run(['audit', '--json', '--month', '2022-01']).stdout);
    expect(jan.filter).toEqual({ month: '2022-01' });
    expect(jan.findings.map((f: Finding) => `${f.kind}:${f.file}`)).toEqual([`amended:${L1}`]);
    const late = JSON.parse(run(['audit', '--json', '--since', '2022-04-01']).stdout);
    expect(late.findings.map((f: Finding) => f.kind)).toEqual(['unauthorised', 'deleted']);
    const empty = run(['audit', '--since', '2022-05-01', '--strict']);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toMatch(/no late, amended, unauthorised, deleted or renamed records \(10 commit\(s\) audited\)/);
    expect(run(['audit', '--month', '2022-13']).code).toBe(2);
    expect(run(['audit', '--month', '2022-01', '--since', '2022-01-01']).code).toBe(2);
  });

  it('--at: the audit as it stood at a commit', () => {
    const j = JSON.parse(run(['audit', '--json', '--at', c.fix]).stdout);
    expect(j.history).toMatchObject({ head: c.fix, commits: 5 });
    expect(j.findings.map((f: Finding) => f.kind)).toEqual(['late', 'amended', 'amended', 'declared-mismatch']);
  });

  it('a shallow clone is reported, never "no findings"; --strict fails on it', () => {
    const clone = repo.shallowClone();
    try {
      const j = JSON.parse(kzp(['audit', '--json'], { cwd: clone.ws }).stdout);
      expect(j.history).toMatchObject({ shallow: true, complete: false });
      expect(j.findings).toEqual([expect.objectContaining({ kind: 'history-unavailable', rule: 'HI-1', reason: 'shallow' })]);
      const zh = kzp(['audit', '--lang', 'zh', '--strict'], { cwd: clone.ws });
      expect(zh.code).toBe(1);
      expect(zh.stdout).toContain('一、git 历史不完整（HI-1）共 1 项');
      expect(zh.stdout).toMatch(/浅克隆/);
      expect(zh.stdout).toMatch(/fetch-depth: 0/);
      expect(zh.stdout).not.toMatch(/未发现/);
    } finally { clone.done(); }
  });

  it('--no-git and a folder outside git: history unavailable, said so', () => {
    expect(JSON.parse(run(['audit', '--json', '--no-git']).stdout).findings[0]).toMatchObject({ kind: 'history-unavailable', reason: 'no-git' });
    const t = tempCopy(BASE_DIR);
    try {
      const r = kzp(['-C', t.dir, 'audit', '--json']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).findings[0]).toMatchObject({ kind: 'history-unavailable', reason: 'not-a-repository' });
    } finally { t.done(); }
  });
});

describe('kzp log (e2e)', () => {
  let repo: Repo;
  let c: Record<string, string>;
  const run = (args: string[], cwd?: string) => kzp(args, { cwd: cwd ?? repo.ws });
  beforeAll(() => { ({ repo, c } = auditScenario()); });
  afterAll(() => repo.done());

  it('a ledger by path (relative to the current folder): commits, authors, zone times, fields', () => {
    const j = JSON.parse(run(['log', '2022-02/KZ-2022-001.yaml', '--json'], repo.path('ledgers')).stdout);
    expect(j).toMatchObject({ record: L2, kind: 'path', paths: [L2], timezone: 'Asia/Shanghai' });
    expect(j.commits).toEqual([
      { commit: c.l2, time: '2022-03-01T00:10:00+08:00', author: LIAISON.name, email: LIAISON.email, subject: '报送2月台账', files: [{ path: L2, status: 'added', fields: [] }] },
      { commit: c.fix, time: '2022-03-05T10:00:00+08:00', author: LIAISON.name, email: LIAISON.email, subject: '更正2月完成投资', files: [{ path: L2, status: 'modified', fields: [{ path: 'progress.invested', change: 'changed', from: 450, to: 480 }] }] },
      { commit: c.outL2, time: '2022-03-06T11:00:00+08:00', author: OUTSIDER.name, email: OUTSIDER.email, subject: '延长问题限时', files: [{ path: L2, status: 'modified', fields: [{ path: 'problems[P1].due', change: 'changed', from: '2022-03-31', to: '2022-04-30' }] }] },
    ]);
  });

  it('a project id: its file and its ledgers, the deleted one included; text in Chinese', () => {
    const r = run(['log', 'KZ-2022-001', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('汉丰湖环湖路改造工程（KZ-2022-001）项目文件及月度台账的修改记录：9 个提交\n时间按 Asia/Shanghai 时区\n')).toBe(true);
    expect(r.stdout).toContain('2022-03-01 00:10  陈杰 <chenjie@example.gov.cn>（重庆市开州区城市发展投资集团有限公司）');
    expect(r.stdout).toContain('    修改 projects/KZ-2022-001.yaml\n      total_investment: 12800 → 13800');
    expect(r.stdout).toContain('    删除 ledgers/2022-03/KZ-2022-001.yaml');
  });

  it('a renamed review by its new id: followed back to its old path', () => {
    const j = JSON.parse(run(['log', '2022-01-21-review', '--json']).stdout);
    expect(j.kind).toBe('review');
    expect(j.commits.map((x: { files: { status: string; path: string }[] }) => `${x.files[0].status} ${x.files[0].path}`)).toEqual([`added ${REVIEW_OLD}`, `renamed ${REVIEW_NEW}`]);
  });

  it('a problem: its life across the ledgers, the dispatches that handled it, and the commits that changed it', () => {
    const j = JSON.parse(run(['log', 'KZ-2022-001/P1', '--json']).stdout);
    expect(j.kind).toBe('problem');
    expect(j.problem).toMatchObject({ key: 'KZ-2022-001/P1', raisedOn: '2022-01-10', open: true });
    expect(j.problem.handlings.map((h: { dispatch: string; level: string }) => `${h.dispatch}:${h.level}`)).toEqual(['2022-01-18-transport:L1', '2022-02-16-liu-yang:L2', '2022-02-28-main:L3']);
    expect(j.commits.map((x: { commit: string }) => x.commit)).toEqual([c.init, c.l1, c.l2, c.outL2, c.l3, c.rm]);
    const zh = run(['log', 'KZ-2022-001/P1', '--lang', 'zh']).stdout;
    expect(zh.startsWith('问题 KZ-2022-001/P1“环湖路K2段征地拆迁未完成”的全过程\n')).toBe(true);
    expect(zh).toContain('  2022-02 台账：未解决，限时 2022-04-30');
    expect(zh).toContain('  2022-02-16 2022-02-16-liu-yang（L2 区领导）：未解决，交办 开州区规划和自然资源局，限 2022-03-15 前');
    expect(zh).toContain('      problems[P1].due: 2022-03-31 → 2022-04-30');
  });

  it('an unknown record, no record, no repository: exit 2 with a hint', () => {
    const r = run(['log', 'KZ-2099-001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no record "KZ-2099-001" in the workspace or its git history/);
    expect(r.stderr).toMatch(/fix: give a path/);
    expect(run(['log']).code).toBe(2);
    expect(run(['log', 'KZ-2022-001', '--no-git']).code).toBe(2);
    const t = tempCopy(BASE_DIR);
    try {
      const x = kzp(['-C', t.dir, 'log', 'KZ-2022-001']);
      expect(x.code).toBe(2);
      expect(x.stderr).toMatch(/kzp log needs the git history: the workspace is not in a git repository/);
    } finally { t.done(); }
  });

  it('a shallow clone: the commits it has, and a warning that older ones are missing', () => {
    const clone = repo.shallowClone();
    try {
      const r = kzp(['log', 'KZ-2022-001', '--json'], { cwd: clone.ws });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/shallow clone/);
      expect(JSON.parse(r.stdout).history).toMatchObject({ shallow: true, commits: 1 });
    } finally { clone.done(); }
  });
});
