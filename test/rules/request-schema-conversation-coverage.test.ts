/**
 * The conversation, tool and caching constraints that request-schema already
 * reports, so the semantic rules in that group do not duplicate them
 * (docs/rules/tool-input-schema.md, tool-choice-defined.md, …).
 */
import rule from '../../rules/request-schema.js';
import { ruleTable } from '../helpers/rule-table.js';

const body = (extra: Record<string, unknown>) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], ...extra });
const assistantTurn = (block: unknown) => body({ messages: [{ role: 'user', content: 'x' }, { role: 'assistant', content: [block] }] });

ruleTable(rule, {
  valid: [],
  invalid: [
    { name: 'tool-input-schema-required: missing input_schema', payload: body({ tools: [{ name: 'f' }] }), errors: [{ messageId: 'missingField', pointer: '/tools/0/input_schema' }] },
    { name: 'tool-input-schema-required: OpenAI parameters', payload: body({ tools: [{ name: 'f', input_schema: { type: 'object' }, parameters: {} }] }), errors: [{ messageId: 'unknownField', pointer: '/tools/0/parameters' }] },
    { name: 'tool-input-schema-required: OpenAI function wrapper', payload: body({ tools: [{ type: 'function', function: { name: 'f' } }] }), errors: [{ messageId: 'unknownType', pointer: '/tools/0/type' }] },
    { name: 'tool-input-schema-object: root type array', payload: body({ tools: [{ name: 'f', input_schema: { type: 'array' } }] }), errors: [{ messageId: 'invalidValue', pointer: '/tools/0/input_schema/type' }] },
    { name: 'server-tool-result-pairing: server_tool_use name enum', payload: assistantTurn({ type: 'server_tool_use', id: 'srvtoolu_1', name: 'calculator', input: {} }), errors: [{ messageId: 'invalidValue', pointer: '/messages/1/content/0/name' }] },
    {
      name: 'message-content-shape: system messages take text only',
      payload: body({ messages: [{ role: 'system', content: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }] }, { role: 'user', content: 'x' }] }),
      errors: [{ messageId: 'invalidValue', pointer: '/messages/0/content/0/type' }],
    },
    { name: 'message-role-enum: any other role', payload: body({ messages: [{ role: 'bot', content: 'x' }] }), errors: [{ messageId: 'unknownType', pointer: '/messages/0/role' }] },
    { name: 'tool-choice-shape: none takes no other field', payload: body({ tool_choice: { type: 'none', disable_parallel_tool_use: true } }), errors: [{ messageId: 'unknownField', pointer: '/tool_choice/disable_parallel_tool_use' }] },
    { name: 'cache-control-shape: ttl enum', payload: body({ system: [{ type: 'text', text: 's', cache_control: { type: 'ephemeral', ttl: '10m' } }] }), errors: [{ messageId: 'invalidValue', pointer: '/system/0/cache_control/ttl' }] },
    {
      name: 'cache-control-shape: not a field of thinking blocks',
      payload: assistantTurn({ type: 'thinking', thinking: 't', signature: 's', cache_control: { type: 'ephemeral' } }),
      errors: [{ messageId: 'unknownField', pointer: '/messages/1/content/0/cache_control' }],
    },
    { name: 'output-format-json-schema: schema required', payload: body({ output_config: { format: { type: 'json_schema' } } }), errors: [{ messageId: 'missingField', pointer: '/output_config/format/schema' }] },
  ],
});
