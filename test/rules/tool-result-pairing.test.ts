import rule from '../../rules/tool-result-pairing.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const use = (id: string, name = 'get_weather') => ({ type: 'tool_use', id, name, input: {} });
const result = (id: string, content = 'ok') => ({ type: 'tool_result', tool_use_id: id, content });
const text = (t: string) => ({ type: 'text', text: t });
const body = (messages: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    { name: 'count_tokens: a conversation ending on a tool_use is not judged (unconfirmed for that endpoint)', payload: body([user('x'), assistant([use('a')])]), options: { kind: 'count-tokens' } },
    {
      name: 'a continued thread (beta) sends only the new turn: its tool_result answers a tool_use held on the server',
      payload: { ...body([user([result('toolu_held')])]), thread: { type: 'continue', previous_message_id: 'msg_1' } },
      options: { endpoint: 'beta' },
    },
    { name: 'a thread that is not known may be a continued one', payload: { ...body([user([result('toolu_held')])]), thread: unknownValue() }, options: { endpoint: 'beta' } },
    { name: 'plain conversation', payload: body([user('Hi'), assistant('Hello'), user('Weather?')]) },
    { name: 'one tool round trip', payload: body([user('Weather?'), assistant([text('Checking.'), use('toolu_1')]), user([result('toolu_1')])]) },
    {
      name: 'parallel tool calls, results first then text',
      payload: body([user('x'), assistant([use('a'), use('b')]), user([result('b'), result('a'), text('Now summarize.')])]),
    },
    {
      name: 'results split over two consecutive user messages (joined into one turn)',
      payload: body([user('x'), assistant([use('a'), use('b')]), user([result('a')]), user([result('b')])]),
    },
    { name: 'assistant turn split over two messages', payload: body([user('x'), assistant([text('t')]), assistant([use('a')]), user([result('a')])]) },
    { name: 'history spread before the pair: orphan not judged', payload: body([unknownValue(), user([result('a')])]) },
    { name: 'open messages array: the first seen turn may follow unseen ones', payload: body(markOpen([user([result('a')]), assistant('ok'), user('next')])) },
    { name: 'open messages array: the last tool_use may be answered later', payload: body(markOpen([user('x'), assistant([use('a')])])) },
    { name: 'unknown element between tool_use and result', payload: body([user('x'), assistant([use('a')]), unknownValue(), user('more')]) },
    { name: 'unknown user content: results may be there', payload: body([user('x'), assistant([use('a')]), user(unknownValue())]) },
    { name: 'unknown block in the user message', payload: body([user('x'), assistant([use('a')]), user([unknownValue(), text('t')])]) },
    { name: 'unknown tool_use_id', payload: body([user('x'), assistant([use('a')]), user([{ type: 'tool_result', tool_use_id: unknownValue() }])]) },
    { name: 'unknown assistant block: any id may be there', payload: body([user('x'), assistant([unknownValue()]), user([result('a')])]) },
    { name: 'unknown role breaks adjacency', payload: body([user('x'), assistant([use('a')]), { role: unknownValue(), content: 'x' }, user('y')]) },
    { name: 'a system message in between is not judged', payload: body([user('x'), assistant([use('a')]), { role: 'system', content: 'note' }, user([result('a')])]) },
    { name: 'server tool use needs no tool_result', payload: body([user('x'), assistant([{ type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: {} }])]) },
    { name: 'keys named like prototype members are data', payload: body([user('x'), assistant([use('constructor')]), user([result('constructor')])]) },
  ],
  invalid: [
    {
      name: 'a thread being created starts the conversation: an opening tool_result is an orphan',
      payload: { ...body([user([result('toolu_x')])]), thread: { type: 'create' } },
      options: { endpoint: 'beta' },
      errors: [{ messageId: 'orphanResult', pointer: '/messages/0/content/0' }],
    },
    {
      name: 'a spread on a GA call cannot add a thread: the orphan is reported',
      payload: markOpen(body([user([result('toolu_x')])])),
      options: { endpoint: 'ga' },
      errors: [{ messageId: 'orphanResult', pointer: '/messages/0/content/0' }],
    },
    {
      name: 'tool_use without result: the next message is plain text',
      payload: body([user('x'), assistant([use('toolu_1')]), user('and?')]),
      errors: [{ messageId: 'missingResult', pointer: '/messages/1/content/0', data: { id: 'toolu_1', apiPath: 'messages.1' }, messageIncludes: 'tool_use` ids were found without `tool_result` blocks immediately after: toolu_1' }],
    },
    {
      name: 'one of two parallel results missing',
      payload: body([user('x'), assistant([use('a'), use('b')]), user([result('a')])]),
      errors: [{ messageId: 'missingResult', pointer: '/messages/1/content/1', data: { id: 'b' } }],
    },
    {
      name: 'a user text turn in between',
      payload: body([user('x'), assistant([use('a')]), user('wait'), assistant('ok'), user([result('a')])]),
      errors: [
        { messageId: 'missingResult', pointer: '/messages/1/content/0' },
        { messageId: 'orphanResult', pointer: '/messages/4/content/0', suggestions: [body([user('x'), assistant([use('a')]), user('wait'), assistant('ok'), user([])])] },
      ],
    },
    {
      name: 'the conversation ends on tool_use',
      payload: body([user('x'), assistant([text('Let me check.'), use('a')])]),
      options: { rules: {} },
      errors: [{ messageId: 'finalToolUse', pointer: '/messages/1/content/1', data: { id: 'a' } }],
    },
    {
      name: 'trimmed history: the conversation starts with a tool_result',
      payload: body([user([result('toolu_9'), text('continue')]), assistant('ok'), user('x')]),
      errors: [{ messageId: 'orphanResult', pointer: '/messages/0/content/0', data: { id: 'toolu_9' }, messageIncludes: 'the conversation starts here' }],
    },
    {
      name: 'mismatched ids',
      payload: body([user('x'), assistant([use('toolu_A')]), user([result('toolu_B')])]),
      errors: [
        { messageId: 'missingResult', pointer: '/messages/1/content/0', data: { id: 'toolu_A' } },
        { messageId: 'orphanResult', pointer: '/messages/2/content/0', data: { id: 'toolu_B', apiPath: 'messages.2.content.0' } },
      ],
    },
    {
      name: 'tool_result after an assistant message without tool_use',
      payload: body([user('x'), assistant('hello'), user([result('a')])]),
      errors: [{ messageId: 'orphanResult', pointer: '/messages/2/content/0', messageIncludes: 'it holds no tool_use block' }],
    },
    {
      name: 'text before the tool_result',
      payload: body([user('x'), assistant([use('a')]), user([text('Here you go:'), result('a')])]),
      errors: [
        {
          messageId: 'resultsNotFirst',
          pointer: '/messages/2/content/1',
          data: { count: '1' },
          messageIncludes: 'Did not find 1 `tool_result` block(s) at the beginning',
          suggestions: [body([user('x'), assistant([use('a')]), user([result('a'), text('Here you go:')])])],
        },
      ],
    },
    {
      name: 'known blocks are judged even when later history is unknown',
      payload: body([user('x'), assistant([use('a')]), user('no result'), unknownValue()]),
      errors: [{ messageId: 'missingResult', pointer: '/messages/1/content/0' }],
    },
    {
      name: 'in a batch request',
      payload: { requests: [{ custom_id: 'r1', params: body([user('x'), assistant([use('a')]), user('y')]) }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'missingResult', pointer: '/requests/0/params/messages/1/content/0' }],
    },
  ],
});
