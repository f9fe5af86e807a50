/**
 * tool-result-pairing: every `tool_use` of an assistant turn is answered by a
 * `tool_result` with the same id at the start of the very next (user) turn, and
 * every `tool_result` answers a `tool_use` of the turn right before it.
 * See docs/rules/tool-result-pairing.md.
 */
import { defineRule, type RequestContext } from '../src/engine/rule.js';
import { toApiPath, toReadablePath } from '../src/engine/pointer.js';
import { stringProp } from '../src/engine/values.js';
import { continuesServerHistory, conversationRuns, type BlockRef, type Turn } from './helpers/conversation.js';

type MessageIds = 'missingResult' | 'finalToolUse' | 'orphanResult' | 'resultsNotFirst' | 'removeResult' | 'moveResultsFirst';

type Context = RequestContext<MessageIds>;

const MISSING_API =
  '{{apiPath}}: `tool_use` ids were found without `tool_result` blocks immediately after: {{id}}. Each `tool_use` block must have a corresponding `tool_result` block in the next message.';

/** The message a block pointer belongs to: `/messages/3/content/1` → `/messages/3`. */
function messagePointerOf(blockPointer: string): string {
  return blockPointer.split('/').slice(0, 3).join('/');
}

interface IdBlocks {
  byId: Map<string, BlockRef>;
  /** Every block of that type is known and has a known id. */
  allKnown: boolean;
}

function idsOf(turn: Turn, type: string, key: string): IdBlocks & { blocks: BlockRef[] } {
  const byId = new Map<string, BlockRef>();
  const blocks: BlockRef[] = [];
  let allKnown = turn.complete;
  for (const b of turn.blocks) {
    if (b.type !== type) continue;
    blocks.push(b);
    const id = stringProp(b.block, key);
    if (id === undefined) allKnown = false;
    else if (!byId.has(id)) byId.set(id, b);
  }
  return { byId, blocks, allKnown };
}

function reportOrphan(context: Context, result: BlockRef, why: string): void {
  const id = stringProp(result.block, 'tool_use_id') ?? '?';
  context.report({
    messageId: 'orphanResult',
    pointer: result.pointer,
    data: { id, path: toReadablePath(result.pointer), apiPath: toApiPath(result.pointer), why },
    suggest: [{ messageId: 'removeResult', data: { id }, edits: [{ op: 'remove', pointer: result.pointer }] }],
  });
}

/** The turn that follows an assistant turn holding tool_use blocks. */
function checkPair(context: Context, assistant: Turn, user: Turn): void {
  const uses = idsOf(assistant, 'tool_use', 'id');
  const results = idsOf(user, 'tool_result', 'tool_use_id');
  let problems = 0;
  if (results.allKnown) {
    for (const [id, use] of uses.byId) {
      if (results.byId.has(id)) continue;
      problems++;
      const messagePointer = messagePointerOf(use.pointer);
      context.report({
        messageId: 'missingResult',
        pointer: use.pointer,
        data: { id, path: toReadablePath(use.pointer), next: toReadablePath(user.messages[0]!.pointer), apiPath: toApiPath(messagePointer) },
      });
    }
  }
  if (uses.allKnown) {
    for (const result of results.blocks) {
      const id = stringProp(result.block, 'tool_use_id');
      if (id === undefined || uses.byId.has(id)) continue;
      problems++;
      reportOrphan(context, result, uses.byId.size === 0 ? ' (it holds no tool_use block)' : '');
    }
  }
  if (problems > 0 || !uses.allKnown || !results.allKnown || uses.blocks.length === 0) return;
  checkResultsFirst(context, user, uses.blocks.length);
}

/** "Messages following tool_use blocks must begin with a matching number of tool_result blocks." */
function checkResultsFirst(context: Context, user: Turn, expected: number): void {
  const leading = user.blocks.findIndex((b) => b.type !== 'tool_result');
  if (leading === -1 || leading >= expected) return;
  const misplaced = user.blocks.slice(leading).find((b) => b.type === 'tool_result');
  if (!misplaced) return;
  const first = user.messages[0]!;
  const suggest = [];
  // Reordering is offered when the turn is one message whose blocks are all known.
  if (user.messages.length === 1 && !first.content.isString) {
    const blocks = user.blocks.map((b) => b.block);
    const reordered = [...blocks.filter((_, i) => user.blocks[i]!.type === 'tool_result'), ...blocks.filter((_, i) => user.blocks[i]!.type !== 'tool_result')];
    suggest.push({ messageId: 'moveResultsFirst' as const, edits: [{ op: 'replace' as const, pointer: `${first.pointer}/content`, value: reordered }] });
  }
  context.report({
    messageId: 'resultsNotFirst',
    pointer: misplaced.pointer,
    data: { path: toReadablePath(misplaced.pointer), count: expected, apiPath: toApiPath(messagePointerOf(misplaced.pointer)) },
    suggest,
  });
}

