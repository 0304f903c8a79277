// A rule of RULES.md that `kzp validate` decides from the records alone
// (ESLint-style: meta + check; its tests give valid and invalid records).
import type { Catalog, Lang } from '../i18n/index.js';
import type { Model } from '../model/index.js';
import type { Path, Severity, SourceFile } from '../workspace/index.js';

export interface Report {
  file: SourceFile;
  path: Path;               // data path of the offending node
  onKey?: boolean;          // point at the key (e.g. for a missing sub-field)
  messageId: string;        // a key of the rule's `messages`
  data?: Record<string, unknown>;
  severity?: Severity;      // for rules that are E/W, which one this is
  hintId?: string | null;   // default: `${messageId}.hint` when present
}

export interface RuleContext {
  model: Model;
  lang: Lang;
  report(r: Report): void;
  /** one of the rule's own messages, filled in (for a phrase that goes into another message) */
  text(messageId: string, data?: Record<string, unknown>): string;
}

export interface Rule {
  id: string;                        // RULES.md id, or REF / SCHEMA
  severity: Severity;                // the default severity
  seed: string;                      // section of mechanism.zh.txt, e.g. 二(八)3
  title: { zh: string; en: string };
  messages: Catalog;
  check(ctx: RuleContext): void;
}
