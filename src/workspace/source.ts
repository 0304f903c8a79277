// A file of the workspace: its text, its parsed YAML document with positions, and the plain
// value. `locate` turns a data path (as Zod and the rules give it) into line and column.
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, Pair } from 'yaml';

// `yaml` is loaded on the first position asked for: most runs never ask (parse.ts)
const require = createRequire(import.meta.url);
let yamlLib: typeof import('yaml') | undefined;
const Y = () => (yamlLib ??= require('yaml') as typeof import('yaml'));

export type Path = ReadonlyArray<string | number>;

/** A record that passed its schema with no diagnostic: the kind its schema gave, and the checked value. */
export interface Checked { kind: string; value: unknown }
/**
 * The schema check of one clean record (schema/check.ts checkClean), which the model gives the
 * read: the read itself knows no schema (ARCHITECTURE.md).
 */
export type CheckFn = (rel: string, kind: string, data: unknown) => Checked | null;

export interface Position { line: number; column: number; endLine: number; endColumn: number }

export class SourceFile {
  /** the parsed value; undefined when the file could not be parsed */
  data: unknown = undefined;
  doc: Document | undefined;
  lineCounter: LineCounter | undefined;
  /** set by the read when the record passed its schema check there, or in an earlier run (the parse cache) */
  declare checked?: Checked;
  constructor(
    readonly path: string,      // workspace-relative, forward slashes
    readonly text: string,
  ) {}

  get lines(): string[] {
    return (this._lines ??= this.text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)));
  }
  private _lines: string[] | undefined;

  /** The node at a data path; with `key`, the key of the last segment. Falls back to the nearest ancestor. */
  locate(path: Path, opts: { key?: boolean } = {}): Position {
    if (!this.doc || !this.lineCounter) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const { isMap, isPair, isScalar, isSeq } = Y();
    let node: unknown = this.doc.contents;
    let target: { range?: readonly [number, number, number] | null } | null = node as Node | null;
    for (let i = 0; i < path.length && node; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg)) as Pair<Node, Node | null> | undefined;
        if (!pair) break;
        if ((last && opts.key) || pair.value == null) { target = pair.key; break; }
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        node = item;
      } else break;
      target = node as Node;
    }
    return this.range(target?.range ?? null);
  }

  private range(r: readonly [number, number, number] | null): Position {
    const lc = this.lineCounter!;
    if (!r) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const a = lc.linePos(r[0]);
    let endOff = r[1];
    // a multi-line value: underline only its first line
    const nl = this.text.indexOf('\n', r[0]);
    if (nl >= 0 && nl < endOff) endOff = nl;
    const b = lc.linePos(Math.max(endOff, r[0]));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }
}
