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
  // Issue 12 §2 audit (OPEN_FIELD_AUDIT below): ids and inputs the types leave as a bare string or unknown.
  {
    defs: ['ToolUseBlockParam', 'BetaToolUseBlockParam'],
    property: 'id',
    schema: { minLength: 1, pattern: '^[a-zA-Z0-9_-]+$' },
    message: 'may use only letters, digits, "_" and "-" (an id made by another provider, like "functions.Bash:0", is rejected)',
    apiError: "messages.N.content.M.tool_use.id: String should match pattern '^[a-zA-Z0-9_-]+$'",
    source: 'live error quoted in https://github.com/maximhq/bifrost/issues/5097, https://github.com/RooCodeInc/Roo-Code/pull/10649, https://github.com/BlockRunAI/ClawRouter/issues/17',
  },
  {
    defs: ['ToolResultBlockParam', 'BetaToolResultBlockParam'],
    property: 'tool_use_id',
    schema: { minLength: 1, pattern: '^[a-zA-Z0-9_-]+$' },
    message: 'may use only letters, digits, "_" and "-", like the tool_use id it answers',
    source: 'https://github.com/maximhq/bifrost/issues/5097 and https://github.com/HKUDS/nanobot/pull/4356 (tool_result.tool_use_id must match the same pattern as tool_use.id; reported)',
  },
  {
    defs: ['ToolUseBlockParam', 'BetaToolUseBlockParam'],
    property: 'input',
    schema: { type: 'object' },
    message: 'must be an object (the tool\'s arguments), not a string of JSON, a list or null',
    apiError: 'messages.N.content.M.tool_use.input: Input should be a valid dictionary',
    source: 'live error quoted in https://github.com/anthropics/anthropic-sdk-typescript/issues/648 and https://github.com/anthropics/claude-code/issues/6696; messages-api-constraints.md tool-use-block-shape ("input is a JSON object in practice")',
  },
  {
    defs: ['ServerToolUseBlockParam', 'BetaServerToolUseBlockParam'],
    property: 'id',
    schema: { pattern: '^srvtoolu_[a-zA-Z0-9_]+$' },
    message: 'must be the "srvtoolu_…" id the API gave the server tool call (replay it unchanged)',
    apiError: "messages.N.content.M.server_tool_use.id: String should match pattern '^srvtoolu_[a-zA-Z0-9_]+$'",
    source: 'live error quoted in https://github.com/ding113/claude-code-hub/issues/470',
  },
  {
    defs: ['BatchRequestParams'],
    property: 'stream',
    schema: {},
    message: 'must be left out: batch requests do not stream (results are fetched when the batch ends)',
    source: '@anthropic-ai/sdk resources/messages/batches.d.ts (params: MessageCreateParamsNonStreaming); https://platform.claude.com/docs/en/build-with-claude/batch-processing',
  },
];

/**
 * Issue 12 §2: every field the SDK types leave open (an `unknown`, a bare
 * `string`, an array without bounds) in the generated schemas, and what is done
 * about it: tightened above (`overlay`), checked by a rule that needs more than
 * the field (`rule: <id>`), or left open with the reason (`open`). A field is
 * named `Def.property` (`[]` for array items) with the `Beta` prefix dropped and
 * the three request roots as `ROOT`; `*` matches any text. The first entry that
 * matches decides. test/schema/open-field-audit.test.ts keeps this list complete:
 * a field a new SDK adds fails it until audited here.
 */
export interface OpenFieldAudit {
  fields: string[];
  verdict: 'overlay' | `rule: ${string}` | 'open';
  why: string;
  source: string;
}

const SDK_TYPES = '@anthropic-ai/sdk resources/messages/messages.d.ts';
const CONSTRAINTS = 'shared/reference/messages-api-constraints.md';

