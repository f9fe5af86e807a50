/**
 * tool-use-id-unique: every tool_use and server_tool_use id appears once in the
 * conversation. A warning: the reference marks the API's answer unconfirmed.
 * See docs/rules/tool-use-id-unique.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { stringProp } from '../src/engine/values.js';
import { conversationRuns, knownMessages, type Turn } from './helpers/conversation.js';

type MessageIds = 'duplicateInTurn' | 'reusedId';

/** Blocks whose `id` a result block answers by `tool_use_id`. */
const TOOL_USE_TYPES = new Set(['tool_use', 'server_tool_use']);

const API_ANSWER = 'The API is expected to answer 400 invalid_request_error.';

export default defineRule<MessageIds>({
  id: 'tool-use-id-unique',
  meta: {
    type: 'problem',
    description: 'tool_use and server_tool_use ids must be unique in the conversation (unconfirmed: warning)',
    severity: 'warning',
    recommended: true,
    messages: {
      duplicateInTurn: `{{type}} {{path}} has id "{{id}}", like {{firstType}} {{first}} in the same turn. ${API_ANSWER} Give each call of the turn the id the API returned for it.`,
      reusedId: `{{type}} {{path}} reuses id "{{id}}" from {{firstType}} {{first}}. ${API_ANSWER} Replay each call with the id the API returned for it, not a fixed or copied id.`,
    },
    note: 'Tool use ids must be unique in the conversation: a result block names the call it answers by this id, so two calls with one id cannot both be paired. The exact API answer is unconfirmed.',
    triggers: { types: [...TOOL_USE_TYPES] },
    sources: [
      'messages-api-constraints.md tool-use-id-unique (unconfirmed: follows from the pairing rules tool-use-needs-result, tool-result-needs-tool-use, server-tool-result-pairing)',
      '@anthropic-ai/sdk@1.17.0 resources/messages/messages.d.ts (ToolUseBlockParam.id, ServerToolUseBlockParam.id, ToolResultBlockParam.tool_use_id)',
      'https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use',
    ],
  },
  checkRequest(context) {
    // The turn each message belongs to, where adjacency is known (same-role messages are joined).
    const turnOf = new Map<number, Turn>();
    for (const run of conversationRuns(context.body)) for (const turn of run.turns) for (const m of turn.messages) turnOf.set(m.index, turn);

    const seen = new Map<string, { pointer: string; type: string; messageIndex: number }>();
    for (const message of knownMessages(context.body)) {
      for (const b of message.content.blocks) {
        if (b.type === undefined || !TOOL_USE_TYPES.has(b.type)) continue;
        // Unknown ids (runtime values) are never compared.
        const id = stringProp(b.block, 'id');
        if (id === undefined) continue;
        const first = seen.get(id);
        if (!first) {
          seen.set(id, { pointer: b.pointer, type: b.type, messageIndex: message.index });
          continue;
        }
        const firstTurn = turnOf.get(first.messageIndex);
        const sameTurn = firstTurn !== undefined && firstTurn === turnOf.get(message.index);
        context.report({
          messageId: sameTurn ? 'duplicateInTurn' : 'reusedId',
          pointer: join(b.pointer, 'id'),
          data: { id, type: b.type, path: toReadablePath(b.pointer), firstType: first.type, first: toReadablePath(first.pointer) },
        });
      }
    }
  },
});
