/**
 * The Node API: the same checks as the CLI and the ESLint plugin, for editor
 * integrations and scripts.
 *
 *   import { lintFiles, lintText, checkPayload } from 'lint-payloads';
 */
export { lintFiles, type LintFilesOptions, type LintRun } from './lint/lint-files.js';
export type { CacheOptions, CacheStrategy } from './lint/cache.js';
export { lintText, type LintOptions } from './lint/lint-text.js';
export type { LintResult, LintMessage, ApiVersionUse } from './lint/results.js';
export type { ApiVersion, PayloadKind, Endpoint, Finding, Edit, Suggestion, Severity, RuleSetting } from './engine/types.js';
export type { PayloadCheckOptions } from './engine/check-payload.js';
import { checkPayload as checkWithRules, type PayloadCheckOptions } from './engine/check-payload.js';
import type { Finding } from './engine/types.js';
import { RULES } from '../rules/index.js';
export { unknownValue, markOpen, isUnknown } from './engine/partial.js';
export { RULES } from '../rules/index.js';

/**
 * Checks one payload (a request body, or a batch body with `kind: 'batch'`) and
 * returns its findings, with JSON Pointers. The engine is handed its rules: here
 * every rule of the registry, unless `options.ruleSet` names others.
 */
export function checkPayload(payload: unknown, options: PayloadCheckOptions): Finding[] {
  return checkWithRules(payload, { ...options, ruleSet: options.ruleSet ?? RULES });
}
export { FORMATS } from './report/index.js';
