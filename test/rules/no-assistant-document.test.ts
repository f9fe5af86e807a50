import rule from '../../rules/no-assistant-document.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const assistant = (content: unknown) => ({ role: 'assistant', content });
const doc = { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Report text' } };
const text = (t: string) => ({ type: 'text', text: t });
const body = (messages: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages });

ruleTable(rule, {
  valid: [
    { name: 'document in a user message', payload: body([user([doc, text('Summarize.')])]) },
    {
      name: 'document nested in a web fetch result',
      payload: body([
        user('Fetch it'),
        assistant([
          { type: 'server_tool_use', id: 's1', name: 'web_fetch', input: { url: 'https://example.com' } },
          { type: 'web_fetch_tool_result', tool_use_id: 's1', content: { type: 'web_fetch_result', url: 'https://example.com', content: doc } },
          text('Done.'),
        ]),
        user('Thanks'),
      ]),
    },
    { name: 'under 2023-06-01 it is accepted', payload: body([user('q'), assistant([doc, text('x')])]), options: { apiVersion: '2023-06-01' } },
    { name: 'unknown block', payload: body([user('q'), assistant([unknownValue()])]) },
  ],
  invalid: [
    {
      name: 'document in an assistant message: moved to the user message before',
      payload: body([user('Read this.'), assistant([doc, text('Read.')]), user('Now summarize.')]),
      errors: [
        {
          messageId: 'documentInAssistant',
          pointer: '/messages/1/content/0',
          suggestions: [body([user([text('Read this.'), doc]), assistant([text('Read.')]), user('Now summarize.')])],
        },
      ],
    },
    {
      name: 'previous user message with blocks',
      payload: body([user([text('Read this.')]), assistant([text('Here:'), doc])]),
      errors: [{ messageId: 'documentInAssistant', pointer: '/messages/1/content/1', suggestions: [body([user([text('Read this.'), doc]), assistant([text('Here:')])])] }],
    },
    { name: 'the only block: no suggestion', payload: body([user('q'), assistant([doc]), user('x')]), errors: [{ messageId: 'documentInAssistant', pointer: '/messages/1/content/0', suggestions: [] }] },
    { name: 'open previous content: no suggestion', payload: body([user(markOpen([text('q')])), assistant([doc, text('x')])]), errors: [{ messageId: 'documentInAssistant', pointer: '/messages/1/content/0', suggestions: [] }] },
  ],
});
