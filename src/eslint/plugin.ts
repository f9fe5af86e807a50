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
import type { ESLint, Linter } from 'eslint';
import { RULES } from '../../rules/index.js';
import { eslintRules } from './rules.js';
import { sourceNamed } from '../sources/index.js';

/** The namespace of the rules: `lint-payloads/<id>`. */
export const PLUGIN_NAMESPACE = 'lint-payloads';

/** The files the JS/TS configs apply to: those the registry's JS/TS source reads. */
export const CODE_FILES = [`**/*.{${sourceNamed('js').extensions.map((e) => e.slice(1)).join(',')}}`];
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

// Configs refer to the plugin itself, so they are filled in after it exists.
Object.assign(plugin.configs, {
  recommended: [{ name: 'lint-payloads/recommended', files: CODE_FILES, plugins: { [PLUGIN_NAMESPACE]: plugin }, rules: recommendedRules }],
  strict: [{ name: 'lint-payloads/strict', files: CODE_FILES, plugins: { [PLUGIN_NAMESPACE]: plugin }, rules: strictRules }],
  // The user registers @eslint/json as `json` (plugins: { json }); this config only selects its language.
  'recommended-json': [{ name: 'lint-payloads/recommended-json', files: JSON_FILES, language: 'json/json', plugins: { [PLUGIN_NAMESPACE]: plugin }, rules: recommendedRules }],
  'strict-json': [{ name: 'lint-payloads/strict-json', files: JSON_FILES, language: 'json/json', plugins: { [PLUGIN_NAMESPACE]: plugin }, rules: strictRules }],
} satisfies LintPayloadsPlugin['configs']);

export default plugin;
