import rule from '../../rules/cache-control-limit.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const cc = { type: 'ephemeral' };
const text = (t: string, cached = true) => ({ type: 'text', text: t, ...(cached ? { cache_control: cc } : {}) });
const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const tool = { name: 'f', description: 'd', input_schema: { type: 'object' }, cache_control: cc };
const body = (extra: Record<string, unknown>) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, ...extra });

ruleTable(rule, {
  valid: [
    { name: 'four breakpoints', payload: body({ tools: [tool], system: [text('s')], messages: [user([text('a')]), assistant('b'), user([text('c')])] }) },
    { name: 'null and unknown cache_control do not count', payload: body({ tools: [tool], system: [text('s')], messages: [user([text('a'), { ...text('b', false), cache_control: null }, { ...text('c', false), cache_control: unknownValue() }, text('d')])] }) },
    { name: 'top-level automatic caching is not counted', payload: body({ cache_control: cc, tools: [tool], system: [text('s')], messages: [user([text('a'), text('d')])] }) },
    { name: 'nested blocks are not counted', payload: body({ tools: [tool], system: [text('s')], messages: [user([{ type: 'tool_result', tool_use_id: 't', content: [text('r')] }, text('a'), text('d')])] }) },
  ],
  invalid: [
    {
      name: 'five breakpoints: reported at the fifth, suggestion drops the oldest history marker',
      payload: body({ tools: [tool], system: [text('s')], messages: [user([text('a')]), assistant([text('b')]), user([text('c')])] }),
      errors: [
        {
          messageId: 'tooManyBreakpoints',
          pointer: '/messages/2/content/0/cache_control',
          data: { count: '5' },
          messageIncludes: 'A maximum of 4 blocks with cache_control may be provided. Found 5.',
          suggestions: [body({ tools: [tool], system: [text('s')], messages: [user([text('a', false)]), assistant([text('b')]), user([text('c')])] })],
        },
      ],
    },
    {
      name: 'six in tools and system only: no suggestion',
      payload: body({ tools: [tool, { ...tool, name: 'g' }, { ...tool, name: 'h' }], system: [text('1'), text('2'), text('3')], messages: [user('hi')] }),
      errors: [{ messageId: 'tooManyBreakpoints', pointer: '/system/1/cache_control', data: { count: '6' }, suggestions: [] }],
    },
    {
      name: 'known markers beside unknown history still count',
      payload: body({ system: [text('s')], messages: [unknownValue(), user([text('a'), text('b'), text('c'), text('d')])] }),
      errors: [{ messageId: 'tooManyBreakpoints', pointer: '/messages/1/content/3/cache_control' }],
    },
  ],
});
