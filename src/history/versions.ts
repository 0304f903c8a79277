// Record versions from git blobs, as values: the bytes of each blob decoded and parsed here,
// as the workspace reader reads a file (UTF-8, YAML 1.2 core, no aliases), so that the engine's
// field-level diff (engine/diff.ts) receives values and never bytes.
import type { Parsed, Versions } from '../engine/index.js';
import { decode, parseYaml } from '../workspace/index.js';
import { readBlobs } from './trail.js';

/** Bytes of a record version → its data; not ok when it cannot be read as YAML. */
export function parseRecord(bytes: Uint8Array | null | undefined): Parsed {
  if (!bytes) return { ok: false };
  const dec = decode(bytes);
  if (!dec.ok) return { ok: false };
  const p = parseYaml(dec.text);
  if (p.faults.length || p.data === undefined) return { ok: false };
  return { ok: true, value: p.data };
}

/** Versions of given blobs; each is parsed only when first asked for. */
export function versionsOf(blobs: Map<string, Uint8Array>): Versions {
  const parsed = new Map<string, Parsed>();
  return {
    value(oid) {
      let p = parsed.get(oid);
      if (!p) { const b = blobs.get(oid); parsed.set(oid, (p = b ? parseRecord(b) : { ok: false, missing: true })); }
      return p;
    },
    mentions(oid, text) {
      const b = blobs.get(oid);
      return !!b && Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(text);
    },
  };
}

/** The versions of many blobs, read in ONE `git cat-file --batch`. */
export function readVersions(root: string, oids: Iterable<string | null | undefined>): Versions {
  return versionsOf(readBlobs(root, [...oids].filter((x): x is string => !!x)));
}
