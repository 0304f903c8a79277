// Engine tests: a model from the base fixture (with edits) and hand-made history facts.
import { DECLARED, snapshot, type CommitFact, type HistoryFacts, type Snapshot } from '../../src/engine/index.js';
import { loadMemory, type Files } from '../helpers.js';

export function snap(files: Files, asOf: string, history: HistoryFacts = DECLARED): Snapshot {
  const { model } = loadMemory(files);
  return snapshot(model, history, asOf);
}

export function commit(iso: string, extra: Partial<CommitFact> = {}): CommitFact {
  return { commit: 'c' + Math.abs(hash(iso)).toString(16).padStart(8, '0'), at: Date.parse(iso), offset: '+0800', author: '陈杰', email: 'chenjie@example.gov.cn', message: 'ledger', ...extra };
}

export function gitHistory(entries: Record<string, { added: string; changes?: string[] }>): HistoryFacts {
  const files = new Map();
  for (const [path, e] of Object.entries(entries)) files.set(path, { path, added: commit(e.added), changes: (e.changes ?? []).map((c) => commit(c)) });
  return { source: 'git', head: 'f'.repeat(40), files };
}

function hash(s: string): number { let h = 0; for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0; return h; }
