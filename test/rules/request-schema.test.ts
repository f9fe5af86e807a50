import rule from '../../rules/request-schema.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (extra: Record<string, unknown> = {}) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [user('Hello')], ...extra });

ruleTable(rule, {
  valid: [
    { name: 'minimal body', payload: body() },
    { name: 'system as text blocks, tools, tool_choice, thinking', payload: body({ system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral', ttl: '1h' } }], tools: [{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }, { type: 'web_search_20250305', name: 'web_search', max_uses: 3 }], tool_choice: { type: 'tool', name: 'get_weather' }, thinking: { type: 'adaptive' }, output_config: { effort: 'high' } }) },
    { name: 'sampling params are schema-valid under 2023-06-01', payload: body({ temperature: 0.5, top_p: 0.9, top_k: 40 }), options: { apiVersion: '2023-06-01' } },
    { name: 'temperature under 2026-10-21 is left to no-sampling-params', payload: body({ temperature: 1 }) },
    { name: 'count_tokens body', payload: { model: 'claude-sonnet-5-5', messages: [user('Hi')] }, options: { kind: 'count-tokens' } },
    { name: 'batch with valid params', payload: { requests: [{ custom_id: 'req-1', params: body() }] }, options: { kind: 'batch' } },
    { name: 'batch params may carry user_profile_id', payload: { requests: [{ custom_id: 'a', params: body({ user_profile_id: 'up_1' }) }] }, options: { kind: 'batch' } },
    { name: 'unknown values are not judged', payload: body({ max_tokens: unknownValue(), messages: [user(unknownValue())], system: unknownValue() }) },
    { name: 'an open object may supply required fields', payload: markOpen({ model: 'claude-sonnet-5-5' }) },
    { name: 'beta fields on the beta endpoint', payload: body({ context_management: { edits: [] } }), options: { endpoint: 'beta' } },
    { name: 'keys named like Object.prototype members are data', payload: { ...body(), metadata: { user_id: 'u' } } },
  ],
  invalid: [
    {
      name: 'misspelled required field: one finding, fixed by renaming',
      payload: { model: 'claude-sonnet-5-5', max_token: 1024, messages: [user('Hi')] },
      errors: [{ messageId: 'unknownFieldDidYouMean', pointer: '/max_token', data: { suggestion: 'max_tokens' }, fixed: { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [user('Hi')] } }],
    },
    {
      name: 'camelCase field',
      payload: { model: 'claude-sonnet-5-5', maxTokens: 1024, messages: [user('Hi')] },
      errors: [{ messageId: 'unknownFieldDidYouMean', pointer: '/maxTokens', data: { suggestion: 'max_tokens' } }],
    },
    {
      name: 'OpenAI names: a suggestion, not a fix',
      payload: body({ stop: ['END'], system_prompt: 'x' }),
      errors: [
        { messageId: 'unknownFieldDidYouMean', pointer: '/stop', data: { suggestion: 'stop_sequences' }, fixed: null, suggestions: [body({ stop_sequences: ['END'], system_prompt: 'x' })] },
        { messageId: 'unknownFieldDidYouMean', pointer: '/system_prompt', data: { suggestion: 'system' } },
      ],
    },
    { name: 'wrong type', payload: body({ max_tokens: '300' }), errors: [{ messageId: 'wrongType', pointer: '/max_tokens', messageIncludes: 'must be an integer, not a string' }] },
    { name: 'missing field', payload: { model: 'claude-sonnet-5-5', messages: [user('Hi')] }, errors: [{ messageId: 'missingField', pointer: '/max_tokens' }] },
    { name: 'betas in the body', payload: body({ betas: ['x'] }), errors: [{ messageId: 'headerParam', pointer: '/betas', data: { header: 'anthropic-beta' }, suggestions: [body()] }] },
    {
      name: 'unknown content block type: one finding at type, not a branch dump',
      payload: body({ messages: [user([{ type: 'txt', text: 'hi' }])] }),
      errors: [{ messageId: 'unknownType', pointer: '/messages/0/content/0/type', data: { union: 'content block', value: '"txt"' }, suggestions: [body({ messages: [user([{ type: 'text', text: 'hi' }])] })] }],
    },
    {
      name: 'an error inside the selected block only',
      payload: body({ messages: [user([{ type: 'image', source: { type: 'base64', media_type: 'image/jpg', data: 'AAAA' } }])] }),
      errors: [{ messageId: 'invalidValue', pointer: '/messages/0/content/0/source/media_type' }],
    },
    { name: 'budget below 1024', payload: body({ thinking: { type: 'enabled', budget_tokens: 500 } }), errors: [{ messageId: 'constraint', pointer: '/thinking/budget_tokens' }] },
    { name: 'empty messages', payload: body({ messages: [] }), errors: [{ messageId: 'constraint', pointer: '/messages', messageIncludes: 'at least one message is required' }] },
    { name: 'whitespace stop sequence', payload: body({ stop_sequences: ['\n'] }), errors: [{ messageId: 'constraint', pointer: '/stop_sequences/0' }] },
    { name: 'tool name with a dot', payload: body({ tools: [{ name: 'memory.write', input_schema: { type: 'object' } }] }), errors: [{ messageId: 'constraint', pointer: '/tools/0/name' }] },
    { name: 'tool_choice as a string', payload: body({ tool_choice: 'auto' }), errors: [{ messageId: 'wrongType', pointer: '/tool_choice' }] },
    { name: 'misspelled role', payload: body({ messages: [{ rol: 'user', content: 'x' }] }), errors: [{ messageId: 'unknownFieldDidYouMean', pointer: '/messages/0/rol', data: { suggestion: 'role' } }] },
    { name: 'beta field on the GA endpoint', payload: body({ context_management: { edits: [] } }), options: { endpoint: 'ga' }, errors: [{ messageId: 'unknownField', pointer: '/context_management' }] },
    { name: 'max_tokens in count_tokens', payload: body(), options: { kind: 'count-tokens' }, errors: [{ messageId: 'unknownField', pointer: '/max_tokens' }] },
    {
      name: 'batch: custom_id pattern, stream in params, header param in params',
      payload: { requests: [{ custom_id: 'a b', params: body({ stream: true, workspace_id: 'w' }) }] },
      options: { kind: 'batch' },
      errors: [
        { messageId: 'constraint', pointer: '/requests/0/custom_id' },
        { messageId: 'constraint', pointer: '/requests/0/params/stream' },
        { messageId: 'headerParam', pointer: '/requests/0/params/workspace_id' },
      ],
    },
    { name: 'a known key of an open object is still checked', payload: markOpen({ model: 'claude-sonnet-5-5', max_token: 5 }), errors: [{ messageId: 'unknownFieldDidYouMean', pointer: '/max_token' }] },
  ],
});
