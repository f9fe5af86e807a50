/**
 * cache-control-limit: at most 4 blocks may carry cache_control across tools,
 * system and messages. See docs/rules/cache-control-limit.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { toReadablePath } from '../src/engine/pointer.js';
import { breakpoints } from './helpers/cache-control.js';

type MessageIds = 'tooManyBreakpoints' | 'removeOldest';

const MAX_BREAKPOINTS = 4;

export default defineRule<MessageIds>({
  id: 'cache-control-limit',
  meta: {
    type: 'problem',
    description: 'At most 4 blocks may carry cache_control (tools, system and messages together)',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      tooManyBreakpoints:
        '{{path}} is the {{nth}} of {{count}} cache_control breakpoints, over the limit of 4. The API answers 400 "A maximum of 4 blocks with cache_control may be provided. Found {{count}}." Keep the breakpoints that end the prefixes you reuse (usually tools/system and the latest turn).',
      removeOldest: 'Remove cache_control from the {{n}} earliest message block(s)',
    },
    triggers: { keys: ['cache_control'] },
    note: 'Markers left on resent history are the usual cause of too many cache breakpoints.',
    sources: ['https://github.com/github/copilot-cli/issues/4185', 'https://platform.claude.com/docs/en/build-with-claude/prompt-caching'],
  },
  checkRequest(context) {
    const marks = breakpoints(context.body);
    if (marks.length <= MAX_BREAKPOINTS) return;
    const excess = marks.length - MAX_BREAKPOINTS;
    const inMessages = marks.filter((m) => m.section === 'messages');
    const over = marks[MAX_BREAKPOINTS]!;
    context.report({
      messageId: 'tooManyBreakpoints',
      pointer: over.pointer,
      data: { count: marks.length, path: toReadablePath(over.blockPointer), nth: `${MAX_BREAKPOINTS + 1}th` },
      // Dropping the oldest history markers keeps tools/system and the newest turn cached; offered when one stays.
      ...(inMessages.length > excess
        ? { suggest: [{ messageId: 'removeOldest' as const, data: { n: excess }, edits: inMessages.slice(0, excess).map((m) => ({ op: 'remove' as const, pointer: m.pointer })) }] }
        : {}),
    });
  },
});
