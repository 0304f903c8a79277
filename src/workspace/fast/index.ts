// The fast path of the read and its caches (README.md): what the rest of src/workspace uses.
export { beginFast, sameJson, type FastFinish } from './begin.js';
export { DiskFiles } from './disk-files.js';
export { LazySourceFile } from './lazy-file.js';
export { CACHE_DIR, CACHE_MIN_FILES, readSigned, readSignedBytes, SignedWriter } from './signed.js';
export type { FileStamp } from './stamp.js';
export { hasVerdict, readVerdict, saveVerdict, stampListing, stampsOfRead, type Stamped, type Verdict } from './verdict.js';
