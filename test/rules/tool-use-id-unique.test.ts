import rule from '../../rules/tool-use-id-unique.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const use = (id: unknown, name = 'get_weather') => ({ type: 'tool_use', id, name, input: {} });
const serverUse = (id: unknown) => ({ type: 'server_tool_use', id, name: 'web_search', input: { query: 'weather' } });
const result = (id: string) => ({ type: 'tool_result', tool_use_id: id, content: 'ok' });
const body = (messages: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    { name: 'plain conversation', payload: body([user('Hi'), assistant('Hello'), user('Weather?')]) },
    { name: 'two rounds, distinct ids', payload: body([user('x'), assistant([use('toolu_1')]), user([result('toolu_1')]), assistant([use('toolu_2')]), user([result('toolu_2')])]) },
    { name: 'parallel calls, distinct ids', payload: body([user('x'), assistant([use('a'), use('b')]), user([result('a'), result('b')])]) },
    { name: 'server and client tool calls, distinct ids', payload: body([user('x'), assistant([serverUse('srvtoolu_1'), use('toolu_1')]), user([result('toolu_1')])]) },
    { name: 'a tool_result carries the id of its tool_use: not a duplicate', payload: body([user('x'), assistant([use('a')]), user([result('a')])]) },
    { name: 'unknown ids are never compared', payload: body([user('x'), assistant([use(unknownValue()), use(unknownValue())]), user('y')]) },
    { name: 'history spread: unseen ids are not guessed', payload: body([unknownValue(), user('x'), assistant([use('a')]), user([result('a')])]) },
    { name: 'open messages array', payload: body(markOpen([user('x'), assistant([use('a')]), user([result('a')])])) },
    { name: 'unknown block next to a tool_use', payload: body([user('x'), assistant([unknownValue(), use('a')]), user([result('a')])]) },
    { name: 'keys named like prototype members are data', payload: body([user('x'), assistant([use('constructor'), use('__proto__')]), user([result('constructor'), result('__proto__')])]) },
  ],
  invalid: [
    {
      name: 'two calls of one assistant message share an id',
      payload: body([user('x'), assistant([use('toolu_1'), use('toolu_1', 'get_time')]), user([result('toolu_1')])]),
      errors: [{ messageId: 'duplicateInTurn', pointer: '/messages/1/content/1/id', data: { id: 'toolu_1', first: 'messages[1].content[0]', firstType: 'tool_use' }, messageIncludes: 'The API is expected to answer 400' }],
    },
    {
      name: 'same turn split over two assistant messages',
      payload: body([user('x'), assistant([use('a')]), assistant([use('a')]), user([result('a')])]),
      errors: [{ messageId: 'duplicateInTurn', pointer: '/messages/2/content/0/id' }],
    },
    {
      name: 'an id reused in a later turn',
      payload: body([user('x'), assistant([use('toolu_1')]), user([result('toolu_1')]), assistant([use('toolu_1')]), user([result('toolu_1')])]),
      errors: [{ messageId: 'reusedId', pointer: '/messages/3/content/0/id', data: { id: 'toolu_1', first: 'messages[1].content[0]' } }],
    },
    {
      name: 'a server_tool_use id reused',
      payload: body([user('x'), assistant([serverUse('srvtoolu_1')]), user('more'), assistant([serverUse('srvtoolu_1')]), user('thanks')]),
      errors: [{ messageId: 'reusedId', pointer: '/messages/3/content/0/id', data: { type: 'server_tool_use', firstType: 'server_tool_use' } }],
    },
    {
      name: 'a tool_use id equal to a server_tool_use id',
      payload: body([user('x'), assistant([serverUse('call_1'), use('call_1')]), user([result('call_1')])]),
      errors: [{ messageId: 'duplicateInTurn', pointer: '/messages/1/content/1/id', data: { type: 'tool_use', firstType: 'server_tool_use' } }],
    },
    {
      name: 'three uses of one id: each repeat is reported against the first',
      payload: body([user('x'), assistant([use('a')]), user([result('a')]), assistant([use('a')]), user([result('a')]), assistant([use('a')]), user([result('a')])]),
      errors: [
        { messageId: 'reusedId', pointer: '/messages/3/content/0/id', data: { first: 'messages[1].content[0]' } },
        { messageId: 'reusedId', pointer: '/messages/5/content/0/id', data: { first: 'messages[1].content[0]' } },
      ],
    },
    {
      name: 'an unknown element between two known messages: not claimed to be the same turn',
      payload: body([user('x'), assistant([use('a')]), unknownValue(), assistant([use('a')]), user([result('a')])]),
      errors: [{ messageId: 'reusedId', pointer: '/messages/3/content/0/id' }],
    },
    {
      name: 'known blocks are compared even when the array is open',
      payload: body(markOpen([user('x'), assistant([use('a'), use('a')]), user([result('a')])])),
      errors: [{ messageId: 'duplicateInTurn', pointer: '/messages/1/content/1/id' }],
    },
    {
      name: 'in a batch request',
      payload: { requests: [{ custom_id: 'r1', params: body([user('x'), assistant([use('a'), use('a')]), user([result('a')])]) }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'duplicateInTurn', pointer: '/requests/0/params/messages/1/content/1/id' }],
    },
  ],
});
