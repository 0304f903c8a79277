// REF: every reference resolves — units, people, projects, problems (PROJECT/ID), countdown
// tasks, intermediaries, findings' targets. (Projects on lists are LS-1.)
import type { Model } from '../model/index.js';
import type { Path, SourceFile } from '../workspace/index.js';
import { nearest } from '../util/index.js';
import type { Rule, RuleContext } from './types.js';

export const ref: Rule = {
  id: 'REF',
  severity: 'error',
  seed: '—',
  title: { zh: '引用必须存在', en: 'references resolve' },
  messages: {
    unit: { zh: '{field} 引用的单位 "{id}" 不存在', en: '{field} names the unit "{id}", which does not exist' },
    'unit.hint': { zh: '单位 id 是 units/ 下的文件名{suggest}', en: 'unit ids are the file names under units/{suggest}' },
    person: { zh: '{field} 引用的人员 "{id}" 不存在', en: '{field} names the person "{id}", who does not exist' },
    'person.hint': { zh: '人员在各单位文件的 people 中定义{suggest}', en: 'people are defined under people: in the unit files{suggest}' },
    project: { zh: '{field} 引用的项目 "{id}" 不存在', en: '{field} names the project "{id}", which does not exist' },
    'project.hint': { zh: '项目 id 是 projects/ 下的文件名{suggest}', en: 'project ids are the file names under projects/{suggest}' },
    target: { zh: '督查对象 "{id}" 既不是项目也不是单位', en: 'the target "{id}" is neither a project nor a unit' },
    sector: { zh: '领域 "{id}" 不在 kzp.yaml 的 sectors 中', en: 'the sector "{id}" is not among the sectors of kzp.yaml' },
    'sector.hint': { zh: '可选领域:{allowed}', en: 'sectors: {allowed}' },
    problem: { zh: '问题 "{id}" 在任何台账中都不存在', en: 'the problem "{id}" is in no ledger' },
    'problem.hint': { zh: '问题编号写作 项目id/问题id,问题须先在业主的问题台账中提出', en: 'write problems as PROJECT/ID; a problem is first raised in the owner\'s problem ledger' },
    problemLater: { zh: '问题 "{id}" 在 {raised} 才提出,晚于本次调度 {date}', en: 'the problem "{id}" was raised on {raised}, after this dispatch on {date}' },
    task: { zh: '倒计时任务 "{id}" 不在项目 {project} 的 {year} 年倒计时计划中', en: 'the countdown task "{id}" is not in the {year} countdown plan of {project}' },
    'task.hint': { zh: '在 projects/{project}.yaml 的 countdown."{year}" 中查看任务编号', en: 'see the task ids under countdown."{year}" of projects/{project}.yaml' },
    intermediary: { zh: '中介机构 "{id}" 不在本项目的 intermediaries 中', en: 'the intermediary "{id}" is not among this project\'s intermediaries' },
    convenerPerson: { zh: '{level} 级调度的召集人应为区领导(人员 id),"{id}" 不是人员', en: 'a {level} dispatch is convened by a leader (a person id); "{id}" is not a person' },
    convenerUnit: { zh: '{level} 级调度的召集人应为单位 id,"{id}" 不是单位', en: 'a {level} dispatch is convened by a unit; "{id}" is not a unit' },
  },
  check(ctx) {
    const m = ctx.model;
    const c = checker(ctx);
    const cfg = m.configFile;
    if (cfg) {
      c.unit(cfg, ['center'], m.config.center);
      for (const [role, id] of Object.entries(m.config.units)) if (id) c.unit(cfg, ['units', role], id);
      m.config.review.fixed_participants.forEach((id, i) => c.unit(cfg, ['review', 'fixed_participants', i], id));
    }
    for (const { data: p, file } of m.projects.values()) {
      if (!(p.sector in m.config.sectors)) ctx.report({ file, path: ['sector'], messageId: 'sector', data: { id: p.sector, allowed: Object.keys(m.config.sectors) } });
      c.unit(file, ['owner'], p.owner);
      if (p.lead_unit) c.unit(file, ['lead_unit'], p.lead_unit);
      if (p.location) c.unit(file, ['location'], p.location);
      if (p.lead_leader) c.person(file, ['lead_leader'], p.lead_leader);
      if (p.liaison) c.person(file, ['liaison'], p.liaison);
      if (p.designated?.lead_unit) c.unit(file, ['designated', 'lead_unit'], p.designated.lead_unit);
      if (p.designated?.lead_person) c.person(file, ['designated', 'lead_person'], p.designated.lead_person);
      p.task_force?.members.forEach((mem, i) => c.person(file, ['task_force', 'members', i, 'person'], mem.person));
      const inter = new Set((p.intermediaries ?? []).map((x) => x.id));
      p.applications?.forEach((a, i) => {
        if (a.intermediary && !inter.has(a.intermediary)) ctx.report({ file, path: ['applications', i, 'intermediary'], messageId: 'intermediary', data: { id: a.intermediary } });
      });
      if (p.agency?.asset_owner) c.unit(file, ['agency', 'asset_owner'], p.agency.asset_owner);
    }
    for (const { data: l, file } of m.ledgers) {
      if (!c.project(file, ['project'], l.project)) continue;
      if (l.reporter) c.person(file, ['reporter'], l.reporter);
      const year = l.month.slice(0, 4);
      const plan = m.projects.get(l.project)?.data.countdown?.[year];
      if (m.projects.has(l.project))
        l.countdown.forEach((x, i) => {
          if (!plan?.some((task) => task.id === x.task)) ctx.report({ file, path: ['countdown', i, 'task'], messageId: 'task', data: { id: x.task, project: l.project, year } });
        });
    }
    for (const { data: r, file } of m.reviews) {
      c.unit(file, ['convener'], r.convener);
      r.participants.forEach((u, i) => c.unit(file, ['participants', i], u));
      r.items.forEach((it, i) => c.project(file, ['items', i, 'project'], it.project));
    }
    for (const d of m.dispatches) {
      const { data, file } = d;
      const personLevel = data.level === 'leader' || data.level === 'main';
      if (personLevel && !m.people.has(data.convener) && !m.known.people.has(data.convener))
        ctx.report({ file, path: ['convener'], messageId: 'convenerPerson', data: { level: data.level, id: data.convener } });
      if (!personLevel && !m.units.has(data.convener) && !m.known.units.has(data.convener))
        ctx.report({ file, path: ['convener'], messageId: 'convenerUnit', data: { level: data.level, id: data.convener } });
      data.projects.forEach((p, i) => c.project(file, ['projects', i], p));
      data.problems.forEach((p, i) => {
        const [project] = p.problem.split('/');
        const tl = m.problems.get(p.problem);
        if (!tl) {
          if (m.projects.has(project) || !m.known.projects.has(project)) ctx.report({ file, path: ['problems', i, 'problem'], messageId: 'problem', data: { id: p.problem } });
        } else if (tl.first.problem.raised_on > data.date) {
          ctx.report({ file, path: ['problems', i, 'problem'], messageId: 'problemLater', data: { id: p.problem, raised: tl.first.problem.raised_on, date: data.date } });
        }
        if (p.assigned_to) c.unit(file, ['problems', i, 'assigned_to'], p.assigned_to);
      });
    }
    for (const { data: ins, file } of m.inspections) {
      ins.organizers.forEach((u, i) => c.unit(file, ['organizers', i], u));
      ins.observers?.forEach((u, i) => c.unit(file, ['observers', i], u));
      ins.targets.forEach((x, i) => c.target(file, ['targets', i], x));
      ins.findings.forEach((f, i) => {
        c.target(file, ['findings', i, 'target'], f.target);
        if (f.assigned_to) c.unit(file, ['findings', i, 'assigned_to'], f.assigned_to);
      });
    }
  },
};

