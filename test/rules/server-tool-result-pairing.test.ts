import rule from '../../rules/server-tool-result-pairing.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const serverUse = (id: string) => ({ type: 'server_tool_use', id, name: 'web_search', input: { query: 'weather paris' } });
const searchResult = (id: string) => ({ type: 'web_search_tool_result', tool_use_id: id, content: [] });
const body = (messages: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    {
      name: 'a continued thread (beta): the server_tool_use may be in the history held on the server',
      payload: { ...body([assistant([searchResult('srvtoolu_held')]), user('y')]), thread: { type: 'continue', previous_message_id: 'msg_1' } },
      options: { endpoint: 'beta' },
    },
    { name: 'pair in one assistant message', payload: body([user('x'), assistant([serverUse('srvtoolu_1'), searchResult('srvtoolu_1'), { type: 'text', text: 'Sunny.' }]), user('thanks')]) },
    { name: 'use in an earlier message', payload: body([user('x'), assistant([serverUse('srvtoolu_1')]), assistant([searchResult('srvtoolu_1')]), user('y')]) },
    { name: 'unknown history before the result', payload: body([unknownValue(), assistant([searchResult('srvtoolu_1')]), user('y')]) },
    { name: 'open messages array', payload: body(markOpen([assistant([searchResult('srvtoolu_1')]), user('y')])) },
    { name: 'unknown block before the result in the same message', payload: body([user('x'), assistant([unknownValue(), searchResult('srvtoolu_1')])]) },
    { name: 'unknown content of an earlier message', payload: body([user('x'), assistant(unknownValue()), assistant([searchResult('srvtoolu_1')])]) },
    { name: 'server_tool_use with an unknown id', payload: body([user('x'), assistant([{ ...serverUse('a'), id: unknownValue() }, searchResult('srvtoolu_1')])]) },
    { name: 'unknown tool_use_id', payload: body([user('x'), assistant([{ type: 'code_execution_tool_result', tool_use_id: unknownValue(), content: {} }])]) },
  ],
  invalid: [
    {
      name: 'result without its server_tool_use (dropped by a block filter)',
      payload: body([user('x'), assistant([searchResult('srvtoolu_1'), { type: 'text', text: 'Sunny.' }]), user('y')]),
      errors: [
        {
          messageId: 'noServerToolUse',
          pointer: '/messages/1/content/0',
          data: { type: 'web_search_tool_result', id: 'srvtoolu_1', apiPath: 'messages.1.content.0' },
          suggestions: [body([user('x'), assistant([{ type: 'text', text: 'Sunny.' }]), user('y')])],
        },
      ],
    },
    {
      name: 'result before its server_tool_use',
      payload: body([user('x'), assistant([searchResult('srvtoolu_1'), serverUse('srvtoolu_1')])]),
      errors: [{ messageId: 'noServerToolUse', pointer: '/messages/1/content/0' }],
    },
    {
      name: 'a client tool_use id does not count',
      payload: body([user('x'), assistant([{ type: 'tool_use', id: 'toolu_1', name: 'f', input: {} }, { type: 'advisor_tool_result', tool_use_id: 'toolu_1', content: {} }])]),
      errors: [{ messageId: 'noServerToolUse', pointer: '/messages/1/content/1', data: { type: 'advisor_tool_result' } }],
    },
    {
      name: 'unknown history after the result does not matter',
      payload: body([user('x'), assistant([{ type: 'web_fetch_tool_result', tool_use_id: 'srvtoolu_9', content: {} }]), unknownValue()]),
      errors: [{ messageId: 'noServerToolUse', pointer: '/messages/1/content/0' }],
    },
  ],
});
