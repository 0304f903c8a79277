// `kzp site`: the district's key projects as a folder of static pages (overview, a page per
// project and per unit, the archives of bulletins and the audit), built from the engine's
// numbers and written as a whole.
export { buildSite, type SiteFile, type SiteInput } from './build.js';
export { siteModel, type SiteModel, type SiteProject, type SiteProblem, type ProblemStep, type LedgerMonth, type SubmissionRow, type Stamp } from './model.js';
export { scorePeriods, periodLabel, type SiteUnit, type UnitPeriodScore } from './units.js';
export { PATHS, rel } from './html.js';
export { MARKER, targetState, writeSite, type TargetState } from './write.js';
