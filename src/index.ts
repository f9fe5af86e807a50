/**
 * The Node API: the same checks as the CLI and the ESLint plugin, for editor
 * integrations and scripts.
 *
 *   import { lintFiles, lintText, checkPayload } from 'lint-payloads';
 */
import { lintFiles as lintFilesUnchecked, type LintFilesOptions, type LintRun } from './lint/lint-files.js';
import { lintText as lintTextUnchecked, type LintOptions } from './lint/lint-text.js';
import { checkPayload as checkPayloadUnchecked, type PayloadCheckOptions } from './engine/check-payload.js';
import type { LintResult } from './lint/results.js';
import type { Finding } from './engine/types.js';
import { assertJsonValue, assertOptions, CHECK_API_VERSIONS, LINT_API_VERSIONS, InvalidInputError } from './engine/json-value.js';

export type { LintFilesOptions, LintRun, LintOptions, PayloadCheckOptions };
export { InvalidInputError };

// The public entry points check what a caller passes (src/engine/json-value.ts): a clear error, never a hang.
export function lintFiles(patterns: string[], options?: LintFilesOptions): Promise<LintRun> {
  if (!Array.isArray(patterns) || !patterns.every((p) => typeof p === 'string')) throw new InvalidInputError('lint-payloads: lintFiles takes an array of paths or globs.');
  assertOptions(options, LINT_API_VERSIONS);
  return lintFilesUnchecked(patterns, options);
}

export function lintText(text: string, filePath: string, options?: LintOptions): Promise<LintResult> {
  if (typeof text !== 'string') throw new InvalidInputError('lint-payloads: lintText takes the text of a file (a string).');
  if (typeof filePath !== 'string') throw new InvalidInputError('lint-payloads: lintText takes the file\'s path (a string) as its second argument.');
  assertOptions(options, LINT_API_VERSIONS);
  return lintTextUnchecked(text, filePath, options);
}

export function checkPayload(payload: unknown, options: PayloadCheckOptions): Finding[] {
  assertOptions(options, CHECK_API_VERSIONS, ['kind', 'apiVersion', 'date']);
  assertJsonValue(payload);
  return checkPayloadUnchecked(payload, options);
}

export type { CacheOptions, CacheStrategy } from './lint/cache.js';
export type { LintResult, LintMessage, ApiVersionUse } from './lint/results.js';
export type { ApiVersion, PayloadKind, Endpoint, Finding, Edit, Suggestion, Severity, RuleSetting } from './engine/types.js';
export { unknownValue, markOpen, isUnknown } from './engine/partial.js';
export { RULES } from '../rules/index.js';
export { FORMATS } from './report/index.js';
