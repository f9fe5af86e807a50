/**
 * The Node API: the same checks as the CLI and the ESLint plugin, for editor
 * integrations and scripts. Every option is checked first: a wrong one throws a
 * LintPayloadsOptionError (a TypeError) that names it.
 *
 *   import { lintFiles, lintText, checkPayload } from 'lint-payloads';
 *
 *   const { results } = await lintFiles(['requests/'], { date: '2026-11-26' });
 *   const result = await lintText(text, { filePath: 'src/app.ts' }); // as ESLint's lintText, but one result
 *   const findings = checkPayload(body, { kind: 'messages', apiVersion: '2026-10-21', date: '2026-11-26' });
 */
import path from 'node:path';
import { lintFiles as lintFilesImpl, type LintFilesOptions, type LintRun } from './lint/lint-files.js';
import { lintText as lintTextImpl, type LintOptions } from './lint/lint-text.js';
import { checkPayload as checkPayloadImpl, type PayloadCheckOptions } from './engine/check-payload.js';
import { checkLintFilesOptions, checkLintTextOptions, checkPayloadOptions, LintPayloadsOptionError } from './lint/options.js';
import type { LintResult } from './lint/results.js';
import type { Finding } from './engine/types.js';
import { RULES } from '../rules/index.js';
import { assertJsonValue } from './engine/json-value.js';

export type { LintFilesOptions, LintRun } from './lint/lint-files.js';
export type { IgnoreRules } from './lint/discover.js';
export type { CacheOptions, CacheStrategy } from './lint/cache.js';
export type { LintOptions } from './lint/lint-text.js';
export type { LintResult, LintMessage, ApiVersionUse, TextFix, TextSuggestion } from './lint/results.js';
export type { PayloadCheckOptions } from './engine/check-payload.js';
export type { ApiVersion, ApiVersionOrUnknown, PayloadKind, Endpoint, Finding, Edit, Suggestion, Severity, RuleSetting, Pointer } from './engine/types.js';
export type { Platform, Origin, Sdk } from './engine/rule.js';
export { LintPayloadsOptionError } from './lint/options.js';
export { InvalidInputError } from './engine/json-value.js';
export { unknownValue, markOpen, isUnknown } from './engine/partial.js';
export { RULES } from '../rules/index.js';
export { FORMATS } from './report/index.js';

export interface LintTextOptions extends LintOptions {
  /**
   * The file the text is, relative to the working folder: its extension decides
   * JSON/JSONL vs JS/TS, and its folder the project manifest (API version under
   * `auto`). Default: `<text>.json` in the working folder (a request body).
   */
  filePath?: string;
}

/**
 * Lints one text. `lintText(text, { filePath, ...options })` as ESLint's; the older
 * `lintText(text, filePath, options)` still works. Resolves to one result (ESLint's
 * resolves to an array of one).
 */
export function lintText(text: string, options?: LintTextOptions): Promise<LintResult>;
export function lintText(text: string, filePath: string, options?: LintOptions): Promise<LintResult>;
export async function lintText(text: string, pathOrOptions?: string | LintTextOptions, maybeOptions?: LintOptions): Promise<LintResult> {
  if (typeof text !== 'string') throw new LintPayloadsOptionError(`lintText: expected the text as a string, got ${typeof text}.`);
  let filePath: string | undefined;
  let options: LintOptions;
  if (typeof pathOrOptions === 'string') {
    checkLintTextOptions(maybeOptions);
    filePath = pathOrOptions;
    options = maybeOptions ?? {};
  } else {
    checkLintTextOptions(pathOrOptions);
    const { filePath: given, ...rest } = pathOrOptions ?? {};
    filePath = given;
    options = rest;
  }
  return lintTextImpl(text, path.resolve(filePath ?? '<text>.json'), options);
}

/** Lints the files that paths and globs name (default: the working folder). */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintRun> {
  checkLintFilesOptions(patterns, options);
  return lintFilesImpl(patterns, options);
}

/**
 * Checks one payload (a request body, or a batch body with `kind: 'batch'`) and
 * returns its findings, with JSON Pointers. The engine is handed its rules: here
 * every rule of the registry, unless `options.ruleSet` names others.
 */
export function checkPayload(payload: unknown, options: PayloadCheckOptions): Finding[] {
  checkPayloadOptions(options);
  // A cycle, a sparse array or a getter would hang or escape the rules: a clear error instead.
  assertJsonValue(payload);
  return checkPayloadImpl(payload, { ...options, ruleSet: options.ruleSet ?? RULES });
}
