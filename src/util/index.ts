// Small helpers every layer may use: the package's own files (assets), the atomic writer, why a
// write failed, calendar dates, string similarity, the collector between phases of a large read.
// Everything outside src/util imports from here, but the start-up path (src/cli/start.ts and
// what `kzp --help` loads), which imports assets.js alone: an index loads every module behind it.
export * from './assets.js';
export * from './atomic-file.js';
export * from './calendar-date.js';
export * from './gc.js';
export * from './io-error.js';
export * from './similar.js';
export * from './notice.js';
export * from './fault.js';
