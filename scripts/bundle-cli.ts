/**
 * Part of `npm run build`: bundles the compiled CLI (dist/src/cli/bin.js and the
 * modules it imports, ours only: packages stay external) into the package's `bin`,
 * dist/cli/lint-payloads.js. Resolving and compiling ~100 small ES modules is most
 * of a one-file run's start-up; one file, compiled from a V8 code cache, is not.
 * Both files are CommonJS scripts: Node starts one faster than an ES module.
 *
 * - dist/cli/lint-payloads.js: bin.ts, which answers `--help` and `--version`
 *   (the help text, the catalogue's label) and otherwise loads
 * - dist/cli/main.cjs: the linter (main.ts and everything it imports) as one
 *   CommonJS script, loaded by src/engine/code-cache.ts with
 *   dist/cli/main.cjs.v8cache, V8's code cache made here after a typical run
 *   (two request files), so a run neither parses nor compiles what that run uses;
 *   a Node.js with another V8 rejects the cache and compiles the script as usual.
 *   Dynamic imports of our own modules (the JS/TS and Python sources) become
 *   lazily run parts of the script; the one dynamic import of a user's file (a
 *   custom formatter) goes through the loader's `import()` (a `vm.Script` cannot
 *   `import()` on Node 20).
 *
 * Paths built from `import.meta.url` (validators, schemas, package.json, the
 * worker thread's script) keep meaning what they meant in each original module:
 * every `import.meta.url` is rewritten to that module's own URL, computed from
 * the bundle's. The --concurrency N workers run the unbundled dist/src/lint/worker.js; the
 * parse helper thread (src/lint/parse-worker.ts) loads this bundle, which also exports lintOneFile.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { asciiOnly, IMPORT_PARAMETER } from '../src/engine/code-cache.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(repo, 'dist/src/cli/bin.js');
const mainEntry = path.join(repo, 'dist/src/cli/main.js');
const outDir = path.join(repo, 'dist/cli');
const outFile = path.join(outDir, 'lint-payloads.js');
const mainBundle = path.join(outDir, 'main.cjs');
/** What the main bundle exports (what src/lint/parse-worker.ts expects of it too). */
const MAIN_EXPORTS = [`export { main } from './main.js';`, `export { lintOneFile } from '../lint/lint-files.js';`].join('\n');

/** What the code cache is made from: a valid request file and one with many findings, as a pre-commit run sees them. */
const WARM_UP_FILES = ['fixtures/requests/valid/request-schema.json', 'fixtures/requests/invalid/request-schema.json'].map((f) => path.join(repo, f));

/** In the CommonJS bundle, a module's URL from its path relative to the bundle (defined in the banner: modules may rename `require`). */
const MODULE_URL = '__lintPayloadsModuleUrl';

/** `import.meta.url` of each module, rewritten relative to the bundle's location. */
const keepModuleUrls: Plugin = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      const code = fs.readFileSync(args.path, 'utf8');
      if (!code.includes('import.meta.url')) return undefined;
      const relative = JSON.stringify(path.relative(outDir, args.path).split(path.sep).join('/'));
      return { contents: code.replaceAll('import.meta.url', `${MODULE_URL}(${relative})`), loader: 'js' };
    });
  },
};

/** In the CommonJS bundle, the custom formatter's `import()` of the user's file calls the loader's. */
const userImportThroughLoader: Plugin = {
  name: 'user-import-through-loader',
  setup(b) {
    b.onLoad({ filter: /[\\/]cli[\\/]custom-formatter\.js$/ }, (args) => {
      const code = fs.readFileSync(args.path, 'utf8');
      const rewritten = code.replace(/\bawait import\(/g, `await ${IMPORT_PARAMETER}(`);
      if (rewritten.split(IMPORT_PARAMETER).length !== 2) throw new Error(`bundle-cli: expected one dynamic import in ${args.path}`);
      return { contents: rewritten, loader: 'js' };
    });
  },
};

/** bin.ts's `import('./main.js')`: the CommonJS bundle, through the code-cache loader. */
const mainThroughCodeCache: Plugin = {
  name: 'main-through-code-cache',
  setup(b) {
    b.onResolve({ filter: /^\.\/main\.js$/ }, (args) => (args.importer === entry ? { path: 'main', namespace: 'cached-main' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'cached-main' }, () => ({
      contents: [
        `import { loadCommonJs } from '../engine/code-cache.js';`,
        // The bin is in dist/cli, next to the bundle; its import() (of a user's formatter) works, the bundle's would not.
        `const file = require('node:path').join(__dirname, 'main.cjs');`,
        `export const { main } = loadCommonJs(file, { importModule: (specifier) => import(specifier) }).exports;`,
      ].join('\n'),
      resolveDir: path.dirname(entry),
      loader: 'js',
    }));
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
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  legalComments: 'none',
  charset: 'ascii',
  format: 'cjs',
  // Strict as the ES modules it is made of ("use strict" must come first, before the helper).
  banner: { js: `"use strict";\nvar ${MODULE_URL} = (relative) => require("node:url").pathToFileURL(require("node:path").join(__dirname, relative)).href;` },
} as const;
// CommonJS (dist/cli/package.json says so for the .js bin): Node starts a CommonJS script ~4 ms faster than an ES module.
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
await esbuild.build({
  ...common,
  entryPoints: [entry],
  outfile: outFile,
  // --help and --version run only their own part of the file (the help text, the catalogue's label).
  plugins: [mainThroughCodeCache, keepModuleUrls],
});
await esbuild.build({
  ...common,
  // main.ts, and the per-file lint for parse-thread.ts's helper thread (src/lint/parse-worker.ts): the helper loads this
  // bundle with its code cache instead of compiling ~100 modules and the validators again (~1 s of its start under load).
  stdin: { contents: MAIN_EXPORTS, resolveDir: path.dirname(mainEntry), sourcefile: 'main-exports.js', loader: 'js' },
  outfile: mainBundle,
  // An import() inside a vm.Script fails on Node 20: any left (a package) becomes a require (ours are parts of the bundle).
  supported: { 'dynamic-import': false },
  plugins: [userImportThroughLoader, keepModuleUrls],
});
// esbuild's charset 'ascii' escapes every literal; what is left is in comments.
fs.writeFileSync(mainBundle, asciiOnly(fs.readFileSync(mainBundle, 'utf8')));

// The code cache, made in a child process (a clean V8 with the flags a user's run has) after linting one file.
const warm = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `import fs from 'node:fs';
     const { loadCommonJs } = await import(${JSON.stringify(pathToFileURL(path.join(repo, 'dist/src/engine/code-cache.js')).href)});
     const { exports, script } = loadCommonJs(${JSON.stringify(mainBundle)}, { noCache: true });
     const io = { stdout: () => {}, stderr: () => {}, readStdin: async () => '', cwd: process.cwd(), env: {}, isTTY: false, stderrIsTTY: false };
     await exports.main(${JSON.stringify(WARM_UP_FILES)}, io);
     fs.writeFileSync(${JSON.stringify(`${mainBundle}.v8cache`)}, script.createCachedData());`,
  ],
  { cwd: repo, encoding: 'utf8' },
);
if (warm.status !== 0) throw new Error(`bundle-cli: making the code cache failed: ${warm.stderr}`);
fs.chmodSync(outFile, 0o755);
