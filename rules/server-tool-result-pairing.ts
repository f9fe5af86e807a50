/**
 * server-tool-result-pairing: a server tool result block (web_search_tool_result,
 * code_execution_tool_result, …) must refer to a `server_tool_use` block that
 * comes before it. See docs/rules/server-tool-result-pairing.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { isObject, isOpen, isUnknown, prop, stringProp } from '../src/engine/values.js';
import { contentView, continuesServerHistory } from './helpers/conversation.js';
import { join } from '../src/engine/pointer.js';
import { SERVER_TOOL_RESULT_TYPES } from './helpers/server-tools.js';

type MessageIds = 'noServerToolUse' | 'removeResult';

export default defineRule<MessageIds>({
  id: 'server-tool-result-pairing',
  meta: {
    type: 'problem',
    description: 'A server tool result block must refer to a server_tool_use block that comes before it',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      noServerToolUse:
        '{{type}} {{path}} answers "{{id}}", but no server_tool_use with that id comes before it. The API answers 400 "{{apiPath}}: unexpected `tool_use_id` found in `{{type}}` blocks: {{id}}. Each `{{type}}` block must have a corresponding `server_tool_use` block before it." Send back the server_tool_use block Claude returned, unchanged, right before its result.',
      removeResult: 'Remove the {{type}} block',
    },
    triggers: { types: [...SERVER_TOOL_RESULT_TYPES] },
    sources: [
      'https://github.com/anthropics/claude-code/issues/80439',
      '@anthropic-ai/sdk resources/messages/messages.d.ts (ServerToolUseBlockParam, *ToolResultBlockParam)',
      '@anthropic-ai/sdk resources/beta/messages/messages.d.ts (BetaAdvisorToolResultBlockParam)',
    ],
  },
  checkRequest(context) {
    const messages = prop(context.body, 'messages');
    if (!Array.isArray(messages)) return;
    const seen = new Set<string>();
    // Everything before the current block is known: an unseen server_tool_use cannot be hiding there.
    // A continued thread's earlier turns are on the server: a result may answer a server_tool_use there.
    let allSeen = !isOpen(messages) && !continuesServerHistory(context.body, context.endpoint);
    messages.forEach((message, i) => {
      if (!isObject(message)) {
        if (isUnknown(message)) allSeen = false;
        return;
      }
      const view = contentView(message, join('', 'messages', i));
      for (const b of view.blocks) {
        if (b.type === 'server_tool_use') {
          const id = stringProp(b.block, 'id');
          if (id === undefined) allSeen = false;
          else seen.add(id);
          continue;
        }
        if (b.type === undefined) {
          if (isObject(b.block) && isUnknown(prop(b.block, 'type'))) allSeen = false;
          continue;
        }
        if (!SERVER_TOOL_RESULT_TYPES.has(b.type)) continue;
        const id = stringProp(b.block, 'tool_use_id');
        if (id === undefined || seen.has(id) || !allSeen || !b.settled) continue;
        context.report({
          messageId: 'noServerToolUse',
          pointer: b.pointer,
          data: { type: b.type, id, path: toReadablePath(b.pointer), apiPath: toApiPath(b.pointer) },
          suggest: [{ messageId: 'removeResult', data: { type: b.type }, edits: [{ op: 'remove', pointer: b.pointer }] }],
        });
      }
      if (!view.complete) allSeen = false;
    });
  },
});
