import rule from '../../rules/document-source.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';
import { b64, pdf, png } from '../helpers/images.js';

const PDF = b64(pdf());
const doc = (data: unknown, extra: Record<string, unknown> = {}) => ({ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data }, ...extra });
const body = (...content: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: [...content, { type: 'text', text: 'Summarize.' }] }] });

ruleTable(rule, {
  valid: [
    { name: 'a base64 PDF', payload: body(doc(PDF, { title: 'Report', citations: { enabled: true } })) },
    { name: 'a PDF with bytes before its header (within 1024 bytes)', payload: body(doc(b64(Buffer.concat([Buffer.alloc(100, 0x20), pdf()])))) },
    { name: 'line-wrapped base64', payload: body(doc(PDF.replace(/(.{76})/g, '$1\n'))) },
    { name: 'line-wrapped after every character, header at byte 1000', payload: body(doc(b64(Buffer.concat([Buffer.alloc(1000, 0x20), pdf()])).replace(/(.)/g, '$1\n'))) },
    { name: 'text, content, url and file sources', payload: body({ type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Hello' } }, { type: 'document', source: { type: 'content', content: 'Hello' } }, { type: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' } }, { type: 'document', source: { type: 'file', file_id: 'file_1' } }) },
    { name: 'unknown data', payload: body(doc(unknownValue())) },
    { name: 'a wrong media_type is the schema\'s', payload: body({ type: 'document', source: { type: 'base64', media_type: 'application/msword', data: 'AAAA' } }) },
  ],
  invalid: [
    { name: 'empty data', payload: body(doc('')), errors: [{ messageId: 'emptyData', pointer: '/messages/0/content/0/source/data' }] },
    {
      name: 'data URL prefix: fixed',
      payload: body(doc(`data:application/pdf;base64,${PDF}`)),
      errors: [{ messageId: 'dataUrl', pointer: '/messages/0/content/0/source/data', fixed: body(doc(PDF)) }],
    },
    { name: 'not base64', payload: body(doc('%PDF-1.4 raw bytes pasted')), errors: [{ messageId: 'invalidBase64', pointer: '/messages/0/content/0/source/data' }] },
    {
      name: 'plain text encoded as a PDF source',
      payload: body(doc(b64(Buffer.from('Quarterly report: revenue up 4%.')))),
      errors: [{ messageId: 'notPdf', pointer: '/messages/0/content/0/source/data', messageIncludes: '"messages.0.content.0.pdf: The PDF specified was not valid"', suggestions: [] }],
    },
    {
      name: 'a PNG in a document block: suggest an image block',
      payload: body(doc(b64(png(1, 1)), { title: 'Scan' })),
      errors: [
        {
          messageId: 'notPdf',
          pointer: '/messages/0/content/0/source/data',
          messageIncludes: 'a PNG file, not a PDF',
          fixed: null,
          suggestions: [body({ type: 'image', source: { type: 'base64', media_type: 'image/png', data: b64(png(1, 1)) } })],
        },
      ],
    },
    {
      name: 'in a tool_result',
      payload: {
        model: 'claude-sonnet-5-5',
        max_tokens: 1024,
        messages: [
          { role: 'user', content: 'Fetch the invoice' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'fetch', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [doc('')] }] },
        ],
      },
      errors: [{ messageId: 'emptyData', pointer: '/messages/2/content/0/content/0/source/data' }],
    },
  ],
});
