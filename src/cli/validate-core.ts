// The validate pipeline shared by `kzp validate` and every command that must refuse bad data:
// load → schema → model → rules, diagnostics sorted.
import type { Lang } from '../i18n/index.js';
import { configReadable, loadModel, type Loaded } from '../model/load.js';
import { RULES, runRules } from '../rules/index.js';
import { compareDiagnostics, type Diagnostic } from '../workspace/index.js';
import type { Validation } from './validate-workspace.js';

export function validateLoaded(loaded: Loaded, lang: Lang): Diagnostic[] {
  // with kzp.yaml failing its schema the rules would run on built-in settings: report the files only
  const ds = loaded.model.configFile ? [...loaded.diagnostics, ...runRules(loaded.model, RULES, lang)] : [...loaded.diagnostics];
  return ds.sort(compareDiagnostics);
}

export function validateDir(root: string, lang: Lang): { loaded: Loaded; diagnostics: Diagnostic[] } {
  const loaded = loadModel(root, { lang });
  return { loaded, diagnostics: validateLoaded(loaded, lang) };
}

/** The validation of a workspace already loaded (from disk or, with `--at`, from git). */
export function validation(loaded: Loaded, lang: Lang): Validation {
  return { diagnostics: validateLoaded(loaded, lang), files: loaded.workspace.byPath, configReadable: configReadable(loaded) };
}
