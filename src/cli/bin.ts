#!/usr/bin/env node
// `lint-payloads schema | head`: the reader left; stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// No top-level await: the package's bin is this file bundled as a CommonJS script
// (scripts/bundle-cli.ts), which Node starts faster than an ES module.
async function run(argv: string[]): Promise<void> {
  // `--help` and `--version` alone answer before the linter loads: they need none of it.
  const only = argv.length === 1 ? argv[0] : undefined;
  if (only === '--help' || only === '-h') {
    process.stdout.write((await import('./help.js')).HELP);
    return;
  }
  if (only === '--version' || only === '-v') {
    const [{ packageVersion }, { CATALOGUE_LABEL }] = await Promise.all([import('../package-info.js'), import('../catalogue/catalogue.js')]);
    process.stdout.write(`${packageVersion()}\n${CATALOGUE_LABEL}\n`);
    return;
  }
  const { main } = await import('./main.js');
  const code = await main(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  });
  process.exitCode = code;
}

void run(process.argv.slice(2));
