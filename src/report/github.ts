/**
 * GitHub Actions workflow commands: one `::error`/`::warning` per finding, shown
 * inline on the pull request. Escaping per the workflow-command spec: in the
 * message `%`, CR, LF; in properties also `:` and `,`.
 */
import { FILE_PROBLEM_RULE_ID, formatAll, ruleDocsUrl, ruleNoteCollector, type Formatter, type StreamingFormatter } from './formatter.js';
import { relativePath } from '../lint/lint-files.js';
import { escapeControl } from './escape.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command per finding, a file at a time; nothing is kept between files. */
export const githubStream: StreamingFormatter = ({ cwd, rules }) => {
  const notes = ruleNoteCollector(rules);
  return {
  file(r) {
    // Most files have nothing to say: no path to make relative for them.
    if (r.messages.length === 0) return '';
    notes.add(r);
    const lines: string[] = [];
    const file = escapeControl(relativePath(r.filePath, cwd).split('\\').join('/'));
    for (const m of r.messages) {
      const command = m.severity === 2 ? 'error' : 'warning';
      const title = `lint-payloads/${m.ruleId ?? FILE_PROBLEM_RULE_ID}`;
      const props = [`file=${escapeProperty(file)}`, `line=${m.line}`, `col=${m.column}`, `endLine=${m.endLine}`, `endColumn=${m.endColumn}`, `title=${escapeProperty(title)}`].join(',');
      const pointer = m.pointer ? ` (${m.pointer || '/'})` : '';
      lines.push(`::${command} ${props}::${escapeData(escapeControl(m.message + pointer))}`);
    }
    return lines.map((line) => `${line}\n`).join('');
  },
  // A rule's aside once per run (meta.note), as a notice of the run rather than on every annotation.
  end: () =>
    notes
      .notes()
      .map(({ ruleId, note }) => `::notice title=${escapeProperty(`lint-payloads/${ruleId}`)}::${escapeData(`${note} See ${ruleDocsUrl(ruleId)}`)}\n`)
      .join(''),
  };
};

export const github: Formatter = formatAll(githubStream);
