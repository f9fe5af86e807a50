import rule from '../../rules/no-user-citations.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const citation = { type: 'char_location', cited_text: 'x', document_index: 0, document_title: null, start_char_index: 0, end_char_index: 1 };
const body = (messages: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    { name: 'citations on assistant text', payload: body([user('q'), assistant([{ type: 'text', text: 'a', citations: [citation] }]), user('x')]) },
    { name: 'empty and null citations', payload: body([user([{ type: 'text', text: 'a', citations: [] }, { type: 'text', text: 'b', citations: null }])]) },
    { name: 'citations settings on a search_result', payload: body([user([{ type: 'search_result', source: 's', title: 't', content: [{ type: 'text', text: 'c' }], citations: { enabled: true } }])]) },
    { name: 'unknown citations', payload: body([user([{ type: 'text', text: 'a', citations: unknownValue() }])]) },
    { name: 'open empty citations array', payload: body([user([{ type: 'text', text: 'a', citations: markOpen([]) }])]) },
    { name: 'text in tool_result content is not judged', payload: body([user([{ type: 'tool_result', tool_use_id: 't', content: [{ type: 'text', text: 'a', citations: [citation] }] }])]) },
    { name: '2023-06-01 accepts them', payload: body([user([{ type: 'text', text: 'a', citations: [citation] }])]), options: { apiVersion: '2023-06-01' } },
  ],
  invalid: [
    {
      name: 'assistant text copied into a user turn',
      payload: body([user([{ type: 'text', text: 'a', citations: [citation] }])]),
      errors: [{ messageId: 'userCitations', pointer: '/messages/0/content/0/citations', fixed: body([user([{ type: 'text', text: 'a' }])]) }],
    },
    {
      name: 'text inside a search_result',
      payload: body([user([{ type: 'search_result', source: 's', title: 't', content: [{ type: 'text', text: 'c', citations: [citation] }] }])]),
      errors: [{ messageId: 'userCitations', pointer: '/messages/0/content/0/content/0/citations' }],
    },
    { name: 'a citations array of unknown items is non-empty', payload: body([user([{ type: 'text', text: 'a', citations: [unknownValue()] }])]), errors: [{ messageId: 'userCitations', pointer: '/messages/0/content/0/citations' }] },
  ],
});
