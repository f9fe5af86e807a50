import rule from '../../rules/tool-loop-thinking-start.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const thinking = { type: 'thinking', thinking: 'I should look it up.', signature: 'EqQBCkYIAxgC' };
const redacted = { type: 'redacted_thinking', data: 'EmwKAhgBEgy3' };
const text = { type: 'text', text: 'Let me check.' };
const use = (id: string) => ({ type: 'tool_use', id, name: 'get_weather', input: { location: 'Paris' } });
const result = (id: string) => ({ type: 'tool_result', tool_use_id: id, content: '20°C, sunny' });
const ENABLED = { type: 'enabled', budget_tokens: 2048 };
/** `thinkingConfig` null: no thinking config in the body. */
const body = (messages: unknown[], thinkingConfig: unknown = ENABLED, model = 'claude-haiku-4-5') => ({
  model,
  max_tokens: 4096,
  ...(thinkingConfig === null ? {} : { thinking: thinkingConfig }),
  messages,
});

/** The loop the API rejects: the assistant message that opened it lost its thinking block. */
const strippedLoop = [user('Weather in Paris?'), assistant([use('t1')]), user([result('t1')])];

ruleTable(rule, {
  valid: [
    { name: 'the opening message starts with its thinking block', payload: body([user('Weather in Paris?'), assistant([thinking, use('t1')]), user([result('t1')])]) },
    { name: 'redacted thinking first', payload: body([user('Weather in Paris?'), assistant([redacted, thinking, text, use('t1')]), user([result('t1')])]) },
    {
      name: 'interleaved thinking: every step of the loop starts with thinking',
      payload: body([user('Weather in Paris and Rome?'), assistant([thinking, use('t1')]), user([result('t1')]), assistant([thinking, use('t2')]), user([result('t2')])]),
    },
    {
      name: 'without interleaved thinking, later steps of the loop have no thinking block: only the opening message must',
      payload: body([user('Weather in Paris and Rome?'), assistant([thinking, use('t1')]), user([result('t1')]), assistant([use('t2')]), user([result('t2')])]),
    },
    {
      name: 'earlier completed turns with their thinking stripped (allowed outside the current loop)',
      payload: body([user('Hi'), assistant([text]), user('Weather in Paris?'), assistant([thinking, use('t1')]), user([result('t1')])]),
    },
    { name: 'a new question after a turn without thinking: toggling between turns is allowed', payload: body([user('Weather?'), assistant([use('t1')]), user([result('t1')]), assistant([text]), user('And tomorrow?')]) },
    { name: 'adaptive thinking drops the requirement', payload: body(strippedLoop, { type: 'adaptive' }, 'claude-sonnet-4-6') },
    { name: 'adaptive by default (no thinking config)', payload: body(strippedLoop, null, 'claude-sonnet-5-5') },
    { name: 'thinking disabled', payload: body(strippedLoop, { type: 'disabled' }) },
    {
      name: 'thinking turned off mid-loop: the API strips the thinking blocks (graceful degradation), no error',
      payload: body([user('Weather in Paris?'), assistant([thinking, use('t1')]), user([result('t1')])], { type: 'disabled' }),
    },
    { name: 'the last user turn mixes tool results and text: whether it continues the loop is not documented', payload: body([user('Weather?'), assistant([use('t1')]), user([result('t1'), { type: 'text', text: 'Also check Rome.' }])]) },
    {
      name: 'a user turn inside the loop mixes tool results and text: the loop start is not certain',
      payload: body([user('Weather?'), assistant([use('t1')]), user([result('t1'), { type: 'text', text: 'Also Rome.' }]), assistant([thinking, use('t2')]), user([result('t2')])]),
    },
    { name: 'the conversation ends with a prefill (prefill-support judges it)', payload: body([user('Weather?'), assistant([text])]) },
    { name: 'no question before the loop (starts with an assistant message)', payload: body([assistant([use('t1')]), user([result('t1')])]) },
    { name: 'the first block is Unknown', payload: body([user('Weather?'), assistant([unknownValue(), use('t1')]), user([result('t1')])]) },
    { name: 'the opening message is Unknown', payload: body([user('Weather?'), unknownValue(), user([result('t1')])]) },
    { name: 'history spread before the loop: its start is not known', payload: body([unknownValue(), assistant([use('t1')]), user([result('t1')])]) },
    { name: 'an open messages array may end with more messages', payload: body(markOpen([...strippedLoop])) },
    { name: 'the last user turn holds Unknown blocks', payload: body([user('Weather?'), assistant([use('t1')]), user([result('t1'), unknownValue()])]) },
    { name: 'thinking not known', payload: body(strippedLoop, unknownValue()) },
    { name: 'thinking.type not known', payload: body(strippedLoop, { type: unknownValue(), budget_tokens: 2048 }) },
    { name: 'a body that may hold thinking from a spread', payload: markOpen(body(strippedLoop, null)) },
    { name: 'a model without manual thinking rejects "enabled" first (thinking-model-support)', payload: body(strippedLoop, ENABLED, 'claude-opus-5-5') },
    { name: 'thinking later in the opening message is thinking-block-order\'s', payload: body([user('Weather?'), assistant([text, thinking, use('t1')]), user([result('t1')])]) },
    {
      name: 'a turn echoed with a fallback block (beta)',
      payload: body([user('Weather?'), assistant([{ type: 'fallback', from: { model: 'claude-opus-4-5' }, to: { model: 'claude-haiku-4-5' } }, use('t1')]), user([result('t1')])]),
    },
    { name: 'count_tokens bodies are not judged', payload: { model: 'claude-haiku-4-5', thinking: ENABLED, messages: strippedLoop }, options: { kind: 'count-tokens' } },
  ],
  invalid: [
    {
      name: 'thinking block dropped from the assistant message of the loop',
      payload: body(strippedLoop),
      errors: [{ messageId: 'loopTurnNeedsThinking', pointer: '/messages/1/content/0', data: { found: 'tool_use', apiPath: 'messages.1.content.0', path: 'messages[1]' } }],
    },
    {
      name: 'rebuilt as text then tool_use, thinking left out',
      payload: body([user('Weather?'), assistant([text, use('t1')]), user([result('t1')])]),
      errors: [{ messageId: 'loopTurnNeedsThinking', pointer: '/messages/1/content/0', data: { found: 'text' }, messageIncludes: 'but found `text`' }],
    },
    {
      name: 'a multi-step loop: the message that opened it is the one that must start with thinking',
      payload: body([user('Weather in Paris and Rome?'), assistant([use('t1')]), user([result('t1')]), assistant([thinking, use('t2')]), user([result('t2')])]),
      errors: [{ messageId: 'loopTurnNeedsThinking', pointer: '/messages/1/content/0' }],
    },
    {
      name: 'the loop after a completed earlier turn',
      payload: body([user('Hi'), assistant([thinking, text]), user('Weather?'), assistant([use('t1')]), user([result('t1')])]),
      errors: [{ messageId: 'loopTurnNeedsThinking', pointer: '/messages/3/content/0', data: { apiPath: 'messages.3.content.0' } }],
    },
    {
      name: 'consecutive assistant messages are one turn: string content opens it',
      payload: body([user('Weather?'), assistant('Let me check.'), assistant([use('t1')]), user([result('t1')])]),
      errors: [{ messageId: 'loopTurnNeedsThinking', pointer: '/messages/1/content', data: { found: 'text', apiPath: 'messages.1.content.0' } }],
    },
    {
      name: 'history before the question is a spread: the loop start is still certain',
      payload: body([unknownValue(), user('Weather?'), assistant([use('t1')]), user([result('t1')])]),
      errors: [{ messageId: 'loopTurnNeedsThinking', pointer: '/messages/2/content/0' }],
    },
    {
      name: 'later blocks of the opening message not known',
      payload: body([user('Weather?'), assistant(markOpen([use('t1')])), user([result('t1')])]),
      errors: [{ messageId: 'loopTurnNeedsThinking', pointer: '/messages/1/content/0' }],
    },
    {
      name: 'a model id the catalogue does not know',
      payload: body(strippedLoop, ENABLED, 'my-claude-deployment'),
      errors: [{ messageId: 'loopTurnNeedsThinking', pointer: '/messages/1/content/0' }],
    },
  ],
});
