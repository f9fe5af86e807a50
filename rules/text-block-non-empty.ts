/**
 * text-block-non-empty: text blocks in messages must hold non-whitespace text;
 * text blocks of the top-level system must not be empty.
 * See docs/rules/text-block-non-empty.md.
 */
import { defineRule, type Report } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { isObject, isOpen, prop, type JsonObject } from '../src/engine/values.js';

type MessageIds = 'emptyText' | 'whitespaceText' | 'emptySystemText' | 'removeBlock';

const blank = (text: string): boolean => !/\S/.test(text);

/** Left to cache-control-empty-text, whose 400 names the cache_control. */
const hasCacheControl = (block: JsonObject): boolean => {
  const cc = prop(block, 'cache_control');
  return cc !== undefined && cc !== null;
};

/** Removing the block is safe when the list keeps a block that is not blank text. */
function keepsContent(blocks: unknown[], index: number): boolean {
  if (isOpen(blocks)) return false;
  return blocks.some((b, j) => j !== index && !(isObject(b) && prop(b, 'type') === 'text' && typeof prop(b, 'text') === 'string' && blank(prop(b, 'text') as string)));
}

export default defineRule<MessageIds>({
  id: 'text-block-non-empty',
  meta: {
    type: 'problem',
    description: 'Text blocks must not be empty or whitespace-only',
    severity: 'error',
    recommended: true,
    fixable: true,
    hasSuggestions: true,
    messages: {
      emptyText: '{{path}} is an empty text block. The API answers 400 "messages: text content blocks must be non-empty". Remove the block, or give it text.',
      whitespaceText:
        '{{path}} holds only whitespace. The API answers 400 "messages: text content blocks must contain non-whitespace text". Remove the block, or give it text.',
      emptySystemText: '{{path}} is an empty text block. The API answers 400 "text content blocks must be non-empty". Remove it.',
      removeBlock: 'Remove the blank text block {{path}}',
    },
    sources: [
      'https://github.com/aliasrobotics/cai/issues/182',
      'https://github.com/anthropics/claude-code/issues/23440',
      'https://github.com/nick1udwig/kibitz/issues/78',
    ],
  },
  checkRequest(context) {
    const report = (messageId: 'emptyText' | 'whitespaceText' | 'emptySystemText', pointer: string, removable: boolean, safe: boolean): void => {
      const path = toReadablePath(pointer);
      const remove = { messageId: 'removeBlock' as const, data: { path }, edits: [{ op: 'remove' as const, pointer }] };
      const r: Report<MessageIds> = { messageId, pointer, data: { path } };
      if (removable) {
        if (safe) r.fix = remove;
        else r.suggest = [remove];
      }
      context.report(r);
    };

    const system = prop(context.body, 'system');
    if (Array.isArray(system)) {
      system.forEach((block, k) => {
        if (!isObject(block) || prop(block, 'type') !== 'text' || prop(block, 'text') !== '' || hasCacheControl(block)) return;
        // An empty block says nothing: removing it is safe (an empty list is an empty system prompt).
        report('emptySystemText', join('', 'system', k), true, true);
      });
    }

    const messages = prop(context.body, 'messages');
    if (!Array.isArray(messages)) return;
    messages.forEach((message, i) => {
      const content = prop(message, 'content');
      // A string "" is an empty message (message-content-non-empty); a whitespace string is one blank text block.
      if (typeof content === 'string') {
        if (content !== '' && blank(content)) report('whitespaceText', join('', 'messages', i, 'content'), false, false);
        return;
      }
      if (!Array.isArray(content)) return;
      content.forEach((block, j) => {
        if (!isObject(block) || prop(block, 'type') !== 'text') return;
        const text = prop(block, 'text');
        if (typeof text !== 'string' || !blank(text)) return;
        if (text === '' && hasCacheControl(block)) return;
        const pointer = join('', 'messages', i, 'content', j);
        // An empty block is dropped without loss; whitespace may be meant (a separator): only suggested.
        report(text === '' ? 'emptyText' : 'whitespaceText', pointer, keepsContent(content, j), text === '');
      });
    });
  },
});
