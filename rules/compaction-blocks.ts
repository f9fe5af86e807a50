/**
 * compaction-blocks (beta): a request holds at most one `compaction` block
 * with content (the one the conversation returned last), and a compaction
 * block's content is never an empty string (null marks a failed compaction).
 * See docs/rules/compaction-blocks.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { prop } from '../src/engine/values.js';
import { blocksOfType } from './helpers/blocks.js';

type MessageIds = 'emptyCompaction' | 'earlierCompaction' | 'removeBlock';

export default defineRule<MessageIds>({
  id: 'compaction-blocks',
  meta: {
    type: 'problem',
    description: 'At most one compaction block (beta) with content, and never an empty-string content',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      emptyCompaction:
        '{{path}} has content "", which a compaction block cannot have. The API rejects the request (400 "Empty string content is not allowed"). Send the block back exactly as the response returned it.',
      earlierCompaction:
        '{{path}} is a compaction block with content, and so is the later {{last}}. The API answers 400 with error_code "compaction_block_ambiguous". Send only the block the conversation returned last, and what follows it.',
      removeBlock: 'Remove this earlier compaction block',
    },
    triggers: { types: ['compaction'] },
    sources: [
      '@anthropic-ai/sdk resources/beta/messages/messages.d.ts (BetaCompactionBlockParam: "Empty string content is not allowed")',
      '@anthropic-ai/sdk resources/messages/messages.d.ts (CompactionBlockAmbiguousErrorDetails: "`messages` holds more than one `compaction` block with content. Send only the block the conversation returned last.")',
      'messages-api-constraints.md compaction-vs-context-management',
      'https://platform.claude.com/docs/en/build-with-claude/compaction',
    ],
  },
  checkRequest(context) {
    const withContent: string[] = [];
    for (const { block, pointer } of blocksOfType(context.body, 'compaction').blocks) {
      const content = prop(block, 'content');
      if (content === '') context.report({ messageId: 'emptyCompaction', pointer: join(pointer, 'content'), data: { path: toReadablePath(pointer) } });
      // null: a failed compaction, a no-op; not known: not judged.
      else if (typeof content === 'string') withContent.push(pointer);
    }
    const last = withContent.pop();
    if (last === undefined) return;
    for (const pointer of withContent) {
      context.report({
        messageId: 'earlierCompaction',
        pointer,
        data: { path: toReadablePath(pointer), last: toReadablePath(last) },
        suggest: [{ messageId: 'removeBlock', edits: [{ op: 'remove', pointer }] }],
      });
    }
  },
});
