/**
 * browser-state-placement: a tool_result carries at most one `browser_state`
 * block, and none when it reports an error (`is_error: true`).
 * See docs/rules/browser-state-placement.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { prop, typeOf } from '../src/engine/values.js';
import { blocksOfType } from './helpers/blocks.js';

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
        '{{path}} is the second browser_state block of {{result}}; a tool_result holds at most one (the full inventory of tabs after the call, not a delta). The API rejects the request (400). Keep the state after the call and remove the others.',
      browserStateOnError:
        '{{path}} is a browser_state block in {{result}}, which sets is_error: true; browser_state is accepted only on a successful result. The API rejects the request (400). Remove the block, or report the outcome without is_error if the call succeeded.',
      removeBlock: 'Remove this browser_state block',
    },
    triggers: { types: ['browser_state'] },
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
        const data = { path: toReadablePath(pointer), result: toReadablePath(result.pointer) };
        const suggest = [{ messageId: 'removeBlock' as const, edits: [{ op: 'remove' as const, pointer }] }];
        if (onError) context.report({ messageId: 'browserStateOnError', pointer, data, suggest });
        else if (seen > 1) context.report({ messageId: 'secondBrowserState', pointer, data, suggest });
      });
    }
  },
});
