/**
 * no-assistant-document (anthropic-version 2026-10-21): a `document` block
 * directly in an assistant message is rejected; documents nested in another
 * block (a web fetch result) are fine. See docs/rules/no-assistant-document.md.
 */
import { defineRule } from '../src/engine/rule.js';
import type { Edit } from '../src/engine/types.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { isObject, isOpen, prop, typeOf } from '../src/engine/values.js';
import { knownMessages } from './helpers/conversation.js';

type MessageIds = 'documentInAssistant' | 'moveToUser';

/** Edits that move the block to the end of the user message right before; undefined when that is not clean. */
function moveEdits(messages: unknown[], i: number, j: number, content: unknown[]): Edit[] | undefined {
  // The assistant message must keep content, and its block list must be fully seen.
  if (isOpen(content) || content.length < 2) return undefined;
  const previous = messages[i - 1];
  if (!isObject(previous) || prop(previous, 'role') !== 'user') return undefined;
  const target = prop(previous, 'content');
  const block = content[j];
  const remove: Edit = { op: 'remove', pointer: join('', 'messages', i, 'content', j) };
  if (typeof target === 'string') {
    return [remove, { op: 'replace', pointer: join('', 'messages', i - 1, 'content'), value: [...(target === '' ? [] : [{ type: 'text', text: target }]), block] }];
  }
  if (!Array.isArray(target) || isOpen(target)) return undefined;
  return [remove, { op: 'add', pointer: join('', 'messages', i - 1, 'content', target.length), value: block }];
}

export default defineRule<MessageIds>({
  id: 'no-assistant-document',
  meta: {
    type: 'problem',
    description: 'Under anthropic-version 2026-10-21 an assistant message must not contain a document block directly',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    apiVersions: ['2026-10-21'],
    messages: {
      documentInAssistant:
        '{{path}} is a document block directly in an assistant message. Under anthropic-version 2026-10-21 the API answers 400. Send the document in a user message.',
      moveToUser: 'Move the document to the end of the user message before it ({{target}})',
    },
    triggers: { types: ['document'] },
    note: 'Documents in assistant turns were removed in API version 2026-10-21; a document nested in a web fetch result is still fine.',
    sources: ['https://platform.claude.com/docs/en/api/versioning', 'https://platform.claude.com/docs/en/api/migration-2026-10-21'],
  },
  checkRequest(context) {
    const messages = prop(context.body, 'messages') as unknown[];
    for (const { message, index: i, role } of knownMessages(context.body)) {
      if (role !== 'assistant') continue;
      const content = prop(message, 'content');
      if (!Array.isArray(content)) continue;
      content.forEach((block, j) => {
        if (typeOf(block) !== 'document') return;
        const pointer = join('', 'messages', i, 'content', j);
        const edits = moveEdits(messages, i, j, content);
        context.report({
          messageId: 'documentInAssistant',
          pointer,
          data: { path: toReadablePath(pointer) },
          ...(edits ? { suggest: [{ messageId: 'moveToUser' as const, data: { target: toReadablePath(join('', 'messages', i - 1)) }, edits }] } : {}),
        });
      });
    }
  },
});
