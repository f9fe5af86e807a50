/**
 * unused-disable-directive: a `lint-payloads-disable…` comment that suppressed no
 * finding (the call was fixed, the rule was turned off, the comment sits on the
 * wrong line): it hides nothing today and would hide a new mistake tomorrow. As
 * ESLint's `--report-unused-disable-directives`, for our own comments, and off
 * unless asked for: the CLI's `--report-unused-disable-directives[=off|warn|error]`
 * and the config's `reportUnusedDisableDirectives` set it; in ESLint, turn on
 * `lint-payloads/unused-disable-directive` (ESLint's own linterOptions setting
 * covers only `eslint-disable` comments). The directives are read by the shared
 * step (src/lint/disables.ts, src/lint/check-located.ts); this rule declares the id,
 * messages and severity. See docs/rules/unused-disable-directive.md.
 */
import { defineRule } from '../src/engine/rule.js';

export default defineRule<'unusedRule' | 'unusedAll'>({
  id: 'unused-disable-directive',
  meta: {
    type: 'problem',
    description: 'A lint-payloads disable comment that suppressed no finding (off unless asked for)',
    severity: 'warning',
    recommended: false,
    defaultOff: true,
    messages: {
      unusedRule: 'Unused lint-payloads-disable directive: it suppressed no "{{rule}}" finding. Remove "{{rule}}" from the comment.',
      unusedAll: 'Unused lint-payloads-disable directive: it suppressed no finding. Remove the comment.',
    },
    sources: ['https://eslint.org/docs/latest/use/command-line-interface#--report-unused-disable-directives'],
  },
});
