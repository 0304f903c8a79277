// Data entry: `kzp init`, `kzp ledger add`, `kzp new`, `kzp inspect sample`, the list and
// finding adjustments, and the monthly ledger in Excel.
export * from './dates.js';
export * from './ledger.js';
export * from './prng.js';
export * from './sample.js';
export * from './scaffold.js';
export * from './write.js';
export { checkAndWrite, defaultDeps, mayAsk, printDiagnostics, writeOrFail, type EntryDeps } from './session.js';
export * from './yaml-edit.js';
export { askLedger, askMonth, dateCheck, monthCheck } from './ledger-flow.js';
export { inquirerPrompter, isCancel, type Prompter, type Choice } from './prompts.js';
export { commitFile, initRepository, insideRepo, userEmail, git } from './git.js';
export * from './vendor.js';
export * from './doctor.js';
export * from './doctor-facts.js';
export { ledgerAdd } from './ledger-add.js';
export { renderLedger, type LedgerOptions } from './ledger-input.js';
export type { EntryWorkspace } from './workspace.js';
export { newKind, newRecord } from './new-record.js';
export { NEW_OPTIONS, type NewOptions } from './new-fields.js';
export { checkedDraw, drawParams, sampleInto, type DrawFlags } from './sample-draw.js';
export { addFinding, adjustList, closeFinding, type FindingAddOptions, type FindingCloseOptions, type ListAdjustOptions } from './adjust.js';
export { allowedValues, enumValue, labelOf } from './labels.js';
export { importExcel, templateWorkbook } from './excel-entry.js';
export { newPerson, type PersonOptions } from './new-person.js';
