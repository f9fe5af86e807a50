/**
 * tool-loop-thinking-start: with manual extended thinking (thinking.type
 * "enabled"), a request that returns tool results continues an assistant turn,
 * and that turn must start with a thinking or redacted_thinking block. Adaptive
 * thinking drops the requirement. See docs/rules/tool-loop-thinking-start.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { openToolLoop } from './helpers/conversation.js';
import { knownModel } from './helpers/model.js';
import { isThinkingBlockType, thinkingType } from './helpers/thinking.js';

type MessageIds = 'loopTurnNeedsThinking';

export default defineRule<MessageIds>({
  id: 'tool-loop-thinking-start',
  meta: {
    type: 'problem',
    description: 'With thinking.type "enabled", the assistant turn that tool results continue must start with its thinking block',
    severity: 'error',
    recommended: true,
    messages: {
      loopTurnNeedsThinking:
        '{{path}} starts with a {{found}} block, but with thinking "enabled" a tool-use turn must start with its thinking block. The API answers 400 "{{apiPath}}.type: Expected `thinking` or `redacted_thinking`, but found `{{found}}`. When `thinking` is enabled, a final `assistant` message must start with a thinking block (preceeding the lastmost set of `tool_use` and `tool_result` blocks)." Send the assistant content back exactly as the response gave it, thinking blocks included.',
    },
    // Only `thinking: {type: "enabled"}` makes the rule apply: no other object of a fully known body has that type.
    // Whether count_tokens applies the turn rules is not documented.
    kinds: ['messages'],
    triggers: { types: ['enabled'] },
    note: 'A request that returns tool results continues the assistant turn that called the tools: that turn must still begin with the thinking block the response began with.',
    sources: [
      'https://platform.claude.com/docs/en/build-with-claude/extended-thinking#turn-structure-in-manual-mode',
      'https://platform.claude.com/docs/en/build-with-claude/thinking#thinking-with-tool-use',
      'https://platform.claude.com/docs/en/build-with-claude/thinking-steering-and-cost (turn validation: adaptive thinking drops the requirement)',
      'https://github.com/anthropics/claude-code/issues/14264',
      'https://github.com/mastra-ai/mastra/issues/7799',
      'https://github.com/anomalyco/opencode/issues/3077',
      'shared reference: messages-api-constraints.md prefill-with-thinking (the same API error)',
    ],
  },
  checkRequest(context) {
    if (thinkingType(context.body) !== 'enabled') return;
    // A model without manual thinking rejects "enabled" first (thinking-model-support reports it).
    if (knownModel(context)?.features.extended_thinking === false) return;
    const loop = openToolLoop(context.body);
    if (!loop) return;
    // Fallback blocks (beta) split a turn into segments validated by rules not published; a compaction block replaces what comes before it.
    if (loop.some((turn) => turn.blocks.some((b) => b.type === 'fallback' || b.type === 'compaction'))) return;
    // Consecutive assistant messages are one turn: its first message is the one that must open with thinking.
    const message = loop[0]!.messages[0]!;
    const first = message.content.blocks[0];
    if (!first?.settled || first.type === undefined || isThinkingBlockType(first.type)) return;
    // Thinking blocks later in that message: thinking-block-order reports the order.
    if (message.content.blocks.some((b) => isThinkingBlockType(b.type))) return;
    context.report({
      messageId: 'loopTurnNeedsThinking',
      pointer: first.pointer,
      data: { path: toReadablePath(message.pointer), found: first.type, apiPath: toApiPath(join(message.pointer, 'content', 0)) },
    });
  },
});
