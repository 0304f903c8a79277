// The audit trail's reports (HI-1..HI-3): `kzp audit` (audit.ts assembles the findings of
// late.ts, amended.ts and changes.ts) and `kzp log` (record.ts, problem.ts, log.ts). Pure.
export { audit } from './audit.js';
export { noTrail, factsOfTrail, summaryOf, trailPaths, type TrailSummary, type ChangeStatus, type TrailChange, type TrailCommit, type Trail, type TrailEvent, type Lineage } from './trail.js';
export { AUDIT_KINDS, AUDIT_RULE, type AuditKind, type AuditFinding, type AuditFilter, type AuditResult } from './finding.js';
export { authorisedEmails } from './authorised.js';
export { projectOfPath, isRecordPath } from './paths.js';
export { resolveRecord, type RecordKind, type RecordRef } from './record.js';
export { problemLife, problemItem, type ProblemLife } from './problem.js';
export { logEntries, type LogEntry, type LogFile } from './log.js';
export { zoned, zonedIso, type Zoned } from './zoned.js';
export { trustOf, IMPORT_MONTHS, type Trust, type TrustSettings, type Untrusted } from './trust.js';
