/**
 * What a lint run returns, per file: ESLint's result shape (so its formatters'
 * users feel at home), plus the JSON Pointer of each finding and the API
 * version each file was checked against, with the reason.
 */
import type { ApiVersionOrUnknown, Pointer } from '../engine/types.js';

/** ESLint's fix: replace the text in `range` (UTF-16 offsets into the file) with `text`. */
export interface TextFix {
  range: [number, number];
  text: string;
}

/** ESLint's suggestion: a description (and the rule's message id) and its fix. */
export interface TextSuggestion {
  desc: string;
  messageId?: string;
  data?: Record<string, string>;
  fix: TextFix;
}

export interface LintMessage {
  /** null for a problem with the file itself (not JSON, unreadable, …). */
  ruleId: string | null;
  messageId?: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** RFC 6901 pointer of the offending value in the file's JSON document (or in the call's payload). */
  pointer?: Pointer;
  /** The file could not be checked (parse error, unreadable, …). */
  fatal?: true;
  /** The safe fix, as text to write into the file (ESLint's shape); absent when it cannot be written where the value is. */
  fix?: TextFix;
  suggestions?: TextSuggestion[];
}

export interface ApiVersionUse {
  value: ApiVersionOrUnknown;
  reason: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The API versions this file's payloads were checked against, and why. */
  apiVersions: ApiVersionUse[];
  /** With fix: the text after applying the fixes, when they changed it (ESLint's `output`). */
  output?: string;
  /** The file could not be fully checked: unreadable, or a rule failed inside the linter (exit code 2). */
  incomplete?: true;
  /**
   * Why nothing in the file was checked, when a source decided so (a JSON file that
   * is not a request, a JSONL file of transcripts): not reported, said under --debug.
   * Hook for sources: set it from the extraction's skip reason.
   */
  skipped?: string;
}

export function emptyResult(filePath: string): LintResult {
  return { filePath, messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, apiVersions: [] };
}

export function tally(result: LintResult): LintResult {
  result.messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
  result.errorCount = result.messages.filter((m) => m.severity === 2).length;
  result.warningCount = result.messages.filter((m) => m.severity === 1).length;
  result.fatalErrorCount = result.messages.filter((m) => m.fatal).length;
  result.fixableErrorCount = result.messages.filter((m) => m.severity === 2 && m.fix).length;
  result.fixableWarningCount = result.messages.filter((m) => m.severity === 1 && m.fix).length;
  return result;
}
