// Text → YAML. Two parsers give the same values (test/workspace/parse-differential.test.ts):
// - parseFast: js-yaml with a schema that resolves plain scalars exactly as `yaml`'s core schema
//   does. It keeps no positions and is about six times faster. It answers only when it is sure:
//   a file that uses anchors, aliases, tags, directives, several documents, duplicate keys, odd
//   keys, or that fails to parse, gets `null` and goes to parseYaml, which decides and explains.
// - parseYaml: the `yaml` library, keeping positions (for diagnostics and comment-preserving
//   edits). YAML 1.2 core schema (dates stay strings), duplicate keys are errors, aliases are
//   refused outright (no billion laughs can expand), one document per file.
// Both libraries are loaded on first use (a command that reads no workspace, like `kzp --version`,
// never loads them); `yaml` resolves to the same CommonJS build for import and require.
import { createRequire } from 'node:module';
import type { Document, LineCounter } from 'yaml';

const require = createRequire(import.meta.url);
let yamlLib: typeof import('yaml') | undefined;
let jsyamlLib: typeof import('js-yaml') | undefined;
const Y = () => (yamlLib ??= require('yaml') as typeof import('yaml'));
const J = () => (jsyamlLib ??= require('js-yaml') as typeof import('js-yaml'));

export interface ParseFault { line: number; column: number; endColumn?: number; code: string; detail: string }
export interface Parsed { doc?: Document; lineCounter: LineCounter; data?: unknown; faults: ParseFault[] }

/** Deeper flow or block nesting than this is refused before the parser recurses into it. */
export const MAX_DEPTH = 64;

// Plain scalars resolved as `yaml` 2 resolves them in its core schema (yaml/dist/schema/core),
// not as js-yaml's JSON-like core schema does (which also reads 0b101, 1_000, +.5e3 …).
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/, INT_DEC = /^[-+]?[0-9]+$/, INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A cheap first look before the regular expressions: most plain scalars are words, not numbers. */
function numberLike(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || (c === 46 && s.length > 1);
}

