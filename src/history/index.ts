export { readHistory, startHistory, parseLog, gitState, runGit, type GitOptions, type PendingHistory } from './git.js';
export { readTrail, startTrail, parseRawLog, readBlobs, parseBatch, resolveCommit, treeAt, type TrailOptions, type TreeEntry, type ResolveResult } from './trail.js';
export { workspaceAt, AtError, type WorkspaceAt, type AtFailure } from './at.js';
export { changedSince, ChangedError, type Change } from './changed.js';
