// Draft-7 JSON Schemas generated from the Zod schemas (`kzp schema`), with Chinese descriptions
// so that an editor shows them on hover.
import { z } from 'zod';
import { SCHEMAS } from './check.js';

const TITLES: Record<keyof typeof SCHEMAS, string> = {
  config: 'kzp.yaml — 工作区设置',
  unit: '单位 units/<id>.yaml',
  project: '项目 projects/<id>.yaml',
  list: '项目清单 lists/<id>.yaml',
  ledger: '月度台账 ledgers/<YYYY-MM>/<项目id>.yaml',
  review: '项目会审 reviews/<YYYY>/<id>.yaml (kind: review)',
  dispatch: '调度 reviews/<YYYY>/<id>.yaml (kind: dispatch)',
  inspection: '联合督查 reviews/<YYYY>/<id>.yaml (kind: inspection)',
};

/** file name → JSON Schema object. `record` is the union for reviews/ (review | dispatch | inspection). */
export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [kind, schema] of Object.entries(SCHEMAS) as [keyof typeof SCHEMAS, z.ZodType][]) {
    const js = z.toJSONSchema(schema, { target: 'draft-7', unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
    out[`${kind}.schema.json`] = { $schema: js.$schema, $id: `https://kzp.invalid/schemas/${kind}.schema.json`, title: TITLES[kind], ...js };
  }
  const reviews = ['review', 'dispatch', 'inspection'].map((k) => {
    const { $schema: _s, $id: _i, ...rest } = out[`${k}.schema.json`] as Record<string, unknown>;
    return rest;
  });
  out['reviews.schema.json'] = { $schema: 'http://json-schema.org/draft-07/schema#', $id: 'https://kzp.invalid/schemas/reviews.schema.json', title: 'reviews/<YYYY>/<id>.yaml — 会审、调度或督查', oneOf: reviews };
  return out;
}
