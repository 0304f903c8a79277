// Every command kzp has, by name, and where its module is. Nothing is loaded until a command
// runs: `kzp --help` lists the names with their summaries from src/i18n.
import type { CommandSpec } from '../command.js';

type Loader = () => Promise<{ command: CommandSpec<never> }>;

export const COMMANDS: Record<string, Loader> = {
  validate: () => import('./validate.js'),
  schema: () => import('./schema.js'),
  overdue: () => import('./overdue.js'),
  escalations: () => import('./escalations.js'),
  status: () => import('./status.js'),
  score: () => import('./score.js'),
  init: () => import('./init.js'),
  'ledger add': () => import('./ledger.js'),
  new: () => import('./new.js'),
  'inspect sample': () => import('./inspect.js'),
  'list add': () => import('./list-add.js'),
  'list remove': () => import('./list-remove.js'),
  'finding add': () => import('./finding-add.js'),
  'finding close': () => import('./finding-close.js'),
  'report monthly': () => import('./report-monthly.js'),
  'report inspection': () => import('./report-inspection.js'),
  'export excel': () => import('./export.js'),
  'export template': () => import('./export-template.js'),
  'import excel': () => import('./import-excel.js'),
  site: () => import('./site.js'),
  log: () => import('./log.js'),
  audit: () => import('./audit.js'),
  vendor: () => import('./vendor.js'),
  doctor: () => import('./doctor.js'),
  completion: () => import('./completion.js'),
};
