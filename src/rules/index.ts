// The rules `kzp validate` runs, one module a rule id of RULES.md (REF and SCHEMA for the
// references and the cross-file facts of FORMAT.md), in the order their diagnostics are made.
// Adding a rule = its module + one line here. Nothing here runs at import.
import { ag1 } from './ag-1.js';
import { ag2 } from './ag-2.js';
import { ag3 } from './ag-3.js';
import { ag4 } from './ag-4.js';
import { as2 } from './as-2.js';
import { as3 } from './as-3.js';
import { as5 } from './as-5.js';
import { bg1 } from './bg-1.js';
import { bg3 } from './bg-3.js';
import { ds4 } from './ds-4.js';
import { ds7 } from './ds-7.js';
import { fc1 } from './fc-1.js';
import { fc2 } from './fc-2.js';
import { fc3 } from './fc-3.js';
import { im1 } from './im-1.js';
import { im2 } from './im-2.js';
import { kp1 } from './kp-1.js';
import { kp2 } from './kp-2.js';
import { ls1 } from './ls-1.js';
import { ls2 } from './ls-2.js';
import { ls4 } from './ls-4.js';
import { ls5 } from './ls-5.js';
import { ls6 } from './ls-6.js';
import { ref } from './ref.js';
import { rv1 } from './rv-1.js';
import { rv2 } from './rv-2.js';
import { rv3 } from './rv-3.js';
import { schema } from './schema.js';
import { sg1 } from './sg-1.js';
import { sg2 } from './sg-2.js';
import { tf1 } from './tf-1.js';
import { tf2 } from './tf-2.js';
import { tf3 } from './tf-3.js';
import { tf4 } from './tf-4.js';
import { tf5 } from './tf-5.js';
import { tf6 } from './tf-6.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [
  ref, kp1, kp2, tf1, tf2, tf3, tf4, tf5, tf6, sg1, sg2, fc1, fc2, fc3, ds4, ds7, as2, as3, as5, ls5, ls4, schema,
  rv1, rv2, rv3, bg1, bg3, ls1, ls2, ls6, im1, im2, ag1, ag2, ag3, ag4,
];

/** The rule of an id (RULES.md, REF or SCHEMA). */
export function ruleOf(id: string): Rule | undefined { return RULES.find((r) => r.id === id); }

export { findings, runRules, ruleText, toDiagnostic, type Finding } from './run.js';
export type { Report, Rule, RuleContext } from './types.js';
export { validateLoaded } from './validate.js';
