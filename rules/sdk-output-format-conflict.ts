/**
 * sdk-output-format-conflict: on beta Messages calls both SDKs refuse, before
 * sending, a call that sets the deprecated `output_format` and also
 * `output_config.format`.
 *
 * @anthropic-ai/sdk@1.17.0 src/lib/internal/beta-messages-request.ts
 * assertOneOutputFormat (from transformOutputFormat: beta messages.create,
 * countTokens, stream); anthropic-sdk-python@009b035
 * src/anthropic/resources/beta/messages/messages.py
 * _validate_output_config_conflict (beta create, parse, stream, tool_runner,
 * count_tokens). Both throw AnthropicError with the same text. The GA methods and
 * batches have no such check; whether the API itself rejects the pair is not
 * documented, so request files and raw HTTP calls are left alone.
 */
import { defineRule } from '../src/engine/rule.js';
import { prop } from '../src/engine/values.js';
import { isSent, removeFieldSuggestion } from './helpers/fields.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'bothFormats' | 'removeField';

export default defineRule<MessageIds>({
  id: 'sdk-output-format-conflict',
  meta: {
    type: 'problem',
    description: 'The TypeScript and Python SDKs refuse a beta call that sets both output_format (deprecated) and output_config.format',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      bothFormats:
        'This beta call sets both {{outputFormat}} and output_config.format. The {{sdk}} SDK {{throws}} AnthropicError "Both output_format and output_config.format were provided. Please use only output_config.format (output_format is deprecated)." before sending. Keep only output_config.format.',
      removeField: 'Remove {{field}}',
    },
    triggers: { keys: ['output_format'] },
    sources: [
      '@anthropic-ai/sdk@1.17.0 src/lib/internal/beta-messages-request.ts (assertOneOutputFormat, transformOutputFormat)',
      '@anthropic-ai/sdk@1.17.0 src/resources/beta/messages/messages.ts (create, countTokens)',
      'https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1/src/anthropic/resources/beta/messages/messages.py (_validate_output_config_conflict)',
    ],
  },
  checkRequest(context) {
    // Only the SDKs' beta methods run the check; a batch's params are not transformed.
    if (context.origin !== 'sdk-call' || context.endpoint !== 'beta' || context.inBatch) return;
    const body = context.body;
    if (!isSent(body, 'output_format') || !isSent(prop(body, 'output_config'), 'format')) return;
    const python = context.sdk === 'python';
    context.report({
      messageId: 'bothFormats',
      pointer: '/output_format',
      target: 'key',
      // The SDK's own facts (name, how it fails) differ; the spelling of the parameter comes from the shared helper.
      data: { sdk: python ? 'Python' : 'TypeScript', throws: python ? 'raises' : 'throws', outputFormat: spellingOf(context).param('output_format') },
      suggest: [removeFieldSuggestion('output_format')],
    });
  },
});
