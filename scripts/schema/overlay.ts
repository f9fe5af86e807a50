/**
 * The hand-kept facts the SDK's types cannot carry: numeric bounds, patterns,
 * lengths. Each entry names the def(s) it patches (GA and beta spellings), the
 * property, the JSON Schema keywords it adds, the message a user sees when the
 * value breaks it, and the source of the fact.
 *
 * Keep this file small: anything that needs more than one field to decide is a
 * rule in `rules/`, not an overlay entry.
 */
import type { JsonSchema } from './from-sdk-types.js';

export interface OverlayEntry {
  /** Def names; the entry applies to each that exists in the endpoint's schema (at least one must). */
  defs: string[];
  property: string;
  /** Where to apply: the property itself, or the items of an array property. */
  at?: 'value' | 'items';
  schema: JsonSchema;
  /** What the value must be, as a predicate ("must be a whole number ≥ 1024"): shown after the path. */
  message: string;
  /** The API's own error text for it, when a source quotes it. */
  apiError?: string;
  source: string;
}

const MESSAGES_ROOTS = ['MessagesRequest', 'CountTokensRequest', 'BatchRequestParams'];

/** A tool's name, and the name a tool_use block gives it: one bound for both. */
const TOOL_NAME = { minLength: 1, maxLength: 128, pattern: '^[a-zA-Z0-9_-]+$' };

export const OVERLAY: OverlayEntry[] = [
  {
    defs: ['MessagesRequest', 'BatchRequestParams'],
    property: 'max_tokens',
    schema: { type: 'integer', minimum: 0 },
    message: 'must be a whole number ≥ 1 (0 only pre-warms the prompt cache)',
    source: 'https://platform.claude.com/docs/en/api/messages (max_tokens); @anthropic-ai/sdk resources/messages/messages.d.ts',
  },
  {
    defs: MESSAGES_ROOTS,
    property: 'messages',
    schema: { minItems: 1, maxItems: 100000 },
    message: 'must hold between 1 and 100,000 messages',
    apiError: 'messages: at least one message is required',
    source: '@anthropic-ai/sdk resources/messages/messages.d.ts (messages: "limit of 100,000 messages"); reported live error "messages: at least one message is required"',
  },
  {
    defs: ['ThinkingConfigEnabled', 'BetaThinkingConfigEnabled'],
    property: 'budget_tokens',
    schema: { type: 'integer', minimum: 1024 },
    message: 'must be a whole number ≥ 1024',
    apiError: 'thinking.enabled.budget_tokens: Input should be greater than or equal to 1024',
    source: '@anthropic-ai/sdk resources/messages/messages.d.ts (ThinkingConfigEnabled.budget_tokens: "Must be ≥1024"); https://platform.claude.com/docs/en/build-with-claude/extended-thinking',
  },
  {
    defs: ['Tool', 'BetaTool'],
    property: 'name',
    schema: TOOL_NAME,
    message: 'may use only letters, digits, "_" and "-" (1–128 characters)',
    apiError: "tools.N.custom.name: String should match pattern '^[a-zA-Z0-9_-]{1,128}$'",
    source: 'https://github.com/github/copilot-cli/issues/2581 (live error with the 128 pattern); https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use',
  },
  {
    // A tool_use block names a defined tool, so it gets the same bound as Tool.name: the
    // reports quoting the tool_use error are older and show the 64 pattern; applying 64
    // here would flag a 65–128 character name that its tool definition may legally carry.
    defs: ['ToolUseBlockParam', 'BetaToolUseBlockParam'],
    property: 'name',
    schema: TOOL_NAME,
    message: 'may use only letters, digits, "_" and "-" (1–128 characters, like the tool it names; older reports give 64)',
    apiError: "messages.N.content.M.tool_use.name: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'",
    source: 'messages-api-constraints.md tool-use-block-shape (public notes quoting the live error); https://github.com/github/copilot-cli/issues/2581 (the 128 bound for tool names)',
  },
  {
    defs: ['BatchCreateParams.Request'],
    property: 'custom_id',
    schema: { minLength: 1, maxLength: 64, pattern: '^[a-zA-Z0-9_-]+$' },
    message: 'may use only letters, digits, "_" and "-" (1–64 characters)',
    apiError: "requests.N.custom_id: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'",
    source: 'https://platform.claude.com/docs/en/build-with-claude/batch-processing; live error quoted in public reports',
  },
  {
    defs: MESSAGES_ROOTS.filter((d) => d !== 'CountTokensRequest'),
    property: 'stop_sequences',
    at: 'items',
    schema: { pattern: '\\S' },
    message: 'must contain a non-whitespace character',
    apiError: 'stop_sequences: each stop sequence must contain non-whitespace',
    source: 'live error captured on claude-haiku-4-5 (2026-09-30), see messages-api-constraints.md stop-sequences-shape',
  },
  {
    defs: ['BatchRequestParams'],
    property: 'stream',
    schema: {},
    message: 'must be left out: batch requests do not stream (results are fetched when the batch ends)',
    source: '@anthropic-ai/sdk resources/messages/batches.d.ts (params: MessageCreateParamsNonStreaming); https://platform.claude.com/docs/en/build-with-claude/batch-processing',
  },
];
