// KP-2: money is in 万元 (10,000 yuan), a non-negative number with at most 2 decimals.
// The schema enforces it: every money field (src/schema/common.ts `money`, MONEY_FIELDS) that is
// a string ("12,800", "１２８００"), negative or has more than two decimals is reported by
// src/schema/check.ts with rule KP-2, at the offending value. This module gives the rule its
// place in the registry (id, seed, title, catalog); its check has nothing left to do.
import type { Rule } from './types.js';

export const kp2: Rule = {
  id: 'KP-2',
  severity: 'error',
  seed: '—',
  title: { zh: '金额以万元计,为不小于 0、最多两位小数的数字', en: 'money is in 万元, a number ≥ 0 with at most 2 decimals' },
  messages: {
    money: {
      zh: '金额 "{key}" 不合规:{value}',
      en: 'the amount "{key}" is not valid: {value}',
    },
    'money.hint': {
      zh: '金额以万元为单位,写成不小于 0、最多两位小数的数字,不加单位、引号和千分位逗号,如 820 或 12.5',
      en: 'amounts are in 万元: a number ≥ 0 with at most two decimals, without unit, quotes or thousands separators, e.g. 820 or 12.5',
    },
  },
  check() {
    // KP-2 is enforced by the schema (src/schema/check.ts reports money faults with rule KP-2).
  },
};
