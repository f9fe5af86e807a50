import rule from '../../rules/image-count-limit.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const urlImage = (i: number) => ({ type: 'image', source: { type: 'url', url: `https://example.com/${i}.png` } });
const images = (n: number) => Array.from({ length: n }, (_, i) => urlImage(i));
const body = (model: unknown, content: unknown[]) => ({ model, max_tokens: 1024, messages: [{ role: 'user', content: [...content, { type: 'text', text: 'Describe.' }] }] });

ruleTable(rule, {
  valid: [
    { name: '100 images on a 200K model', payload: body('claude-haiku-4-5', images(100)) },
    { name: '600 images on a 1M model', payload: body('claude-sonnet-5-5', images(600)) },
    { name: '101 images on a model the catalogue does not know: only 600 is certain', payload: body('my-proxy-model', images(101)) },
    { name: '101 images, model not known statically', payload: body(unknownValue(), images(101)) },
    { name: '101 images on a model without a known window', payload: body('claude-mythos-preview', images(101)) },
    { name: 'an open content array: a lower bound under the limit says nothing', payload: body('claude-haiku-4-5', markOpen(images(100))) },
  ],
  invalid: [
    {
      name: '101 images on a 200K model',
      payload: body('claude-haiku-4-5', images(101)),
      errors: [{ messageId: 'tooManyImages', pointer: '/messages/0/content/100', data: { count: '101', limit: '100', model: 'claude-haiku-4-5' }, messageIncludes: '200K context window' }],
    },
    {
      name: '601 images on a 1M model',
      payload: body('claude-opus-4-6', images(601)),
      errors: [{ messageId: 'tooManyImages', pointer: '/messages/0/content/600', data: { limit: '600' } }],
    },
    {
      name: '601 images on an unknown model',
      payload: body('my-proxy-model', images(601)),
      errors: [{ messageId: 'tooManyImages', pointer: '/messages/0/content/600', data: { model: 'any model', limit: '600' } }],
    },
    {
      name: 'images across messages and tool results, with unknown history: at least',
      payload: {
        model: 'claude-sonnet-4-5',
        max_tokens: 1024,
        messages: [
          unknownValue(),
          { role: 'user', content: images(60) },
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'shots', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: images(41) }] },
        ],
      },
      errors: [{ messageId: 'tooManyImages', pointer: '/messages/3/content/0/content/40', data: { count: 'at least 101' } }],
    },
    {
      name: 'in a batch',
      payload: { requests: [{ custom_id: 'a', params: body('claude-haiku-4-5', images(101)) }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'tooManyImages', pointer: '/requests/0/params/messages/0/content/100' }],
    },
  ],
});
