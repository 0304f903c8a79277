// kzp list add LIST PROJECT — see list-adjust.ts.
import { listCommand } from './list-adjust.js';

export const command = listCommand('add');
