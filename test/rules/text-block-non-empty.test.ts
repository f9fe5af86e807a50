import rule from '../../rules/text-block-non-empty.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const text = (t: unknown, extra: Record<string, unknown> = {}) => ({ type: 'text', text: t, ...extra });
const image = { type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } };
const body = (messages: unknown[], extra: Record<string, unknown> = {}) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, ...extra, messages });

ruleTable(rule, {
  valid: [
    { name: 'text with content', payload: body([user([text('Hi'), text(' x ')])]) },
    { name: 'empty string content is left to message-content-non-empty', payload: body([user('')]) },
    { name: 'unknown text', payload: body([user([text(unknownValue())])]) },
    { name: 'empty text with cache_control is left to cache-control-empty-text', payload: body([user([text('Hi'), text('', { cache_control: { type: 'ephemeral' } })])]) },
    { name: 'whitespace in system blocks is not judged (unconfirmed)', payload: body([user('Hi')], { system: [text('Rules.'), text('\n')] }) },
    { name: 'empty system string is not judged', payload: body([user('Hi')], { system: '' }) },
    { name: 'nested text in tool_result content is not judged', payload: body([user([{ type: 'tool_result', tool_use_id: 'a', content: [text('')] }])]) },
  ],
  invalid: [
    {
      name: 'empty text next to an image: fixed by removing it',
      payload: body([user([image, text('')])]),
      errors: [{ messageId: 'emptyText', pointer: '/messages/0/content/1', fixed: body([user([image])]) }],
    },
    {
      name: 'the only block: no fix',
      payload: body([user([text('')])]),
      errors: [{ messageId: 'emptyText', pointer: '/messages/0/content/0', fixed: null }],
    },
    {
      name: 'whitespace-only block: a suggestion',
      payload: body([user('Hi'), assistant([text('Sure.'), text('\n\n')]), user('Go on')]),
      errors: [
        {
          messageId: 'whitespaceText',
          pointer: '/messages/1/content/1',
          messageIncludes: 'text content blocks must contain non-whitespace text',
          fixed: null,
          suggestions: [body([user('Hi'), assistant([text('Sure.')]), user('Go on')])],
        },
      ],
    },
    { name: 'whitespace-only string content', payload: body([user('   ')]), errors: [{ messageId: 'whitespaceText', pointer: '/messages/0/content', fixed: null }] },
    {
      name: 'two blank blocks: neither removal is offered (the message would be empty)',
      payload: body([user([text(''), text(' ')])]),
      errors: [
        { messageId: 'emptyText', pointer: '/messages/0/content/0', fixed: null },
        { messageId: 'whitespaceText', pointer: '/messages/0/content/1', suggestions: [] },
      ],
    },
    { name: 'open content array: no fix', payload: body([user(markOpen([image, text('')]))]), errors: [{ messageId: 'emptyText', pointer: '/messages/0/content/1', fixed: null }] },
    {
      name: 'empty system text block',
      payload: body([user('Hi')], { system: [text('Rules.'), text('')] }),
      errors: [{ messageId: 'emptySystemText', pointer: '/system/1', fixed: body([user('Hi')], { system: [text('Rules.')] }) }],
    },
  ],
});
