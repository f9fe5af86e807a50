/** ESLint's JSON formatter shape, plus `pointer` on each message (and the API versions used per file). */
import type { Formatter } from './formatter.js';

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
      messages: r.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        ...(m.pointer !== undefined ? { pointer: m.pointer } : {}),
        ...(m.messageId ? { messageId: m.messageId } : {}),
        ...(m.fatal ? { fatal: true } : {}),
        ...(m.fix ? { fix: m.fix } : {}),
        ...(m.suggestions ? { suggestions: m.suggestions } : {}),
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
      fatalErrorCount: r.fatalErrorCount,
      fixableErrorCount: r.fixableErrorCount,
      fixableWarningCount: r.fixableWarningCount,
      apiVersions: r.apiVersions,
      ...(r.output !== undefined ? { output: r.output } : {}),
    })),
  ) + '\n';
