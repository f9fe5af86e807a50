/**
 * no-user-citations (anthropic-version 2026-10-21): a text block in a user
 * message (directly, or in a search_result's content) must not carry a
 * non-empty `citations` array. See docs/rules/no-user-citations.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { prop, typeOf } from '../src/engine/values.js';

type MessageIds = 'userCitations' | 'removeCitations';

/** A known non-empty array (an open empty array may stay empty). */
const nonEmptyArray = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

export default defineRule<MessageIds>({
  id: 'no-user-citations',
  meta: {
    type: 'problem',
    description: 'Under anthropic-version 2026-10-21 a text block in a user message must not carry citations',
    severity: 'error',
    recommended: true,
    fixable: true,
    apiVersions: ['2026-10-21'],
    messages: {
      userCitations:
        '{{path}} carries citations in a user message. Under anthropic-version 2026-10-21 the API answers 400. Remove "citations".',
      removeCitations: 'Remove "citations"',
    },
    triggers: { keys: ['citations'] },
    note: 'Citations belong to assistant output; in a user turn they usually come from copying an assistant text block.',
    sources: ['https://platform.claude.com/docs/en/api/versioning', 'https://platform.claude.com/docs/en/api/migration-2026-10-21'],
  },
  checkRequest(context) {
    const messages = prop(context.body, 'messages');
    if (!Array.isArray(messages)) return;
    const check = (block: unknown, pointer: string): void => {
      if (typeOf(block) !== 'text' || !nonEmptyArray(prop(block, 'citations'))) return;
      const citations = join(pointer, 'citations');
      context.report({
        messageId: 'userCitations',
        pointer: citations,
        target: 'key',
        data: { path: toReadablePath(pointer) },
        fix: { messageId: 'removeCitations', edits: [{ op: 'remove', pointer: citations }] },
      });
    };
    messages.forEach((message, i) => {
      if (prop(message, 'role') !== 'user') return;
      const content = prop(message, 'content');
      if (!Array.isArray(content)) return;
      content.forEach((block, j) => {
        const pointer = join('', 'messages', i, 'content', j);
        check(block, pointer);
        if (typeOf(block) !== 'search_result') return;
        const inner = prop(block, 'content');
        if (Array.isArray(inner)) inner.forEach((b, k) => check(b, join(pointer, 'content', k)));
      });
    });
  },
});
