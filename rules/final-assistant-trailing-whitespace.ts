/**
 * final-assistant-trailing-whitespace: a final assistant message (a prefill)
 * must not end with whitespace. See docs/rules/final-assistant-trailing-whitespace.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { isObject, isOpen, prop } from '../src/engine/values.js';
import { finalAssistantMessage } from './helpers/final-message.js';

type MessageIds = 'trailingWhitespace' | 'trim';

/** Text with something to keep and whitespace at the end (blank text is text-block-non-empty's). */
const endsWithWhitespace = (text: unknown): text is string => typeof text === 'string' && /\S/.test(text) && /\s$/.test(text);

export default defineRule<MessageIds>({
  id: 'final-assistant-trailing-whitespace',
  meta: {
    type: 'problem',
    description: 'A final assistant message (prefill) must not end with whitespace',
    severity: 'error',
    recommended: true,
    fixable: true,
    messages: {
      trailingWhitespace:
        'The final assistant message (a prefill) ends with whitespace at {{path}}. The API answers 400 "messages: final assistant content cannot end with trailing whitespace". Trim the end of the text; the model adds the whitespace itself.',
      trim: 'Trim the trailing whitespace',
    },
    sources: ['https://platform.claude.com/docs/en/build-with-claude/prompt-engineering/prefill-claudes-response', 'messages-api-constraints.md final-assistant-no-trailing-whitespace (many public reports: LiteLLM, Firecrawl MCP, Bedrock users)'],
  },
  checkRequest(context) {
    // On models without prefill the final assistant message is rejected anyway: prefill-support reports it.
    if (context.model?.entry?.features?.prefill === false) return;
    const last = finalAssistantMessage(context.body);
    if (!last) return;
    const content = prop(last.message, 'content');
    let pointer: string;
    let text: unknown;
    if (typeof content === 'string') {
      pointer = join(last.pointer, 'content');
      text = content;
    } else {
      if (!Array.isArray(content) || isOpen(content) || content.length === 0) return;
      const block = content[content.length - 1];
      if (!isObject(block) || prop(block, 'type') !== 'text') return;
      pointer = join(last.pointer, 'content', content.length - 1, 'text');
      text = prop(block, 'text');
    }
    if (!endsWithWhitespace(text)) return;
    context.report({
      messageId: 'trailingWhitespace',
      pointer,
      data: { path: toReadablePath(pointer) },
      fix: { messageId: 'trim', edits: [{ op: 'replace', pointer, value: text.trimEnd() }] },
    });
  },
});
