import rule from '../../rules/message-content-non-empty.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const body = (messages: unknown[], model = 'claude-sonnet-5-5') => ({ model, max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    { name: 'a system message (beta) with only output_config settings', payload: body([user('Hi'), { role: 'system', output_config: { effort: 'low' } }, user('Go on')]), options: { endpoint: 'beta' } },
    { name: 'a system message with content and an empty output_config', payload: body([user('Hi'), { role: 'system', content: 'Be brief.', output_config: {} }]), options: { endpoint: 'beta' } },
    { name: 'a system message whose output_config is not known', payload: body([user('Hi'), { role: 'system', output_config: unknownValue() }]), options: { endpoint: 'beta' } },
    { name: 'non-empty messages', payload: body([user('Hi'), assistant([{ type: 'text', text: 'Hello' }]), user('x')]) },
    { name: 'empty final assistant message (prefill-capable model)', payload: body([user('Hi'), assistant('')], 'claude-haiku-4-5') },
    { name: 'empty final assistant block list', payload: body([user('Hi'), assistant([])], 'claude-haiku-4-5') },
    { name: 'empty assistant message followed only by unknown history', payload: body([user('Hi'), assistant(''), unknownValue()]) },
    { name: 'open empty array may hold blocks', payload: body([user(markOpen([])), assistant('ok'), user('x')]) },
    { name: 'unknown content', payload: body([user(unknownValue())]) },
    { name: 'system message (beta) is not judged', payload: body([{ role: 'system', content: '' }, user('Hi')]) },
  ],
  invalid: [
    { name: 'a system message with neither content nor output_config', payload: body([user('Hi'), { role: 'system' }, user('Go on')]), options: { endpoint: 'beta' }, errors: [{ messageId: 'emptySystemMessage', pointer: '/messages/1' }] },
    { name: 'a system message with an empty output_config and no content', payload: body([user('Hi'), { role: 'system', output_config: {} }]), options: { endpoint: 'beta' }, errors: [{ messageId: 'emptySystemMessage', pointer: '/messages/1' }] },
    { name: 'empty user string', payload: body([user('')]), errors: [{ messageId: 'emptyContent', pointer: '/messages/0/content', data: { shape: '""', role: 'user' } }] },
    { name: 'empty user block list', payload: body([user('Hi'), assistant('Hello'), user([])]), errors: [{ messageId: 'emptyContent', pointer: '/messages/2/content', data: { shape: '[]' } }] },
    {
      name: 'empty assistant message in the middle',
      payload: body([user('Hi'), assistant(''), user('Again')]),
      errors: [{ messageId: 'emptyContent', pointer: '/messages/1/content', messageIncludes: 'all messages must have non-empty content except for the optional final assistant message' }],
    },
    { name: 'empty user message before unknown history', payload: body([user(''), unknownValue()]), errors: [{ messageId: 'emptyContent', pointer: '/messages/0/content' }] },
  ],
});
