/**
 * compaction-vs-context-management (beta): `compaction` cannot be combined with
 * `context_management`. See docs/rules/compaction-vs-context-management.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { isSent, removeFieldSuggestion } from './helpers/fields.js';

type MessageIds = 'combined' | 'removeField';

export default defineRule<MessageIds>({
  id: 'compaction-vs-context-management',
  meta: {
    type: 'problem',
    description: 'compaction (beta) cannot be combined with context_management',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      combined:
        'The request sets both compaction and context_management. The API answers 400: compaction "cannot be combined with `context_management`". Keep one way of managing the context.',
      removeField: 'Remove {{field}}',
    },
    triggers: { keys: ['compaction'] },
    sources: ['@anthropic-ai/sdk resources/beta/messages/messages.d.ts (MessageCreateParams.compaction doc comment)', 'https://platform.claude.com/docs/en/build-with-claude/compaction'],
  },
  checkRequest(context) {
    const body = context.body;
    if (!isSent(body, 'compaction') || !isSent(body, 'context_management')) return;
    context.report({
      messageId: 'combined',
      pointer: '/compaction',
      target: 'key',
      suggest: ['context_management', 'compaction'].map(removeFieldSuggestion),
    });
  },
});
