/**
 * The base64 checks image-source and document-source share: empty data, a
 * pasted `data:` URL prefix (fixed by stripping it), and data that is not
 * base64. Both rules use these message ids for them.
 */
import type { Report } from '../../src/engine/rule.js';
import type { Pointer } from '../../src/engine/types.js';
import { base64Problem, describeBase64Problem } from './media.js';

export type Base64MessageIds = 'emptyData' | 'dataUrl' | 'invalidBase64' | 'stripPrefix';

/**
 * Reports the first shape problem of base64 `data` at `dataPointer`; true when
 * one was reported (the bytes are then not worth reading further).
 * `shown` holds `path` and `apiPath` for the messages.
 */
export function reportBase64Shape(
  context: { report(report: Report<Base64MessageIds>): void },
  data: string,
  dataPointer: Pointer,
  shown: () => { path: string; apiPath: string },
): boolean {
  if (data.length === 0) {
    context.report({ messageId: 'emptyData', pointer: dataPointer, data: shown() });
    return true;
  }
  const problem = base64Problem(data);
  if (!problem) return false;
  if (problem.kind === 'data-url') {
    context.report({
      messageId: 'dataUrl',
      pointer: dataPointer,
      data: { ...shown(), prefix: problem.prefix.length > 40 ? `${problem.prefix.slice(0, 37)}…` : problem.prefix },
      fix: { messageId: 'stripPrefix', data: { prefix: problem.prefix }, edits: [{ op: 'replace', pointer: dataPointer, value: data.slice(problem.prefix.length) }] },
    });
    return true;
  }
  context.report({ messageId: 'invalidBase64', pointer: dataPointer, data: { ...shown(), detail: describeBase64Problem(problem) } });
  return true;
}
