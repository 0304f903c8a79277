// The meeting workbook (exceljs): its sheets (meeting.ts) and the streaming writer (workbook.ts).
// Loaded by `kzp export excel` only, through a dynamic import of this module.
export * from './meeting.js';
export * from './workbook.js';
export { sharedStringsXml } from './stream.js';
