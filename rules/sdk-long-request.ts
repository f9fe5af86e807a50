/**
 * sdk-long-request: the TypeScript SDK refuses, before sending, a non-streaming
 * messages.create whose max_tokens may take longer than 10 minutes, unless a
 * timeout is set on the client or the call.
 *
 * @anthropic-ai/sdk@1.17.0 src/client.ts calculateNonstreamingTimeout: throws
 * when 60 min × max_tokens / 128,000 > 10 min (max_tokens > 21,333), or when
 * max_tokens exceeds MODEL_NONSTREAMING_TOKENS[model] (src/internal/constants.ts).
 */
import { defineRule } from '../src/engine/rule.js';
import { numberProp, stringProp } from '../src/engine/values.js';

type MessageIds = 'streamingRequired';

const MAX_TIME_MS = 60 * 60 * 1000;
const DEFAULT_TIME_MS = 10 * 60 * 1000;
const FULL_OUTPUT_TOKENS = 128_000;

/** @anthropic-ai/sdk@1.17.0 src/internal/constants.ts MODEL_NONSTREAMING_TOKENS */
const MODEL_NONSTREAMING_TOKENS: Readonly<Record<string, number>> = {
  'claude-opus-4@20250514': 8192,
  'anthropic.claude-opus-4-1-20250805-v1:0': 8192,
  'claude-opus-4-1@20250805': 8192,
};

/** The largest max_tokens the SDK sends without streaming or a timeout. */
export function nonStreamingLimit(model: string | undefined): number {
  const byTime = Math.floor((DEFAULT_TIME_MS * FULL_OUTPUT_TOKENS) / MAX_TIME_MS); // 21,333
  const byModel = model !== undefined && Object.prototype.hasOwnProperty.call(MODEL_NONSTREAMING_TOKENS, model) ? MODEL_NONSTREAMING_TOKENS[model]! : Infinity;
  return Math.min(byTime, byModel);
}

export default defineRule<MessageIds>({
  id: 'sdk-long-request',
  meta: {
    type: 'problem',
    description: 'The TypeScript SDK throws before sending a non-streaming request whose max_tokens may take over 10 minutes',
    severity: 'warning',
    recommended: true,
    messages: {
      streamingRequired:
        'max_tokens is {{value}}, above {{limit}}: the TypeScript SDK throws "Streaming is required for operations that may take longer than 10 minutes…" before sending this non-streaming call. Use client.messages.stream(…) (or stream: true), or set a `timeout` on the call or the client.',
    },
    kinds: ['messages'],
    // The threshold and the refusal are the TypeScript SDK's (a Python version of the check is its own rule).
    sdks: ['typescript'],
    sources: [
      '@anthropic-ai/sdk@1.17.0 src/client.ts (calculateNonstreamingTimeout)',
      '@anthropic-ai/sdk@1.17.0 src/internal/constants.ts (MODEL_NONSTREAMING_TOKENS)',
      '@anthropic-ai/sdk@1.17.0 src/resources/messages/messages.ts (create)',
      'https://platform.claude.com/docs/en/cli-sdks-libraries/sdks/typescript#long-requests',
    ],
  },
  checkRequest(context) {
    // Only a create call (meta: TS SDK calls), known not to stream and with no timeout anywhere.
    if (context.inBatch) return;
    if (context.streaming !== false || context.sdkTimeoutSet !== false) return;
    const value = numberProp(context.body, 'max_tokens');
    if (value === undefined) return;
    const limit = nonStreamingLimit(stringProp(context.body, 'model'));
    if (value <= limit) return;
    context.report({ messageId: 'streamingRequired', pointer: '/max_tokens', data: { value, limit } });
  },
});
