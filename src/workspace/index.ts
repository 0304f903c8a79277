export * from './diagnostic.js';
export * from './source.js';
export * from './load.js';
export { DiskFiles, hasVerdict, LazySourceFile, readVerdict, saveVerdict, sameJson, stampListing, stampsOfRead, CACHE_DIR, CACHE_MIN_FILES, type FileStamp, type Stamped, type Verdict } from './fast/index.js';
export { parseYaml } from './parse.js';
