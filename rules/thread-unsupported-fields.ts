/**
 * thread-unsupported-fields (beta): a Thread (`thread`) cannot be combined with
 * the request fields the API names in its thread_unsupported_request error.
 * See docs/rules/thread-unsupported-fields.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { isSent } from './helpers/fields.js';

type MessageIds = 'unsupportedWithThread' | 'removeField';

/**
 * Request fields of ThreadUnsupportedFeatureName (SDK). `thinking` is also in
 * that list, but whether `thinking: {type: "disabled"}` counts is not known: left out.
 */
const UNSUPPORTED = ['cache_control', 'context_management', 'fallbacks'] as const;

export default defineRule<MessageIds>({
  id: 'thread-unsupported-fields',
  meta: {
    type: 'problem',
    description: 'thread (beta) cannot be combined with cache_control, context_management or fallbacks',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      unsupportedWithThread:
        '"{{field}}" cannot be combined with thread: Threads do not support it. The API answers 400 with error_code "thread_unsupported_request" (unsupported: ["{{field}}"]). Remove "{{field}}", or send the full conversation without thread.',
      removeField: 'Remove "{{field}}"',
    },
    sources: [
      '@anthropic-ai/sdk resources/messages/messages.d.ts (ThreadUnsupportedRequestErrorDetails, ThreadUnsupportedFeatureName)',
      '@anthropic-ai/sdk resources/beta/messages/messages.d.ts (MessageCreateParams.thread)',
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
        suggest: [{ messageId: 'removeField', data: { field }, edits: [{ op: 'remove', pointer: `/${field}` }] }],
      });
    }
  },
});
