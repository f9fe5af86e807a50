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

/**
 * A format that prints each file's result as it comes, keeping only what its
 * summary needs (counts, the API versions): a run over 20,000 files then holds
 * no results. `end` is called once, after the last file; `context.notices` is
 * complete by then.
 */
export interface FormatStream {
  file(result: LintResult): string;
  end(): string;
}

export type StreamingFormatter = (context: FormatContext) => FormatStream;

/** Its text for the whole run, from its stream: one way of printing, whether results are kept or not. */
export function formatAll(stream: StreamingFormatter): Formatter {
  return (results, context) => {
    const s = stream(context);
    let out = '';
    for (const r of results) out += s.file(r);
    return out + s.end();
  };
}

export const DOCS_BASE_URL = 'https://github.com/lint-payloads/lint-payloads/blob/main/docs/rules/';

/** How to run the plugin in ESLint (the same repository as package.json's `repository`; checked by a test). */
export const ESLINT_DOCS_URL = 'https://github.com/lint-payloads/lint-payloads/blob/main/docs/eslint.md';

/** SARIF and GitHub need a rule for a problem with the file itself (not JSON, unreadable), which has ruleId null as ESLint's fatal errors. */
export const FILE_PROBLEM_RULE_ID = 'file-problem';

export function ruleDocsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

/**
 * The footer of a human format: each rule's aside (`meta.note`) once per run, for
 * the rules that found something, in the order of their first finding. Messages
 * stay short; what would repeat on every finding is said here.
 */
/**
 * The asides (`meta.note`) of the rules that reported, in the order they first
 * did, gathered a file at a time: a streamed report keeps only these.
 */
export function ruleNoteCollector(rules: readonly Rule[]): { add(result: LintResult): void; notes(): { ruleId: string; note: string }[] } {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const notes = new Map<string, string>();
  return {
    add(result) {
      for (const m of result.messages) {
        const note = m.ruleId ? byId.get(m.ruleId)?.meta.note : undefined;
        if (note && !notes.has(m.ruleId!)) notes.set(m.ruleId!, note);
      }
    },
    notes: () => [...notes].map(([ruleId, note]) => ({ ruleId, note })),
  };
}
