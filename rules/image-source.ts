/**
 * image-source: the bytes of a base64 image must be what the block says they
 * are: not empty, valid base64 (no `data:` URL prefix), the declared
 * media_type's format, and at most 5 MB decoded. Only the first characters are
 * decoded; the size comes from the length. See docs/rules/image-source.md.
 */
import { defineRule, type RequestContext } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { prop, stringProp } from '../src/engine/values.js';
import { apiErrorPath, blocksOfType, type BlockVisit } from './helpers/blocks.js';
import { base64Head, decodedSize, isImageMediaType, sniffFormat } from './helpers/media.js';
import { reportBase64Shape } from './helpers/base64-report.js';

type MessageIds = 'emptyData' | 'dataUrl' | 'invalidBase64' | 'mediaTypeMismatch' | 'notAnImage' | 'tooLarge' | 'platformNeedsBase64' | 'stripPrefix' | 'setMediaType';

/** 5 MB, as the API measures it: on the decoded bytes. */
export const MAX_IMAGE_BYTES = 5_242_880;

const PLATFORM_NAMES: Record<string, string> = { bedrock: 'Amazon Bedrock', vertex: 'Google Cloud Vertex AI', cloud: 'the platform this body is for (Amazon Bedrock or Google Cloud Vertex AI)' };

function checkImage(context: RequestContext<MessageIds>, { block, pointer: blockPointer }: BlockVisit): void {
  const source = prop(block, 'source');
  const sourceType = stringProp(source, 'type');
  if ((sourceType === 'url' || sourceType === 'file') && PLATFORM_NAMES[context.platform]) {
    const typePointer = join(blockPointer, 'source', 'type');
    context.report({ messageId: 'platformNeedsBase64', pointer: typePointer, data: { path: toReadablePath(join(blockPointer, 'source')), type: sourceType, platform: PLATFORM_NAMES[context.platform]! } });
    return;
  }
  if (sourceType !== 'base64') return;
  const data = prop(source, 'data');
  if (typeof data !== 'string') return;
  const dataPointer = join(blockPointer, 'source', 'data');
  const mediaTypePointer = join(blockPointer, 'source', 'media_type');
  const path = (): string => toReadablePath(dataPointer);
  // The API reports these at `…image.source.base64` (no `.data`); built only for a report.
  const sourcePath = (): string => apiErrorPath(context.body, join(blockPointer, 'source'));

  if (reportBase64Shape(context, data, dataPointer, () => ({ path: path(), apiPath: sourcePath() }))) return;

  // length × 3/4 bounds the decoded size from above: most images never need a closer look.
  if ((data.length * 3) / 4 > MAX_IMAGE_BYTES) {
    const bytes = decodedSize(data);
    if (bytes > MAX_IMAGE_BYTES) context.report({ messageId: 'tooLarge', pointer: dataPointer, data: { path: path(), bytes, apiPath: sourcePath() } });
  }

  const declared = stringProp(source, 'media_type');
  if (declared === undefined || !isImageMediaType(declared)) return; // an unknown media_type is the schema's finding
  const format = sniffFormat(base64Head(data, 24));
  if (format?.mediaType === declared) return;
  const dataApiPath = apiErrorPath(context.body, dataPointer);
  if (format && isImageMediaType(format.mediaType)) {
    context.report({
      messageId: 'mediaTypeMismatch',
      pointer: mediaTypePointer,
      data: { path: path(), actual: format.label, declared, apiPath: dataApiPath, actualType: format.mediaType },
      fix: { messageId: 'setMediaType', data: { actualType: format.mediaType }, edits: [{ op: 'replace', pointer: mediaTypePointer, value: format.mediaType }] },
    });
    return;
  }
  context.report({
    messageId: 'notAnImage',
    pointer: dataPointer,
    data: { path: path(), what: format ? `a ${format.label} file` : 'not a PNG, JPEG, GIF or WebP image', declared, apiPath: dataApiPath },
  });
}

export default defineRule<MessageIds>({
  id: 'image-source',
  meta: {
    type: 'problem',
    description: 'Base64 image data must be non-empty, valid base64 without a data: prefix, of the declared media_type, and at most 5 MB; Bedrock and Vertex take only base64 images',
    severity: 'error',
    recommended: true,
    fixable: true,
    messages: {
      emptyData: '{{path}} is empty. The API answers 400 "{{apiPath}}: image cannot be empty". Put the image\'s base64 bytes in `data`, or leave the image block out.',
      dataUrl:
        '{{path}} starts with the data URL prefix "{{prefix}}", but `data` takes bare base64. The API rejects it with 400 "{{apiPath}}: invalid base64 data". Remove the prefix (and keep its media type in `media_type`).',
      invalidBase64:
        '{{path}} is not valid base64: {{detail}}. The API answers 400 "{{apiPath}}: invalid base64 data". Encode the image file\'s bytes with standard base64 (e.g. `buffer.toString("base64")`).',
      mediaTypeMismatch:
        '{{path}} holds a {{actual}} image but media_type is "{{declared}}". The API answers 400 "{{apiPath}}: Image does not match the provided media type {{declared}}". Set media_type to "{{actualType}}".',
      notAnImage:
        '{{path}} is {{what}}, but media_type says "{{declared}}". The API rejects it with 400 ("{{apiPath}}: Image does not match the provided media type {{declared}}" or "Could not process image"). Convert it to PNG, JPEG, GIF or WebP; send a PDF as a document block.',
      tooLarge:
        '{{path}} decodes to {{bytes}} bytes, over the 5 MB limit. The API answers 400 "{{apiPath}}: image exceeds 5 MB maximum: {{bytes}} bytes > 5242880 bytes". Downscale or recompress the image (e.g. JPEG or WebP instead of PNG), or send a `url` source.',
      platformNeedsBase64:
        '{{path}} is a {{type}} image source, but {{platform}} accepts only base64 image sources. The API rejects the request (400). Download the image and send its bytes as {"type": "base64", "media_type": …, "data": …}.',
      stripPrefix: 'Remove the "{{prefix}}" prefix',
      setMediaType: 'Set media_type to "{{actualType}}"',
    },
    triggers: { types: ['image'] },
    sources: [
      'https://platform.claude.com/docs/en/build-with-claude/vision',
      'messages-api-constraints.md image-source-shape ("Amazon Bedrock and Google Cloud accept only base64 sources")',
      '@anthropic-ai/sdk (pinned in package.json) resources/messages/messages.d.ts (Base64ImageSource, ImageBlockParam, ToolResultBlockParam, ContentBlockSource)',
      'https://github.com/anthropics/anthropic-sdk-typescript/issues/603 ("…image.source.base64: invalid base64 data")',
      'https://github.com/anthropics/claude-code/issues/12750 ("…image.source.base64: image cannot be empty")',
      'https://github.com/anthropics/claude-code/issues/15746 ("…image.source.base64.data: Image does not match the provided media type image/png")',
    ],
  },
  checkRequest(context) {
    for (const visit of blocksOfType(context.body, 'image').blocks) checkImage(context, visit);
  },
});
