/**
 * One file's text → one result: the registry's source for the file finds the
 * payloads, the shared step (check-located.ts) checks and locates them.
 */
import type { ApiVersion, PayloadKind, RuleSetting } from '../engine/types.js';
import { sourceEntryFor } from '../sources/index.js';
import { applyFixes } from '../fix/apply-fixes.js';
import { applyTextEdits, type TextEdit } from '../fix/text-edits.js';
import { RULES, RULES_BY_ID, RULE_IDS } from '../../rules/index.js';
import { checkLocated, UNUSED_DISABLE_DIRECTIVE } from './check-located.js';
import { emptyResult, tally, type TextFix, type TextSuggestion, type LintMessage, type LintResult } from './results.js';

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
  /**
   * Report `lint-payloads-disable…` comments that suppressed nothing (ESLint's option of
   * the same name, for our comments): the severity of the rule unused-disable-directive.
   * Default 'off'; a setting of that rule in `rules` is used when this is not given.
   */
  reportUnusedDisableDirectives?: RuleSetting;
}

/**
 * The rule settings a run uses: those given, the unused-directive option, and 'off'
 * for the rules that are off unless asked for (`meta.defaultOff`).
 */
export function effectiveRuleSettings(rules: Record<string, RuleSetting> | undefined, reportUnusedDisableDirectives?: RuleSetting): Record<string, RuleSetting> | undefined {
  const out: Record<string, RuleSetting> = {};
  for (const rule of RULES) if (rule.meta.defaultOff) out[rule.id] = 'off';
  Object.assign(out, rules);
  if (reportUnusedDisableDirectives !== undefined) out[UNUSED_DISABLE_DIRECTIVE] = reportUnusedDisableDirectives;
  return out;
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
  const entry = sourceEntryFor(filePath);
  if (!entry) return { result, fixes };
  const rules = effectiveRuleSettings(options.rules, options.reportUnusedDisableDirectives);
  const source = await entry.extract();
  const extracted = source.extract(text, filePath, {
    explicit: options.explicit ?? true,
    ...(options.declaredRequest ? { declaredRequest: true } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.clients ? { clients: options.clients } : {}),
  });
  for (const problem of extracted.problems) {
    if (problem.ruleId === undefined) {
      result.messages.push({ ruleId: null, severity: 2, fatal: true, message: problem.message, ...problem.location });
      continue;
    }
    // A problem with a rule id is configured as that rule is.
    const setting = rules?.[problem.ruleId] ?? (RULES_BY_ID.get(problem.ruleId)?.meta.severity === 'warning' ? 'warn' : 'error');
    if (setting !== 'off') result.messages.push({ ruleId: problem.ruleId, severity: setting === 'warn' ? 1 : 2, message: problem.message, ...problem.location });
  }
  // Read and found to hold no request (a dataset, a transcript): --debug says why.
  if (extracted.skipped) result.skipped = extracted.skipped.reason;
  const checked = checkLocated(
    { text, filePath, extracted, projectApiVersion: (platform) => entry.projectApiVersion(filePath, platform) },
    {
      ruleSet: RULES,
      knownRuleIds: RULE_IDS,
      date: options.date ?? today(),
      eslintDirectives: true,
      ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
      ...(rules ? { rules } : {}),
      ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
    },
  );
  for (const f of checked.findings) {
    const message: LintMessage = {
      ruleId: f.ruleId,
      ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
      severity: f.severity === 'error' ? 2 : 1,
      ...(f.fatal ? { fatal: true as const } : {}),
      message: f.message,
      ...f.location,
      ...(f.pointer !== undefined ? { pointer: f.pointer } : {}),
    };
    if (f.fix) message.fix = oneFix(text, f.fix);
    if (f.suggestions) {
      message.suggestions = f.suggestions.map((s): TextSuggestion => ({ desc: s.desc, ...(s.messageId ? { messageId: s.messageId, data: s.data ?? {} } : {}), fix: oneFix(text, s.edits) }));
    }
    result.messages.push(message);
    if (collectFixes && message.fix) fixes.push([{ range: message.fix.range, text: message.fix.text }]);
  }
  for (const failure of checked.ruleErrors) {
    result.incomplete = true;
    result.messages.push({ ruleId: null, severity: 2, fatal: true, message: `Internal error in rule ${failure.ruleId}: ${String((failure.error as Error)?.stack ?? failure.error)}`, ...failure.location });
  }
  result.apiVersions = checked.apiVersions;
  return { result: tally(result), fixes };
}
