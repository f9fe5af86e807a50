/**
 * thread-unsupported-fields (beta): a Thread (`thread`) cannot be combined with
 * the request fields the API names in its thread_unsupported_request error.
 * See docs/rules/thread-unsupported-fields.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { isSent, removeFieldSuggestion } from './helpers/fields.js';
import { isThinkingOn, thinkingType } from './helpers/thinking.js';

type MessageIds = 'unsupportedWithThread' | 'thinkingWithThread' | 'removeField';

/**
 * Request fields of ThreadUnsupportedFeatureName (SDK) that are unsupported
 * whatever their value. `thinking` is also in that list; it is judged by its
 * type below (thinking turned on), since `{type: "disabled"}` is thinking off.
 */
const UNSUPPORTED = ['cache_control', 'context_management', 'fallbacks'] as const;

const THREAD_ERROR = 'The API answers 400 with error_code "thread_unsupported_request" (unsupported: ["{{field}}"]).';

export default defineRule<MessageIds>({
  id: 'thread-unsupported-fields',
  meta: {
    type: 'problem',
    description: 'thread (beta) cannot be combined with cache_control, context_management, fallbacks, or thinking turned on (enabled/adaptive)',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      unsupportedWithThread: `"{{field}}" cannot be combined with thread. ${THREAD_ERROR} Remove "{{field}}", or send the full conversation without thread.`,
      thinkingWithThread: `thinking.type "{{type}}" cannot be combined with thread. ${THREAD_ERROR} Send the full conversation without thread, or leave thinking out.`,
      removeField: 'Remove "{{field}}"',
    },
    note: 'Threads do not support these fields, nor thinking; on a model that thinks by default, leaving thinking out may not turn it off.',
    triggers: { keys: ['thread'] },
    sources: [
      '@anthropic-ai/sdk resources/messages/messages.d.ts (ThreadUnsupportedRequestErrorDetails, ThreadUnsupportedFeatureName)',
      '@anthropic-ai/sdk resources/beta/messages/messages.d.ts (MessageCreateParams.thread)',
      'messages-api-constraints.md thread-unsupported-combination',
    ],
  },
  checkRequest(context) {
    if (!isSent(context.body, 'thread')) return;
    for (const field of UNSUPPORTED) {
      if (!isSent(context.body, field)) continue;
      context.report({
        messageId: 'unsupportedWithThread',
        pointer: `/${field}`,
        target: 'key',
        data: { field },
        suggest: [removeFieldSuggestion(field)],
      });
    }
    // Thinking turned on explicitly. No suggestion: removing `thinking` leaves a model
    // that thinks by default thinking, and "disabled" is rejected by some models.
    if (isThinkingOn(context.body) === true) {
      context.report({ messageId: 'thinkingWithThread', pointer: '/thinking', target: 'key', data: { field: 'thinking', type: thinkingType(context.body) ?? '' } });
    }
  },
});
