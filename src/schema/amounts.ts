// Amounts that are not what they look like. YAML reads 0x1F4 as 500 and 0o17 as 15, so the value
// alone cannot tell them from 500 and 15: the written source is looked at (`radixScalars`).
// `8,20` is a string to YAML; its hint says it is a decimal comma (`moneyHint`). An amount beyond
// 2^53 cannot be held exactly by a number: the money schema (common.ts) bounds it. Pure.
import type { Document } from 'yaml';

export interface RadixScalar { path: (string | number)[]; source: string; value: number; base: 16 | 8 }

type Node = { items?: unknown[]; key?: unknown; value?: unknown; range?: [number, number, number] | null; source?: string };

/** Every integer the document writes in hexadecimal or octal, with its data path. */
export function radixScalars(doc: Document, text: string): RadixScalar[] {
  const out: RadixScalar[] = [];
  const walk = (n: Node | null | undefined, path: (string | number)[]): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n.items)) {
      n.items.forEach((it, i) => {
        const item = it as Node;
        // a pair of a map has a key; an item of a sequence has none
        if (item && 'key' in item) {
          const k = item.key as Node | null;
          walk(item.value as Node, [...path, k && typeof k === 'object' && 'value' in k ? String(k.value) : String(k)]);
        } else walk(item, [...path, i]);
      });
      return;
    }
    if (typeof n.value === 'number' && n.range) {
      const source = text.slice(n.range[0], n.range[1]).trim();
      if (/^0x/.test(source)) out.push({ path, source, value: n.value, base: 16 });
      else if (/^0o/.test(source)) out.push({ path, source, value: n.value, base: 8 });
    }
  };
  walk(doc.contents as Node, []);
  return out;
}

/** The hint for a money value that is not a number, when it is one of the known slips; else null. */
export function moneyHint(value: unknown): { key: string; params: Record<string, unknown> } | null {
  if (typeof value === 'number') return value > Number.MAX_SAFE_INTEGER ? { key: 'schema.money.huge.hint', params: {} } : null;
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d+,\d{1,2}$/.test(s)) return { key: 'schema.money.decimalComma.hint', params: { fixed: s.replace(',', '.') } };
  if (/^[-+]?0[bB][01_]+$|^[-+]?0[xXoO][0-9a-fA-F_]+$/.test(s)) return { key: 'schema.money.radix.hint', params: {} };
  return null;
}
