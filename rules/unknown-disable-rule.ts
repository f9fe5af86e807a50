/**
 * unknown-disable-rule: a `lint-payloads-disable…` comment that names no rule
 * disables nothing, so the finding it was written for is still reported (or a
 * typo hides that it never was). The directives are read by the shared step that
 * locates findings (src/lint/check-located.ts), the same in the CLI and in ESLint;
 * this rule only declares the id, messages and severity. See docs/rules/unknown-disable-rule.md.
 */
import { defineRule } from '../src/engine/rule.js';

export default defineRule<'unknownRule' | 'unknownRuleNear'>({
  id: 'unknown-disable-rule',
  meta: {
    type: 'problem',
    description: 'A lint-payloads disable comment names a rule that does not exist',
    severity: 'warning',
    recommended: true,
    messages: {
      unknownRule: 'The disable comment names "{{rule}}", which is not a lint-payloads rule: it disables nothing.',
      unknownRuleNear: 'The disable comment names "{{rule}}", which is not a lint-payloads rule: it disables nothing. Did you mean "{{near}}"?',
    },
    sources: ['https://eslint.org/docs/latest/use/configure/rules#disabling-rules'],
  },
});
