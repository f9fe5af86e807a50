/**
 * block-role-placement: content blocks in a message of the wrong role
 * (tool_use or thinking in a user message, tool_result or image in an assistant
 * message). A warning: the reference marks these as unconfirmed hard errors.
 * See docs/rules/block-role-placement.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { prop, typeOf } from '../src/engine/values.js';
import { knownMessages } from './helpers/conversation.js';

type MessageIds = 'wrongRole';

/** Blocks only Claude produces: they belong to assistant turns. */
const ASSISTANT_ONLY: ReadonlySet<string> = new Set(['tool_use', 'server_tool_use', 'thinking', 'redacted_thinking']);
/**
 * Blocks only the caller provides: they belong to user turns. Not `document`:
 * anthropic-version 2023-06-01 accepts it in assistant turns (2026-10-21 made
 * that a 400, reported by no-assistant-document).
 */
const USER_ONLY: ReadonlySet<string> = new Set(['tool_result', 'image', 'search_result', 'container_upload']);

const WHY: Record<string, string> = {
  tool_use: 'Send tool calls back in the assistant turn they came in',
  server_tool_use: 'Send server tool calls back in the assistant turn they came in',
  thinking: 'Send thinking back in the assistant turn it came in',
  redacted_thinking: 'Send thinking back in the assistant turn it came in',
  tool_result: 'tool results answer a tool_use and go at the start of the next user message',
  image: 'images are input: put them in a user message',
  search_result: 'search results are input: put them in a user message (or in a tool_result)',
  container_upload: 'uploaded files are input: put them in a user message',
};

export default defineRule<MessageIds>({
  id: 'block-role-placement',
  meta: {
    type: 'problem',
    description: 'Content blocks must sit in a message of the right role (tool_use/thinking in assistant, tool_result/image in user)',
    severity: 'warning',
    recommended: true,
    messages: {
      wrongRole:
        '{{path}} ({{type}}) sits in the {{role}} turn, but {{type}} blocks belong in {{expected}} turns. The API is expected to answer 400. {{why}}.',
    },
    note: 'The API\'s answer to a block in the wrong turn is not confirmed by a source (hence a warning).',
    triggers: { types: [...ASSISTANT_ONLY, ...USER_ONLY] },
    sources: [
      '@anthropic-ai/sdk resources/messages/messages.d.ts (ContentBlockParam; the tool-use flow in the doc comments)',
      'https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use',
    ],
  },
  checkRequest(context) {
    for (const { message, index: i, role } of knownMessages(context.body)) {
      if (role !== 'user' && role !== 'assistant') continue;
      const content = prop(message, 'content');
      if (!Array.isArray(content)) continue;
      const misplaced = role === 'user' ? ASSISTANT_ONLY : USER_ONLY;
      content.forEach((block, j) => {
        const type = typeOf(block);
        if (type === undefined || !misplaced.has(type)) return;
        const pointer = join('', 'messages', i, 'content', j);
        context.report({
          messageId: 'wrongRole',
          pointer,
          data: { path: toReadablePath(pointer), type, role, expected: role === 'user' ? 'assistant' : 'user', why: WHY[type] ?? '' },
        });
      });
    }
  },
});
