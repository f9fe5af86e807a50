import rule from '../../rules/image-dimensions.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';
import { b64, gif, jpeg, png, webp, webpHeader } from '../helpers/images.js';

const image = (bytes: Uint8Array, media_type: string) => ({ type: 'image', source: { type: 'base64', media_type, data: b64(bytes) } });
const pngImage = (w: number, h: number) => image(png(w, h), 'image/png');
const urlImage = { type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } };
const body = (...content: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: [...content, { type: 'text', text: 'Describe.' }] }] });
const times = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

ruleTable(rule, {
  valid: [
    { name: 'PNG 8000 × 1', payload: body(pngImage(8000, 1)) },
    { name: 'JPEG 1 × 8000 behind a 4 KB EXIF segment', payload: body(image(jpeg(1, 8000, 4096), 'image/jpeg')) },
    { name: 'GIF and WebP at 8000', payload: body(image(gif(8000, 1), 'image/gif'), image(webp(1, 8000), 'image/webp')) },
    { name: '20 images, one of 8000 px', payload: body(pngImage(8000, 10), ...times(19, () => pngImage(1, 1))) },
    { name: '21 images, all at most 2000 px', payload: body(pngImage(2000, 2000), ...times(20, () => pngImage(1, 1))) },
    { name: '20 known images and an unknown history: the 2000 px bound is not decided', payload: { ...body(pngImage(3000, 10), ...times(19, () => pngImage(1, 1))), messages: [unknownValue(), ...body(pngImage(3000, 10), ...times(19, () => pngImage(1, 1))).messages] } },
    { name: 'url images are not measured', payload: body(urlImage) },
    { name: 'unknown data', payload: body({ type: 'image', source: { type: 'base64', media_type: 'image/png', data: unknownValue() } }) },
    { name: 'invalid base64 is left to image-source', payload: body({ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'not base64!' } }) },
  ],
  invalid: [
    { name: 'PNG 8001 × 1', payload: body(pngImage(8001, 1)), errors: [{ messageId: 'overMax', pointer: '/messages/0/content/0/source/data', data: { width: '8001', height: '1' } }] },
    { name: 'JPEG 1 × 8001 behind an EXIF segment', payload: body(image(jpeg(1, 8001, 2000), 'image/jpeg')), errors: [{ messageId: 'overMax', pointer: '/messages/0/content/0/source/data', data: { width: '1', height: '8001' } }] },
    { name: 'GIF 8001 × 1', payload: body(image(gif(8001, 1), 'image/gif')), errors: [{ messageId: 'overMax', pointer: '/messages/0/content/0/source/data', data: { width: '8001' } }] },
    { name: 'lossless WebP 1 × 9000', payload: body(image(webp(1, 9000), 'image/webp')), errors: [{ messageId: 'overMax', pointer: '/messages/0/content/0/source/data', data: { height: '9000' } }] },
    { name: 'lossy WebP header 9000 × 10', payload: body(image(webpHeader('VP8 ', 9000, 10), 'image/webp')), errors: [{ messageId: 'overMax', pointer: '/messages/0/content/0/source/data', data: { width: '9000', height: '10' } }] },
    { name: 'extended WebP header 10 × 12000', payload: body(image(webpHeader('VP8X', 10, 12000), 'image/webp')), errors: [{ messageId: 'overMax', pointer: '/messages/0/content/0/source/data', data: { height: '12000' } }] },
    {
      name: 'a mislabelled image is measured by its real format',
      payload: body(image(png(9000, 1), 'image/jpeg')),
      errors: [{ messageId: 'overMax', pointer: '/messages/0/content/0/source/data' }],
    },
    {
      name: '21 images, one of 2001 px',
      payload: body(...times(20, () => pngImage(1, 1)), pngImage(2001, 1)),
      errors: [{ messageId: 'overManyImageMax', pointer: '/messages/0/content/20/source/data', data: { count: '21' }, messageIncludes: '"messages.0.content.20.image.source.base64.data: At least one of the image dimensions exceed max allowed size for many-image requests: 2000 pixels"' }],
    },
    {
      name: 'url images count toward the 20',
      payload: body(pngImage(2500, 1), ...times(20, () => urlImage)),
      errors: [{ messageId: 'overManyImageMax', pointer: '/messages/0/content/0/source/data' }],
    },
    {
      name: 'images in tool results count too, and a lower bound over 20 is enough',
      payload: {
        model: 'claude-sonnet-5-5',
        max_tokens: 1024,
        messages: [
          unknownValue(),
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'shots', input: {} }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [...times(20, () => pngImage(1, 1)), pngImage(1, 2400)] }] },
        ],
      },
      errors: [{ messageId: 'overManyImageMax', pointer: '/messages/2/content/0/content/20/source/data', data: { count: 'at least 21' } }],
    },
    { name: 'over 8000 is reported once, as overMax', payload: body(pngImage(8001, 1), ...times(20, () => pngImage(1, 1))), errors: [{ messageId: 'overMax', pointer: '/messages/0/content/0/source/data' }] },
  ],
});
