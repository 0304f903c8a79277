// src/history: everything kzp takes from git — the one `git log` reading (log.ts), the one
// rename-follower (follow.ts), record versions from blobs (versions.ts), the workspace at a
// commit (at.ts) and the files a change touched (changed.ts).
export { runGit, gitState, refusal, refusalFix, type Git, type GitOptions, type GitState } from './git.js';
export { logArgs, parseLog } from './log.js';
export { lineages, eventsOfPaths } from './follow.js';
export { readTrail, startTrail, startSummary, summaryFrom, readHistory, readBlobs, parseBatch, resolveCommit, treeAt, type TrailOptions, type PendingTrail, type PendingSummary, type TreeEntry, type ResolveResult } from './trail.js';
export { parseRecord, versionsOf, readVersions } from './versions.js';
export { workspaceAt, AtError, type WorkspaceAt, type AtFailure } from './at.js';
export { changedSince, ChangedError, type Change } from './changed.js';
export { HISTORY_CACHE_MIN_COMMITS, readCachedLog } from './cache.js';
