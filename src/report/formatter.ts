/** What every output format receives. */
import type { LintResult } from '../lint/results.js';
import type { Rule } from '../engine/rule.js';

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Every registered rule (SARIF lists them). */
  rules: readonly Rule[];
  /** The tool's version (SARIF, json). */
  version: string;
  /** Lines said once per run (stale catalogue, skipped files): stylish prints them, SARIF notes them. */
  notices: string[];
}

export type Formatter = (results: LintResult[], context: FormatContext) => string;

export const DOCS_BASE_URL = 'https://github.com/lint-payloads/lint-payloads/blob/main/docs/rules/';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}
