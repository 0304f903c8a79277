// The typed, indexed workspace (model.ts) and how a read becomes one (load.ts).
export * from './model.js';
export * from './load.js';
