// What people read in a terminal and in files, from the engine's results: text and JSON of each
// command, diagnostics in every CI format, names, numbers and widths, colour, and the writers'
// sanitising of text from records. The documents live in their own folders, each with its index
// and loaded only by the command that writes them: report/ (bulletins: md, html, docx) and
// excel/ (the meeting workbook). Everything outside src/render imports from these three indexes,
// but the start-up path (src/cli/help.ts and main.ts), which imports width.js and color.js alone.
export * from './audit.js';
export * from './color.js';
export * from './diagnostics.js';
export * from './escalations.js';
export * from './format.js';
export * from './names.js';
export * from './overdue.js';
export * from './safe-text.js';
export * from './sample.js';
export * from './score.js';
export * from './status.js';
export * from './table.js';
export * from './width.js';
export * from './zip-stamp.js';
export * from './doctor.js';
