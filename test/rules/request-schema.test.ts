import rule from '../../rules/request-schema.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (extra: Record<string, unknown> = {}) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [user('Hello')], ...extra });

ruleTable(rule, {
  valid: [
    { name: 'Bedrock: user_profile_id is a body field there (Bedrock ignores the header)', payload: body({ user_profile_id: 'up_1' }), options: { platform: 'bedrock' } },
    { name: 'Bedrock: anthropic_beta carries the beta names in the body', payload: body({ anthropic_beta: ['context-1m-2025-08-07'] }), options: { platform: 'bedrock' } },
    { name: 'Bedrock or Vertex, not known which (anthropic_version "2026-10-21"): Bedrock\'s body fields may be right', payload: body({ user_profile_id: 'up_1', anthropic_beta: ['x'] }), options: { platform: 'cloud' } },
    { name: 'an SDK call on a Vertex client may keep the body\'s anthropic_version', payload: body({ anthropic_version: 'vertex-2023-10-16' }), options: { platform: 'vertex', origin: 'sdk-call' } },
    { name: 'minimal body', payload: body() },
    { name: 'system as text blocks, tools, tool_choice, thinking', payload: body({ system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral', ttl: '1h' } }], tools: [{ name: 'get_weather', description: 'Weather', input_schema: { type: 'object', properties: { city: { type: 'string' } } } }, { type: 'web_search_20250305', name: 'web_search', max_uses: 3 }], tool_choice: { type: 'tool', name: 'get_weather' }, thinking: { type: 'adaptive' }, output_config: { effort: 'high' } }) },
    { name: 'sampling params are schema-valid under 2023-06-01', payload: body({ temperature: 0.5, top_p: 0.9, top_k: 40 }), options: { apiVersion: '2023-06-01' } },
    { name: 'temperature under 2026-10-21 is left to no-sampling-params', payload: body({ temperature: 1 }) },
    { name: 'count_tokens body', payload: { model: 'claude-sonnet-5-5', messages: [user('Hi')] }, options: { kind: 'count-tokens' } },
    // The SDK's methods send these parameters as headers (resources/messages/messages.js, beta/messages/messages.js).
    { name: 'SDK call: workspace_id and user_profile_id are method parameters', payload: body({ workspace_id: 'w', user_profile_id: 'u' }), options: { origin: 'sdk-call', endpoint: 'ga' } },
    { name: 'SDK call on beta.messages: betas is a method parameter', payload: body({ betas: ['x'] }), options: { origin: 'sdk-call', endpoint: 'beta' } },
    { name: 'SDK batches.create: top-level betas and workspace_id', payload: { betas: ['x'], workspace_id: 'w', requests: [{ custom_id: 'a', params: body() }] }, options: { origin: 'sdk-call', endpoint: 'beta', kind: 'batch' } },
    { name: 'batch with valid params', payload: { requests: [{ custom_id: 'req-1', params: body() }] }, options: { kind: 'batch' } },
    { name: 'batch params may carry user_profile_id', payload: { requests: [{ custom_id: 'a', params: body({ user_profile_id: 'up_1' }) }] }, options: { kind: 'batch' } },
    { name: 'unknown values are not judged', payload: body({ max_tokens: unknownValue(), messages: [user(unknownValue())], system: unknownValue() }) },
    { name: 'an open object may supply required fields', payload: markOpen({ model: 'claude-sonnet-5-5' }) },
    { name: 'beta fields on the beta endpoint', payload: body({ context_management: { edits: [] } }), options: { endpoint: 'beta' } },
    {
      name: 'tool_use names: letters, digits, "_" and "-", up to 128 characters like tool names',
      payload: body({ tools: [{ name: 'a'.repeat(100), input_schema: { type: 'object' } }], messages: [user('x'), { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'get-weather_v2', input: {} }, { type: 'tool_use', id: 'toolu_2', name: 'a'.repeat(100), input: {} }] }, user([{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' }, { type: 'tool_result', tool_use_id: 'toolu_2', content: 'ok' }])] }),
    },
    { name: 'unknown tool_use name is not judged', payload: body({ messages: [user('x'), { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: unknownValue(), input: {} }] }, user([{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' }])] }) },
    { name: 'keys named like Object.prototype members are data', payload: { ...body(), metadata: { user_id: 'u' } } },
  ],
  invalid: [
    {
      name: 'Bedrock: betas in the body goes under anthropic_beta',
      payload: body({ betas: ['context-1m-2025-08-07'] }),
      options: { platform: 'bedrock' },
      errors: [{ messageId: 'bedrockBetas', pointer: '/betas', suggestions: [body({ anthropic_beta: ['context-1m-2025-08-07'] })] }],
    },
    { name: 'not on Bedrock: user_profile_id in a body is a header param', payload: body({ user_profile_id: 'up_1' }), options: { platform: 'vertex' }, errors: [{ messageId: 'headerParam', pointer: '/user_profile_id' }] },
    { name: 'not on Bedrock: anthropic_beta is an unknown field', payload: body({ anthropic_beta: ['x'] }), errors: [{ messageId: 'unknownField', pointer: '/anthropic_beta' }] },
    { name: 'a first-party body has no anthropic_version field', payload: body({ anthropic_version: '2023-06-01' }), options: { platform: 'anthropic', origin: 'sdk-call' }, errors: [{ messageId: 'unknownField', pointer: '/anthropic_version' }] },
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
    {
      name: 'two misspellings of one field: no fix (both renamed, the file would hold the key twice)',
      payload: { model: 'claude-sonnet-5-5', max_token: 1024, maxTokens: 5, messages: [user('Hi')] },
      errors: [
        { messageId: 'unknownFieldDidYouMean', pointer: '/max_token', data: { suggestion: 'max_tokens' }, fixed: null, suggestions: [{ model: 'claude-sonnet-5-5', max_tokens: 1024, maxTokens: 5, messages: [user('Hi')] }] },
        { messageId: 'unknownFieldDidYouMean', pointer: '/maxTokens', data: { suggestion: 'max_tokens' }, fixed: null },
      ],
    },
    {
      name: 'a misspelling next to the right key: no did-you-mean, no fix',
      payload: body({ max_token: 5 }),
      errors: [{ messageId: 'unknownField', pointer: '/max_token', fixed: null }],
    },
    {
      name: "OpenAI's image_url in an image block: one finding, pointing to source",
      payload: body({ messages: [user([{ type: 'image', image_url: { url: 'https://example.com/a.png' } }])] }),
      errors: [{ messageId: 'unknownFieldDidYouMean', pointer: '/messages/0/content/0/image_url', data: { suggestion: 'source' }, fixed: null, messageIncludes: '"type": "url"' }],
    },
    { name: 'wrong type', payload: body({ max_tokens: '300' }), errors: [{ messageId: 'wrongType', pointer: '/max_tokens', messageIncludes: 'must be an integer, not a string' }] },
    { name: 'missing field', payload: { model: 'claude-sonnet-5-5', messages: [user('Hi')] }, errors: [{ messageId: 'missingField', pointer: '/max_tokens' }] },
    { name: 'betas in the body', payload: body({ betas: ['x'] }), errors: [{ messageId: 'headerParam', pointer: '/betas', data: { header: 'anthropic-beta' }, suggestions: [body()] }] },
    {
      name: 'request headers written into the body',
      payload: body({ 'anthropic-beta': 'x', 'Anthropic-Version': '2023-06-01' }),
      errors: [
        { messageId: 'headerParam', pointer: '/anthropic-beta', data: { header: 'anthropic-beta' }, messageIncludes: 'it is a request header, not a field' },
        { messageId: 'headerParam', pointer: '/Anthropic-Version', data: { header: 'anthropic-version' } },
      ],
    },
    { name: 'SDK call: a header name in the body is still sent in the body', payload: body({ 'anthropic-beta': 'x' }), options: { origin: 'sdk-call', endpoint: 'beta' }, errors: [{ messageId: 'headerParam', pointer: '/anthropic-beta' }] },
    { name: 'SDK call: betas on a GA method is sent in the body', payload: body({ betas: ['x'] }), options: { origin: 'sdk-call', endpoint: 'ga' }, errors: [{ messageId: 'headerParam', pointer: '/betas' }] },
    {
      name: 'SDK batches.create: a header parameter inside requests[i].params is sent as written',
      payload: { betas: ['x'], requests: [{ custom_id: 'a', params: body({ betas: ['y'], workspace_id: 'w' }) }] },
      options: { origin: 'sdk-call', endpoint: 'beta', kind: 'batch' },
      errors: [
        { messageId: 'headerParam', pointer: '/requests/0/params/betas' },
        { messageId: 'headerParam', pointer: '/requests/0/params/workspace_id' },
      ],
    },
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
    // Constraints of messages-api-constraints.md that the generated schema (with its overlay) covers exactly;
    // docs/rules/README.md points here.
    { name: 'covers temperature-range (2023-06-01)', payload: body({ temperature: 1.5 }), options: { apiVersion: '2023-06-01' }, errors: [{ messageId: 'constraint', pointer: '/temperature' }] },
    // top-p-top-k-types: the types are the schema's; the unconfirmed ranges are sampling-params-range's (a warning).
    { name: 'covers top-p-top-k-types (2023-06-01): the types', payload: body({ top_p: '0.5', top_k: 'many' }), options: { apiVersion: '2023-06-01' }, errors: [{ messageId: 'wrongType', pointer: '/top_p' }, { messageId: 'wrongType', pointer: '/top_k' }] },
    { name: 'covers max-tokens-type', payload: body({ max_tokens: 10.5 }), errors: [{ messageId: 'wrongType', pointer: '/max_tokens' }] },
    { name: 'covers required-model', payload: { max_tokens: 5, messages: [user('x')] }, errors: [{ messageId: 'missingField', pointer: '/model' }] },
    { name: 'covers stream-type', payload: body({ stream: 'yes' }), errors: [{ messageId: 'wrongType', pointer: '/stream' }] },
    { name: 'covers metadata-shape', payload: body({ metadata: { user_id: 'u', email: 'a@b.c' } }), errors: [{ messageId: 'unknownField', pointer: '/metadata/email' }] },
    { name: 'covers service-tier-enum', payload: body({ service_tier: 'priority' }), errors: [{ messageId: 'invalidValue', pointer: '/service_tier' }] },
    { name: 'covers speed-enum-and-support (the enum)', payload: body({ speed: 'turbo' }), errors: [{ messageId: 'invalidValue', pointer: '/speed' }] },
    { name: 'covers system-shape: one finding for a non-text system block', payload: body({ system: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }] }), errors: [{ messageId: 'invalidValue', pointer: '/system/0/type' }] },
    { name: 'covers container-shape', payload: body({ container: { id: 'c', skills: [{ skill_id: 's', type: 'builtin' }] } }), errors: [{ messageId: 'invalidValue', pointer: '/container/skills/0/type' }] },
    { name: 'covers diagnostics-shape', payload: body({ diagnostics: { previous_message_id: 5 } }), errors: [{ messageId: 'wrongType', pointer: '/diagnostics/previous_message_id' }] },
    { name: 'covers thinking-block-shape', payload: body({ messages: [user('x'), { role: 'assistant', content: [{ type: 'thinking', thinking: 't' }] }, user('y')] }), errors: [{ messageId: 'missingField', pointer: '/messages/1/content/0/signature' }] },
    { name: 'covers tool-use-block-shape', payload: body({ messages: [user('x'), { role: 'assistant', content: [{ type: 'tool_use', name: 'f', input: {} }] }] }), errors: [{ messageId: 'missingField', pointer: '/messages/1/content/0/id' }] },
    {
      name: 'covers tool-use-block-shape: tool_use name pattern (an MCP-style name with a slash)',
      payload: body({ messages: [user('x'), { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'files/read', input: {} }] }, user([{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' }])] }),
      errors: [{ messageId: 'constraint', pointer: '/messages/1/content/0/name', messageIncludes: "tool_use.name: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'" }],
    },
    {
      name: 'tool_use name pattern on the beta endpoint, empty name',
      payload: body({ messages: [user('x'), { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: '', input: {} }] }, user([{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'ok' }])] }),
      options: { endpoint: 'beta' },
      errors: [{ messageId: 'constraint', pointer: '/messages/1/content/0/name' }],
    },
    { name: 'covers tool-result-shape', payload: body({ messages: [user([{ type: 'tool_result', content: 'x' }])] }), errors: [{ messageId: 'missingField', pointer: '/messages/0/content/0/tool_use_id' }] },
    { name: 'covers tool-type-enum (fixed names)', payload: body({ tools: [{ type: 'bash_20250124', name: 'shell' }] }), errors: [{ messageId: 'invalidValue', pointer: '/tools/0/name' }] },
    { name: 'covers tool-version-options', payload: body({ tools: [{ type: 'web_fetch_20250910', name: 'web_fetch', use_cache: true }] }), errors: [{ messageId: 'unknownField', pointer: '/tools/0/use_cache' }] },
    { name: 'covers thinking-type-enum', payload: body({ thinking: { type: 'on' } }), errors: [{ messageId: 'unknownType', pointer: '/thinking/type' }] },
    { name: 'covers effort-enum', payload: body({ output_config: { effort: 'extreme' } }), errors: [{ messageId: 'invalidValue', pointer: '/output_config/effort' }] },
    { name: 'covers output-config-shape', payload: body({ output_config: { effort: 'low', verbosity: 'low' } }), errors: [{ messageId: 'unknownField', pointer: '/output_config/verbosity' }] },
    { name: 'covers image-source-shape', payload: body({ messages: [user([{ type: 'image', source: { type: 'url' } }])] }), errors: [{ messageId: 'missingField', pointer: '/messages/0/content/0/source/url' }] },
    { name: 'covers document-source-shape', payload: body({ messages: [user([{ type: 'document', source: { type: 'base64', media_type: 'application/msword', data: 'eA==' } }])] }), errors: [{ messageId: 'invalidValue', pointer: '/messages/0/content/0/source/media_type' }] },
    { name: 'covers allowed-callers-enum', payload: body({ tools: [{ name: 'f', input_schema: { type: 'object' }, allowed_callers: ['everyone'] }] }), errors: [{ messageId: 'invalidValue', pointer: '/tools/0/allowed_callers/0' }] },
    { name: 'covers toolset-configs-keys', payload: body({ tools: [{ type: 'computer_toolset_20260801', configs: { teleport: {} } }] }), errors: [{ messageId: 'unknownField', pointer: '/tools/0/configs/teleport' }] },
    { name: 'covers cache-control-shape', payload: body({ system: [{ type: 'text', text: 'x', cache_control: { type: 'persistent' } }] }), errors: [{ messageId: 'invalidValue', pointer: '/system/0/cache_control/type' }] },
    { name: 'covers batch-body-shape', payload: { requests: 'x' }, options: { kind: 'batch' }, errors: [{ messageId: 'wrongType', pointer: '/requests' }] },
    { name: 'covers count-tokens-field-subset', payload: { model: 'claude-sonnet-5-5', messages: [user('x')], stream: true }, options: { kind: 'count-tokens' }, errors: [{ messageId: 'unknownField', pointer: '/stream' }] },
    { name: 'covers tool-choice-shape', payload: body({ tool_choice: { type: 'auto', name: 'x' } }), errors: [{ messageId: 'unknownField', pointer: '/tool_choice/name' }] },
    { name: 'covers messages-max-count', payload: body({ messages: Array.from({ length: 100_001 }, () => user('x')) }), errors: [{ messageId: 'constraint', pointer: '/messages' }] },
  ],
});