export default defineRule<MessageIds>({
  id: 'tool-result-pairing',
  meta: {
    type: 'problem',
    description: 'Every tool_use must be answered by a tool_result at the start of the next user message, and every tool_result must answer a tool_use of the previous message',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      missingResult:
        'tool_use "{{id}}" in {{path}} has no tool_result in the next message ({{next}}). The API answers 400 "' +
        MISSING_API +
        '" Add a tool_result block with tool_use_id "{{id}}" at the start of {{next}}.',
      finalToolUse:
        'The conversation ends with tool_use "{{id}}" ({{path}}), which no tool_result answers. The API answers 400 "' +
        MISSING_API +
        '" Run the tool and append a user message that starts with its tool_result, or drop the tool_use.',
      orphanResult:
        'tool_result {{path}} answers "{{id}}", but the message before it has no tool_use with that id{{why}}. The API answers 400 "{{apiPath}}: unexpected `tool_use_id` found in `tool_result` blocks: {{id}}. Each `tool_result` block must have a corresponding `tool_use` block in the previous message." Keep the assistant message with the matching tool_use right before it, or remove the tool_result.',
      resultsNotFirst:
        'tool_result {{path}} comes after another block, but tool_result blocks must open the message. The API answers 400 "{{apiPath}}: Did not find {{count}} `tool_result` block(s) at the beginning of this message. Messages following `tool_use` blocks must begin with a matching number of `tool_result` blocks." Put every tool_result before any text, image or document.',
      removeResult: 'Remove the tool_result for "{{id}}"',
      moveResultsFirst: 'Move the tool_result blocks to the start of the message',
    },
    triggers: { types: ['tool_use', 'tool_result'] },
    note: 'Each tool_use needs its tool_result at the start of the next user message, and each tool_result its tool_use in the message right before; trimmed history is the usual cause of a broken pair.',
    sources: [
      'https://github.com/anthropics/claude-code/issues/5989',
      'https://github.com/router-for-me/CLIProxyAPI/issues/497',
      'https://github.com/anthropics/claude-code/issues/13460',
      'https://github.com/anthropics/claude-code/issues/37',
      'https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use',
      '@anthropic-ai/sdk resources/messages/messages.d.ts (MessageCreateParams.messages: consecutive same-role turns are combined)',
    ],
  },
  checkRequest(context) {
    // A continued thread's earlier turns are on the server: the first turn sent may answer a tool_use there.
    const opensConversation = !continuesServerHistory(context.body, context.endpoint);
    for (const run of conversationRuns(context.body)) {
      run.turns.forEach((turn, t) => {
        const next = run.turns[t + 1];
        if (turn.role === 'user' && t === 0 && run.atStart && opensConversation) {
          // The conversation opens with tool results: nothing before can hold their tool_use.
          for (const b of turn.blocks) if (b.type === 'tool_result') reportOrphan(context, b, ' (the conversation starts here)');
          return;
        }
        if (turn.role !== 'assistant') return;
        if (next) {
          // A mid-conversation system turn in between: how the API pairs across it is not known.
          if (next.role === 'user') checkPair(context, turn, next);
          return;
        }
        // count_tokens: whether that endpoint applies the pairing rules to a trailing tool_use is unconfirmed.
        if (!run.atEnd || context.kind === 'count-tokens') return;
        for (const b of turn.blocks) {
          const id = b.type === 'tool_use' ? stringProp(b.block, 'id') : undefined;
          if (id === undefined) continue;
          context.report({ messageId: 'finalToolUse', pointer: b.pointer, data: { id, path: toReadablePath(b.pointer), apiPath: toApiPath(messagePointerOf(b.pointer)) } });
        }
      });
    }
  },
});
