import rule from '../../rules/tool-choice-defined.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const custom = (name: string) => ({ name, description: 'd', input_schema: { type: 'object' } });
const body = (extra: Record<string, unknown>) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], ...extra });

ruleTable(rule, {
  valid: [
    { name: 'named tool exists', payload: body({ tools: [custom('get_weather')], tool_choice: { type: 'tool', name: 'get_weather' } }) },
    { name: 'server tool by its fixed name', payload: body({ tools: [{ type: 'web_search_20250305', name: 'web_search' }], tool_choice: { type: 'tool', name: 'web_search' } }) },
    { name: 'any with tools', payload: body({ tools: [custom('a')], tool_choice: { type: 'any' } }) },
    { name: 'auto and none need nothing', payload: body({ tool_choice: { type: 'auto' } }) },
    { name: 'none without tools', payload: body({ tool_choice: { type: 'none' } }) },
    { name: 'unknown tools', payload: body({ tools: unknownValue(), tool_choice: { type: 'tool', name: 'x' } }) },
    { name: 'unknown tool entry', payload: body({ tools: [custom('a'), unknownValue()], tool_choice: { type: 'tool', name: 'x' } }) },
    { name: 'open tools array', payload: body({ tools: markOpen([custom('a')]), tool_choice: { type: 'tool', name: 'x' } }) },
    { name: 'toolset entries carry member names', payload: body({ tools: [{ type: 'computer_toolset_20260801' }], tool_choice: { type: 'tool', name: 'screenshot' } }) },
    { name: 'open body may hold tools', payload: markOpen(body({ tool_choice: { type: 'any' } })) },
    { name: 'MCP servers supply tools (beta)', payload: body({ mcp_servers: [{ type: 'url', url: 'https://mcp.example.com', name: 'x' }], tool_choice: { type: 'tool', name: 'search_docs' } }) },
    {
      name: 'tools added mid-conversation (beta)',
      payload: body({ tools: [custom('a')], tool_choice: { type: 'tool', name: 'b' }, messages: [{ role: 'user', content: [{ type: 'tool_addition', tool: { type: 'tool_reference', name: 'b' } }, { type: 'text', text: 'Hi' }] }] }),
    },
  ],
  invalid: [
    {
      name: 'misspelled tool name',
      payload: body({ tools: [custom('get_weather'), custom('get_time')], tool_choice: { type: 'tool', name: 'get_wether' } }),
      errors: [{ messageId: 'unknownTool', pointer: '/tool_choice/name', data: { name: 'get_wether' }, suggestions: [body({ tools: [custom('get_weather'), custom('get_time')], tool_choice: { type: 'tool', name: 'get_weather' } })] }],
    },
    { name: 'tool without tools', payload: body({ tool_choice: { type: 'tool', name: 'x' } }), errors: [{ messageId: 'noTools', pointer: '/tool_choice', data: { type: 'tool' } }] },
    { name: 'any with empty tools', payload: body({ tools: [], tool_choice: { type: 'any' } }), errors: [{ messageId: 'noTools', pointer: '/tool_choice' }] },
    {
      name: 'on the GA endpoint MCP servers do not count',
      payload: body({ mcp_servers: [{ type: 'url', url: 'https://mcp.example.com', name: 'x' }], tool_choice: { type: 'any' } }),
      options: { endpoint: 'ga' },
      errors: [{ messageId: 'noTools', pointer: '/tool_choice' }],
    },
    { name: 'count_tokens too', payload: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'Hi' }], tools: [custom('a')], tool_choice: { type: 'tool', name: 'zzz' } }, options: { kind: 'count-tokens' }, errors: [{ messageId: 'unknownTool', pointer: '/tool_choice/name' }] },
  ],
});
