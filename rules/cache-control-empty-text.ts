/**
 * cache-control-empty-text: cache_control must not sit on an empty text block
 * (system or messages). See docs/rules/cache-control-empty-text.md.
 */
import { defineRule, type SuggestionReport } from '../src/engine/rule.js';
import { join, toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { hasOwn, isObject, prop, typeOf } from '../src/engine/values.js';

type MessageIds = 'emptyTextCached' | 'moveToPrevious' | 'removeCacheControl';

/** Blocks that cannot carry cache_control (not a field of theirs). */
const NO_CACHE_CONTROL = new Set(['thinking', 'redacted_thinking']);

export default defineRule<MessageIds>({
  id: 'cache-control-empty-text',
  meta: {
    type: 'problem',
    description: 'cache_control cannot be set on an empty text block',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      emptyTextCached:
        '{{path}} is an empty text block with cache_control. The API answers 400 "{{apiPath}}.text: cache_control cannot be set for empty text blocks". Put the breakpoint on the last non-empty block instead.',
      moveToPrevious: 'Move cache_control to {{target}}',
      removeCacheControl: 'Remove the cache_control (and the breakpoint)',
    },
    triggers: { keys: ['cache_control'] },
    sources: ['https://platform.claude.com/docs/en/build-with-claude/prompt-caching', 'messages-api-constraints.md cache-control-empty-text (public reports quoting the live error)'],
  },
  checkRequest(context) {
    const check = (blocks: unknown, pointer: string): void => {
      if (!Array.isArray(blocks)) return;
      blocks.forEach((block, i) => {
        if (!isObject(block) || typeOf(block) !== 'text' || prop(block, 'text') !== '') return;
        const cc = prop(block, 'cache_control');
        if (!isObject(cc)) return;
        const blockPointer = join(pointer, i);
        const ccPointer = join(blockPointer, 'cache_control');
        const suggest: SuggestionReport<MessageIds>[] = [];
        const previous = blocks[i - 1];
        if (isObject(previous) && !hasOwn(previous, 'cache_control') && typeOf(previous) !== undefined && !NO_CACHE_CONTROL.has(typeOf(previous)!)) {
          const target = join(pointer, i - 1);
          suggest.push({ messageId: 'moveToPrevious', data: { target: toReadablePath(target) }, edits: [{ op: 'remove', pointer: ccPointer }, { op: 'add', pointer: join(target, 'cache_control'), value: cc }] });
        }
        suggest.push({ messageId: 'removeCacheControl', edits: [{ op: 'remove', pointer: ccPointer }] });
        context.report({ messageId: 'emptyTextCached', pointer: ccPointer, data: { path: toReadablePath(blockPointer), apiPath: toApiPath(blockPointer) }, suggest });
      });
    };
    check(prop(context.body, 'system'), '/system');
    const messages = prop(context.body, 'messages');
    if (Array.isArray(messages)) messages.forEach((m, i) => check(prop(m, 'content'), join('', 'messages', i, 'content')));
  },
});
