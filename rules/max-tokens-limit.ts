/**
 * max-tokens-limit: max_tokens must not exceed the model's maximum output; in a
 * batch, 0 (cache pre-warming) is not supported.
 */
import { defineRule } from '../src/engine/rule.js';
import { numberProp } from '../src/engine/values.js';
import { knownModel } from './helpers/model.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'aboveModelMax' | 'aboveBatchBetaMax' | 'zeroInBatch' | 'setMax';

export default defineRule<MessageIds>({
  id: 'max-tokens-limit',
  meta: {
    type: 'problem',
    description: "max_tokens must not exceed the model's maximum output tokens, and must not be 0 inside a batch",
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      aboveModelMax:
        'max_tokens is {{value}}, above the {{max}} output tokens {{model}} allows. The API answers 400 "max_tokens: {{value}} > {{max}}, which is the maximum allowed number of output tokens for {{model}}". Lower it to {{max}} or less.',
      aboveBatchBetaMax:
        'max_tokens is {{value}}, above the {{betaMax}} output tokens {{model}} allows in a batch even with the output-300k beta. The API answers 400 "max_tokens: {{value}} > …, which is the maximum allowed number of output tokens for {{model}}". Lower it.',
      zeroInBatch:
        '{{zero}} (prompt-cache pre-warming) is not supported inside a batch. The API rejects this request. Use max_tokens ≥ 1, or pre-warm the cache with a separate Messages call.',
      setMax: 'Set max_tokens to {{max}}',
    },
    kinds: ['messages'],
    sources: [
      'https://platform.claude.com/docs/en/about-claude/models/overview',
      'https://platform.claude.com/docs/en/models/opus-5-5/overview',
      'https://platform.claude.com/docs/en/build-with-claude/batch-processing',
      '@anthropic-ai/sdk@1.17.0 resources/messages/messages.d.ts (max_tokens)',
      'shared reference: models.json (max_output_tokens, max_output_tokens_batch_beta); messages-api-constraints.md max-tokens-model-limit, max-tokens-type, batch-max-tokens-zero',
    ],
  },
  checkRequest(context) {
    const value = numberProp(context.body, 'max_tokens');
    if (value === undefined) return;
    if (value === 0 && context.inBatch) {
      context.report({ messageId: 'zeroInBatch', pointer: '/max_tokens', data: { zero: spellingOf(context).param('max_tokens', 0) } });
      return;
    }
    const model = knownModel(context);
    const max = model?.entry.max_output_tokens;
    if (!model || typeof max !== 'number' || value <= max) return;
    const betaMax = model.entry.max_output_tokens_batch_beta;
    const setMax = (limit: number) => [{ messageId: 'setMax' as const, data: { max: limit }, edits: [{ op: 'replace' as const, pointer: '/max_tokens', value: limit }] }];
    // null: whether the output-300k beta applies to this model is unconfirmed.
    if (context.inBatch && betaMax === null) return;
    if (context.inBatch && typeof betaMax === 'number') {
      // The output-300k beta header is set on the batch call, which a body does not show.
      if (value <= betaMax) return;
      context.report({ messageId: 'aboveBatchBetaMax', pointer: '/max_tokens', data: { value, max, betaMax, model: model.id }, suggest: setMax(betaMax) });
      return;
    }
    context.report({ messageId: 'aboveModelMax', pointer: '/max_tokens', data: { value, max, model: model.id }, suggest: setMax(max) });
  },
});
