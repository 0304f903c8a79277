// Types of ./pdf.mjs for the tests that run it.
export interface Word { x0: number; y0: number; x1: number; y1: number; text: string }
export type Page = Word[][][];
export const MIN_PT: number;
export function signatureLines(md: string): string[];
export function parseBbox(xhtml: string): Page[];
export function splitNumbers(pages: Page[]): { page: number; a: string; b: string }[];
export function bodyHeightRatio(pages: Page[]): number;
export function smallText(pages: Page[], ratio: number): { page: number; pt: number; text: string }[];
export function signatureOnly(pages: Page[], signature: string[]): number[];
