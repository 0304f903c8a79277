export * from './diagnostic.js';
export * from './source.js';
export * from './load.js';
export { parseYaml } from './parse.js';
