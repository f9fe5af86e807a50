/**
 * cache-control-ttl-order: along tools → system → messages, a ttl "1h"
 * breakpoint must not come after a "5m" one. See docs/rules/cache-control-ttl-order.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { breakpoints } from './helpers/cache-control.js';
import { isObject, prop } from '../src/engine/values.js';

type MessageIds = 'longAfterShort' | 'useShort';

export default defineRule<MessageIds>({
  id: 'cache-control-ttl-order',
  meta: {
    type: 'problem',
    description: 'A ttl "1h" cache breakpoint must not come after a "5m" one (order: tools, system, messages)',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      longAfterShort:
        '{{path}} has ttl "1h" but comes after the 5-minute breakpoint {{earlier}}. The API answers 400 "A `ttl=\'1h\'` cache_control block must not come after a `ttl=\'5m\'` cache_control block." Put 1-hour breakpoints first (e.g. on tools and system), or make this one 5 minutes.',
      useShort: 'Use ttl "5m" here',
    },
    triggers: { keys: ['cache_control'] },
    note: 'Breakpoints are ordered as the API processes blocks: tools, then system, then messages.',
    sources: ['https://platform.claude.com/docs/en/build-with-claude/prompt-caching', 'messages-api-constraints.md cache-control-ttl-order (public code quoting the live error)'],
  },
  checkRequest(context) {
    let firstShort: string | undefined;
    for (const mark of breakpoints(context.body)) {
      if (mark.ttl === '5m') {
        firstShort ??= mark.blockPointer;
        continue;
      }
      if (mark.ttl !== '1h' || firstShort === undefined) continue;
      const ttl = join(mark.pointer, 'ttl');
      context.report({
        messageId: 'longAfterShort',
        pointer: ttl,
        data: { path: toReadablePath(mark.blockPointer), earlier: toReadablePath(firstShort) },
        suggest: [{ messageId: 'useShort', edits: [{ op: 'replace', pointer: ttl, value: '5m' }] }],
      });
    }
    // Top-level cache_control (automatic caching) puts its breakpoint on the last
    // cacheable block: after every explicit one (messages-api-constraints.md cache-control-shape).
    const automatic = prop(context.body, 'cache_control');
    if (firstShort !== undefined && isObject(automatic) && prop(automatic, 'ttl') === '1h') {
      const ttl = '/cache_control/ttl';
      context.report({
        messageId: 'longAfterShort',
        pointer: ttl,
        data: { path: 'the automatic breakpoint (top-level cache_control)', earlier: toReadablePath(firstShort) },
        suggest: [{ messageId: 'useShort', edits: [{ op: 'replace', pointer: ttl, value: '5m' }] }],
      });
    }
  },
});
