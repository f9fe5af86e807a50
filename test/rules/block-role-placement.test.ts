import rule from '../../rules/block-role-placement.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const image = { type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } };
const doc = { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Hello' } };
const body = (messages: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    { name: 'blocks in their roles', payload: body([user([image, doc, { type: 'text', text: 'Describe.' }]), assistant([{ type: 'thinking', thinking: 't', signature: 's' }, { type: 'text', text: 'ok' }])]) },
    { name: 'server tool results are allowed in assistant turns', payload: body([user('q'), assistant([{ type: 'web_search_tool_result', tool_use_id: 's', content: [] }])]) },
    { name: 'unknown block type', payload: body([user([{ type: unknownValue() }])]) },
    { name: 'document in assistant under 2026-10-21 is no-assistant-document\'s', payload: body([user('q'), assistant([doc, { type: 'text', text: 'x' }])]) },
    { name: 'document in assistant is accepted under 2023-06-01', payload: body([user('q'), assistant([doc, { type: 'text', text: 'x' }])]), options: { apiVersion: '2023-06-01' } },
  ],
  invalid: [
    { name: 'tool_use in a user message', payload: body([user([{ type: 'tool_use', id: 't', name: 'f', input: {} }])]), errors: [{ messageId: 'wrongRole', pointer: '/messages/0/content/0', data: { type: 'tool_use', expected: 'assistant' } }] },
    { name: 'thinking in a user message', payload: body([user([{ type: 'text', text: 'x' }, { type: 'redacted_thinking', data: 'd' }])]), errors: [{ messageId: 'wrongRole', pointer: '/messages/0/content/1' }] },
    { name: 'tool_result in an assistant message', payload: body([user('q'), assistant([{ type: 'tool_result', tool_use_id: 't' }])]), errors: [{ messageId: 'wrongRole', pointer: '/messages/1/content/0', data: { expected: 'user' } }] },
    { name: 'image in an assistant message', payload: body([user('q'), assistant([image])]), errors: [{ messageId: 'wrongRole', pointer: '/messages/1/content/0', data: { type: 'image' } }] },
  ],
});
