import rule from '../../rules/cache-control-empty-text.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const cc = { type: 'ephemeral' };
const user = (content: unknown) => ({ role: 'user', content });
const body = (extra: Record<string, unknown>) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [user('Hi')], ...extra });

ruleTable(rule, {
  valid: [
    { name: 'cache_control on text', payload: body({ messages: [user([{ type: 'text', text: 'doc', cache_control: cc }])] }) },
    { name: 'empty text without cache_control (text-block-non-empty\'s)', payload: body({ messages: [user([{ type: 'text', text: 'a' }, { type: 'text', text: '' }])] }) },
    { name: 'null cache_control', payload: body({ messages: [user([{ type: 'text', text: 'a' }, { type: 'text', text: '', cache_control: null }])] }) },
    { name: 'unknown text', payload: body({ messages: [user([{ type: 'text', text: unknownValue(), cache_control: cc }])] }) },
  ],
  invalid: [
    {
      name: 'empty trailing block carrying the breakpoint',
      payload: body({ messages: [user([{ type: 'text', text: 'long document' }, { type: 'text', text: '', cache_control: cc }])] }),
      errors: [
        {
          messageId: 'emptyTextCached',
          pointer: '/messages/0/content/1/cache_control',
          messageIncludes: 'messages.0.content.1.text: cache_control cannot be set for empty text blocks',
          suggestions: [
            body({ messages: [user([{ type: 'text', text: 'long document', cache_control: cc }, { type: 'text', text: '' }])] }),
            body({ messages: [user([{ type: 'text', text: 'long document' }, { type: 'text', text: '' }])] }),
          ],
        },
      ],
    },
    {
      name: 'in system, first block: only removal',
      payload: body({ system: [{ type: 'text', text: '', cache_control: cc }] }),
      errors: [{ messageId: 'emptyTextCached', pointer: '/system/0/cache_control', suggestions: [body({ system: [{ type: 'text', text: '' }] })] }],
    },
  ],
});
