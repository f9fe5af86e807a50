#!/usr/bin/env node
// `lint-payloads schema | head`: the reader left; stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// `--help` and `--version` alone answer before the linter loads: they need none of it.
const argv = process.argv.slice(2);
const only = argv.length === 1 ? argv[0] : undefined;
if (only === '--help' || only === '-h') {
  process.stdout.write((await import('./help.js')).HELP);
} else if (only === '--version' || only === '-v') {
  const [{ packageVersion }, { CATALOGUE_LABEL }] = await Promise.all([import('../package-info.js'), import('../catalogue/catalogue.js')]);
  process.stdout.write(`${packageVersion()}\n${CATALOGUE_LABEL}\n`);
} else {
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
