// Text → YAML document with positions. YAML 1.2 core schema (dates stay strings), duplicate
// keys are errors, aliases are refused outright (no billion laughs can expand), one document
// per file.
import { parseAllDocuments, LineCounter, visit, isAlias, type Document } from 'yaml';

export interface ParseFault { line: number; column: number; endColumn?: number; code: string; detail: string }
export interface Parsed { doc?: Document; lineCounter: LineCounter; data?: unknown; faults: ParseFault[] }

/** Deeper flow or block nesting than this is refused before the parser recurses into it. */
export const MAX_DEPTH = 64;

export function parseYaml(text: string): Parsed {
  const lineCounter = new LineCounter();
  const faults: ParseFault[] = [];
  const depth = nestingDepth(text);
  if (depth.depth > MAX_DEPTH) {
    faults.push({ line: depth.line, column: depth.column, code: 'TOO_DEEP', detail: String(MAX_DEPTH) });
    return { lineCounter, faults };
  }
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, { version: '1.2', schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: false, strict: true }) as unknown as Document[];
    if (!Array.isArray(docs)) docs = [docs as unknown as Document];
  } catch (e) {
    faults.push({ line: 1, column: 1, code: 'PARSER', detail: e instanceof Error ? e.message : String(e) });
    return { lineCounter, faults };
  }
  const pos = (off: number) => lineCounter.linePos(off);
  if (docs.length === 0) {
    faults.push({ line: 1, column: 1, code: 'EMPTY', detail: '' });
    return { lineCounter, faults };
  }
  if (docs.length > 1) {
    const p = pos(docs[1].range?.[0] ?? 0);
    faults.push({ line: p.line, column: p.col, code: 'MULTI_DOC', detail: String(docs.length) });
  }
  const doc = docs[0];
  for (const err of doc.errors) {
    const p = pos(err.pos[0]);
    const e = pos(Math.max(err.pos[1], err.pos[0]));
    faults.push({ line: p.line, column: p.col, endColumn: e.line === p.line ? e.col : undefined, code: err.code, detail: err.message.split('\n')[0] });
  }
  let aliases = 0;
  visit(doc, {
    Alias(_k, node) {
      if (aliases++ < 3 && node.range) {
        const p = pos(node.range[0]);
        faults.push({ line: p.line, column: p.col, endColumn: p.col + node.source.length + 1, code: 'ALIAS', detail: node.source });
      }
      return visit.SKIP;
    },
  });
  if (faults.length) return { doc, lineCounter, faults };
  if (doc.contents == null) {
    faults.push({ line: 1, column: 1, code: 'EMPTY', detail: '' });
    return { doc, lineCounter, faults };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    faults.push({ line: 1, column: 1, code: 'PARSER', detail: e instanceof Error ? e.message : String(e) });
  }
  void isAlias;
  return { doc, lineCounter, data, faults };
}

/** Cheap scan of flow-collection and indentation depth, so that a hostile file cannot exhaust the stack. */
function nestingDepth(text: string): { depth: number; line: number; column: number } {
  let flow = 0, max = 0, line = 1, col = 0, atLine = 1, atCol = 1, inQuote: string | null = null;
  let indentLevels = 0;
  let lineStart = true, indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    col++;
    if (c === '\n') { line++; col = 0; lineStart = true; indent = 0; inQuote = null; continue; }
    if (lineStart) {
      if (c === ' ' || c === '-') { indent++; continue; }
      lineStart = false;
      indentLevels = Math.floor(indent / 2);
      if (indentLevels > max) { max = indentLevels; atLine = line; atCol = col; }
    }
    if (inQuote) { if (c === inQuote) inQuote = null; continue; }
    if (c === '#' ) { const nl = text.indexOf('\n', i); if (nl < 0) break; col += nl - i - 1; i = nl - 1; continue; }
    if (c === '"' || c === "'") { inQuote = c; continue; }
    if (c === '[' || c === '{') { flow++; if (flow + indentLevels > max) { max = flow + indentLevels; atLine = line; atCol = col; } }
    else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
  }
  return { depth: max, line: atLine, column: atCol };
}