export const OPEN_FIELD_AUDIT: OpenFieldAudit[] = [
  // Tightened by the overlay entries above.
  { fields: ['ROOT.messages', 'ROOT.stop_sequences[]', 'BatchCreateParams.Request.custom_id'], verdict: 'overlay', why: 'bounds, non-whitespace entries, the custom_id pattern', source: 'the overlay entries above' },
  { fields: ['ToolUseBlockParam.id', 'ToolUseBlockParam.input', 'ToolResultBlockParam.tool_use_id', 'ServerToolUseBlockParam.id'], verdict: 'overlay', why: 'id patterns and an object input, as live errors show', source: 'the overlay entries above' },
  // Checked by rules: the constraint needs the model, the version, other fields or the decoded bytes.
  { fields: ['ROOT.model'], verdict: 'rule: no-unknown-model', why: 'an id is checked against the dated catalogue (also no-retired-model, no-deprecated-model, unrecognized-model)', source: `${CONSTRAINTS} model-unknown-or-retired` },
  { fields: ['TextBlockParam.text'], verdict: 'rule: text-block-non-empty', why: 'empty and whitespace-only text are rejected in messages and system (cache-control-empty-text, final-assistant-trailing-whitespace add the cache and prefill cases)', source: `${CONSTRAINTS} text-block-non-empty` },
  { fields: ['MessageContentParam', 'ROOT.system', 'SystemMessageParam.content'], verdict: 'rule: message-content-non-empty', why: '"" and [] are rejected except for a final assistant message; system text blocks by text-block-non-empty, system messages by system-message-role', source: `${CONSTRAINTS} message-content-non-empty, system-shape` },
  { fields: ['Base64ImageSource.data', 'URLImageSource.url', 'FileImageSource.file_id'], verdict: 'rule: image-source', why: 'base64 without a data: prefix, bytes matching media_type (also image-dimensions, image-count-limit)', source: `${CONSTRAINTS} image-source-shape, image-media-type-matches-bytes` },
  { fields: ['Base64PDFSource.data', 'PlainTextSource.data', 'URLPDFSource.url', 'FileDocumentSource.file_id', 'ContentBlockSource.content'], verdict: 'rule: document-source', why: 'the source must fit its media type', source: `${CONSTRAINTS} document-source-shape` },
  { fields: ['ToolChoiceTool.name'], verdict: 'rule: tool-choice-defined', why: 'must name a tool of the request', source: `${CONSTRAINTS} tool-choice-named-tool-exists` },
  { fields: ['ROOT.tools', 'Tool.InputSchema.properties', 'Tool.InputSchema.required', 'Tool.InputSchema.required[]'], verdict: 'rule: tool-input-schema', why: 'input_schema must be an object schema (tool-name-unique checks names across the list; an empty tools list is accepted)', source: `${CONSTRAINTS} tool-input-schema-object, tool-name-unique` },
  { fields: ['WebSearchTool*.allowed_domains[]', 'WebSearchTool*.blocked_domains[]', 'WebFetchTool*.allowed_domains[]', 'WebFetchTool*.blocked_domains[]'], verdict: 'rule: web-search-domain-filters', why: 'the two lists exclude each other; the form of a domain entry (scheme, wildcard) is not documented as enforced', source: `${SDK_TYPES} (WebSearchTool20250305 doc comments); ${CONSTRAINTS} web-search-domain-filters-exclusive` },
  { fields: ['ToolResultBlockParam.content', 'BrowserStateBlockParam.tabs'], verdict: 'rule: browser-state-placement', why: 'block kinds are typed; at most one browser_state, on a successful result (tool-result-pairing checks the pairing)', source: `${CONSTRAINTS} tool-result-shape` },
  { fields: ['ROOT.fallbacks', 'ROOT.fallback_credit_token', 'FallbackCreditTokenParam.token', 'FallbackParam.model', 'FallbackInfoParam.model'], verdict: 'rule: fallbacks-vs-fallback-credit-token', why: 'the beta fallback fields exclude each other; a token is opaque', source: `${CONSTRAINTS} fallbacks-model-support` },
  { fields: ['ContextManagementConfig.edits', 'ClearToolUses20250919Edit.*'], verdict: 'rule: compaction-vs-context-management', why: 'edits are typed by kind; tool names in them are free', source: `${CONSTRAINTS} compaction-vs-context-management` },
  { fields: ['BatchRequest.requests'], verdict: 'rule: batch-size-limits', why: '100,000 requests or 256 MB; an empty list is unconfirmed', source: `${CONSTRAINTS} batch-size-limits, batch-body-shape` },
  { fields: ['ThreadContinueParams.previous_message_id'], verdict: 'rule: thread-unsupported-fields', why: 'a msg_ id from an earlier response; its form is not documented as checked', source: `${CONSTRAINTS} thread-unsupported-combination` },
  // Left open: no source says the API enforces more than the type.
  { fields: ['ROOT.stop_sequences'], verdict: 'open', why: 'its entries are tightened above; the largest count and length are unconfirmed', source: `${CONSTRAINTS} stop-sequences-shape` },
  { fields: ['*.allowed_callers'], verdict: 'open', why: 'items are already an enum; an empty list is not documented as rejected', source: `${CONSTRAINTS} allowed-callers-enum` },
  { fields: ['*.input_examples'], verdict: 'open', why: 'example inputs of a tool; no documented constraint beyond the type', source: SDK_TYPES },
  { fields: ['Tool.description'], verdict: 'open', why: 'free text; no documented length limit', source: SDK_TYPES },
  { fields: ['ServerToolUseBlockParam.input', 'MCPToolUseBlockParam.input', 'FallbackBlockParam.trigger'], verdict: 'open', why: 'replayed from a response; the shape depends on the tool and is not documented as validated', source: SDK_TYPES },
  {
    fields: ['ThinkingBlockParam.*', 'RedactedThinkingBlockParam.data', 'Citation*.*', 'WebSearchResultBlockParam.*', 'WebSearchToolResultBlockParamContent', '*CodeExecution*.*', 'TextEditorCodeExecution*.*', 'ToolSearch*.*', 'WebFetchBlockParam.url', 'Advisor*Block*.*', 'BrowserStateChange*.*', 'BrowserStateTabEntry.*', 'MCPToolListingBlockParam.*', 'RequestMCPToolResultBlockParam.content', 'ToolReferenceBlockParam.tool_name', 'ContainerUploadBlockParam.file_id'],
    verdict: 'open',
    why: 'blocks replayed verbatim from a response: the API checks them against what it sent (a thinking signature, an encrypted index), which no static check can see (thinking-block-order and the pairing rules check their place)',
    source: `${CONSTRAINTS} thinking-blocks-unmodified, server-tool-result-pairing`,
  },
  {
    fields: ['*.tool_use_id', 'MCPToolUseBlockParam.id', 'ServerToolCaller*.tool_id', 'SkillParams.*', 'ROOT.container', 'ROOT.user_profile_id', 'ROOT.mcp_servers', 'RequestMCPServer*.*', 'MCPToolParam.name', 'MCPToolUseBlockParam.*', 'MCPToolset.mcp_server_name', 'ToolChange*.*', 'WebFetchURLSource*.*', 'AdvisorTool*.model', 'SearchResultBlockParam.*'],
    verdict: 'open',
    why: 'ids, names and URLs whose form is not published (a server tool result\'s tool_use_id is checked for a matching server_tool_use by server-tool-result-pairing; MCP and web fetch references by name are beta)',
    source: SDK_TYPES,
  },
];
