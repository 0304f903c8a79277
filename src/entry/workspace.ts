// What an entry command works on, as src/cli resolves it: the workspace's root and model, the
// as-of date ("today", from --as-of or the clock in the workspace time zone) and whether the
// result is also printed as JSON. src/entry never reads the clock or argv itself.
import type { Model } from '../model/index.js';

export interface EntryWorkspace {
  root: string;
  model: Model;
  today: string;
  json: boolean;
}
