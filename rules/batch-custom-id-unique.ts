/**
 * batch-custom-id-unique: each request of a Message Batch needs its own
 * custom_id; results are matched to requests by it. A `.jsonl` file of batch
 * lines is checked as one batch. See docs/rules/batch-custom-id-unique.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join } from '../src/engine/pointer.js';
import { stringProp } from '../src/engine/values.js';

type MessageIds = 'duplicate' | 'renameId';

/** A free id: `<id>-<n>`, kept within the 64 characters the custom_id pattern allows. */
function freeId(id: string, taken: (candidate: string) => boolean, start: number): string {
  for (let n = start; ; n++) {
    const suffix = `-${n}`;
    const candidate = id.slice(0, 64 - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

export default defineRule<MessageIds>({
  id: 'batch-custom-id-unique',
  meta: {
    type: 'problem',
    description: 'Each custom_id must be unique within a Message Batch',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      duplicate:
        'custom_id "{{id}}" is already used by {{first}}. The API rejects the batch with 400 invalid_request_error. Give this request a different id.',
      renameId: 'Rename it to "{{suggestion}}"',
    },
    note: 'Each request in a batch needs its own custom_id: results are matched to requests by it.',
    sources: ['https://platform.claude.com/docs/en/build-with-claude/batch-processing', '@anthropic-ai/sdk (pinned in package.json) resources/messages/batches.d.ts (custom_id: "Must be unique for each request within the Message Batch")'],
  },
  checkBatch(context) {
    // Where each id is first used (all of them: a suggestion must not take an id a later request uses), and the repeats, reported at the end.
    const first = new Map<string, number>();
    const repeats: { index: number; id: string; earlier: number }[] = [];
    return {
      request(item, index) {
        const id = stringProp(item, 'custom_id');
        if (id === undefined) return;
        const earlier = first.get(id);
        if (earlier === undefined) first.set(id, index);
        else repeats.push({ index, id, earlier });
      },
      end() {
        const suggested = new Set<string>();
        const taken = (candidate: string): boolean => first.has(candidate) || suggested.has(candidate);
        for (const { index, id, earlier } of repeats) {
          const suggestion = freeId(id, taken, index);
          suggested.add(suggestion);
          const pointer = join('', 'requests', index, 'custom_id');
          context.report({
            messageId: 'duplicate',
            pointer,
            data: { id, first: context.requestName(earlier) },
            suggest: [{ messageId: 'renameId', data: { suggestion }, edits: [{ op: 'replace', pointer, value: suggestion }] }],
          });
        }
      },
    };
  },
});
