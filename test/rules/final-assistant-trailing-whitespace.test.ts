import rule from '../../rules/final-assistant-trailing-whitespace.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const body = (messages: unknown[], model = 'claude-haiku-4-5') => ({ model, max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    { name: 'prefill without trailing whitespace', payload: body([user('List three colors.'), assistant('1.')]) },
    { name: 'whitespace at the end of a non-final assistant message', payload: body([user('a'), assistant('b\n'), user('c')]) },
    { name: 'blank prefill is left to text-block-non-empty', payload: body([user('a'), assistant(' ')]) },
    { name: 'open messages array: the last seen message may not be last', payload: body(markOpen([user('a'), assistant('b ')])) },
    { name: 'unknown last element', payload: body([user('a'), assistant('b '), unknownValue()]) },
    { name: 'last block not text', payload: body([user('a'), assistant([{ type: 'text', text: 'x ' }, { type: 'tool_use', id: 't', name: 'f', input: {} }])]) },
    { name: 'unknown last block', payload: body([user('a'), assistant([{ type: 'text', text: 'x ' }, unknownValue()])]) },
    { name: 'model without prefill: prefill-support reports the message', payload: body([user('a'), assistant('b ')], 'claude-sonnet-5-5') },
  ],
  invalid: [
    {
      name: 'string prefill ending in a space: fixed by trimming',
      payload: body([user('Write a haiku.'), assistant('Here is the haiku: ')]),
      errors: [{ messageId: 'trailingWhitespace', pointer: '/messages/1/content', fixed: body([user('Write a haiku.'), assistant('Here is the haiku:')]) }],
    },
    {
      name: 'last text block ending in a newline',
      payload: body([user('JSON please'), assistant([{ type: 'text', text: '{\n' }])]),
      errors: [{ messageId: 'trailingWhitespace', pointer: '/messages/1/content/0/text', fixed: body([user('JSON please'), assistant([{ type: 'text', text: '{' }])]) }],
    },
    { name: 'unknown model id', payload: body([user('a'), assistant('b\t')], 'my-model'), errors: [{ messageId: 'trailingWhitespace', pointer: '/messages/1/content' }] },
  ],
});
