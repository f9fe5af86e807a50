import rule from '../../rules/final-assistant-trailing-thinking.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const thinking = { type: 'thinking', thinking: 'The user wants a list.', signature: 'EqQBCkYIAxgC' };
const redacted = { type: 'redacted_thinking', data: 'EmwKAhgBEgy3' };
const text = { type: 'text', text: 'Here is the list:' };
const use = { type: 'tool_use', id: 't1', name: 'search', input: { q: 'colours' } };
const result = { type: 'tool_result', tool_use_id: 't1', content: 'red, green, blue' };
const body = (messages: unknown[], extra: Record<string, unknown> = {}) => ({ model: 'claude-haiku-4-5', max_tokens: 4096, ...extra, messages });

ruleTable(rule, {
  valid: [
    { name: 'a prefill that ends with text after its thinking block', payload: body([user('List three colours.'), assistant([thinking, text])], { thinking: { type: 'enabled', budget_tokens: 2048 } }) },
    { name: 'an assistant message ending with thinking, followed by a user message (a cut-off response sent back unchanged)', payload: body([user('List three colours.'), assistant([thinking, use, thinking]), user([result])]) },
    { name: 'interleaved thinking history ending with a tool result', payload: body([user('q'), assistant([thinking, use]), user([result]), assistant([thinking, text]), user('thanks')]) },
    { name: 'a string prefill', payload: body([user('List three colours.'), assistant('Here is the list:')]) },
    { name: 'a prefill ending with a tool_use', payload: body([user('q'), assistant([thinking, use])]) },
    {
      name: 'a turn paused on a server tool is sent back to continue',
      payload: body([user('Search the web.'), assistant([thinking, { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'x' } }, { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [] }, thinking])]),
    },
    { name: 'a turn with a fallback block (beta)', payload: body([user('q'), assistant([{ type: 'fallback', from: { model: 'claude-opus-4-5' }, to: { model: 'claude-haiku-4-5' } }, thinking])]) },
    { name: 'the last block is Unknown', payload: body([user('q'), assistant([thinking, unknownValue()])]) },
    { name: 'the content may have more blocks', payload: body([user('q'), assistant(markOpen([text, thinking]))]) },
    { name: 'the last block\'s type is not known', payload: body([user('q'), assistant([text, { type: unknownValue() }])]) },
    { name: 'messages may end with more (open array)', payload: body(markOpen([user('q'), assistant([thinking])])) },
    { name: 'the last message is Unknown', payload: body([user('q'), assistant([thinking]), unknownValue()]) },
    { name: 'count_tokens bodies are not judged', payload: { model: 'claude-haiku-4-5', messages: [user('q'), assistant([thinking])] }, options: { kind: 'count-tokens' } },
  ],
  invalid: [
    {
      name: 'a prefill that is only the thinking block of a cut-off response',
      payload: body([user('List three colours.'), assistant([thinking])]),
      errors: [
        {
          messageId: 'endsWithThinking',
          pointer: '/messages/1/content/0',
          data: { found: 'thinking', apiPath: 'messages.1', path: 'messages[1]' },
          suggestions: [body([user('List three colours.')])],
        },
      ],
    },
    {
      name: 'text then a trailing redacted_thinking block: no suggestion',
      payload: body([user('List three colours.'), assistant([thinking, text, redacted])]),
      errors: [{ messageId: 'endsWithThinking', pointer: '/messages/1/content/2', data: { found: 'redacted_thinking' }, suggestions: [] }],
    },
    {
      name: 'consecutive assistant messages: the last one ends with thinking; removing it is not offered',
      payload: body([user('q'), assistant('Sure.'), assistant([thinking])]),
      errors: [{ messageId: 'endsWithThinking', pointer: '/messages/2/content/0', data: { apiPath: 'messages.2' }, suggestions: [] }],
    },
    {
      name: 'after a tool loop, with thinking off',
      payload: body([user('q'), assistant([use]), user([result]), assistant([text, thinking])], { thinking: { type: 'disabled' } }),
      errors: [{ messageId: 'endsWithThinking', pointer: '/messages/3/content/1' }],
    },
    {
      name: 'history before it is a spread',
      payload: body([unknownValue(), assistant([thinking])]),
      errors: [{ messageId: 'endsWithThinking', pointer: '/messages/1/content/0' }],
    },
    {
      name: 'a model without prefill support: prefill-support reports the prefill, this rule the block',
      payload: { model: 'claude-opus-5-5', max_tokens: 4096, messages: [user('q'), assistant([text, thinking])] },
      errors: [{ messageId: 'endsWithThinking', pointer: '/messages/1/content/1' }],
    },
  ],
});
