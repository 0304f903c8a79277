// Data entry: `kzp init`, `kzp ledger add`, `kzp new`, `kzp inspect sample` (issue 5).
export * from './dates.js';
export * from './ledger.js';
export * from './prng.js';
export * from './sample.js';
export * from './scaffold.js';
export * from './write.js';
export * from './yaml-edit.js';
export { askLedger, askMonth, dateCheck, moneyFix, monthCheck } from './ledger-flow.js';
export { inquirerPrompter, isCancel, type Prompter, type Choice } from './prompts.js';
export { commitFile, insideRepo, userEmail, git } from './git.js';
export * from './vendor.js';
export * from './doctor.js';
