/**
 * jsonl-request-line: in a JSONL file of requests, a line that is neither a
 * request body nor a batch line. The API would answer it with a 400 (a batch
 * line needs custom_id and params; a body needs model, max_tokens, messages).
 * The JSONL source finds these lines while reading the file (a file whose lines
 * are mostly not requests, a dataset or a transcript, is skipped whole); this rule
 * only declares the id, message and severity, so the finding can be turned off
 * (`--rule jsonl-request-line:off`) like any other. CLI and Node API only: ESLint
 * has no JSONL language. See docs/rules/jsonl-request-line.md.
 */
import { defineRule } from '../src/engine/rule.js';

export default defineRule<'notRequestLine'>({
  id: 'jsonl-request-line',
  meta: {
    type: 'problem',
    description: 'A line of a JSONL request file is neither a request body nor a batch line',
    severity: 'error',
    recommended: true,
    messages: {
      notRequestLine: 'This line is not a request body (an object with "messages", or "model" and "max_tokens") nor a batch line ({"custom_id", "params"}).',
    },
    sources: ['https://docs.anthropic.com/en/api/creating-message-batches', 'https://jsonlines.org/'],
  },
});
