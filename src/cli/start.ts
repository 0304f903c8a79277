// What bin/kzp.js runs. `kzp --version` (and `-V`) is answered here, before commander, chalk
// and the message catalogs are loaded: CI scripts and shells call it often, and issue 7 wants it
// within 1.5× of a bare `node -e 0`. Everything else goes to main.ts, which prints the same
// version through commander (so `main(['--version'])` in tests gives the same answer).
import { readAsset } from '../util/assets.js';

export function packageVersion(): string {
  try { return (JSON.parse(readAsset('package.json')) as { version: string }).version; }
  catch { return '0.0.0'; }
}

export async function start(argv: string[]): Promise<number> {
  // `kzp … | head`: the reader went away. Stop quietly, as other command-line tools do, instead
  // of dying with a stack trace on EPIPE (nothing is lost: kzp writes files atomically).
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw e; });
  }
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const { main } = await import('./main.js');
  // a command whose promise never settles would let Node exit 0 with nothing printed: say so, exit 2
  let settled = false;
  const unanswered = () => {
    if (settled) return;
    process.stderr.write('kzp: internal error: the command ended without an answer (please report it)\n');
    process.exitCode = 2;
  };
  process.once('beforeExit', unanswered);
  try { return await main(argv); } finally { settled = true; process.removeListener('beforeExit', unanswered); }
}
