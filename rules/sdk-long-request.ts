/**
 * sdk-long-request: both SDKs refuse, before sending, a non-streaming messages
 * call whose max_tokens may take longer than 10 minutes, unless a timeout is set.
 * Each SDK has its own copy of the check, model table and error text.
 *
 * @anthropic-ai/sdk@1.17.0 src/client.ts calculateNonstreamingTimeout: throws
 * when 60 min × max_tokens / 128,000 > 10 min (max_tokens > 21,333), or when
 * max_tokens exceeds MODEL_NONSTREAMING_TOKENS[model] (src/internal/constants.ts).
 *
 * anthropic-sdk-python@009b035 src/anthropic/_base_client.py
 * _calculate_nonstreaming_timeout: the same formula, raises ValueError; its
 * MODEL_NONSTREAMING_TOKENS (src/anthropic/_constants.py) also lists the
 * Anthropic-API ids of Claude Opus 4. It runs in messages.create/.parse (GA and
 * beta, so also tool_runner, which calls parse) when `stream` is not true, no
 * `timeout=` is passed to the call (even `timeout=None` counts as passed) and the
 * client's timeout is the default.
 */
import { defineRule, type Sdk } from '../src/engine/rule.js';
import { numberProp, stringProp } from '../src/engine/values.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'streamingRequired' | 'pythonStreamingRequired';

const MAX_TIME_MS = 60 * 60 * 1000;
const DEFAULT_TIME_MS = 10 * 60 * 1000;
const FULL_OUTPUT_TOKENS = 128_000;

/** Per SDK: MODEL_NONSTREAMING_TOKENS, copied from each SDK's constants (they differ). */
const MODEL_NONSTREAMING_TOKENS: Readonly<Record<Sdk, Readonly<Record<string, number>>>> = {
  // @anthropic-ai/sdk@1.17.0 src/internal/constants.ts
  typescript: {
    'claude-opus-4@20250514': 8192,
    'anthropic.claude-opus-4-1-20250805-v1:0': 8192,
    'claude-opus-4-1@20250805': 8192,
  },
  // anthropic-sdk-python@009b035 src/anthropic/_constants.py
  python: {
    'claude-opus-4-20250514': 8192,
    'claude-opus-4-0': 8192,
    'claude-4-opus-20250514': 8192,
    'anthropic.claude-opus-4-20250514-v1:0': 8192,
    'claude-opus-4@20250514': 8192,
    'anthropic.claude-opus-4-1-20250805-v1:0': 8192,
    'claude-opus-4-1@20250805': 8192,
  },
};

/** The largest max_tokens the SDK sends without streaming or a timeout. */
export function nonStreamingLimit(model: string | undefined, sdk: Sdk = 'typescript'): number {
  const byTime = Math.floor((DEFAULT_TIME_MS * FULL_OUTPUT_TOKENS) / MAX_TIME_MS); // 21,333
  const table = MODEL_NONSTREAMING_TOKENS[sdk];
  const byModel = model !== undefined && Object.prototype.hasOwnProperty.call(table, model) ? table[model]! : Infinity;
  return Math.min(byTime, byModel);
}

export default defineRule<MessageIds>({
  id: 'sdk-long-request',
  meta: {
    type: 'problem',
    description: 'The TypeScript and Python SDKs refuse before sending a non-streaming request whose max_tokens may take over 10 minutes',
    severity: 'warning',
    recommended: true,
    messages: {
      streamingRequired:
        '{{maxTokens}} is above {{limit}} on a non-streaming call. The TypeScript SDK throws "Streaming is required for operations that may take longer than 10 minutes…" before sending. Use client.messages.stream(…) (or {{stream}}), or set {{timeout}} on the call or the client.',
      pythonStreamingRequired:
        '{{maxTokens}} is above {{limit}} on a non-streaming call. The Python SDK raises ValueError("Streaming is required for operations that may take longer than 10 minutes…") before sending. Use client.messages.stream(…) (or {{stream}}), or pass {{timeout}} to the call or the client.',
    },
    kinds: ['messages'],
    // Each SDK's own guard, threshold and wording (see checkRequest); request files and raw HTTP have none.
    sdks: ['typescript', 'python'],
    sources: [
      '@anthropic-ai/sdk@1.17.0 src/client.ts (calculateNonstreamingTimeout)',
      '@anthropic-ai/sdk@1.17.0 src/internal/constants.ts (MODEL_NONSTREAMING_TOKENS)',
      '@anthropic-ai/sdk@1.17.0 src/resources/messages/messages.ts (create)',
      'https://platform.claude.com/docs/en/cli-sdks-libraries/sdks/typescript#long-requests',
      'https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_base_client.py (_calculate_nonstreaming_timeout)',
      'https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/_constants.py (MODEL_NONSTREAMING_TOKENS)',
      'https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/resources/messages/messages.py (create, parse)',
      'https://github.com/anthropics/anthropic-sdk-python#long-requests',
    ],
  },
  checkRequest(context) {
    // Only a create call from code, known not to stream and with no timeout anywhere.
    // Both SDKs skip the check for count_tokens (meta.kinds) and batches.
    if (context.inBatch) return;
    if (context.streaming !== false || context.sdkTimeoutSet !== false) return;
    const value = numberProp(context.body, 'max_tokens');
    if (value === undefined) return;
    // meta.sdks: every call here is made by one of the two SDKs.
    const sdk = context.sdk === 'python' ? 'python' : 'typescript';
    const limit = nonStreamingLimit(stringProp(context.body, 'model'), sdk);
    if (value <= limit) return;
    // Each SDK fails in its own words (its own message id); the parameters are spelled as the call writes them.
    const spelling = spellingOf(context);
    context.report({
      messageId: sdk === 'python' ? 'pythonStreamingRequired' : 'streamingRequired',
      pointer: '/max_tokens',
      data: { value, limit, maxTokens: spelling.param('max_tokens', value), stream: spelling.param('stream', true), timeout: spelling.param('timeout') },
    });
  },
});
