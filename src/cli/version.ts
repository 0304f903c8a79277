// kzp's version, from package.json wherever that is (in the package, or embedded in the
// single-file build). Its own module so that `kzp --help` does not load where package.json is.
import { readAsset } from '../util/assets.js';

export function packageVersion(): string {
  try { return (JSON.parse(readAsset('package.json')) as { version: string }).version; }
  catch { return '0.0.0'; }
}
