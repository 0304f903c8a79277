// kzp doctor's judgement (entry/doctor.ts): every ✘ it can print, from facts made by hand, each
// with a fix in Chinese; and a machine and workspace where every check passes. The built CLI
// gathers real facts in test/e2e/doctor.test.ts.
import { describe, expect, it } from 'vitest';
import { judge, type DoctorFacts } from '../../src/entry/doctor.js';

type Ws = Extract<DoctorFacts['workspace'], { found: true }>;
const ws = (over: Partial<Ws> = {}): Ws => ({
  found: true, root: '/work/kz', repository: 'ok', history: 'git', files: 40, errors: 0, warnings: 1,
  people: [{ id: 'chen-jie', name: '陈杰', unit: 'kz-urban-invest', file: 'units/kz-urban-invest.yaml' }],
  projects: [{ id: 'KZ-2022-001', name: '汉丰湖环湖路改造工程', roles: ['liaison', 'task_force'] }],
  schemas: { missing: [], stale: [] }, tools: { bundle: true, recorded: '0.1.0' }, ...over,
});
const good = (over: Partial<DoctorFacts> = {}): DoctorFacts => ({
  node: '20.19.0', git: '2.43.0', user: { name: '陈杰', email: 'ChenJie@example.gov.cn' },
  locale: { lang: 'zh', source: 'LANG=zh_CN.UTF-8', charset: 'UTF-8' }, workspace: ws(), running: '0.1.0', ...over,
});
const failed = (f: DoctorFacts) => judge(f, 'zh').filter((c) => !c.ok);

describe('kzp doctor: the judgement', () => {
  it('all ✔ on a ready machine, naming the person and their projects', () => {
    const checks = judge(good(), 'zh');
    expect(checks.map((c) => [c.id, c.ok])).toEqual([['node', true], ['git', true], ['git-user', true], ['language', true], ['workspace', true], ['valid', true],
      ['safe-directory', true], ['person', true], ['schemas', true], ['tools', true]]);
    expect(checks.find((c) => c.id === 'person')!.text).toBe('ChenJie@example.gov.cn 是 陈杰(chen-jie,units/kz-urban-invest.yaml);你负责的项目:KZ-2022-001 汉丰湖环湖路改造工程(联络员、专班成员)');
    expect(checks.every((c) => c.fix === undefined)).toBe(true);
  });

  const cases: [string, string, DoctorFacts, RegExp, RegExp][] = [
    ['Node older than 20.19', 'node', good({ node: '20.18.3' }), /Node\.js 20\.18\.3 太旧/, /安装 Node\.js 长期支持版/],
    ['no git', 'git', good({ git: null, user: undefined }), /找不到 git/, /Git for Windows/],
    ['git without user.email', 'git-user', good({ user: { name: '陈杰', email: null } }), /没有设置 user\.email/, /git config --global user\.email/],
    ['git without name or e-mail', 'git-user', good({ user: { name: null, email: null } }), /user\.name、user\.email/, /git config --global user\.name/],
    ['a terminal in GBK', 'language', good({ locale: { lang: 'zh', source: 'LANG=zh_CN.GBK', charset: 'GBK' } }), /字符集是 GBK/, /LANG=zh_CN\.UTF-8/],
    ['no workspace', 'workspace', good({ workspace: { found: false, from: '/home/chen' } }), /\/home\/chen 及其上级目录中都没有 kzp\.yaml/, /git clone/],
    ['a workspace with errors', 'valid', good({ workspace: ws({ errors: 3 }) }), /3 个错误/, /kzp validate/],
    ['a repository owned by another user', 'safe-directory', good({ workspace: ws({ repository: 'dubious-ownership' }) }), /git 拒绝读取 \/work\/kz/, /safe\.directory "\/work\/kz"/],
    ['a copied folder, history from git', 'safe-directory', good({ workspace: ws({ repository: 'not-a-repository' }) }), /不在 git 仓库中/, /git clone/],
    ['an e-mail no person has', 'person', good({ workspace: ws({ people: [], projects: [] }) }), /ChenJie@example\.gov\.cn 不属于/, /email: ChenJie@example\.gov\.cn/],
    ['schemas out of date', 'schemas', good({ workspace: ws({ schemas: { missing: ['schemas/list.schema.json'], stale: ['schemas/config.schema.json'] } }) }), /list\.schema\.json、schemas\/config\.schema\.json/, /kzp schema -o schemas/],
    ['no tools/kzp.mjs', 'tools', good({ workspace: ws({ tools: { bundle: false, recorded: null } }) }), /没有 tools\/kzp\.mjs/, /kzp vendor/],
    ['another kzp than the workspace records', 'tools', good({ running: '0.2.0' }), /记录的 kzp 是 0\.1\.0.*正在运行的是 0\.2\.0/, /tools\/kzp/],
  ];
  for (const [name, id, facts, text, fix] of cases) {
    it(`✘ ${name}`, () => {
      const bad = failed(facts);
      expect(bad.map((c) => c.id)).toEqual([id]);
      expect(bad[0].text).toMatch(text);
      expect(bad[0].fix).toMatch(fix);
      expect(bad[0].fix).toMatch(/[\u4e00-\u9fff]/);
      expect(judge(facts, 'en').find((c) => !c.ok)!.fix).not.toMatch(/[\u4e00-\u9fff]{2}/);
    });
  }

  it('not a repository is fine when history is declared; no git: no repository line', () => {
    expect(failed(good({ workspace: ws({ repository: 'not-a-repository', history: 'declared' }) }))).toEqual([]);
    expect(judge(good({ git: null, user: undefined, workspace: ws({ repository: null }) }), 'zh').map((c) => c.id)).not.toContain('safe-directory');
  });
  it('Node 22 and 20.19.0 exactly pass; C and POSIX locales do not count as another character set', () => {
    expect(failed(good({ node: '22.1.0' }))).toEqual([]);
    expect(failed(good({ locale: { lang: 'en', source: 'LANG=C', charset: null } }))).toEqual([]);
    expect(failed(good({ locale: { lang: 'zh', source: 'LANG=zh_CN.utf8', charset: 'utf8' } }))).toEqual([]);
  });
});
