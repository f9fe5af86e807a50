/**
 * final-assistant-trailing-thinking: the last message of a request, when it is
 * an assistant message, must not end with a thinking or redacted_thinking
 * block: a thinking block cannot be continued as a prefill. See
 * docs/rules/final-assistant-trailing-thinking.md.
 */
import { defineRule, type SuggestionReport } from '../src/engine/rule.js';
import { toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { finalTurn, holdsServerToolBlocks } from './helpers/conversation.js';
import { isThinkingBlockType } from './helpers/thinking.js';

type MessageIds = 'endsWithThinking' | 'removeFinalMessage';

export default defineRule<MessageIds>({
  id: 'final-assistant-trailing-thinking',
  meta: {
    type: 'problem',
    description: 'A final assistant message (prefill) must not end with a thinking or redacted_thinking block',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      endsWithThinking:
        '{{path}}, the final assistant message, ends with a {{found}} block. The API answers 400 "{{apiPath}}: The final block in an assistant message cannot be `thinking`." End the request with a user message, or end the prefill with text.',
      removeFinalMessage: 'Remove the final assistant message (it holds only thinking blocks, nothing to continue)',
    },
    // Whether count_tokens applies the prefill rules is not documented.
    kinds: ['messages'],
    triggers: { types: ['thinking', 'redacted_thinking'] },
    note: 'A thinking block cannot be continued: after a response that stopped on a thinking block, send the turn back unchanged and append a user message.',
    sources: [
      'https://github.com/router-for-me/CLIProxyAPI/pull/5322 (measured 2026-08: a trailing assistant text message is accepted, a trailing thinking block is not; a thinking block followed by a user message is)',
      'https://github.com/tailcallhq/forgecode/issues/2107',
      'https://github.com/NousResearch/hermes-agent/pull/13010',
      'https://github.com/tailcallhq/forgecode/pull/3073',
      'https://platform.claude.com/docs/en/build-with-claude/thinking#progress-updates (a response cut off after a thinking block: "pass the assistant turn back unchanged and append a new user message")',
    ],
  },
  checkRequest(context) {
    const turn = finalTurn(context.body);
    if (!turn || turn.role !== 'assistant') return;
    // A turn paused on a server tool is sent back as-is for the API to continue: not a prefill.
    if (holdsServerToolBlocks(turn)) return;
    // Fallback blocks (beta) split a turn into segments validated by rules not published.
    if (turn.blocks.some((b) => b.type === 'fallback')) return;
    const message = turn.messages[turn.messages.length - 1]!;
    if (!message.content.complete) return; // an unseen block may come last
    const blocks = message.content.blocks;
    const last = blocks[blocks.length - 1];
    if (!last || !isThinkingBlockType(last.type)) return;
    const onlyThinking = turn.messages.length === 1 && blocks.every((b) => isThinkingBlockType(b.type));
    const suggest: SuggestionReport<MessageIds>[] = onlyThinking ? [{ messageId: 'removeFinalMessage', edits: [{ op: 'remove', pointer: message.pointer }] }] : [];
    context.report({
      messageId: 'endsWithThinking',
      pointer: last.pointer,
      data: { path: toReadablePath(message.pointer), found: last.type!, apiPath: toApiPath(message.pointer) },
      suggest,
    });
  },
});
