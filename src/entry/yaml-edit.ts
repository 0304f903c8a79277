// Writing YAML records. New records are printed in the style of FORMAT.md; edits of existing
// files go through yaml's Document API (so comments, key order and styles survive) and are
// then laid onto the original text by a three-way line merge, so that every line the edit did
// not touch stays byte for byte — comments, blank lines, quoting, indentation, line endings.
import { isMap, isScalar, isSeq, parseDocument, Document, YAMLMap, YAMLSeq, type Node, type ToStringOptions } from 'yaml';
import { isDeepStrictEqual } from 'node:util';

const PRINT: ToStringOptions = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: true };

export function parseForEdit(text: string): Document {
  return parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, keepSourceTokens: false });
}

/**
 * Print a new record: block mappings, with the listed sequences' items as one-line flow maps
 * (`- { task: C3, done_on: 2022-10-20 }`), as FORMAT.md writes them.
 */
export function renderRecord(value: Record<string, unknown>, opts: { header?: string; flowItems?: string[]; flowKeys?: string[] } = {}): string {
  const doc = new Document(value, { version: '1.2', schema: 'core' });
  const root = doc.contents as YAMLMap;
  for (const item of root.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    const v = item.value as Node | null;
    if (isSeq(v)) {
      if (v.items.length === 0) v.flow = true;
      else if (opts.flowItems?.includes(key)) for (const it of v.items) if (isMap(it)) it.flow = true;
      if (opts.flowKeys?.includes(key)) v.flow = true;
    } else if ((isMap(v) || isSeq(v)) && opts.flowKeys?.includes(key)) v.flow = true;
  }
  if (opts.header) doc.commentBefore = opts.header.split('\n').map((l) => ` ${l}`).join('\n');
  return doc.toString(PRINT);
}

/** Identity keys of sequence items, so that an edit changes an item in place instead of replacing the list. */
const ITEM_KEYS = ['id', 'task', 'project', 'problem'];

/**
 * Make the document's value equal `next`, touching as little as possible: scalars that change
 * keep their node (and comments), keys keep their order (new keys go last), list items are
 * matched by id/task/project/problem, and new items take the style of their siblings.
 */
export function applyValue(doc: Document, next: Record<string, unknown>): void {
  if (!isMap(doc.contents)) { doc.contents = doc.createNode(next) as never; return; }
  applyMap(doc, doc.contents, next);
}

function applyMap(doc: Document, map: YAMLMap, next: Record<string, unknown>): void {
  for (const pair of [...map.items]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!(key in next) || next[key] === undefined) map.delete(pair.key);
  }
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const pair = map.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
    if (!pair) {
      const node = doc.createNode(value) as Node;
      if (map.flow && (isMap(node) || isSeq(node))) node.flow = true;
      // a new key goes before the first existing key that follows it in `next`
      const order = Object.keys(next);
      const after = order.slice(order.indexOf(key) + 1);
      const at = map.items.findIndex((p) => after.includes(isScalar(p.key) ? String(p.key.value) : String(p.key)));
      const newPair = doc.createPair(key, node);
      if (at < 0) map.items.push(newPair as never);
      else {
        // a comment heading the map (the file's header) stays at the top
        const first = map.items[0]?.key as Node | undefined;
        if (at === 0 && first && isScalar(first) && first.commentBefore && isScalar(newPair.key)) {
          newPair.key.commentBefore = first.commentBefore;
          first.commentBefore = undefined;
        }
        map.items.splice(at, 0, newPair as never);
      }
      continue;
    }
    pair.value = applyNode(doc, pair.value as Node | null, value);
  }
}

