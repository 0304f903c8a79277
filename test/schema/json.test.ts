// The checked-in JSON Schemas (schemas/) are what `kzp schema` writes: a stale file fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schema/index.js';
import { ROOT } from '../e2e/run.js';

describe('JSON Schemas', () => {
  const generated = jsonSchemas();
  it('every generated schema is checked in and up to date (run `node bin/kzp.js schema` to refresh)', () => {
    for (const [name, schema] of Object.entries(generated)) {
      const file = readFileSync(join(ROOT, 'schemas', name), 'utf8');
      expect(JSON.parse(file), name).toEqual(JSON.parse(JSON.stringify(schema)));
    }
    expect(readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(generated).sort());
  });
  it('draft-7, strict objects, Chinese descriptions', () => {
    const p = generated['project.schema.json'] as { $schema: string; additionalProperties: boolean; properties: Record<string, { description?: string }> };
    expect(p.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(p.additionalProperties).toBe(false);
    expect(p.properties.lead_leader.description).toMatch(/牵头区领导/);
  });
});
