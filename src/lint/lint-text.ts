/**
 * One file's text → one result: the file's source finds the payloads, the engine
 * checks each, findings are located back in the file.
 */
import type { ApiVersion, PayloadKind, RuleSetting } from '../engine/types.js';
import { checkEvery, checkPayload, type PayloadCheckOptions } from '../engine/check-payload.js';
import { checkText } from '../engine/check-text.js';
import { sourceFor } from '../sources/index.js';
import { LineIndex } from '../sources/json/scanner.js';
import { projectApiVersion } from '../config/api-version.js';
import { applyFixes } from '../fix/apply-fixes.js';
import { applyTextEdits, toTextEdits, type EditSource, type TextEdit } from '../fix/text-edits.js';
import type { Suggestion } from '../engine/types.js';
import { emptyResult, tally, type TextFix, type TextSuggestion, type ApiVersionUse, type LintMessage, type LintResult } from './results.js';

export interface LintOptions {
  /**
   * For payloads that do not state their own version (a header on the call, a
   * Bedrock body's anthropic_version): a fixed version, or 'auto' (default) to
   * read the project manifest.
   */
  apiVersion?: ApiVersion | 'auto';
  /** YYYY-MM-DD; default today (UTC). */
  date?: string;
  /** Treat JSON bodies as this kind instead of detecting it by shape. */
  kind?: PayloadKind;
  rules?: Record<string, RuleSetting>;
  ruleOptions?: Record<string, unknown[]>;
  /** JS/TS: which receivers count as Anthropic clients. */
  clients?: 'anthropic-only' | 'any-shaped';
  /** Apply the fixes of findings to the text; the fixed text is the result's `output` (the file is not written). */
  fix?: boolean;
}

