import rule from '../../rules/first-message-user.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const body = (messages: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    { name: 'a continued thread (beta) sends only the new turn', payload: { ...body([assistant('Hello'), user('Hi')]), thread: { type: 'continue', previous_message_id: 'msg_1' } }, options: { endpoint: 'beta' } },
    { name: 'user first', payload: body([user('Hi')]) },
    { name: 'system first', payload: body([{ role: 'system', content: 'Be brief.' }, user('Hi')]) },
    { name: 'open array may hide earlier messages', payload: body(markOpen([assistant('Hello'), user('Hi')])) },
    { name: 'unknown first element', payload: body([unknownValue(), assistant('Hello'), user('Hi')]) },
    { name: 'compaction block opens the conversation (beta)', payload: body([assistant([{ type: 'compaction', content: 'Summary…' }]), user('Go on')]) },
    { name: 'unknown content may be a compaction block', payload: body([assistant(unknownValue()), user('Go on')]) },
  ],
  invalid: [
    { name: 'assistant first', payload: body([assistant('How can I help?'), user('Hi')]), errors: [{ messageId: 'firstNotUser', pointer: '/messages/0/role' }] },
    { name: 'assistant blocks first', payload: body([assistant([{ type: 'text', text: 'Welcome!' }]), user('Hi')]), errors: [{ messageId: 'firstNotUser', pointer: '/messages/0/role' }] },
  ],
});
