// The registry: every rule `kzp validate` runs. Adding a rule = its module + one line here.
import { ref } from './ref.js';
import type { Rule } from './types.js';

export const RULES: Rule[] = [
  ref,
];

export { runRules, registerRule } from './run.js';
export type { Rule, RuleContext, Report } from './types.js';