function checker(ctx: RuleContext) {
  const m: Model = ctx.model;
  const suggest = (id: string, pool: Iterable<string>) => {
    const s = nearest(id, pool, (w) => Math.max(1, Math.floor(w.length / 4)));
    return s ? (ctx.lang === 'zh' ? `;是不是 "${s}"?` : `; did you mean "${s}"?`) : '';
  };
  const field = (path: Path) => path.filter((p) => typeof p === 'string').join('.');
  return {
    unit(file: SourceFile, path: Path, id: string): boolean {
      if (m.units.has(id) || m.known.units.has(id)) return true;
      ctx.report({ file, path, messageId: 'unit', data: { field: field(path), id, suggest: suggest(id, m.units.keys()) } });
      return false;
    },
    person(file: SourceFile, path: Path, id: string): boolean {
      if (m.people.has(id) || m.known.people.has(id)) return true;
      ctx.report({ file, path, messageId: 'person', data: { field: field(path), id, suggest: suggest(id, m.people.keys()) } });
      return false;
    },
    project(file: SourceFile, path: Path, id: string): boolean {
      if (m.projects.has(id)) return true;
      if (m.known.projects.has(id)) return false;
      ctx.report({ file, path, messageId: 'project', data: { field: field(path), id, suggest: suggest(id, m.projects.keys()) } });
      return false;
    },
    target(file: SourceFile, path: Path, id: string): boolean {
      if (m.projects.has(id) || m.units.has(id) || m.known.projects.has(id) || m.known.units.has(id)) return true;
      ctx.report({ file, path, messageId: 'target', data: { id } });
      return false;
    },
  };
}

