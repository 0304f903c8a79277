import type { Catalog } from './index.js';
import { workspaceMessages } from './workspace.js';
import { schemaMessages } from './schema.js';
import { cliMessages } from './cli.js';

export const core: Catalog = { ...workspaceMessages, ...schemaMessages, ...cliMessages };
