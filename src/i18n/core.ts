import type { Catalog } from './index.js';
import { workspaceMessages } from './workspace.js';
import { schemaMessages } from './schema.js';
import { cliMessages } from './cli.js';
import { helpMessages } from './help.js';
import { entryMessages } from './entry.js';
import { engineMessages } from './engine.js';
import { statusMessages } from './status.js';
import { reportMessages } from './report.js';
import { auditMessages } from './audit.js';
import { reliabilityMessages } from './reliability.js';
import { textMessages } from './text.js';
import { ioMessages } from './io.js';
import { distMessages } from './dist.js';
import { doctorMessages } from './doctor.js';
import { promptMessages } from './prompt.js';
import { adjustMessages } from './adjust.js';
import { trustMessages } from './trust.js';
import { dispatchMessages } from './dispatch.js';
import { excelMessages } from './excel.js';
import { personMessages } from './person.js';

// one catalog a line: a new catalog is one added line
export const core: Catalog = {
  ...workspaceMessages,
  ...schemaMessages,
  ...cliMessages,
  ...helpMessages,
  ...engineMessages,
  ...statusMessages,
  ...reportMessages,
  ...entryMessages,
  ...auditMessages,
  ...reliabilityMessages,
  ...textMessages,
  ...ioMessages,
  ...distMessages,
  ...doctorMessages,
  ...promptMessages,
  ...adjustMessages,
  ...trustMessages,
  ...dispatchMessages,
  ...excelMessages,
  ...personMessages,
};
