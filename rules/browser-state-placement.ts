/**
 * browser-state-placement: a tool_result carries at most one `browser_state`
 * block, and none when it reports an error (`is_error: true`).
 * See docs/rules/browser-state-placement.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { prop, typeOf } from '../src/engine/values.js';
import { blocksOfType } from './helpers/blocks.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'secondBrowserState' | 'browserStateOnError' | 'removeBlock';

export default defineRule<MessageIds>({
  id: 'browser-state-placement',
  meta: {
    type: 'problem',
    description: 'A tool_result holds at most one browser_state block, and none when is_error is true',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      secondBrowserState:
        '{{path}} is a second browser_state block in {{result}}, which holds at most one. The API rejects the request (400). Keep the state after the call and remove the others.',
      browserStateOnError:
        '{{path}} is a browser_state block in {{result}}, which sets {{isError}}. The API rejects the request (400). Remove the block, or report the outcome without is_error if the call succeeded.',
      removeBlock: 'Remove this browser_state block',
    },
    triggers: { types: ['browser_state'] },
    note: 'A browser_state block is the full inventory of tabs after a successful call, not a delta: one per tool_result, and none on an error.',
    sources: [
      '@anthropic-ai/sdk resources/messages/messages.d.ts (BrowserStateBlockParam: "At most one per `tool_result`, only on a non-error result answering a browser toolset member `tool_use`")',
      'messages-api-constraints.md tool-result-shape',
    ],
  },
  checkRequest(context) {
    for (const result of blocksOfType(context.body, 'tool_result').blocks) {
      const content = prop(result.block, 'content');
      if (!Array.isArray(content)) continue;
      const onError = prop(result.block, 'is_error') === true;
      let seen = 0;
      content.forEach((block, i) => {
        if (typeOf(block) !== 'browser_state') return;
        seen++;
        const pointer = join(result.pointer, 'content', i);
        const data = { path: toReadablePath(pointer), result: toReadablePath(result.pointer), isError: spellingOf(context).member('is_error', true) };
        const suggest = [{ messageId: 'removeBlock' as const, edits: [{ op: 'remove' as const, pointer }] }];
        if (onError) context.report({ messageId: 'browserStateOnError', pointer, data, suggest });
        else if (seen > 1) context.report({ messageId: 'secondBrowserState', pointer, data, suggest });
      });
    }
  },
});
