/**
 * Part of `npm run build`: bundles the compiled CLI (dist/src/cli/bin.js and the
 * modules it imports, ours only: packages stay external) into one file,
 * dist/cli/lint-payloads.js (and the chunks it imports on demand), the package's `bin`. Resolving and compiling ~100
 * small ES modules is most of a one-file run's start-up; one file is not.
 *
 * Paths built from `import.meta.url` (validators, schemas, package.json, the
 * worker thread's script) keep meaning what they meant in each original module:
 * every `import.meta.url` is rewritten to that module's own URL, computed from
 * the bundle's. The worker runs the unbundled dist/src/lint/worker.js.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(repo, 'dist/src/cli/bin.js');
const outDir = path.join(repo, 'dist/cli');
const outFile = path.join(outDir, 'lint-payloads.js');

const keepModuleUrls: Plugin = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      const code = fs.readFileSync(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const relative = path.relative(outDir, args.path).split(path.sep).join('/');
      return { contents: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

fs.rmSync(outDir, { recursive: true, force: true });
let esbuild: typeof import('esbuild');
try {
  esbuild = await import('esbuild');
} catch {
  // Built without dev dependencies (npm ci --omit=dev): the bin starts the unbundled CLI, slower to start but the same.
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(outFile, "#!/usr/bin/env node\nimport '../src/cli/bin.js';\n", { mode: 0o755 });
  console.warn('bundle-cli: esbuild is not installed; dist/cli/lint-payloads.js runs the unbundled CLI.');
  process.exit(0);
}
await esbuild.build({
  entryPoints: { 'lint-payloads': entry },
  outdir: outDir,
  // Dynamic imports become chunks of their own: --help loads neither the linter nor the JS/TS source.
  splitting: true,
  // Next to the entry: the rewritten import.meta.url values are relative to this folder.
  chunkNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  plugins: [keepModuleUrls],
  logLevel: 'warning',
  legalComments: 'none',
});
fs.chmodSync(outFile, 0o755);
