// A file that parsed clean on the fast path, light until something asks it for positions.
import { readFileSync } from 'node:fs';
import type { Document, LineCounter } from 'yaml';
import { decode } from '../decode.js';
import { parseYaml, type Parsed } from '../parse.js';
import { SourceFile, type Checked } from '../source.js';

/**
 * Its YAML document and line counter (for positions) are parsed on first use, and its text, for
 * a file read from disk, is read again on first use (most files never need it, and 120k files'
 * texts are a few hundred MB of heap). Same values, same positions as an eagerly parsed
 * SourceFile (parse-differential.test.ts). A file changed on disk while kzp runs may show the new
 * text in an excerpt: the values are those first read.
 */
export class LazySourceFile extends SourceFile {
  declare private lazy: Lazy;
  constructor(path: string, text: string | OnDisk, data: unknown, checked?: Checked) {
    super(path, '');
    // The base class's fields are own data properties, which the prototype's accessors below could
    // not shadow. Deleting them newest first keeps the object in V8's fast mode (each is the last
    // property added), and 120k files then cost a small object each, not a dictionary and closures.
    const self = this as unknown as Record<string, unknown>;
    for (const k of ['_lines', 'lineCounter', 'doc', 'data', 'text']) delete self[k];
    this.data = data;
    // a file on disk keeps its path, not a function that reads it: a closure and its context
    // for each file are a measurable share of a large workspace's heap (docs/performance.md)
    this.lazy = typeof text === 'string' ? { text, abs: undefined } : { text: undefined, abs: text.abs };
    if (checked) this.checked = checked;
  }
}

type Lazy = { text: string | undefined; abs: string | undefined; parsed?: Parsed; doc?: Document; lineCounter?: LineCounter; own?: boolean };
const lazyOf = (f: LazySourceFile): Lazy => (f as unknown as { lazy: Lazy }).lazy;
const parsedOf = (f: LazySourceFile): Parsed => (lazyOf(f).parsed ??= parseYaml(f.text));
Object.defineProperties(LazySourceFile.prototype, {
  text: {
    configurable: true,
    get(this: LazySourceFile) {
      const z = lazyOf(this);
      return (z.text ??= readText(z.abs!));
    },
  },
  doc: {
    configurable: true,
    get(this: LazySourceFile) { const z = lazyOf(this); return z.own ? z.doc : parsedOf(this).doc; },
    set(this: LazySourceFile, v: Document | undefined) { const z = lazyOf(this); if (!z.own) z.lineCounter = parsedOf(this).lineCounter; z.own = true; z.doc = v; },
  },
  lineCounter: {
    configurable: true,
    get(this: LazySourceFile) { const z = lazyOf(this); return z.own ? z.lineCounter : parsedOf(this).lineCounter; },
    set(this: LazySourceFile, v: LineCounter | undefined) { const z = lazyOf(this); if (!z.own) z.doc = parsedOf(this).doc; z.own = true; z.lineCounter = v; },
  },
});

/** A file whose text is read from disk when first asked for (diskText). */
export interface OnDisk { abs: string }

/** A file's text, read again on demand from `abs`. */
export function diskText(abs: string): OnDisk {
  return { abs };
}

function readText(abs: string): string {
  try {
    const d = decode(readFileSync(abs));
    return d.ok ? d.text : '';
  } catch {
    return ''; // gone since it was listed: an excerpt is all that is lost
  }
}
