/**
 * fallbacks-vs-fallback-credit-token (beta): a request that redeems a
 * `fallback_credit_token` cannot also set `fallbacks`.
 * See docs/rules/fallbacks-vs-fallback-credit-token.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { isSent, removeFieldSuggestion } from './helpers/fields.js';

type MessageIds = 'combined' | 'removeField';

export default defineRule<MessageIds>({
  id: 'fallbacks-vs-fallback-credit-token',
  meta: {
    type: 'problem',
    description: 'fallback_credit_token (beta) cannot be combined with fallbacks',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      combined:
        'The request redeems a fallback_credit_token and also sets fallbacks. The API answers 400 in every mode of the token (the combination "stays hard"). Send the retry with the token alone.',
      removeField: 'Remove {{field}}',
    },
    triggers: { keys: ['fallback_credit_token'] },
    sources: [
      '@anthropic-ai/sdk resources/beta/messages/messages.d.ts (BetaFallbackCreditTokenParam.mode: "Two failures stay hard in both modes: a malformed token, and combining `fallback_credit_token` with `fallbacks`.")',
      'https://platform.claude.com/docs/en/build-with-claude/refusals-and-fallback',
    ],
  },
  checkRequest(context) {
    const body = context.body;
    if (!isSent(body, 'fallback_credit_token') || !isSent(body, 'fallbacks')) return;
    context.report({
      messageId: 'combined',
      pointer: '/fallbacks',
      target: 'key',
      suggest: [removeFieldSuggestion('fallbacks')],
    });
  },
});
