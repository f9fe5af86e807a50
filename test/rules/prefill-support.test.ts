import rule from '../../rules/prefill-support.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const body = (model: unknown, messages: unknown[], extra: Record<string, unknown> = {}) => ({ model, max_tokens: 4096, messages, ...extra });
const enabled = { type: 'enabled', budget_tokens: 2048 };
const thinkingBlock = { type: 'thinking', thinking: 'Let me see.', signature: 'sig' };
const format = { type: 'json_schema', schema: { type: 'object', properties: { colours: { type: 'array', items: { type: 'string' } } }, additionalProperties: false } };

ruleTable(rule, {
  valid: [
    {
      name: 'a turn paused on a server tool (pause_turn) sent back as-is on a model without prefill',
      payload: body('claude-sonnet-5-5', [user('Search the news'), assistant([{ type: 'text', text: 'Searching.' }, { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'news' } }])], { tools: [{ type: 'web_search_20250305', name: 'web_search' }] }),
    },
    {
      name: 'a paused turn ending in a server tool result',
      payload: body('claude-opus-4-6', [user('Search'), assistant([{ type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: { query: 'q' } }, { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_1', content: [] }])]),
    },
    { name: 'thinking on, the final turn split over two assistant messages: the first opens with thinking', payload: body('claude-haiku-4-5', [user('Hi'), assistant([thinkingBlock]), assistant([{ type: 'text', text: 'So' }])], { thinking: enabled }) },
    {
      name: 'thinking on, a fallback block (beta) before the thinking',
      payload: body('claude-haiku-4-5', [user('Hi'), assistant([{ type: 'fallback', from: { model: 'claude-opus-5-5' }, to: { model: 'claude-haiku-4-5' } }, thinkingBlock, { type: 'text', text: 'So' }])], { thinking: enabled }),
    },
    { name: 'thinking on, an earlier message of the final turn not known', payload: body('claude-haiku-4-5', [user('Hi'), unknownValue(), assistant([{ type: 'text', text: 'So' }])], { thinking: enabled }) },
    { name: 'ends with a user message', payload: body('claude-opus-5-5', [user('Hi'), assistant('Hello'), user('Go on')]) },
    { name: 'prefill on a prefill-capable model', payload: body('claude-haiku-4-5', [user('Hi'), assistant('{')]) },
    { name: 'thinking on, prefill starting with a thinking block', payload: body('claude-haiku-4-5', [user('Hi'), assistant([thinkingBlock, { type: 'text', text: 'So' }])], { thinking: enabled }) },
    { name: 'unknown model without thinking', payload: body('claude-made-up', [user('Hi'), assistant('{')]) },
    { name: 'runtime model', payload: body(unknownValue(), [user('Hi'), assistant('{')]) },
    { name: 'history may continue after a spread', payload: body('claude-opus-5-5', markOpen([user('Hi'), assistant('{')])) },
    { name: 'last message unknown', payload: body('claude-opus-5-5', [user('Hi'), unknownValue()]) },
    { name: 'role unknown', payload: body('claude-opus-5-5', [user('Hi'), { role: unknownValue(), content: 'x' }]) },
    {
      name: 'fallback_credit_token authorizes one appended assistant message',
      payload: body('claude-opus-5-5', [user('Hi'), assistant('Partial answer')], { fallback_credit_token: 'fct_123' }),
      options: { endpoint: 'beta' },
    },
    { name: 'fallback token with runtime tool_choice', payload: body('claude-opus-5-5', [user('Hi'), assistant('x')], { fallback_credit_token: 'fct', tool_choice: unknownValue() }), options: { endpoint: 'beta' } },
    { name: 'count_tokens bodies are not judged', payload: { model: 'claude-opus-5-5', messages: [user('Hi'), assistant('{')] }, options: { kind: 'count-tokens' } },
    { name: 'thinking blocks out of order are thinking-block-order\'s', payload: body('claude-haiku-4-5', [user('Hi'), assistant([{ type: 'text', text: 'So' }, thinkingBlock])], { thinking: enabled }) },
    { name: 'structured output, ends with a user message', payload: body('claude-haiku-4-5', [user('Hi'), assistant('Hello'), user('Colours?')], { output_config: { format } }) },
    { name: 'structured output with a runtime output_config', payload: body('claude-haiku-4-5', [user('Hi'), assistant('{')], { output_config: unknownValue() }) },
    { name: 'structured output with a runtime format', payload: body('claude-haiku-4-5', [user('Hi'), assistant('{')], { output_config: { format: unknownValue() } }) },
    { name: 'output_config.format null', payload: body('claude-haiku-4-5', [user('Hi'), assistant('{')], { output_config: { format: null, effort: 'low' } }) },
    { name: 'output_config with effort only', payload: body('claude-opus-4-5', [user('Hi'), assistant('{')], { output_config: { effort: 'low' } }) },
    { name: 'structured output, history may continue after a spread', payload: body('claude-haiku-4-5', markOpen([user('Hi'), assistant('{')]), { output_config: { format } }) },
    { name: 'structured output in count_tokens is not judged', payload: { model: 'claude-haiku-4-5', messages: [user('Hi'), assistant('{')], output_config: { format } }, options: { kind: 'count-tokens' } },
    { name: 'thinking on, prefill content open', payload: body('claude-haiku-4-5', [user('Hi'), assistant(markOpen([{ type: 'text', text: 'x' }]))], { thinking: enabled }) },
  ],
  invalid: [
    {
      name: 'thinking on, the final turn split over two assistant messages, neither opening with thinking: reported at the turn\'s first message',
      payload: body('claude-haiku-4-5', [user('Hi'), assistant([{ type: 'text', text: 'One' }]), assistant([{ type: 'text', text: 'Two' }])], { thinking: enabled }),
      errors: [{ messageId: 'prefillNeedsThinkingBlock', pointer: '/messages/1/content/0', data: { index: '1' }, suggestions: [body('claude-haiku-4-5', [user('Hi')], { thinking: enabled })] }],
    },
    {
      name: 'prefill on a model without prefill',
      payload: body('claude-opus-4-6', [user('Hi'), assistant('{')]),
      errors: [{ messageId: 'prefillNotSupported', pointer: '/messages/1', messageIncludes: 'This model does not support assistant message prefill. The conversation must end with a user message.', suggestions: [body('claude-opus-4-6', [user('Hi')])] }],
    },
    { name: 'a lone assistant message: no removal offered', payload: body('claude-sonnet-5-5', [assistant('{')]), errors: [{ messageId: 'prefillNotSupported', pointer: '/messages/0', suggestions: [] }] },
    { name: 'fallback token on the GA endpoint does not count', payload: body('claude-opus-5-5', [user('Hi'), assistant('x')], { fallback_credit_token: 'fct' }), options: { endpoint: 'ga' }, errors: [{ messageId: 'prefillNotSupported', pointer: '/messages/1' }] },
    {
      name: 'fallback token with output_config.format',
      payload: body('claude-opus-5-5', [user('Hi'), assistant('x')], { fallback_credit_token: 'fct', output_config: { format: { type: 'json_schema', schema: { type: 'object', additionalProperties: false } } } }),
      options: { endpoint: 'beta' },
      errors: [{ messageId: 'fallbackPrefillNotAllowed', pointer: '/messages/1', data: { blocker: 'output_config.format' } }],
    },
    {
      name: 'structured output with a prefill on a prefill-capable model',
      payload: body('claude-haiku-4-5', [user('Colours?'), assistant('{"colours": [')], { output_config: { format } }),
      errors: [{ messageId: 'structuredOutputPrefill', pointer: '/messages/1', data: { field: 'output_config.format', index: '1' }, messageIncludes: 'incompatible with JSON outputs', suggestions: [body('claude-haiku-4-5', [user('Colours?')], { output_config: { format } })] }],
    },
    {
      name: 'deprecated output_format with a prefill, unknown model',
      payload: body('claude-made-up', [user('Colours?'), assistant('{')], { output_format: format }),
      options: { endpoint: 'beta' },
      errors: [{ messageId: 'structuredOutputPrefill', pointer: '/messages/1', data: { field: 'output_format' } }],
    },
    {
      name: 'structured output with a prefill, runtime model',
      payload: body(unknownValue(), [user('Colours?'), assistant('{')], { output_config: { format } }),
      errors: [{ messageId: 'structuredOutputPrefill', pointer: '/messages/1' }],
    },
    {
      name: 'structured output and thinking: one finding for the prefill',
      payload: body('claude-haiku-4-5', [user('Colours?'), assistant('{')], { output_config: { format }, thinking: enabled }),
      errors: [{ messageId: 'structuredOutputPrefill', pointer: '/messages/1' }],
    },
    {
      name: 'fallback token with structured output on a prefill-capable model: the general case',
      payload: body('claude-haiku-4-5', [user('Hi'), assistant('x')], { fallback_credit_token: 'fct', output_config: { format } }),
      options: { endpoint: 'beta' },
      errors: [{ messageId: 'structuredOutputPrefill', pointer: '/messages/1' }],
    },
    {
      name: 'structured output with a prefill on a model without prefill: one finding, prefillNotSupported',
      payload: body('claude-opus-5-5', [user('Hi'), assistant('{')], { output_config: { format } }),
      errors: [{ messageId: 'prefillNotSupported', pointer: '/messages/1' }],
    },
    {
      name: 'thinking on, text prefill',
      payload: body('claude-haiku-4-5', [user('Hi'), assistant([{ type: 'text', text: 'Sure' }])], { thinking: enabled }),
      errors: [{ messageId: 'prefillNeedsThinkingBlock', pointer: '/messages/1/content/0', data: { found: 'text' }, suggestions: [body('claude-haiku-4-5', [user('Hi')], { thinking: enabled })] }],
    },
    { name: 'thinking on, string prefill, unknown model', payload: body('claude-made-up', [user('Hi'), assistant('Sure')], { thinking: { type: 'adaptive' } }), errors: [{ messageId: 'prefillNeedsThinkingBlock', pointer: '/messages/1/content' }] },
    {
      name: 'in a batch',
      payload: { requests: [{ custom_id: 'a', params: body('claude-haiku-5-5', [user('Hi'), assistant('{')]) }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'prefillNotSupported', pointer: '/requests/0/params/messages/1' }],
    },
  ],
});
