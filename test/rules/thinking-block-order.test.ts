import rule from '../../rules/thinking-block-order.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const thinking = { type: 'thinking', thinking: 'Let me think.', signature: 'sig' };
const redacted = { type: 'redacted_thinking', data: 'abc' };
const text = { type: 'text', text: 'Answer.' };
const use = { type: 'tool_use', id: 't1', name: 'f', input: {} };
const body = (messages: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    { name: 'a turn echoed with a fallback block (beta) before the thinking of the model that answered', payload: body([user('q'), assistant([{ type: 'fallback', from: { model: 'claude-opus-5-5' }, to: { model: 'claude-sonnet-5-5' } }, thinking, text]), user('x')]) },
    { name: 'thinking first', payload: body([user('q'), assistant([thinking, text, use]), user([{ type: 'tool_result', tool_use_id: 't1' }])]) },
    { name: 'redacted thinking first', payload: body([user('q'), assistant([redacted, thinking, text]), user('x')]) },
    { name: 'no thinking at all', payload: body([user('q'), assistant([text, use])]) },
    { name: 'unknown first block', payload: body([user('q'), assistant([unknownValue(), thinking])]) },
    { name: 'thinking in a user message is block-role-placement\'s', payload: body([user([text, thinking])]) },
  ],
  invalid: [
    {
      name: 'text before thinking',
      payload: body([user('q'), assistant([text, thinking, use])]),
      errors: [
        {
          messageId: 'thinkingNotFirst',
          pointer: '/messages/1/content/0',
          data: { found: 'text', apiPath: 'messages.1.content.0' },
          suggestions: [body([user('q'), assistant([thinking, text, use])])],
        },
      ],
    },
    {
      name: 'unknown blocks later: no suggestion',
      payload: body([user('q'), assistant(markOpen([use, redacted]))]),
      errors: [{ messageId: 'thinkingNotFirst', pointer: '/messages/1/content/0', data: { found: 'tool_use' }, suggestions: [] }],
    },
  ],
});