let coreLikeYaml: import('js-yaml').Schema | undefined;
const CORE_LIKE_YAML = () => (coreLikeYaml ??= J().FAILSAFE_SCHEMA.extend({
  implicit: [
    new (J().Type)('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string | null) => s === null || s === '' || (s.length <= 4 && NULL_RE.test(s)), construct: () => null }),
    new (J().Type)('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: (s: string | null) => s !== null && (s.length === 4 || s.length === 5) && BOOL_RE.test(s), construct: (s: string) => s[0] === 't' || s[0] === 'T' }),
    new (J().Type)('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string | null) => s !== null && numberLike(s) && (INT_DEC.test(s) || INT_OCT.test(s) || INT_HEX.test(s)),
      construct: (s: string) => (INT_OCT.test(s) ? parseInt(s.substring(2), 8) : INT_HEX.test(s) ? parseInt(s.substring(2), 16) : parseInt(s, 10)),
    }),
    new (J().Type)('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string | null) => s !== null && (numberLike(s) || s.charCodeAt(0) === 46) && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
      construct: (s: string) => (FLOAT_NAN.test(s) ? (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
    }),
  ],
}));

/**
 * What may start an anchor, alias, tag, directive, explicit key or document marker, and a comment
 * glued to a closing quote or bracket (`yaml` refuses it, js-yaml does not), and a BOM or a Unicode
 * line break inside the text (`yaml` skips or breaks on them, js-yaml keeps them): such files take the slow path.
 * A hexadecimal or octal integer (0x1F4, 0o17) too: the schema check refuses it where it is written,
 * which needs its source, so the file is read with positions.
 * Over-cautious on purpose (`完成 *主体` in a plain string also matches): a false alarm costs time, never a result.
 */
const RISKY = /(?:^|[\s[{,])(?:[&*!]|\?(?:\s|$))|^(?:%|---|\.\.\.)|["'\]}]#|[\ufeff\u0085\u2028\u2029]|(?:^|[\s[{,])[-+]?0[xo][0-9a-fA-F]/m;

/**
 * The fast parse: a plain value when js-yaml parses `text` as one document whose every key and
 * scalar `parseYaml` would give the same, without faults; otherwise null (use parseYaml).
 * Only mappings and sequences are answered (a record is a mapping; anything else is a fault that
 * parseYaml explains).
 */
export function parseFast(text: string): unknown | null {
  if (RISKY.test(text) || !singleLineTokens(text)) return null;
  let data: unknown;
  try {
    data = J().load(text, { schema: CORE_LIKE_YAML(), json: false, maxDepth: MAX_DEPTH + 8 });
  } catch {
    return null;
  }
  if (data === null || typeof data !== 'object') return null;
  return plainKeys(data, 0) ? data : null;
}

/**
 * True when every flow collection and quoted scalar closes on the line it opens. `yaml` holds
 * continuation lines to indentation rules that js-yaml does not, so multi-line ones take the slow
 * path. Over-cautious: an apostrophe inside a plain word counts as an opening quote.
 * The same scan bounds the nesting as nestingDepth() counts it (leading spaces and dashes / 2,
 * plus open flow collections), so the fast path needs no second pass: a file that may be deeper
 * than MAX_DEPTH is answered false and goes the careful way, which says where.
 */
function singleLineTokens(text: string): boolean {
  let flow = 0, quote = 0, prev = 10; // 10 = '\n'
  let lead = 0, leading = true, levels = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (leading) {
      if (c === 32 || c === 45) { lead++; prev = c; continue; }
      leading = false;
      levels = lead >> 1;
      if (levels > MAX_DEPTH) return false;
    }
    if (quote) {
      if (c === 10) return false;
      if (quote === 34 && c === 92) { i++; continue; } // \ escapes in "…"
      if (c === quote) quote = 0;
    } else if (c === 10 || c === 13) {
      if (flow) return false;
      if (c === 10) { leading = true; lead = 0; }
    } else if (c === 35 && (prev === 32 || prev === 9 || prev === 10 || prev === 13)) { // a comment
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91 || c === 123) { if (++flow + levels > MAX_DEPTH) return false; }
    else if (c === 93 || c === 125) { if (flow) flow--; }
    prev = c;
  }
  return flow === 0 && quote === 0;
}

/** Keys that both parsers give alike: not from a null or collection key (js-yaml writes "null", "a,b", "[object Object]"). */
function plainKeys(v: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH + 8) return false;
  if (Array.isArray(v)) {
    for (const x of v) if (x !== null && typeof x === 'object' && !plainKeys(x, depth + 1)) return false;
    return true;
  }
  for (const k of Object.keys(v as object)) {
    if (k === 'null' || k === '' || k.includes(',') || k.includes('[object ')) return false;
    const x = (v as Record<string, unknown>)[k];
    if (x !== null && typeof x === 'object' && !plainKeys(x, depth + 1)) return false;
  }
  return true;
}

export function parseYaml(text: string): Parsed {
  const { parseAllDocuments, LineCounter, visit, isAlias } = Y();
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
  let aliases = 0, tags = 0;
  visit(doc, {
    // an explicit tag (!!js/function, !!python/object, !!str …) has no place in a record: refused
    // like aliases, at the tag, even though the core schema would only keep the text
    Node(_k, node) {
      if (!isAlias(node) && node.tag && node.range && tags++ < 3) {
        // the tag token stands before the value: step back over blanks, then over the token
        let from = node.range[0];
        while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
        while (from > 0 && !/\s/.test(text[from - 1])) from--;
        if (text[from] !== '!') from = node.range[0];
        const p = pos(from);
        const tag = text.slice(from, node.range[0]).trim().split(/\s/)[0] || node.tag;
        faults.push({ line: p.line, column: p.col, endColumn: p.col + tag.length, code: 'TAG', detail: tag });
      }
    },
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
