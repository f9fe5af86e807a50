/**
 * What a check in `rules/` is. One file = one rule: its meta (the same fields an
 * ESLint rule has, so the ESLint plugin derives its rules from these), and a
 * `checkRequest` (runs on every request body: a Messages or count_tokens body,
 * or each batch request's `params`) and/or a `checkBatch` (runs on a batch: its
 * envelope, then each request in turn through the visitor it returns, so that a
 * 100,000-line batch file is checked as it is read and never held whole).
 *
 * Pointers a rule reports are relative to what it was given; the engine makes
 * them absolute.
 */
import type { ApiVersion, Edit, Endpoint, PayloadKind, Pointer, Severity } from './types.js';
import type { JsonObject } from './values.js';
import type { ModelEntry } from '../catalogue/catalogue.js';
import type { Triggers } from './body-features.js';

export interface RuleMeta<MessageIds extends string> {
  type: 'problem' | 'suggestion';
  /** One line, for --help, the README table and SARIF. */
  description: string;
  /** Severity when enabled and not configured otherwise. */
  severity: Severity;
  /** In `recommended` (otherwise only in `strict`). */
  recommended: boolean;
  /** Off in the CLI and Node API unless configured (every other rule runs there at its severity). */
  defaultOff?: true;
  /**
   * Message templates by id; `{{name}}` placeholders are filled from report data.
   * A message opens with one short sentence (what is wrong, where), then what the
   * API answers, then the fix (test/rules/messages.test.ts holds them to it).
   */
  messages: Record<MessageIds, string>;
  /**
   * An aside that would repeat on every finding (why the rule holds, how sure the
   * API's answer is): the human formats say it once per run, under the findings.
   */
  note?: string;
  fixable?: boolean;
  hasSuggestions?: boolean;
  /** JSON Schema of the options array (ESLint's format). */
  schema?: unknown[];
  defaultOptions?: unknown[];
  /** The API versions it applies to; all when absent. */
  apiVersions?: ApiVersion[];
  /**
   * The kinds of payload it applies to; all when absent. `checkRequest` runs on a
   * request of a listed kind ('messages' also as a batch's `params`), `checkBatch`
   * when 'batch' is listed.
   */
  kinds?: PayloadKind[];
  /** The platforms it applies to (src/engine/platforms.ts); all when absent. List 'unknown' to run when the platform is not known. */
  platforms?: Platform[];
  /** Only on calls made with these SDKs (their client-side rules); absent: every payload, request files and raw HTTP included. */
  sdks?: Sdk[];
  /**
   * What `checkRequest` looks at: on a fully known body that holds none of it
   * (no object of these types, no member of these names) the rule is skipped.
   * Absent: the rule runs on every body.
   */
  triggers?: Triggers;
  /** Where its facts come from (rule docs cite these). */
  sources: string[];
}

export interface SuggestionReport<MessageIds extends string> {
  messageId: MessageIds;
  data?: Record<string, string | number>;
  edits: Edit[];
}

export interface Report<MessageIds extends string> {
  messageId: MessageIds;
  pointer: Pointer;
  data?: Record<string, string | number>;
  target?: 'key' | 'value';
  fix?: SuggestionReport<MessageIds>;
  suggest?: SuggestionReport<MessageIds>[];
}

/** Where the model id stands, and what the catalogue says of it. */
export interface ModelInfo {
  id: string;
  entry: ModelEntry | undefined;
}

export interface CheckContextBase<MessageIds extends string> {
  apiVersion: ApiVersion;
  endpoint: Endpoint;
  /** YYYY-MM-DD */
  date: string;
  /** Bedrock/Vertex clients use their own model ids and headers. */
  platform: Platform;
  /** An upper bound of the serialized body's size in bytes, when the source knows one (a request file's length). */
  sizeBound: number | undefined;
  /** Where the payload was found: a request file, an SDK call, a raw HTTP call. */
  origin: Origin;
  options: unknown[];
  report(report: Report<MessageIds>): void;
}

/**
 * Where the request goes. `gateway`: an Anthropic-compatible endpoint that is not
 * Anthropic's (a client's baseURL or an HTTP host elsewhere: LiteLLM and other
 * proxies, other providers), which decides its own model names. `cloud`: Amazon
 * Bedrock or Google Cloud Vertex AI, not known which (a body whose `anthropic_version`
 * has no platform prefix, as the 1.x platform SDKs write it).
 */
export type Platform = 'anthropic' | 'bedrock' | 'vertex' | 'cloud' | 'foundry' | 'gateway' | 'unknown';

/** Which SDK made a call: its client-side rules and defaults apply. */
export type Sdk = 'typescript' | 'python';

/** Where the payload was found: a request file, an SDK call in code, or a raw HTTP call in code. */
export type Origin = 'request-file' | 'sdk-call' | 'http-call';

export interface RequestContext<MessageIds extends string> extends CheckContextBase<MessageIds> {
  /** The SDK that makes the call; undefined for request files and raw HTTP calls. */
  sdk: Sdk | undefined;
  /** The language the body is written in, named by its SDK (a Python `httpx.post(json=...)`: 'python'); undefined for request files. Messages spell code in it. */
  writtenIn: Sdk | undefined;
  /** For SDK calls: is a request timeout set on the call or the client (undefined: not known). */
  sdkTimeoutSet: boolean | undefined;
  /** The request body (a known object; it may be open, see partial.ts). */
  body: JsonObject;
  kind: 'messages' | 'count-tokens';
  /** The body is one `requests[i].params` of a batch. */
  inBatch: boolean;
  /** The model, when its id is a known string. */
  model: ModelInfo | undefined;
  /** The call is known to stream (`stream: true` or `.stream()`); undefined when not known. */
  streaming: boolean | undefined;
}

export interface BatchContext<MessageIds extends string> extends CheckContextBase<MessageIds> {
  /**
   * The batch body without its requests: when `requests` is an array it is given
   * here as `[]` and its elements one by one to the visitor `checkBatch` returns;
   * anything else is given as written. A JSONL file of batch lines is `{requests: []}`.
   */
  body: JsonObject;
  /** How a message names `requests[i]` for the user: `requests[2]`, or `the request on line 3` in a JSONL file. */
  requestName(index: number): string;
}

/**
 * For checks on a file's raw text rather than on a payload (a hard-coded API key
 * anywhere in a source or request file). Offsets are UTF-16 indices into `text`.
 */
export interface TextContext<MessageIds extends string> {
  text: string;
  filePath: string;
  options: unknown[];
  report(report: { messageId: MessageIds; start: number; end: number; data?: Record<string, string | number> }): void;
}

/**
 * What a batch rule keeps across the requests of one batch: it sees each request
 * once, in order, and reports what spans several at the end. Keep only what the
 * check needs (ids, counts, sizes), never the requests themselves.
 */
export interface BatchVisitor {
  /** Element `index` of `requests` (a JSONL file: its `index`-th batch line). */
  request?(item: unknown, index: number): void;
  /** After the last request: how many there were, and whether more may be added at run time (an open array). */
  end?(count: number, open: boolean): void;
}

export interface Rule<MessageIds extends string = string> {
  id: string;
  meta: RuleMeta<MessageIds>;
  checkRequest?(context: RequestContext<MessageIds>): void;
  checkBatch?(context: BatchContext<MessageIds>): BatchVisitor | void;
  checkText?(context: TextContext<MessageIds>): void;
}

/** Identity, for type inference of message ids. */
export function defineRule<MessageIds extends string>(rule: Rule<MessageIds>): Rule<MessageIds> {
  return rule;
}

export function renderMessage(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    data && Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}