function applyNode(doc: Document, node: Node | null, value: unknown): Node {
  if (node && isMap(node) && isPlainObject(value)) { applyMap(doc, node, value); return node; }
  if (node && isSeq(node) && Array.isArray(value)) { applySeq(doc, node, value); return node; }
  if (node && isScalar(node) && !isPlainObject(value) && !Array.isArray(value)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  const created = doc.createNode(value) as Node;
  return created;
}

function applySeq(doc: Document, seq: YAMLSeq, next: unknown[]): void {
  const idKey = ITEM_KEYS.find((k) => next.every((v) => isPlainObject(v) && typeof v[k] === 'string'));
  const identity = (n: unknown): string | undefined => {
    if (!idKey || !isMap(n)) return undefined;
    const v = n.get(idKey);
    return typeof v === 'string' ? v : undefined;
  };
  const siblingFlow = seq.items.some((it) => isMap(it) && it.flow);
  if (!idKey) {
    // plain lists (e.g. targets): match by position
    const items = next.map((v, i) => applyNode(doc, (seq.items[i] as Node | undefined) ?? null, v));
    seq.items = items;
    if (seq.flow && items.length > 0 && items.some((x) => isMap(x))) seq.flow = false;
    return;
  }
  const out: unknown[] = [];
  // each node matches one item at most: a list may hold two entries of one project (removed, then added back)
  const used = new Set<unknown>();
  for (const v of next) {
    const id = (v as Record<string, unknown>)[idKey];
    const existing = seq.items.find((it) => !used.has(it) && identity(it) === id) as Node | undefined;
    if (existing) { used.add(existing); out.push(applyNode(doc, existing, v)); }
    else {
      const node = doc.createNode(v) as Node;
      if (siblingFlow && isMap(node)) node.flow = true;
      out.push(node);
    }
  }
  seq.items = out;
  if (seq.flow && out.length > 0) {
    // an empty `[]` that now holds records becomes a block list of one-line maps
    seq.flow = false;
    for (const it of out) if (isMap(it)) it.flow = true;
  }
}

/** Write the value of a top-level key as a one-line flow collection (`sampling: { seed: 7, … }`). */
export function flowAt(doc: Document, key: string): void {
  const n = doc.get(key, true) as Node | undefined;
  if (n && (isMap(n) || isSeq(n))) n.flow = true;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Edit a file's text: parse it, let `edit` change the document, and return the new text with
 * every untouched line of the original kept byte for byte (BOM and CRLF line endings too).
 */
export function editText(original: string, edit: (doc: Document) => void): string {
  const bom = original.startsWith('\uFEFF');
  const body = bom ? original.slice(1) : original;
  const crlf = /\r\n/.test(body) && !/(^|[^\r])\n/.test(body);
  const eol = crlf ? '\r\n' : '\n';
  const doc = parseForEdit(body);
  if (doc.errors.length) throw new Error(doc.errors[0].message);
  const base = doc.toString(PRINT);
  edit(doc);
  const mine = doc.toString(PRINT);
  const wanted = doc.toJS();
  let merged = merge3(splitLines(body), splitLines(base), splitLines(mine), eol, body.endsWith('\n'));
  // the merge is a convenience for the reader of the diff; the data must be exactly the edit's
  try {
    const check = parseForEdit(merged);
    if (check.errors.length || !isDeepStrictEqual(check.toJS(), wanted)) merged = crlf ? mine.replace(/\n/g, '\r\n') : mine;
  } catch {
    merged = crlf ? mine.replace(/\n/g, '\r\n') : mine;
  }
  return (bom ? '\uFEFF' : '') + merged;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

const strip = (l: string) => (l.endsWith('\r') ? l.slice(0, -1) : l);

/**
 * A three-way line merge (diff3 without conflicts): `orig` is the file, `base` the printer's
 * rendering of it unedited, `mine` the printer's rendering after the edit. Lines equal in all
 * three are anchors; between anchors, a region the edit did not change keeps the original's
 * lines, a region it changed takes the edit's.
 */
export function merge3(orig: string[], base: string[], mine: string[], eol: string, finalNewline: boolean): string {
  const o = orig.map(strip);
  const ob = lcsPairs(base, o);   // base index → orig index
  const mb = lcsPairs(base, mine); // base index → mine index
  const out: string[] = [];
  let pb = 0, po = 0, pm = 0;
  const fresh = (l: string) => l + (eol === '\r\n' ? '\r' : '');
  const flush = (bEnd: number, oEnd: number, mEnd: number) => {
    const bChunk = base.slice(pb, bEnd), mChunk = mine.slice(pm, mEnd), oChunk = orig.slice(po, oEnd);
    if (sameLines(bChunk, mChunk)) { out.push(...oChunk); return; }
    if (bChunk.length !== oChunk.length) { out.push(...mChunk.map(fresh)); return; }
    // the printer restyled these lines one for one (spacing before a comment, quotes…): a line
    // the edit left alone keeps its original text, the others take the edit's
    const pairs = lcsPairs(mChunk, bChunk);
    const inPlace = mChunk.length === bChunk.length;
    mChunk.forEach((l, i) => {
      const k = pairs.get(i);
      if (k !== undefined) out.push(oChunk[k]);
      else out.push(fresh(inPlace && ![...pairs.values()].includes(i) ? keepCommentColumn(strip(oChunk[i]), l) : l));
    });
  };
  for (let b = 0; b < base.length; b++) {
    const oi = ob.get(b), mi = mb.get(b);
    if (oi === undefined || mi === undefined || oi < po || mi < pm) continue;
    flush(b, oi, mi);
    out.push(orig[oi]);
    pb = b + 1; po = oi + 1; pm = mi + 1;
  }
  flush(base.length, orig.length, mine.length);
  let text = out.join('\n');
  if (finalNewline || out.length === 0) text += '\n';
  return text;
}

/**
 * A line whose value the edit changed, in a region the printer restyled one line for one: it
 * keeps the original line's indentation and the column of its trailing comment
 * (`    invested: 480      # 万元`), so it still lines up with its untouched neighbours.
 */
function keepCommentColumn(orig: string, line: string): string {
  const indent = /^\s*/.exec(orig)![0];
  let l = indent + line.trimStart();
  const o = /^(.*?\S)(\s+)(#.*)$/.exec(orig), m = /^(.*?\S)(\s+)(#.*)$/.exec(l);
  if (o && m && o[3] === m[3]) {
    const width = (x: string) => [...x].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
    l = `${m[1]}${' '.repeat(Math.max(1, width(o[1]) + o[2].length - width(m[1])))}${m[3]}`;
  }
  return l;
}

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}

/** Longest common subsequence of two line lists, as a map from a's index to b's. */
function lcsPairs(a: string[], b: string[]): Map<number, number> {
  const n = a.length, m = b.length;
  const out = new Map<number, number>();
  // trim the common head and tail, then a DP table on the middle (records are small)
  let s = 0;
  while (s < n && s < m && a[s] === b[s]) { out.set(s, s); s++; }
  let e = 0;
  while (e < n - s && e < m - s && a[n - 1 - e] === b[m - 1 - e]) { out.set(n - 1 - e, m - 1 - e); e++; }
  const A = a.slice(s, n - e), B = b.slice(s, m - e);
  if (A.length === 0 || B.length === 0) return out;
  if (A.length * B.length > 4_000_000) return out; // too big to align: everything in between counts as changed
  const w = B.length + 1;
  const dp = new Uint32Array((A.length + 1) * w);
  for (let i = A.length - 1; i >= 0; i--)
    for (let j = B.length - 1; j >= 0; j--)
      dp[i * w + j] = A[i] === B[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
  let i = 0, j = 0;
  while (i < A.length && j < B.length) {
    if (A[i] === B[j]) { out.set(s + i, s + j); i++; j++; }
    else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) i++;
    else j++;
  }
  return out;
}
