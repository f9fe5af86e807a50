/**
 * message-content-non-empty: every message needs content ("" and [] are
 * rejected), except an optional final assistant message (an empty prefill).
 * See docs/rules/message-content-non-empty.md.
 */
import { defineRule, type RequestContext } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { isObject, isOpen, prop, type JsonObject } from '../src/engine/values.js';
import { knownMessages } from './helpers/conversation.js';

type MessageIds = 'emptyContent' | 'emptySystemMessage';

/** Absent or null: not sent. An empty object is "no fields". Anything not known may hold some. */
function hasNoFields(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  return isObject(value) && !isOpen(value) && Object.keys(value).every((k) => prop(value, k) === null || prop(value, k) === undefined);
}

function checkSystemMessage(context: RequestContext<MessageIds>, message: JsonObject, index: number): void {
  if (isOpen(message)) return;
  const content = prop(message, 'content');
  if (content !== undefined) return; // null is the schema's finding
  if (!hasNoFields(prop(message, 'output_config'))) return;
  const pointer = join('', 'messages', index);
  context.report({ messageId: 'emptySystemMessage', pointer, data: { path: toReadablePath(pointer) } });
}

export default defineRule<MessageIds>({
  id: 'message-content-non-empty',
  meta: {
    type: 'problem',
    description: 'Every message needs non-empty content, except an optional final assistant message',
    severity: 'error',
    recommended: true,
    messages: {
      emptyContent:
        '{{path}} is empty ({{shape}}). The API answers 400 "messages: all messages must have non-empty content except for the optional final assistant message". Give the {{role}} message content, or leave the message out.',
      emptySystemMessage:
        '{{path}} is a system message (beta) with neither content nor output_config settings. The API rejects it (400). Give it content, set an output_config field (such as effort), or leave the message out.',
    },
    sources: [
      'https://portkey.ai/error-library/input-validation-error-10154',
      'https://platform.claude.com/docs/en/api/messages',
      '@anthropic-ai/sdk resources/beta/messages/messages.d.ts (BetaSystemMessageParam.output_config: "a message with neither content nor output_config fields is rejected")',
    ],
  },
  checkRequest(context) {
    const messages = prop(context.body, 'messages') as unknown[];
    for (const { message, index: i, role } of knownMessages(context.body)) {
      // System messages (beta) may carry only settings (output_config), but not nothing at all.
      if (role === 'system') {
        checkSystemMessage(context, message, i);
        continue;
      }
      if (role !== 'user' && role !== 'assistant') continue;
      const content = prop(message, 'content');
      const empty = content === '' || (Array.isArray(content) && content.length === 0 && !isOpen(content));
      if (!empty) continue;
      // An assistant message with no known message after it may be the final one (an empty prefill, or the
      // prefill rule's case on models without prefill).
      if (role === 'assistant' && !messages.slice(i + 1).some(isObject)) continue;
      const pointer = join('', 'messages', i, 'content');
      context.report({ messageId: 'emptyContent', pointer, data: { path: toReadablePath(pointer), shape: content === '' ? '""' : '[]', role } });
    }
  },
});
