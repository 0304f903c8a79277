// The validation pipeline every command that must refuse bad data shares with `kzp validate`:
// the workspace's read and schema diagnostics, then every rule, sorted as they are printed.
import type { Lang } from '../i18n/index.js';
import type { Loaded } from '../model/index.js';
import { compareDiagnostics, type Diagnostic } from '../workspace/index.js';
import { RULES } from './index.js';
import { runRules } from './run.js';

export function validateLoaded(loaded: Loaded, lang: Lang): Diagnostic[] {
  // with kzp.yaml failing its schema the rules would run on built-in settings: report the files only
  const ds = loaded.model.configFile ? [...loaded.diagnostics, ...runRules(loaded.model, RULES, lang)] : [...loaded.diagnostics];
  return ds.sort(compareDiagnostics);
}
