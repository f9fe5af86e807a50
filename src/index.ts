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
export { checkPayload, type PayloadCheckOptions } from './engine/check-payload.js';
export type { ApiVersion, PayloadKind, Endpoint, Finding, Edit, Suggestion, Severity, RuleSetting } from './engine/types.js';
export { unknownValue, markOpen, isUnknown } from './engine/partial.js';
export { RULES } from '../rules/index.js';
export { FORMATS } from './report/index.js';
