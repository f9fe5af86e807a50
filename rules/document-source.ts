/**
 * document-source: a base64 PDF document must hold a PDF: not empty, valid
 * base64 without a `data:` URL prefix, and `%PDF-` in its first bytes. Shapes
 * and enums of document sources are request-schema's. See
 * docs/rules/document-source.md.
 */
import { defineRule, type RequestContext } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { prop, stringProp, typeOf } from '../src/engine/values.js';
import type { SuggestionReport } from '../src/engine/rule.js';
import { apiErrorPath, blocksOfType, type BlockVisit } from './helpers/blocks.js';
import { base64Head, isImageMediaType, looksLikePdf, sniffFormat } from './helpers/media.js';
import { reportBase64Shape } from './helpers/base64-report.js';

type MessageIds = 'emptyData' | 'dataUrl' | 'invalidBase64' | 'notPdf' | 'stripPrefix' | 'useImageBlock';

function checkDocument(context: RequestContext<MessageIds>, { block, pointer, parent }: BlockVisit): void {
  const source = prop(block, 'source');
  if (stringProp(source, 'type') !== 'base64' || stringProp(source, 'media_type') !== 'application/pdf') return;
  const data = prop(source, 'data');
  if (typeof data !== 'string') return;
  const dataPointer = join(pointer, 'source', 'data');
  const path = toReadablePath(dataPointer);

  if (reportBase64Shape(context, data, dataPointer, () => ({ path, apiPath: apiErrorPath(context.body, join(pointer, 'source')) }))) return;
  const clean = base64Head(data, 1368); // 1024 bytes
  if (looksLikePdf(clean)) return;
  const format = sniffFormat(clean);
  const isImage = format !== undefined && isImageMediaType(format.mediaType);
  // An image block is accepted where the document is: in a message or a tool_result, not in a web fetch result.
  const canBeImage = isImage && (parent === undefined || typeOf(parent) === 'tool_result');
  const suggest: SuggestionReport<MessageIds>[] = canBeImage
    ? [{ messageId: 'useImageBlock', data: { label: format.label }, edits: [{ op: 'replace', pointer, value: { type: 'image', source: { type: 'base64', media_type: format.mediaType, data } } }] }]
    : [];
  context.report({
    messageId: 'notPdf',
    pointer: dataPointer,
    data: {
      path,
      what: format ? `a ${format.label} file, not a PDF` : 'not a PDF (no "%PDF-" header in its first 1024 bytes)',
      apiPath: `${apiErrorPath(context.body, pointer).replace(/\.document$/, '')}.pdf`,
      hint: isImage ? ' Send an image in an image block.' : ' Use a text source for plain text ({"type": "text", "media_type": "text/plain", "data": "…"}).',
    },
    ...(suggest.length ? { suggest } : {}),
  });
}

export default defineRule<MessageIds>({
  id: 'document-source',
  meta: {
    type: 'problem',
    description: 'Base64 PDF documents must be non-empty, valid base64 without a data: prefix, and start with a PDF header',
    severity: 'error',
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      emptyData: '{{path}} is empty, but a base64 PDF source needs the PDF file\'s bytes. The API rejects it with 400 invalid_request_error. Put the base64 of the PDF in `data`, or leave the document out.',
      dataUrl:
        '{{path}} starts with the data URL prefix "{{prefix}}", but `data` takes bare base64. The API rejects it with 400 invalid_request_error. Remove the prefix.',
      invalidBase64:
        '{{path}} is not valid base64: {{detail}}. The API rejects it with 400 invalid_request_error. Encode the PDF file\'s bytes with standard base64 (e.g. `buffer.toString("base64")`).',
      notPdf: '{{path}} is {{what}}. The API answers 400 "{{apiPath}}: The PDF specified was not valid" (reported).{{hint}}',
      stripPrefix: 'Remove the "{{prefix}}" prefix',
      useImageBlock: 'Send the {{label}} as an image block',
    },
    triggers: { types: ['document'] },
    sources: [
      'https://platform.claude.com/docs/en/build-with-claude/pdf-support',
      '@anthropic-ai/sdk (pinned in package.json) resources/messages/messages.d.ts (DocumentBlockParam, Base64PDFSource, PlainTextSource)',
      'messages-api-constraints.md document-source-shape ("messages.0.content.0.pdf: The PDF specified was not valid", reported)',
    ],
  },
  checkRequest(context) {
    for (const visit of blocksOfType(context.body, 'document').blocks) checkDocument(context, visit);
  },
});
