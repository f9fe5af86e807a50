import rule from '../../rules/image-source.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';
import { b64, gif, jpeg, pdf, png, webp } from '../helpers/images.js';

const PNG = b64(png(1, 1));
const JPEG = b64(jpeg(1, 1));
const GIF = b64(gif(1, 1));
const WEBP = b64(webp(1, 1));

const image = (data: unknown, media_type: unknown = 'image/png') => ({ type: 'image', source: { type: 'base64', media_type, data } });
const body = (...content: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: [...content, { type: 'text', text: 'What is this?' }] }] });
const toolResult = (...content: unknown[]) => ({
  model: 'claude-sonnet-5-5',
  max_tokens: 1024,
  messages: [
    { role: 'user', content: 'Take a screenshot' },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'screenshot', input: {} }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content }] },
  ],
});

const LIMIT = 5_242_880;
/** A real PNG padded with trailing bytes to exactly `size` decoded bytes (built at run time, never committed). */
const pngOfSize = (size: number) => b64(Buffer.concat([png(1, 1), Buffer.alloc(size - png(1, 1).length)]));

ruleTable(rule, {
  valid: [
    { name: 'a URL image on the Claude API', payload: body({ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }) },
    { name: 'a base64 image on Bedrock', payload: body(image(PNG)), options: { platform: 'bedrock' } },
    { name: 'a URL image where the platform is not known', payload: body({ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }), options: { platform: 'unknown' } },
    { name: 'PNG declared image/png', payload: body(image(PNG, 'image/png')) },
    { name: 'JPEG declared image/jpeg', payload: body(image(JPEG, 'image/jpeg')) },
    { name: 'GIF declared image/gif', payload: body(image(GIF, 'image/gif')) },
    { name: 'WebP declared image/webp', payload: body(image(WEBP, 'image/webp')) },
    { name: 'leading whitespace before the magic bytes', payload: body(image(`${'\n'.repeat(100)}${JPEG}`, 'image/jpeg')) },
    { name: 'line-wrapped base64 is not judged', payload: body(image(PNG.replace(/(.{20})/g, '$1\n'), 'image/png')) },
    { name: 'url and file sources are not decoded', payload: body({ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }, { type: 'image', source: { type: 'file', file_id: 'file_1' } }) },
    { name: 'image inside a tool_result', payload: toolResult(image(JPEG, 'image/jpeg')) },
    { name: 'unknown data or media_type', payload: body(image(unknownValue(), 'image/jpeg'), image(PNG, unknownValue())) },
    { name: 'a media_type outside the enum is left to request-schema', payload: body(image(PNG, 'image/jpg')) },
    { name: 'unknown messages', payload: { model: 'claude-sonnet-5-5', max_tokens: 1, messages: unknownValue() } },
    { name: 'open content array: what is seen is fine', payload: body(...markOpen([image(PNG)])) },
    { name: 'exactly 5 MB decoded', payload: body(image(pngOfSize(LIMIT), 'image/png')) },
    { name: 'long data: a bad character in the middle is not looked for', payload: body(image(b64(Buffer.concat([png(1, 1), Buffer.alloc(3000)])).replace(/^(.{2000})./, '$1!'), 'image/png')) },
    { name: 'long data: whitespace in the middle makes the length unknowable', payload: body(image(b64(Buffer.concat([png(1, 1), Buffer.alloc(3000)])).replace(/^(.{2000})/, '$1\n'), 'image/png')) },
    { name: 'a text block with a base64-looking string', payload: body({ type: 'text', text: 'data:image/png;base64,AAAA' }) },
  ],
  invalid: [
    {
      name: 'a URL image on Bedrock',
      payload: body({ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }),
      options: { platform: 'bedrock' },
      errors: [{ messageId: 'platformNeedsBase64', pointer: '/messages/0/content/0/source/type', data: { platform: 'Amazon Bedrock', type: 'url' } }],
    },
    {
      name: 'a file image on Vertex AI',
      payload: body({ type: 'image', source: { type: 'file', file_id: 'file_1' } }),
      options: { platform: 'vertex' },
      errors: [{ messageId: 'platformNeedsBase64', pointer: '/messages/0/content/0/source/type', data: { platform: 'Google Cloud Vertex AI' } }],
    },
    {
      name: 'empty data',
      payload: body(image('')),
      errors: [{ messageId: 'emptyData', pointer: '/messages/0/content/0/source/data', messageIncludes: '"messages.0.content.0.image.source.base64: image cannot be empty"' }],
    },
    {
      name: 'data URL prefix: fixed by removing it',
      payload: body(image(`data:image/png;base64,${PNG}`)),
      errors: [{ messageId: 'dataUrl', pointer: '/messages/0/content/0/source/data', data: { prefix: 'data:image/png;base64,' }, fixed: body(image(PNG)) }],
    },
    {
      name: 'a placeholder string instead of base64',
      payload: toolResult(image('[Session resident imageData blob missing: sha256:abc]', 'image/webp')),
      errors: [{ messageId: 'invalidBase64', pointer: '/messages/2/content/0/content/0/source/data', messageIncludes: '"messages.2.content.0.tool_result.content.0.image.source.base64: invalid base64 data"' }],
    },
    { name: 'URL-safe alphabet', payload: body(image('iVBORw0KGgo_-AAA', 'image/png')), errors: [{ messageId: 'invalidBase64', pointer: '/messages/0/content/0/source/data', messageIncludes: 'URL-safe' }] },
    {
      name: 'long data: a bad character near the end, with its offset',
      payload: body(image(`${b64(Buffer.concat([png(1, 1), Buffer.alloc(3000)]))}`.replace(/.(.{10})$/, '*$1'), 'image/png')),
      errors: [{ messageId: 'invalidBase64', pointer: '/messages/0/content/0/source/data', messageIncludes: `character "*" at offset ${Math.ceil((png(1, 1).length + 3000) / 3) * 4 - 11}` }],
    },
    {
      name: 'long data: a single dangling character',
      payload: body(image(b64(Buffer.concat([png(1, 1), Buffer.alloc(3000)])).slice(0, -3), 'image/png')),
      errors: [{ messageId: 'invalidBase64', pointer: '/messages/0/content/0/source/data', messageIncludes: 'dangling' }],
    },
    { name: 'padding in the middle', payload: body(image('iVBO=Rw0KGgo', 'image/png')), errors: [{ messageId: 'invalidBase64', pointer: '/messages/0/content/0/source/data' }] },
    { name: 'a single dangling character', payload: body(image('iVBORw0KG', 'image/png')), errors: [{ messageId: 'invalidBase64', pointer: '/messages/0/content/0/source/data' }] },
    {
      name: 'PNG declared image/jpeg: fixed by setting media_type',
      payload: body(image(PNG, 'image/jpeg')),
      errors: [
        {
          messageId: 'mediaTypeMismatch',
          pointer: '/messages/0/content/0/source/media_type',
          data: { actualType: 'image/png' },
          messageIncludes: '"messages.0.content.0.image.source.base64.data: Image does not match the provided media type image/jpeg"',
          fixed: body(image(PNG, 'image/png')),
        },
      ],
    },
    { name: 'JPEG declared image/png', payload: body(image(JPEG, 'image/png')), errors: [{ messageId: 'mediaTypeMismatch', pointer: '/messages/0/content/0/source/media_type', data: { actualType: 'image/jpeg' } }] },
    { name: 'GIF declared image/webp', payload: body(image(GIF, 'image/webp')), errors: [{ messageId: 'mediaTypeMismatch', pointer: '/messages/0/content/0/source/media_type', data: { actualType: 'image/gif' } }] },
    { name: 'WebP declared image/png', payload: body(image(WEBP, 'image/png')), errors: [{ messageId: 'mediaTypeMismatch', pointer: '/messages/0/content/0/source/media_type', data: { actualType: 'image/webp' } }] },
    {
      name: 'a nested image in a document content source',
      payload: body({ type: 'document', source: { type: 'content', content: [image(JPEG, 'image/gif')] } }),
      errors: [{ messageId: 'mediaTypeMismatch', pointer: '/messages/0/content/0/source/content/0/source/media_type' }],
    },
    { name: 'a PDF in an image block', payload: body(image(b64(pdf()), 'image/png')), errors: [{ messageId: 'notAnImage', pointer: '/messages/0/content/0/source/data', messageIncludes: 'a PDF file' }] },
    { name: 'bytes of no known format', payload: body(image(b64(Buffer.from('hello world, not an image')), 'image/png')), errors: [{ messageId: 'notAnImage', pointer: '/messages/0/content/0/source/data', messageIncludes: 'not a PNG, JPEG, GIF or WebP image' }] },
    {
      name: 'one byte over 5 MB',
      payload: body(image(pngOfSize(LIMIT + 1), 'image/png')),
      errors: [{ messageId: 'tooLarge', pointer: '/messages/0/content/0/source/data', data: { bytes: '5242881' }, messageIncludes: 'image exceeds 5 MB maximum: 5242881 bytes > 5242880 bytes' }],
    },
    {
      name: 'over 5 MB and the wrong media_type: both',
      payload: body(image(pngOfSize(6_000_000), 'image/webp')),
      errors: [
        { messageId: 'tooLarge', pointer: '/messages/0/content/0/source/data' },
        { messageId: 'mediaTypeMismatch', pointer: '/messages/0/content/0/source/media_type' },
      ],
    },
    {
      name: 'in a batch: pointers under params',
      payload: { requests: [{ custom_id: 'a', params: body(image('')) }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'emptyData', pointer: '/requests/0/params/messages/0/content/0/source/data' }],
    },
  ],
});
