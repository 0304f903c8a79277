// The site's pages, one module a page kind: each lays out its part of the site model.
export { archivesPage, DOCS } from './archives.js';
export { overviewPage } from './overview.js';
export { projectPage } from './project.js';
export { unitPage, unitsPage } from './unit.js';
