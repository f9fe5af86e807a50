import rule from '../../rules/forced-tool-choice.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const tools = [{ name: 'get_weather', input_schema: { type: 'object' } }];
const body = (model: unknown, extra: Record<string, unknown>) => ({ model, max_tokens: 4096, tools, messages: [user('Hello')], ...extra });
const enabled = { type: 'enabled', budget_tokens: 2048 };

ruleTable(rule, {
  valid: [
    { name: 'auto with thinking', payload: body('claude-haiku-4-5', { tool_choice: { type: 'auto' }, thinking: enabled }) },
    { name: 'forced without thinking', payload: body('claude-haiku-4-5', { tool_choice: { type: 'any' } }) },
    { name: 'forced with adaptive thinking (reports conflict: not judged)', payload: body('claude-opus-4-6', { tool_choice: { type: 'tool', name: 'get_weather' }, thinking: { type: 'adaptive' } }) },
    { name: 'forced with runtime thinking', payload: body('claude-haiku-4-5', { tool_choice: { type: 'any' }, thinking: unknownValue() }) },
    { name: 'runtime tool_choice', payload: body('claude-opus-5-5', { tool_choice: unknownValue() }) },
    { name: 'auto on Opus 5.5', payload: body('claude-opus-5-5', { tool_choice: { type: 'auto' } }) },
  ],
  invalid: [
    {
      name: 'any with manual thinking',
      payload: body('claude-haiku-4-5', { tool_choice: { type: 'any', disable_parallel_tool_use: true }, thinking: enabled }),
      errors: [{ messageId: 'forcedWithThinking', pointer: '/tool_choice/type', messageIncludes: 'Thinking may not be enabled when tool_choice forces tool use.', suggestions: [body('claude-haiku-4-5', { tool_choice: { type: 'auto', disable_parallel_tool_use: true }, thinking: enabled })] }],
    },
    { name: 'tool with manual thinking, unknown model', payload: body(unknownValue(), { tool_choice: { type: 'tool', name: 'get_weather' }, thinking: enabled }), errors: [{ messageId: 'forcedWithThinking', pointer: '/tool_choice/type' }] },
    {
      name: 'forced on a model that rejects it',
      payload: body('claude-opus-5-5', { tool_choice: { type: 'tool', name: 'get_weather' } }),
      errors: [{ messageId: 'forcedUnsupportedModel', pointer: '/tool_choice/type', suggestions: [body('claude-opus-5-5', { tool_choice: { type: 'auto' } })] }],
    },
    { name: 'Fable 5.1 too', payload: body('claude-fable-5-1', { tool_choice: { type: 'any' } }), errors: [{ messageId: 'forcedUnsupportedModel', pointer: '/tool_choice/type' }] },
  ],
});
