import rule from '../../rules/server-tool-model-support.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const computer = { type: 'computer_20251124', name: 'computer', display_width_px: 1024, display_height_px: 768 };
const body = (model: unknown, tools: unknown) => ({ model, max_tokens: 1024, tools, messages: [user('Hello')] });

ruleTable(rule, {
  valid: [
    { name: 'computer_20251124 on a model without a known restriction', payload: body('claude-sonnet-5-5', [computer]) },
    { name: 'other tools on Opus 5.5', payload: body('claude-opus-5-5', [{ type: 'web_search_20250305', name: 'web_search' }, { name: 'x', input_schema: { type: 'object' } }]) },
    { name: 'Bedrock: the restriction is documented for the Claude API and Google Cloud only', payload: body('claude-opus-5-5', [computer]), options: { platform: 'bedrock' } },
    { name: 'runtime model', payload: body(unknownValue(), [computer]) },
    { name: 'runtime tool', payload: body('claude-opus-5-5', [unknownValue()]) },
  ],
  invalid: [
    { name: 'computer_20251124 on Opus 5.5', payload: body('claude-opus-5-5', [{ name: 'x', input_schema: { type: 'object' } }, computer]), errors: [{ messageId: 'toolUnsupported', pointer: '/tools/1/type', data: { type: 'computer_20251124' } }] },
    { name: 'on Vertex too', payload: body('claude-opus-5-5', [computer]), options: { platform: 'vertex' }, errors: [{ messageId: 'toolUnsupported', pointer: '/tools/0/type' }] },
  ],
});
