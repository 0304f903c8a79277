// The command line: `start` runs kzp with the arguments it was given (bin/kzp.js, the single-file
// build's src/bundle.ts). Nothing outside src/cli imports from it but those two entry points.
export { start } from './start.js';
export { packageVersion } from './version.js';
