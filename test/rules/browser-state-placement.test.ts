import rule from '../../rules/browser-state-placement.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const navigate = { type: 'tool_use', id: 'toolu_1', name: 'navigate', input: { url: 'https://example.com' } };
const state = (title = 'Example') => ({ type: 'browser_state', tabs: [{ tab_id: 't1', title, url: 'https://example.com', active: true }] });
const result = (content: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'tool_result', tool_use_id: 'toolu_1', content, ...extra });
const body = (resultBlock: unknown) => ({
  model: 'claude-opus-5-5',
  max_tokens: 1024,
  tools: [{ type: 'browser_toolset_20260801' }],
  messages: [user('Open example.com'), assistant([navigate]), user([resultBlock])],
});

ruleTable(rule, {
  valid: [
    { name: 'one browser_state on a successful result', payload: body(result([{ type: 'text', text: 'Loaded.' }, state()])) },
    { name: 'is_error false', payload: body(result([state()], { is_error: false })) },
    { name: 'an error result without browser_state', payload: body(result([{ type: 'text', text: 'Timed out.' }], { is_error: true })) },
    { name: 'is_error not known: not judged', payload: body(result([state()], { is_error: unknownValue() })) },
    { name: 'an unknown block may be anything, but two are needed to count', payload: body(result([unknownValue(), state()])) },
    { name: 'open content: only what is seen counts', payload: body(result(markOpen([state()]))) },
  ],
  invalid: [
    {
      name: 'two browser_state blocks in one tool_result',
      payload: body(result([state('Before'), state('After')])),
      errors: [{ messageId: 'secondBrowserState', pointer: '/messages/2/content/0/content/1', suggestions: [body(result([state('Before')]))] }],
    },
    {
      name: 'browser_state on an error result',
      payload: body(result([{ type: 'text', text: 'Navigation failed.' }, state()], { is_error: true })),
      errors: [{ messageId: 'browserStateOnError', pointer: '/messages/2/content/0/content/1', suggestions: [body(result([{ type: 'text', text: 'Navigation failed.' }], { is_error: true }))] }],
    },
  ],
});
