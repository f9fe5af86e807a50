/**
 * first-message-user: the conversation should open with a user message. A
 * warning: the API used to require it; whether it still does is unconfirmed.
 * See docs/rules/first-message-user.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { isObject, isOpen, prop, typeOf } from '../src/engine/values.js';
import { continuesServerHistory } from './helpers/conversation.js';

type MessageIds = 'firstNotUser';

export default defineRule<MessageIds>({
  id: 'first-message-user',
  meta: {
    type: 'problem',
    description: 'The first message should be a user message',
    severity: 'warning',
    recommended: true,
    messages: {
      firstNotUser:
        'The conversation opens with an assistant message. The API has been reported to answer 400 "messages: first message must use the "user" role". Start with the user message that prompted it, or move the text into `system`.',
    },
    note: 'Whether the API still requires the first message to be a user message is unconfirmed (hence a warning).',
    sources: ['messages-api-constraints.md first-message-user (public reports and fixtures, 2024–2026)', 'https://platform.claude.com/docs/en/api/messages'],
  },
  checkRequest(context) {
    const messages = prop(context.body, 'messages');
    // An open array may hide earlier messages.
    if (!Array.isArray(messages) || isOpen(messages)) return;
    // A continued thread sends only the new turn: its first message does not open the conversation.
    if (continuesServerHistory(context.body, context.endpoint)) return;
    const first = messages[0];
    if (!isObject(first) || prop(first, 'role') !== 'assistant') return;
    // A compaction block (beta) opens the conversation in place of the history it summarizes.
    // Content that is not known may hold one.
    const content = prop(first, 'content');
    if (typeof content !== 'string' && !(Array.isArray(content) && !isOpen(content) && content.every((b) => isObject(b) && typeOf(b) !== 'compaction'))) return;
    context.report({ messageId: 'firstNotUser', pointer: '/messages/0/role' });
  },
});
