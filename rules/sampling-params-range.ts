/**
 * sampling-params-range: under API version 2023-06-01, `top_p` outside 0–1 and
 * a `top_k` that is not a non-negative integer. Both ranges come from the 0.x
 * SDK's doc comments only and are unconfirmed by the API docs, so this is a
 * warning (`temperature`'s 0–1 range is confirmed and is request-schema's).
 * See docs/rules/sampling-params-range.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { knownNumber, prop } from '../src/engine/values.js';

type MessageIds = 'topPRange' | 'topKRange';

export default defineRule<MessageIds>({
  id: 'sampling-params-range',
  meta: {
    type: 'problem',
    description: 'Under API version 2023-06-01, top_p between 0 and 1, top_k a non-negative integer (unconfirmed ranges: a warning)',
    severity: 'warning',
    recommended: true,
    apiVersions: ['2023-06-01'],
    messages: {
      topPRange: 'top_p is {{value}}, but it is a probability between 0 and 1. The API most likely answers 400 invalid_request_error. Use a value between 0 and 1, or leave top_p out.',
      topKRange: 'top_k is {{value}}, but it is a count of tokens, a whole number of 0 or more. The API most likely answers 400 invalid_request_error. Use a non-negative integer, or leave top_k out.',
    },
    note: 'These ranges are documented by the SDK, not confirmed by the API docs (hence a warning).',
    kinds: ['messages'],
    triggers: { keys: ['top_p', 'top_k'] },
    sources: [
      '@anthropic-ai/sdk@0.137.0 src/resources/messages/messages.ts (doc comments on top_p and top_k)',
      'shared reference: api-versions.md §3 "Ranges" (top_p range and top_k [unconfirmed])',
    ],
  },
  checkRequest(context) {
    const topP = knownNumber(prop(context.body, 'top_p'));
    if (topP !== undefined && (topP < 0 || topP > 1)) context.report({ messageId: 'topPRange', pointer: '/top_p', data: { value: topP } });
    const topK = knownNumber(prop(context.body, 'top_k'));
    if (topK !== undefined && (topK < 0 || !Number.isInteger(topK))) context.report({ messageId: 'topKRange', pointer: '/top_k', data: { value: topK } });
  },
});
