/**
 * The ESLint plugin, `lint-payloads/eslint` (flat config; ESLint 9 and 10):
 *
 *   import lintPayloads from 'lint-payloads/eslint';
 *   export default [...lintPayloads.configs.recommended];
 *
 * Each check in rules/ is the rule `lint-payloads/<id>`. Configs are arrays (as
 * typescript-eslint's are), so they spread into a config array or go into
 * `extends`. See docs/eslint.md.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';
import { RULES } from '../../rules/index.js';
import { eslintRules } from './rules.js';
import { sourceNamed } from '../sources/index.js';
import { projectApiVersion } from '../config/api-version.js';
import path from 'node:path';

/** The namespace of the rules: `lint-payloads/<id>`. */
export const PLUGIN_NAMESPACE = 'lint-payloads';

/** The files the JS/TS configs apply to: those the registry's JS/TS source reads. */
export const CODE_FILES = [`**/*.{${sourceNamed('js').extensions.map((e) => e.slice(1)).join(',')}}`];
/**
 * Declaration files (`.d.ts`, `.d.mts`, `.d.cts`): they declare types and call
 * nothing, so the JS/TS source never reads them (its `excludes`) and the CLI skips
 * them; the JS/TS configs skip them too (else ESLint ran every rule there for nothing).
 */
export const DECLARATION_FILES = declarationFiles();

function declarationFiles(): string[] {
  const { extensions, excludes } = sourceNamed('js');
  return excludes ? extensions.filter((e) => excludes.test(`x.d${e}`)).map((e) => `**/*.d${e}`) : [];
}
/** Request JSON files (through @eslint/json); narrow this to where your request files live. */
export const JSON_FILES = ['**/*.json'];

function readPackage(): { name: string; version: string } {
  // dist/src/eslint/plugin.js → the package root; read at run time so meta never drifts from package.json.
  const pkg = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

type Severity = 'error' | 'warn';

/** recommended: the recommended rules at their own severity. strict: every rule, every finding an error (deprecations fail CI too). */
function ruleSettings(preset: 'recommended' | 'strict'): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const rule of RULES) {
    if (preset === 'strict') out[`${PLUGIN_NAMESPACE}/${rule.id}`] = 'error';
    else if (rule.meta.recommended) out[`${PLUGIN_NAMESPACE}/${rule.id}`] = rule.meta.severity === 'error' ? 'error' : 'warn';
  }
  return out;
}

export interface LintPayloadsPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  configs: {
    recommended: Linter.Config[];
    strict: Linter.Config[];
    'recommended-json': Linter.Config[];
    'strict-json': Linter.Config[];
  };
}

const pkg = readPackage();

const plugin: LintPayloadsPlugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: PLUGIN_NAMESPACE },
  rules: eslintRules(),
  configs: { recommended: [], strict: [], 'recommended-json': [], 'strict-json': [] },
};

const recommendedRules = ruleSettings('recommended');
const strictRules = ruleSettings('strict');

/**
 * @eslint/json, registered as `json` by the JSON configs themselves: forgetting
 * `plugins: { json }` made ESLint fail with "Could not find plugin json". The same
 * module the user imports (one install), so registering it too is harmless.
 * Loaded only when a JSON config is used; missing, it is a clear error there.
 */
function eslintJson(): ESLint.Plugin {
  try {
    const loaded = createRequire(import.meta.url)('@eslint/json') as { default?: ESLint.Plugin } & ESLint.Plugin;
    return loaded.default ?? loaded;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && /@eslint\/json/.test(String((e as Error).message))) {
      throw new Error("lint-payloads/eslint: the JSON configs check request files through ESLint's JSON language, and @eslint/json is not installed. Run: npm install --save-dev @eslint/json");
    }
    throw e;
  }
}

/**
 * ESLint --cache keys a file's result on its text and its config, not on the
 * package.json whose SDK range decides the API version under `auto`. The API
 * version resolved for ESLint's working folder (core SDK, Bedrock, Vertex: value
 * and reason, which names the manifest and range) goes into the configs' settings,
 * so a changed range changes the config and ESLint lints again. A nested
 * package.json other than the working folder's is not seen: docs/eslint.md says so.
 */
function projectStamp(): string {
  const probe = path.join(process.cwd(), 'eslint-cache-probe.js');
  const versions = [undefined, 'bedrock', 'vertex'].map((platform) => projectApiVersion(probe, platform));
  return [...new Set(versions.map((v) => `${v.value} (${v.reason})`))].join('; ');
}
/** Not under settings['lint-payloads'] (the user's settings): its own key, read by nothing but ESLint's cache. */
const cacheSettings = { 'lint-payloads/project-api-version': projectStamp() };

// Configs refer to the plugin itself, so they are filled in after it exists.
Object.assign(plugin.configs, {
  recommended: [{ name: 'lint-payloads/recommended', files: CODE_FILES, ignores: DECLARATION_FILES, plugins: { [PLUGIN_NAMESPACE]: plugin }, rules: recommendedRules, settings: cacheSettings }],
  strict: [{ name: 'lint-payloads/strict', files: CODE_FILES, ignores: DECLARATION_FILES, plugins: { [PLUGIN_NAMESPACE]: plugin }, rules: strictRules, settings: cacheSettings }],
});
const jsonConfigs: Record<'recommended-json' | 'strict-json', Linter.Config[] | undefined> = { 'recommended-json': undefined, 'strict-json': undefined };
for (const [name, rules] of [['recommended-json', recommendedRules], ['strict-json', strictRules]] as const) {
  Object.defineProperty(plugin.configs, name, {
    enumerable: true,
    get: (): Linter.Config[] =>
      (jsonConfigs[name] ??= [{ name: `lint-payloads/${name}`, files: JSON_FILES, language: 'json/json', plugins: { json: eslintJson(), [PLUGIN_NAMESPACE]: plugin }, rules, settings: cacheSettings }]),
  });
}

export default plugin;
