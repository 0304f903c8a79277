// What bin/kzp.js runs. `kzp --version` (and `-V`) and `kzp … --help` are answered here, before
// anything else is loaded: CI scripts and shells call them often, and each stays near a bare
// `node -e 0` (the start-up figures of `npm run bench`). So this module imports nothing itself;
// each path loads only what it needs. Everything else goes to main.ts, which prints the same
// version for `main(['--version'])` and the same help for every width.

export async function start(argv: string[]): Promise<number> {
  // `kzp … | head`: the reader went away. Stop quietly, as other command-line tools do, instead
  // of dying with a stack trace on EPIPE (nothing is lost: kzp writes files atomically).
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw e; });
  }
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    const { packageVersion } = await import('./version.js');
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  // help, printed from the index the build made, when it can be (src/cli/help-index.ts)
  if (asksHelp(argv)) {
    const { printIndexedHelp } = await import('./help-index.js');
    if (printIndexedHelp(argv, process.stdout, process.env, process.cwd())) return 0;
  }
  const { main, unanswered: sentence } = await import('./main.js');
  // a command whose promise never settles would let Node exit 0 with nothing printed: say so, exit 2
  let settled = false;
  const unanswered = () => {
    if (settled) return;
    process.stderr.write(`kzp: ${sentence()}\n`);
    process.exitCode = 2;
  };
  process.once('beforeExit', unanswered);
  try { return await main(argv); } finally { settled = true; process.removeListener('beforeExit', unanswered); }
}

/** Whether argv may ask for help: `kzp`, `kzp help …`, or -h/--help before `--` (help-index.ts decides). */
function asksHelp(argv: string[]): boolean {
  const end = argv.indexOf('--');
  const before = end < 0 ? argv : argv.slice(0, end);
  return argv.length === 0 || before.includes('help') || before.includes('-h') || before.includes('--help');
}
