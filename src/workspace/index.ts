// The workspace: its root, its listing, and the read of its files (ARCHITECTURE.md: files →
// workspace → schema). Everything outside src/workspace imports from here.
export * from './diagnostic.js';
export * from './source.js';
export { CONFIG_FILE, findRoot, WorkspaceNotFound } from './root.js';
export { classify, listPaths, listRecordFiles, type Listed, type RecordKind } from './listing.js';
export { MAX_FILE_BYTES } from './limits.js';
export { beginRead, readDisk, readSources, readWithChanges, type DiskRead, type LoadedFile, type Workspace } from './read.js';
export { DiskFiles, hasVerdict, LazySourceFile, readVerdict, saveVerdict, sameJson, stampListing, stampsOfRead, CACHE_DIR, CACHE_MIN_FILES, readSigned, readSignedBytes, SignedWriter, type FileStamp, type Stamped, type Verdict } from './fast/index.js';
export { decode } from './decode.js';
export { parseYaml } from './parse.js';
