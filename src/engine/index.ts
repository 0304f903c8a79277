export * from './dates.js';
export * from './escalation.js';
