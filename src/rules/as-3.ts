// AS-3 (二(九)3): "联合督查考核采取看现场、查资料、听汇报、抽查核查自评报告等方式开展,督查对象在
// 项目牵头责任单位、项目业主中全覆盖或随机抽选". An inspection records ≥1 method and ≥1 target, no
// target twice; a random selection (`sampling`) draws `size` of `population`, and the targets
// are exactly that sample, so `kzp inspect sample` can re-draw it. A unit target is the owner or
// the lead responsible unit of a project (a project target stands for its owner and lead unit):
// a unit that is neither is not among those the mechanism inspects.
import type { Path } from '../workspace/index.js';
import type { Rule } from './types.js';

export const as3: Rule = {
  id: 'AS-3',
  severity: 'error',
  seed: '二(九)3',
  title: { zh: '督查记录方式和对象,随机抽选可复现', en: 'an inspection records methods and targets; a random draw is reproducible' },
  messages: {
    noMethods: {
      zh: '联合督查考核 {inspection} 没有记录督查方式',
      en: 'the inspection {inspection} records no method',
    },
    'noMethods.hint': {
      zh: '在 methods 中至少写一种方式:site-visit(看现场)、document-check(查资料)、briefing(听汇报)、self-report-check(抽查核查自评报告)',
      en: 'list at least one method under methods: site-visit (看现场), document-check (查资料), briefing (听汇报), self-report-check (抽查核查自评报告)',
    },
    noTargets: {
      zh: '联合督查考核 {inspection} 没有记录督查对象',
      en: 'the inspection {inspection} records no target',
    },
    'noTargets.hint': {
      zh: '在 targets 中列出被督查的项目 id 或单位 id(牵头责任单位、项目业主);全覆盖时逐一列出,随机抽选时列出抽中的对象并写明 sampling',
      en: 'list the inspected project or unit ids (lead units, owners) under targets: all of them for full coverage, or the drawn ones with sampling: for a random draw',
    },
    duplicate: {
      zh: '督查对象 "{target}" 在 targets 中重复出现(第 {first} 项和第 {index} 项)',
      en: 'the target "{target}" is listed twice in targets (items {first} and {index})',
    },
    'duplicate.hint': {
      zh: '每个督查对象只列一次,删除重复项',
      en: 'list each target once: remove the repeated item',
    },
    notResponsible: {
      zh: '督查对象 {target}{name} 既不是任何项目的牵头责任单位,也不是任何项目的业主:督查对象在项目牵头责任单位、项目业主中全覆盖或随机抽选',
      en: 'the target {target}{name} is neither the lead responsible unit nor the owner of any project; inspection targets are drawn from the lead units and owners',
    },
    'notResponsible.hint': {
      zh: '改为被督查项目的牵头责任单位或业主(kzp inspect sample --population units 列出全部可选对象),或列出项目 id;该单位若需整改,可作为督查发现问题的 assigned_to',
      en: 'name the lead unit or owner inspected instead (kzp inspect sample --population units lists them all), or the project id; a unit that must act on a finding can be its assigned_to',
    },
    sizeOverPopulation: {
      zh: '随机抽选的样本数 {size} 大于总体数 {population}',
      en: 'the sample size {size} is larger than the population {population}',
    },
    'sizeOverPopulation.hint': {
      zh: 'sampling.size 是抽中的对象个数,sampling.population 是被抽选的对象总数,样本数不能超过总体数',
      en: 'sampling.size is the number drawn and sampling.population the number drawn from; the sample cannot exceed the population',
    },
    sizeMismatch: {
      zh: '随机抽选的样本数为 {size},但 targets 列出了 {count} 个不同的督查对象',
      en: 'the sample size is {size}, but the number of distinct targets is {count}',
    },
    'sizeMismatch.hint': {
      zh: 'targets 应恰好是抽中的 {size} 个对象,以便用 kzp inspect sample --seed {seed} --size {size} 复核抽选结果;改正 sampling.size 或 targets',
      en: 'targets must be exactly the {size} drawn, so that kzp inspect sample --seed {seed} --size {size} can re-draw them; correct sampling.size or targets',
    },
  },
  check(ctx) {
    const m = ctx.model;
    const responsible = new Set<string>();
    for (const { data: p } of m.projects.values()) { responsible.add(p.owner); if (p.lead_unit) responsible.add(p.lead_unit); }
    for (const { data: ins, file } of m.inspections) {
      const raw = (file.data ?? {}) as Record<string, unknown>;
      const at = (key: string): { path: Path; onKey: boolean } => (raw[key] !== undefined ? { path: [key], onKey: true } : { path: ['id'], onKey: true });
      if (!ins.methods.length) ctx.report({ file, ...at('methods'), messageId: 'noMethods', data: { inspection: ins.id } });
      if (!ins.targets.length) ctx.report({ file, ...at('targets'), messageId: 'noTargets', data: { inspection: ins.id } });
      const seen = new Map<string, number>();
      ins.targets.forEach((target, i) => {
        const first = seen.get(target);
        // a project, or an unknown id (REF's), is not this check's
        if (first === undefined && m.units.has(target) && !responsible.has(target)) {
          const name = m.units.get(target)!.data.name;
          ctx.report({ file, path: ['targets', i], messageId: 'notResponsible', data: { target, name: name ? `(${name})` : '' } });
        }
        if (first === undefined) { seen.set(target, i); return; }
        ctx.report({ file, path: ['targets', i], messageId: 'duplicate', data: { target, first: first + 1, index: i + 1 } });
      });
      const s = ins.sampling;
      if (s) {
        if (s.size > s.population)
          ctx.report({ file, path: ['sampling', 'size'], messageId: 'sizeOverPopulation', data: { size: s.size, population: s.population } });
        if (seen.size !== s.size) // distinct targets: a repeated one is reported above
          ctx.report({ file, path: ['sampling', 'size'], messageId: 'sizeMismatch', data: { size: s.size, count: seen.size, seed: s.seed } });
      }
    }
  },
};
