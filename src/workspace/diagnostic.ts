// The one shape every problem takes, from the byte decoder to the rules (CLI.md "Diagnostics").
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;          // workspace-relative, forward slashes
  line: number;          // 1-based
  column: number;        // 1-based
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  rule: string;          // a RULES.md id, or SCHEMA, YAML, REF
  message: string;
  hint?: string;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
