/**
 * batch-size-limits: a Message Batch holds at most 100,000 requests. (Its
 * 256 MB size limit is request-size-limit's.) See docs/rules/batch-size-limits.md.
 */
import { defineRule } from '../src/engine/rule.js';

type MessageIds = 'tooManyRequests';

export const MAX_BATCH_REQUESTS = 100_000;

export default defineRule<MessageIds>({
  id: 'batch-size-limits',
  meta: {
    type: 'problem',
    description: 'A Message Batch holds at most 100,000 requests',
    severity: 'error',
    recommended: true,
    messages: {
      tooManyRequests:
        'This batch has {{count}} requests, over the limit of 100,000. The API rejects it (400 invalid_request_error or 413 request_too_large; text unconfirmed). Split the requests over batches of at most 100,000.',
    },
    sources: ['https://platform.claude.com/docs/en/build-with-claude/batch-processing (100,000 requests or 256 MB per batch)'],
  },
  checkBatch(context) {
    return {
      end(count, open) {
        // Elements seen (known or not) are a lower bound of the requests sent.
        if (count <= MAX_BATCH_REQUESTS) return;
        const shown = count.toLocaleString('en-US');
        context.report({ messageId: 'tooManyRequests', pointer: '/requests', data: { count: open ? `at least ${shown}` : shown } });
      },
    };
  },
});
