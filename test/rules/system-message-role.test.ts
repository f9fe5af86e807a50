import rule from '../../rules/system-message-role.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const system = (content: unknown) => ({ role: 'system', content });
const body = (model: string, messages: unknown[], extra: Record<string, unknown> = {}) => ({ model, max_tokens: 1024, ...extra, messages });

ruleTable(rule, {
  valid: [
    { name: 'Opus 4.8 accepts system messages', payload: body('claude-opus-4-8', [user('Hi'), system('Be brief from now on.'), user('Go')]) },
    { name: 'a 5.x model (released after Opus 4.8)', payload: body('claude-sonnet-5-5', [user('Hi'), system('Be brief.'), user('Go')]) },
    { name: 'top-level system on an older model', payload: body('claude-haiku-4-5', [user('Hi')], { system: 'Be brief.' }) },
    { name: 'unknown model id', payload: body('my-proxy-model', [system('x'), user('Hi')]) },
    { name: 'model not a literal', payload: { model: unknownValue(), max_tokens: 1024, messages: [system('x'), user('Hi')] } },
    { name: 'unknown role', payload: body('claude-haiku-4-5', [{ role: unknownValue(), content: 'x' }, user('Hi')]) },
  ],
  invalid: [
    {
      name: 'leading system message, no top-level system: fixed by moving it',
      payload: body('claude-haiku-4-5', [system('You are terse.'), user('Hi')]),
      errors: [
        {
          messageId: 'systemRole',
          pointer: '/messages/0/role',
          data: { apiPath: 'messages.0.role' },
          fixed: { model: 'claude-haiku-4-5', max_tokens: 1024, messages: [user('Hi')], system: 'You are terse.' },
        },
      ],
    },
    {
      name: 'mid-conversation system message: a suggestion, appended to the string system',
      payload: body('claude-opus-4-6', [user('Hi'), assistant('Hello'), system('Answer in French.'), user('Go')], { system: 'Be brief.' }),
      errors: [
        {
          messageId: 'systemRole',
          pointer: '/messages/2/role',
          fixed: null,
          suggestions: [body('claude-opus-4-6', [user('Hi'), assistant('Hello'), user('Go')], { system: 'Be brief.\n\nAnswer in French.' })],
        },
      ],
    },
    {
      name: 'text blocks appended to a system block array',
      payload: body('claude-sonnet-4-5', [user('Hi'), system([{ type: 'text', text: 'More rules.' }])], { system: [{ type: 'text', text: 'Rules.' }] }),
      errors: [
        {
          messageId: 'systemRole',
          pointer: '/messages/1/role',
          suggestions: [body('claude-sonnet-4-5', [user('Hi')], { system: [{ type: 'text', text: 'Rules.' }, { type: 'text', text: 'More rules.' }] })],
        },
      ],
    },
    {
      name: 'unknown top-level system: no suggestion',
      payload: body('claude-opus-4-7', [user('Hi'), system('x'), user('y')], { system: unknownValue() }),
      errors: [{ messageId: 'systemRole', pointer: '/messages/1/role', fixed: null, suggestions: [] }],
    },
    {
      name: 'open body may hold system: no fix',
      payload: markOpen(body('claude-haiku-4-5', [system('x'), user('y')])),
      errors: [{ messageId: 'systemRole', pointer: '/messages/0/role', fixed: null, suggestions: [] }],
    },
    {
      name: 'the only message: no fix (messages would be empty)',
      payload: body('claude-haiku-4-5', [system('x')]),
      errors: [{ messageId: 'systemRole', pointer: '/messages/0/role', fixed: null }],
    },
  ],
});
