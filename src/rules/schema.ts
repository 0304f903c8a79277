// SCHEMA: the facts of FORMAT.md "Conventions for every record" that span files (the schema
// checks each file on its own):
// - two record files whose paths differ only by case: on Windows and macOS (case-insensitive
//   file systems) they are one file, so a clone there silently loses one of them;
// - a review, dispatch or inspection id used twice (in two year folders, or differing only by
//   case): ids name records across the workspace;
// - a person id defined twice: people are "unique across the workspace";
// - a free-text value wrapped whole in Chinese quotation marks (“…”, 「…」): the marks become part
//   of the value and of every bulletin that prints it (a warning: the text may mean them).
import type { Path, SourceFile } from '../workspace/index.js';
import { imeTrap } from '../schema/index.js';
import type { Rule } from './types.js';

interface Named { file: SourceFile; path: Path; id: string; key: string }

export const schema: Rule = {
  id: 'SCHEMA',
  severity: 'error',
  seed: '—',
  title: { zh: '记录 id 在整个工作区唯一,且不只以大小写区分', en: 'record ids are unique across the workspace, not only by case' },
  messages: {
    caseCollision: {
      zh: '{file} 与 {other} 的文件名只有大小写不同:在 Windows 和 macOS 上二者是同一个文件',
      en: '{file} and {other} differ only by case: on Windows and macOS they are one and the same file',
    },
    'caseCollision.hint': {
      zh: '把其中一个记录改用别的 id(并相应改名文件和所有引用);id 不能只以大小写区分',
      en: 'give one of the records another id (renaming its file and every reference to it): ids may not differ only by case',
    },
    duplicateId: {
      zh: 'id "{id}" 已被 {other} 使用',
      en: 'the id "{id}" is also used by {other}',
    },
    'duplicateId.hint': {
      zh: '会审、调度和督查记录的 id 在整个工作区唯一(不论所在年份目录):请改用别的 id,并相应改名文件',
      en: 'review, dispatch and inspection ids are unique across the workspace, whatever their year folder: choose another id and rename the file',
    },
    duplicatePerson: {
      zh: '人员 id "{id}" 也在 {other} 中定义',
      en: 'the person id "{id}" is also defined in {other}',
    },
    'duplicatePerson.hint': {
      zh: '人员 id 在整个工作区唯一:同一人只在其所在单位定义一次;不同的人请用不同的 id(如 {id}-2)',
      en: 'person ids are unique across the workspace: define a person once, in their unit; give a different person a different id (e.g. {id}-2)',
    },
    quoted: {
      zh: '"{key}" 的值两边是中文引号,引号会成为值的一部分:{value}',
      en: '"{key}" is wrapped in Chinese quotation marks, which become part of the value: {value}',
    },
    'quoted.hint': {
      zh: '不需要引号时直接写 {fixed};需要引号时用英文引号 "…" 把整个值括起来',
      en: 'write {fixed} without them; where the value needs quoting, use ASCII quotes "…"',
    },
  },
  check(ctx) {
    const m = ctx.model;
    // every record file with the id that names it
    const named: Named[] = [];
    for (const { data, file } of m.units.values()) named.push({ file, path: ['id'], id: data.id, key: file.path });
    for (const { data, file } of m.projects.values()) named.push({ file, path: ['id'], id: data.id, key: file.path });
    for (const { data, file } of m.lists.values()) named.push({ file, path: ['id'], id: data.id, key: file.path });
    for (const { data, file } of m.ledgers) named.push({ file, path: ['project'], id: data.project, key: file.path });
    const reviews = [...m.reviews, ...m.dispatches, ...m.inspections].map(({ data, file }) => ({ file, path: ['id'], id: data.id, key: `reviews/${data.id}` }));
    // file paths that differ only by case
    const byPath = group(named.concat(reviews.map((r) => ({ ...r, key: r.file.path }))), (n) => n.key.toLowerCase());
    for (const g of byPath) {
      if (new Set(g.map((n) => n.key)).size < 2) continue;
      for (const n of g) {
        const other = g.find((o) => o.key !== n.key)!;
        ctx.report({ file: n.file, path: n.path, messageId: 'caseCollision', data: { file: n.file.path, other: other.file.path, id: n.id } });
      }
    }
    // review ids across year folders (exact, or differing only by case in another folder)
    for (const g of group(reviews, (r) => r.id.toLowerCase())) {
      if (g.length < 2) continue;
      for (const r of g) {
        const others = g.filter((o) => o.file.path !== r.file.path && o.file.path.toLowerCase() !== r.file.path.toLowerCase());
        if (others.length) ctx.report({ file: r.file, path: r.path, messageId: 'duplicateId', data: { id: r.id, other: others.map((o) => o.file.path).join(', ') } });
      }
    }
    // person ids defined twice
    const people: Named[] = [];
    for (const { data, file } of m.units.values()) data.people.forEach((p, i) => people.push({ file, path: ['people', i, 'id'], id: p.id, key: `${file.path}#${i}` }));
    for (const g of group(people, (p) => p.id)) {
      if (g.length < 2) continue;
      for (const p of g) {
        const others = g.filter((o) => o !== p).map((o) => (o.file === p.file ? `${o.file.path} (people[${Number(o.path[1]) + 1}])` : o.file.path));
        ctx.report({ file: p.file, path: p.path, messageId: 'duplicatePerson', data: { id: p.id, other: [...new Set(others)].join(', ') } });
      }
    }
    // free text wrapped whole in Chinese quotation marks (ids, dates and numbers that are so
    // wrapped already failed their schema with the same explanation)
    const files = new Set<SourceFile>([...named, ...reviews].map((n) => n.file));
    if (m.configFile) files.add(m.configFile);
    for (const file of files) {
      walk(file.data, [], (value, path) => {
        // only a value that starts with a Chinese quotation mark can be wrapped in them
        if (value.length < 2 || !'“‘「『＂＇”'.includes(value[0])) return;
        const trap = imeTrap(value);
        if (trap?.kinds.includes('quotes'))
          ctx.report({ file, path: [...path], severity: 'warning', messageId: 'quoted', data: { key: path.join('.'), value, fixed: trap.fixed } });
      });
    }
  },
};

function group<T>(items: T[], key: (t: T) => string): T[][] {
  const out = new Map<string, T[]>();
  for (const it of items) { const k = key(it); const g = out.get(k); if (g) g.push(it); else out.set(k, [it]); }
  return [...out.values()];
}

/** Every string of a value with its path; one path array is reused (visit copies it when it keeps it). */
function walk(v: unknown, path: (string | number)[], visit: (s: string, path: (string | number)[]) => void, depth = 0): void {
  if (depth > 64) return;
  if (typeof v === 'string') visit(v, path);
  else if (Array.isArray(v)) { for (let i = 0; i < v.length; i++) { path.push(i); walk(v[i], path, visit, depth + 1); path.pop(); } }
  else if (v && typeof v === 'object') for (const k in v) { path.push(k); walk((v as Record<string, unknown>)[k], path, visit, depth + 1); path.pop(); }
}
