export * from './common.js';
export * from './records.js';
export * from './check.js';
export { jsonSchemas } from './json.js';
export { imeTrap } from './ime.js';
