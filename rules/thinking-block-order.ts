/**
 * thinking-block-order: an assistant message that holds thinking or
 * redacted_thinking blocks must start with one. See docs/rules/thinking-block-order.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { isOpen, isUnknown, prop, typeOf } from '../src/engine/values.js';
import { knownMessages } from './helpers/conversation.js';

type MessageIds = 'thinkingNotFirst' | 'moveThinkingFirst';

const isThinking = (type: string | undefined): boolean => type === 'thinking' || type === 'redacted_thinking';

export default defineRule<MessageIds>({
  id: 'thinking-block-order',
  meta: {
    type: 'problem',
    description: 'An assistant message with thinking blocks must start with a thinking or redacted_thinking block',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      thinkingNotFirst:
        '{{path}} holds thinking blocks but starts with a {{found}} block. The API answers 400 "{{apiPath}}: If an assistant message contains any thinking blocks, the first block must be thinking or redacted_thinking. Found {{found}}." Send the assistant content back in the order the response gave it.',
      moveThinkingFirst: 'Move the thinking blocks to the start of the message (keeping their order)',
    },
    triggers: { types: ['thinking', 'redacted_thinking'] },
    sources: ['https://github.com/anthropics/claude-code/issues/20705', 'https://platform.claude.com/docs/en/build-with-claude/extended-thinking'],
  },
  checkRequest(context) {
    for (const { message, index: i, role } of knownMessages(context.body)) {
      if (role !== 'assistant') continue;
      const content = prop(message, 'content');
      if (!Array.isArray(content) || content.length === 0) continue;
      const found = typeOf(content[0]);
      if (found === undefined || isThinking(found)) continue;
      if (!content.some((b) => isThinking(typeOf(b)))) continue;
      // A turn echoed with fallback blocks (beta) is validated per segment between them, by rules not published: stay silent.
      if (content.some((b) => typeOf(b) === 'fallback')) continue;
      const first = join('', 'messages', i, 'content', 0);
      const allKnown = !isOpen(content) && content.every((b) => !isUnknown(b) && typeOf(b) !== undefined);
      const reordered = [...content.filter((b) => isThinking(typeOf(b))), ...content.filter((b) => !isThinking(typeOf(b)))];
      context.report({
        messageId: 'thinkingNotFirst',
        pointer: first,
        data: { path: toReadablePath(join('', 'messages', i)), found, apiPath: toApiPath(first) },
        // Reordering is what the response had in most cases, but not provably: a suggestion.
        ...(allKnown ? { suggest: [{ messageId: 'moveThinkingFirst' as const, edits: [{ op: 'replace' as const, pointer: join('', 'messages', i, 'content'), value: reordered }] }] } : {}),
      });
    }
  },
});
