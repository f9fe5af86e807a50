/**
 * The default, for people: ESLint's stylish layout, plus the JSON Pointer of
 * each finding and the API version each file was checked against.
 */
import { DOCS_BASE_URL, ESLINT_DOCS_URL, formatAll, ruleNoteCollector, type FormatContext, type Formatter, type StreamingFormatter } from './formatter.js';
import { relativePath } from '../lint/lint-files.js';
import { CATALOGUE_LABEL } from '../catalogue/catalogue.js';
import { escapeControl } from './escape.js';
import type { LintResult } from '../lint/results.js';

const ansi = (code: string) => (on: boolean, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
const red = ansi('31');
const yellow = ansi('33');
const dim = ansi('2');
const underline = ansi('4');
const bold = ansi('1');

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - s.length));
}

/** Stylish a file at a time: each file's block as it comes, the summary from the counts kept. */
export const stylishStream: StreamingFormatter = ({ cwd, color, notices, rules }) => {
  const notes = ruleNoteCollector(rules);
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const versions = new Map<string, { reason: string; files: number }>();
  // Lines end with "\n"; the blank line before the first block is not printed.
  let started = false;
  const print = (out: string[]): string => {
    if (!started && out[0] === '') out.shift();
    if (out.length) started = true;
    return out.map((line) => `${line}\n`).join('');
  };
  const file = (r: LintResult): string => {
    const out: string[] = [];
    for (const v of r.apiVersions) {
      const key = `${v.value} (${v.reason})`;
      const entry = versions.get(key) ?? { reason: v.reason, files: 0 };
      entry.files++;
      versions.set(key, entry);
    }
    if (r.messages.length === 0) return '';
    notes.add(r);
    errors += r.errorCount;
    warnings += r.warningCount;
    fixable += r.fixableErrorCount + r.fixableWarningCount;
    const version = r.apiVersions.length === 1 ? dim(color, `  (API ${r.apiVersions[0]!.value})`) : '';
    out.push('', underline(color, escapeControl(relativePath(r.filePath, cwd))) + version);
    const rows = r.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? 'error' : 'warning',
      escapeControl(m.message),
      m.ruleId ?? '',
      m.pointer !== undefined ? escapeControl(m.pointer) || '(body)' : '',
    ]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    for (const [pos, sev, msg, rule, ptr] of rows) {
      const sevText = sev === 'error' ? red(color, pad(sev!, 7)) : yellow(color, pad(sev!, 7));
      out.push(`  ${dim(color, pad(pos!, w0))}  ${sevText}  ${msg}  ${dim(color, rule!)}${ptr ? dim(color, `  ${ptr}`) : ''}`);
    }
    return print(out);
  };
  return { file, end: () => print(summaryLines({ color, notices }, { errors, warnings, fixable, versions, notes: notes.notes() })) };
};

export const stylish: Formatter = formatAll(stylishStream);

/** The lines after the files: totals, the API versions, the catalogue, the notices. */
function summaryLines(
  { color, notices }: Pick<FormatContext, 'color' | 'notices'>,
  { errors, warnings, fixable, versions, notes }: { errors: number; warnings: number; fixable: number; versions: Map<string, { reason: string; files: number }>; notes: { ruleId: string; note: string }[] },
): string[] {
  const out: string[] = [];
  const total = errors + warnings;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
    out.push('', bold(color, errors > 0 ? red(color, summary) : yellow(color, summary)));
    if (fixable > 0) out.push(dim(color, `  ${fixable} potentially fixable with the --fix option (in the editor: ESLint --fix, see ${ESLINT_DOCS_URL})`));
  }
  // Said with the findings it explains; a clean run prints nothing, as ESLint does.
  if (versions.size > 0 && total > 0) {
    out.push('', dim(color, 'API version checked against:'));
    for (const [key, v] of versions) out.push(dim(color, `  ${key}: ${v.files} file${v.files === 1 ? '' : 's'}`));
  }
  // Which models the findings know of depends on the catalogue's age.
  if (total > 0) out.push(dim(color, `Checked with the ${CATALOGUE_LABEL}.`));
  // Asides said once per run, not on every finding (meta.note), and where each rule is explained.
  if (notes.length > 0) {
    out.push('', dim(color, 'Notes:'));
    for (const { ruleId, note } of notes) out.push(dim(color, `  ${ruleId}: ${note}`));
  }
  if (total > 0) out.push(dim(color, `Each rule is explained at ${DOCS_BASE_URL}<rule-id>.md`));
  for (const n of notices) out.push(dim(color, escapeControl(n)));
  return out;
}
