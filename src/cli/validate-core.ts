// What `kzp validate` prints from, for a workspace already loaded (from disk or, with `--at`,
// from git); the pipeline itself (read → schema → model → rules) is src/rules' validateLoaded.
import type { Lang } from '../i18n/index.js';
import { configReadable, loadModel, type Loaded } from '../model/index.js';
import { validateLoaded } from '../rules/index.js';
import type { Diagnostic } from '../workspace/index.js';
import type { Validation } from './validate-workspace.js';

export function validateDir(root: string, lang: Lang): { loaded: Loaded; diagnostics: Diagnostic[] } {
  const loaded = loadModel(root, { lang });
  return { loaded, diagnostics: validateLoaded(loaded, lang) };
}

/** The validation of a workspace already loaded (from disk or, with `--at`, from git). */
export function validation(loaded: Loaded, lang: Lang): Validation {
  return { diagnostics: validateLoaded(loaded, lang), files: loaded.workspace.byPath, configReadable: configReadable(loaded) };
}
