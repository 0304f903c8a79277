// A bulletin section's input: the base fixture (with edits) seen on an explicit as-of date, for
// one month. Every number the sections compute can be checked by hand against the fixture.
import { bulletinContext, type BulletinContext } from '../../../src/engine/index.js';
import { base, type Files } from '../../helpers.js';
import { snap } from '../helpers.js';

export function ctx(asOf: string, month: string, files: Files = base()): BulletinContext {
  return bulletinContext(snap(files, asOf), month);
}
