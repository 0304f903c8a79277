// TF-6: funding sources (`funding[].source`) and fund applications (`applications[].channel`) use
// the enumerated channels of 二(一)5 — central budget 中央预算内, special bonds 专项债券, policy and
// development financial tools 政策性开发性金融工具, PPP, bank loans 银行融资, municipal funds,
// district fiscal funds, the owner's own funds and social capital (FUNDING_SOURCES in
// src/schema/records.ts). The schema enforces it: src/schema/check.ts reports any other value
// with rule TF-6 at the offending value — except a "new implicit debt" value, which it reports
// as BG-3 (二(三)2: 不得新增隐性债务). This module gives the rule its place in the registry; its
// check has nothing left to do.
import type { Rule } from './types.js';

export const tf6: Rule = {
  id: 'TF-6',
  severity: 'error',
  seed: '二(一)5',
  title: { zh: '资金来源和申报渠道使用规定的渠道', en: 'funding sources and applications use the enumerated channels' },
  messages: {
    channel: {
      zh: '"{key}" 的值 "{value}" 不是规定的资金渠道',
      en: '"{key}" has the value "{value}", which is not one of the funding channels',
    },
    'channel.hint': {
      zh: '可选渠道:central-budget 中央预算内、special-bond 专项债券、policy-finance 政策性开发性金融工具、ppp、bank-loan 银行贷款、municipal 市级资金、district-fiscal 区级财政、self-raised 业主自筹、social-capital 社会资本',
      en: 'channels: central-budget, special-bond, policy-finance, ppp, bank-loan, municipal, district-fiscal, self-raised, social-capital',
    },
  },
  check() {
    // TF-6 is enforced by the schema (src/schema/check.ts reports unknown sources and channels with rule TF-6).
  },
};