/** ESLint's limit: a fix can make another finding fixable; stop after this many passes. */
const MAX_FIX_PASSES = 10;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Several edits of one fix as ESLint's single replacement: the span they cover, rewritten. */
function oneFix(text: string, edits: readonly TextEdit[]): TextFix {
  const start = Math.min(...edits.map((e) => e.range[0]));
  const end = Math.max(...edits.map((e) => e.range[1]));
  const shifted = edits.map((e) => ({ range: [e.range[0] - start, e.range[1] - start] as const, text: e.text }));
  return { range: [start, end], text: applyTextEdits(text.slice(start, end), shifted) };
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Per text: named explicitly (not found by a walk); given as a request (standard input). */
type TextOptions = LintOptions & { explicit?: boolean; declaredRequest?: boolean };

export async function lintText(text: string, filePath: string, options: TextOptions = {}): Promise<LintResult> {
  if (!options.fix) return (await lintOnce(text, filePath, options, false)).result;
  let current = text;
  for (let pass = 1; ; pass++) {
    const { result, fixes } = await lintOnce(current, filePath, options, true);
    const next = fixes.length && pass <= MAX_FIX_PASSES ? applyFixes(current, fixes) : current;
    if (next === current) {
      if (current !== text) result.output = current;
      return result;
    }
    current = next;
  }
}

async function lintOnce(text: string, filePath: string, options: TextOptions, collectFixes: boolean): Promise<{ result: LintResult; fixes: TextEdit[][] }> {
  const fixes: TextEdit[][] = [];
  const result = emptyResult(filePath);
  const source = await sourceFor(filePath);
  if (!source) return { result, fixes };
  const date = options.date ?? today();
  const extracted = source.extract(text, filePath, {
    explicit: options.explicit ?? true,
    ...(options.declaredRequest ? { declaredRequest: true } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.clients ? { clients: options.clients } : {}),
  });
  for (const problem of extracted.problems) {
    result.messages.push({ ruleId: null, severity: 2, fatal: true, message: problem.message, ...problem.location });
  }
  const versions = new Map<string, ApiVersionUse>();
  const seen = new Set<string>();
  for (const located of extracted.payloads) {
    // What the call or body states is what is sent; a configured version stands in
    // for the project's manifest only (the ESLint plugin resolves it the same way).
    const version: ApiVersionUse =
      located.apiVersion ??
      (options.apiVersion && options.apiVersion !== 'auto' ? { value: options.apiVersion, reason: 'set by --api-version / config' } : projectApiVersion(filePath, located.origin === 'sdk-call' ? located.platform : undefined));
    versions.set(`${version.value}|${version.reason}`, version);
    const failures: { ruleId: string; error: unknown }[] = [];
    const checkOptions: PayloadCheckOptions = {
      kind: located.kind,
      apiVersion: version.value,
      date,
      endpoint: located.endpoint,
      ...(located.platform ? { platform: located.platform } : {}),
      ...(located.streaming !== undefined ? { streaming: located.streaming } : {}),
      ...(located.origin ? { origin: located.origin } : {}),
      ...(located.requestName ? { requestName: located.requestName } : {}),
      ...(located.sdkTimeoutSet !== undefined ? { sdkTimeoutSet: located.sdkTimeoutSet } : {}),
      ...(located.sdk ? { sdk: located.sdk } : {}),
      // A request file's body is no larger than the file (compact JSON is never longer).
      ...(located.origin === undefined || located.origin === 'request-file' ? { sizeBound: text.length * 3 } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
      ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
      onRuleError: (ruleId, error) => failures.push({ ruleId, error }),
    };
    const findings = located.alternatives ? checkEvery([located.payload, ...located.alternatives], checkOptions) : checkPayload(located.payload, checkOptions);
    if (findings.length) located.prepare?.(findings.map((f) => f.pointer));
    let edits: EditSource | undefined;
    const textFix = (s: Suggestion | undefined): TextFix | undefined => {
      if (!s || !located.editSource) return undefined;
      const mapped = toTextEdits(s.edits, (edits ??= located.editSource()));
      return mapped ? oneFix(text, mapped) : undefined;
    };
    for (const f of findings) {
      const location = located.locate(f.pointer, f.target);
      const message: LintMessage = {
        ruleId: f.ruleId,
        messageId: f.messageId,
        severity: f.severity === 'error' ? 2 : 1,
        message: f.message,
        ...location,
        pointer: located.displayPointer ? located.displayPointer(f.pointer) : f.pointer,
      };
      const fix = textFix(f.fix);
      if (fix) message.fix = fix;
      const suggestions = (f.suggestions ?? []).flatMap((s): TextSuggestion[] => {
        const sfix = textFix(s);
        return sfix ? [{ desc: s.message, ...(s.messageId ? { messageId: s.messageId, data: s.data ?? {} } : {}), fix: sfix }] : [];
      });
      if (suggestions.length) message.suggestions = suggestions;
      if (extracted.disabled?.(f.ruleId, location.line)) continue;
      // A call checked once per branch of a `cond ? a : b` reports a shared mistake once.
      const key = `${f.ruleId}|${location.line}|${location.column}|${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.messages.push(message);
      if (collectFixes && message.fix) fixes.push([{ range: message.fix.range, text: message.fix.text }]);
    }
    for (const failure of failures) {
      const location = located.locate('', 'value');
      if (isStackOverflow(failure.error)) {
        const key = `deep|${location.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.messages.push({ ruleId: null, severity: 2, fatal: true, message: 'The request is nested too deeply to check (the linter ran out of stack); no request nests this deep.', ...location });
      } else {
        result.incomplete = true;
        result.messages.push({ ruleId: null, severity: 2, fatal: true, message: `Internal error in rule ${failure.ruleId}: ${String((failure.error as Error)?.stack ?? failure.error)}`, ...location });
      }
    }
  }
  const textFindings = checkText(text, filePath, { ...(options.rules ? { rules: options.rules } : {}), ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}) });
  if (textFindings.length) {
    const lines = new LineIndex(text);
    for (const f of textFindings) {
      const a = lines.position(f.start);
      const b = lines.position(f.end);
      if (extracted.disabled?.(f.ruleId, a.line)) continue;
      result.messages.push({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity === 'error' ? 2 : 1, message: f.message, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
    }
  }
  result.apiVersions = [...versions.values()];
  return { result: tally(result), fixes };
}
