/**
 * image-dimensions: no side of an image may exceed 8000 px, and no side may
 * exceed 2000 px when the request holds more than 20 images. Width and height
 * come from the PNG/JPEG/GIF/WebP header: only the header bytes are decoded.
 * See docs/rules/image-dimensions.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { prop, stringProp } from '../src/engine/values.js';
import { apiErrorPath, blocksOfType } from './helpers/blocks.js';
import { base64Problem, imageDimensions, sniffFormat, stripWhitespace, isImageMediaType } from './helpers/media.js';

type MessageIds = 'overMax' | 'overManyImageMax';

export const MAX_SIDE = 8000;
export const MANY_IMAGES = 20;
export const MANY_IMAGES_MAX_SIDE = 2000;

export default defineRule<MessageIds>({
  id: 'image-dimensions',
  meta: {
    type: 'problem',
    description: 'Image sides must be at most 8000 px, and at most 2000 px when a request has more than 20 images',
    severity: 'error',
    recommended: true,
    messages: {
      overMax:
        '{{path}} is an image of {{width}}×{{height}} px, over the 8000 px limit per side. The API rejects it with 400 invalid_request_error. Scale it so that neither side exceeds 8000 px.',
      overManyImageMax:
        '{{path}} is an image of {{width}}×{{height}} px, over the 2000 px limit per side of a request with {{count}} images. The API answers 400 "{{apiPath}}: At least one of the image dimensions exceed max allowed size for many-image requests: 2000 pixels". Scale it to at most 2000 px per side, or send at most 20 images.',
    },
    triggers: { types: ['image'] },
    note: 'With more than 20 images in one request, each side of every image must be at most 2000 px.',
    sources: [
      'https://platform.claude.com/docs/en/build-with-claude/vision',
      '@anthropic-ai/sdk (pinned in package.json) resources/messages/messages.d.ts (ImageDimensionsTooLargeErrorDetails, ImageTransformationsParam)',
    ],
  },
  checkRequest(context) {
    const { blocks, complete } = blocksOfType(context.body, 'image');
    // Images seen are a lower bound of the images sent: more than 20 seen is more than 20 sent.
    const many = blocks.length > MANY_IMAGES;
    for (const { block, pointer } of blocks) {
      const source = prop(block, 'source');
      if (stringProp(source, 'type') !== 'base64') continue;
      const data = stringProp(source, 'data');
      if (!data || base64Problem(data)) continue; // image-source reports those
      const clean = stripWhitespace(data);
      const format = sniffFormat(clean);
      if (!format || !isImageMediaType(format.mediaType)) continue;
      const size = imageDimensions(clean, format.mediaType);
      if (!size) continue;
      const side = Math.max(size.width, size.height);
      // Most images are within both limits: paths are built for a report only.
      if (side <= MAX_SIDE && !(many && side > MANY_IMAGES_MAX_SIDE)) continue;
      const dataPointer = join(pointer, 'source', 'data');
      const shown = { path: toReadablePath(pointer), width: size.width, height: size.height };
      if (side > MAX_SIDE) context.report({ messageId: 'overMax', pointer: dataPointer, data: shown });
      else if (many && side > MANY_IMAGES_MAX_SIDE) {
        context.report({ messageId: 'overManyImageMax', pointer: dataPointer, data: { ...shown, count: complete ? blocks.length : `at least ${blocks.length}`, apiPath: apiErrorPath(context.body, dataPointer) } });
      }
    }
  },
});
