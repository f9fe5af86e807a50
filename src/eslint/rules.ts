/**
 * Every engine rule in rules/index.ts becomes one ESLint rule, with its meta
 * derived from the engine rule's meta (so a new rule in the registry is in the
 * plugin with no change here).
 */
import type { Rule as EslintRule } from 'eslint';
import type { Rule } from '../engine/rule.js';
import { RULES } from '../../rules/index.js';
import { analysisFor, type LintContext, type PreparedReport } from './analysis.js';
import type { TextEdit } from '../fix/text-edits.js';
import { isMomoaDocument } from './json-document.js';

/** Rule docs live in the repository; each rule's `docs.url` is `${DOCS_BASE_URL}<id>.md`. */
export const DOCS_BASE_URL = 'https://github.com/lint-payloads/lint-payloads/blob/main/docs/rules/';

/** The languages a rule runs on: JS/TS, and request JSON files through @eslint/json. */
const LANGUAGES = ['js/js', 'json/json', 'json/jsonc', 'json/json5'];

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

function fixFunction(edits: readonly TextEdit[]): EslintRule.ReportFixer {
  return (fixer) => edits.map((e) => fixer.replaceTextRange([e.range[0], e.range[1]], e.text));
}

function toDescriptor(rule: Rule, report: PreparedReport): EslintRule.ReportDescriptor {
  const descriptor = {
    ...(report.message !== undefined ? { message: report.message } : { messageId: report.messageId, data: report.data }),
    loc: report.loc,
  } as EslintRule.ReportDescriptor;
  // ESLint throws on a fix or suggestion from a rule whose meta does not declare them.
  if (report.fix && rule.meta.fixable) descriptor.fix = fixFunction(report.fix);
  // A suggestion names its message like a report does (ESLint renders it, tests match it by id).
  if (report.suggest && rule.meta.hasSuggestions) {
    descriptor.suggest = report.suggest.map((s) =>
      s.messageId && Object.prototype.hasOwnProperty.call(rule.meta.messages, s.messageId) ? { messageId: s.messageId, data: s.data, fix: fixFunction(s.edits) } : { desc: s.desc, fix: fixFunction(s.edits) },
    );
  }
  return descriptor;
}

/** One frozen empty listener set for every rule that has nothing to do in a file. */
const NO_LISTENERS: EslintRule.RuleListener = Object.freeze({});

export function toEslintRule(rule: Rule): EslintRule.RuleModule {
  const { meta } = rule;
  const eslintMeta: EslintRule.RuleMetaData & { defaultOptions?: unknown[]; languages?: string[] } = {
    type: meta.type,
    docs: { description: meta.description, recommended: meta.recommended, url: docsUrl(rule.id) },
    messages: { ...meta.messages },
    schema: (meta.schema ?? []) as EslintRule.RuleMetaData['schema'],
    languages: LANGUAGES,
  };
  if (meta.fixable) eslintMeta.fixable = 'code';
  if (meta.hasSuggestions) eslintMeta.hasSuggestions = true;
  if (meta.defaultOptions) eslintMeta.defaultOptions = meta.defaultOptions;
  // What can make the rule report in a file: its text (always read), payloads, or only directives (the directive rules).
  const readsText = Boolean(rule.checkText);
  const checksPayloads = Boolean(rule.checkRequest || rule.checkBatch);
  return {
    meta: eslintMeta,
    create(context) {
      const lintContext = context as unknown as LintContext;
      const analysis = analysisFor(lintContext);
      // Nothing to listen for: a payload rule on a file without API calls, a directive rule on a file without our directives.
      if (!readsText && (checksPayloads ? !analysis.mayHavePayloads() : !analysis.mayHaveDirectives())) return NO_LISTENERS;
      analysis.register(rule.id, context.options);
      const report = (): void => {
        for (const r of analysis.reportsFor(rule.id)) context.report(toDescriptor(rule, r));
      };
      // On the root node (every rule is created before the walk starts): a JSON Document or a JS Program.
      return (isMomoaDocument(context.sourceCode.ast) ? { Document: report } : { Program: report }) as EslintRule.RuleListener;
    },
  };
}

export function eslintRules(): Record<string, EslintRule.RuleModule> {
  const out: Record<string, EslintRule.RuleModule> = {};
  for (const rule of RULES) out[rule.id] = toEslintRule(rule);
  return out;
}
