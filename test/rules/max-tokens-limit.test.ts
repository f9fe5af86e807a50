import rule from '../../rules/max-tokens-limit.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (model: unknown, maxTokens: unknown) => ({ model, max_tokens: maxTokens, messages: [user('Hello')] });
const batch = (...params: unknown[]) => ({ requests: params.map((p, i) => ({ custom_id: `r${i}`, params: p })) });

ruleTable(rule, {
  valid: [
    { name: 'at the model maximum', payload: body('claude-sonnet-5-5', 128000) },
    { name: '64k model at 64000', payload: body('claude-haiku-4-5', 64000) },
    { name: 'max_tokens 0 outside a batch (cache pre-warming)', payload: body('claude-sonnet-5-5', 0) },
    { name: 'unknown model', payload: body('claude-made-up', 999999) },
    { name: 'runtime model', payload: body(unknownValue(), 999999) },
    { name: 'runtime max_tokens', payload: body('claude-haiku-4-5', unknownValue()) },
    { name: 'retired model: no-retired-model\'s', payload: body('claude-3-haiku-20240307', 8192) },
    { name: 'batch with the output-300k beta (header not visible)', payload: batch(body('claude-opus-5-5', 300000), body('claude-opus-4-6', 200000)), options: { kind: 'batch' } },
    { name: 'batch on a model whose beta support is unconfirmed', payload: batch(body('claude-sonnet-5-5', 200000)), options: { kind: 'batch' } },
  ],
  invalid: [
    {
      name: 'above the model maximum',
      payload: body('claude-haiku-4-5', 100000),
      errors: [{ messageId: 'aboveModelMax', pointer: '/max_tokens', messageIncludes: 'max_tokens: 100000 > 64000, which is the maximum allowed number of output tokens for claude-haiku-4-5', suggestions: [body('claude-haiku-4-5', 64000)] }],
    },
    { name: 'above 128k on a 128k model', payload: body('claude-opus-4-6', 128001), errors: [{ messageId: 'aboveModelMax', pointer: '/max_tokens', data: { max: '128000' } }] },
    {
      name: 'batch: zero, above the beta limit, and a model without the beta',
      payload: batch(body('claude-sonnet-5-5', 0), body('claude-opus-5-5', 300001), body('claude-opus-4-5', 64001)),
      options: { kind: 'batch' },
      errors: [
        { messageId: 'zeroInBatch', pointer: '/requests/0/params/max_tokens' },
        { messageId: 'aboveBatchBetaMax', pointer: '/requests/1/params/max_tokens', data: { betaMax: '300000' } },
        { messageId: 'aboveModelMax', pointer: '/requests/2/params/max_tokens' },
      ],
    },
  ],
});
