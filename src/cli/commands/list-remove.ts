// kzp list remove LIST PROJECT — see list-adjust.ts.
import { listCommand } from './list-adjust.js';

export const command = listCommand('remove');
