/**
 * Claude API calls in one Python file, each with its partial payload and a way
 * back from pointers to nodes.
 *
 * Which calls: `<client>.messages.create/stream/count_tokens/parse`,
 * `<client>.messages.batches.create`, `<client>.beta.messages.*` (`tool_runner`
 * too), through `.with_raw_response` / `.with_streaming_response`, where the
 * client is traced to the `anthropic` package (`Anthropic()`, `anthropic.AsyncAnthropic()`,
 * `AnthropicBedrock()`…, through names, `self.client = …` in the class, and helper
 * functions that return one); and `httpx`/`requests` POSTs to `/v1/messages` with
 * `json=`. A receiver traced elsewhere (a class of this file, another package:
 * Twilio, OpenAI, Slack) is never ours; one of unknown origin counts only in a
 * file that imports `anthropic` (or with `clients: 'any-shaped'`), and only when
 * the body looks like a Claude request.
 *
 * Keyword arguments are the body; `extra_headers`, `extra_query`, `timeout` are
 * request options, `extra_body` merges into the body, `betas` (beta methods) is a
 * header. Conditionals: as the JS source, one payload per branch of each condition.
 */
import type { Platform } from '../../engine/rule.js';
import type { ApiVersionOrUnknown, PayloadKind } from '../../engine/types.js';
import { API_VERSIONS, type ApiVersion } from '../../engine/api-versions.js';
import { isOpen, isUnknown, markOpen } from '../../engine/partial.js';
import { split } from '../../engine/pointer.js';
import { platformBody } from '../body-version.js';
import { LineIndex } from '../json/scanner.js';
import { Choices, Evaluator, Registry, type ContainerInfo, type EvalContext, type MemberInfo } from './evaluate.js';
import { Scopes, type Binding } from './scope.js';
import { argumentsOf, kids, member, parts, textOf, unwrap, type PyNode } from './syntax.js';
import { fingerprint, variantPlans } from '../shared/variants.js';
import { combineClients, OTHER_CLIENT, UNKNOWN_CLIENT, type ClientInfo } from '../shared/clients.js';
import { streamingOf, type StreamingByMethod } from '../shared/streaming.js';
import { baseUrlTarget, hostOf, isAnthropicHost } from '../shared/base-url.js';
import { claudeModelOnly, notClaudeModel } from '../shared/claude-request.js';


type Method = 'create' | 'stream' | 'parse' | 'count_tokens' | 'tool_runner' | 'batches.create';
const MESSAGE_METHODS = new Set(['create', 'stream', 'parse', 'count_tokens', 'tool_runner']);
/** Request options of every SDK method: not body fields. */
const REQUEST_OPTIONS = new Set(['extra_headers', 'extra_query', 'extra_body', 'timeout']);
/**
 * `tool_runner` settings that configure the runner and are not sent. A cited list,
 * not generated as the TypeScript SDK's are (src/sources/js/sdk-only-options.generated.ts):
 * the Python SDK cannot be installed here. Audited against anthropic-sdk-python
 * 0.121.0 (commit 009b0353, 2026-08-08) src/anthropic/resources/beta/messages/messages.py:
 * `tool_runner` is the only method whose keyword arguments go beyond `create`'s
 * (`compaction_control`, `max_iterations`) besides `output_format` below;
 * `parse`, `stream` and `count_tokens` (GA and beta) take `create`'s or fewer.
 * Held by test/sources/python/real-code.test.ts.
 */
const RUNNER_ONLY = new Set(['max_iterations', 'compaction_control']);
/**
 * Methods whose `output_format` (a Pydantic type or a JSON schema) the SDK turns
 * into `output_config.format` itself before sending (`transform_schema` adds what
 * the API requires): not a body field there. `create` has no such step.
 */
const SDK_OUTPUT_FORMAT = new Set<Method>(['stream', 'parse', 'count_tokens', 'tool_runner']);

/** The client classes of the `anthropic` package, by platform. */
const CLIENT_CLASSES: Record<string, Platform> = {
  Anthropic: 'anthropic',
  AsyncAnthropic: 'anthropic',
  Client: 'anthropic',
  AsyncClient: 'anthropic',
  AnthropicBedrock: 'bedrock',
  AsyncAnthropicBedrock: 'bedrock',
  // Bedrock's Messages endpoint (bedrock-mantle.<region>.api.aws/anthropic): a Bedrock body, so anthropic_beta belongs in it.
  AnthropicBedrockMantle: 'bedrock',
  AsyncAnthropicBedrockMantle: 'bedrock',
  AnthropicVertex: 'vertex',
  AsyncAnthropicVertex: 'vertex',
  AnthropicFoundry: 'foundry',
  AsyncAnthropicFoundry: 'foundry',
};

export interface PyCallSite {
  payload: unknown;
  kind: PayloadKind;
  endpoint: 'ga' | 'beta';
  platform: Platform;
  origin: 'sdk-call' | 'http-call';
  streaming: boolean | undefined;
  sdkTimeoutSet: boolean | undefined;
  apiVersion?: { value: ApiVersionOrUnknown; reason: string };
  call: PyNode;
  registry: Registry;
  /** The node written for a pointer (its key, or its value), else the nearest container that exists. */
  nodeFor(pointer: string, target: 'key' | 'value'): PyNode;
  /** For fixes: the member at `pointer` when written literally for this call only. */
  memberFor(pointer: string): MemberInfo | undefined;
  containerFor(pointer: string): ContainerInfo | undefined;
}

export interface ExtractOptions {
  clients?: 'anthropic-only' | 'any-shaped';
}

/** Cheap text test before parsing. */
export function mightContainCalls(text: string, clients: 'anthropic-only' | 'any-shaped' = 'anthropic-only'): boolean {
  if (text.includes('/v1/messages')) return true;
  if (!text.includes('messages')) return false;
  return clients === 'any-shaped' || text.includes('anthropic') || /\bAnthropic/.test(text);
}

const OTHER = OTHER_CLIENT;
const UNKNOWN = UNKNOWN_CLIENT;

function isAnthropicModule(module: string): boolean {
  return module === 'anthropic' || module.startsWith('anthropic.');
}

/** Names of functions that wrap a client for tracing and return it (langsmith, langfuse, braintrust, opik's track_anthropic…). */
const WRAPPER = /wrap|observe|instrument|trace|patch|track/i;

class Clients {
  private readonly cache = new Map<number, ClientInfo>();
  constructor(
    private readonly text: string,
    private readonly scopes: Scopes,
    private readonly evalContext: EvalContext,
  ) {}

  classify(node: PyNode, depth = 0): ClientInfo {
    if (depth > 12) return UNKNOWN;
    const n = unwrap(node);
    const cached = this.cache.get(n.from * 64 + n.name.length);
    if (cached) return cached;
    const result = this.classifyUncached(n, depth);
    this.cache.set(n.from * 64 + n.name.length, result);
    return result;
  }

  private classifyUncached(n: PyNode, depth: number): ClientInfo {
    const { text } = this;
    if (n.name === 'VariableName') {
      const found = this.scopes.lookup(textOf(text, n), n);
      if (!found) return UNKNOWN;
      return combine(found.bindings.map((b) => this.fromBinding(b, depth)));
    }
    if (n.name === 'CallExpression') return this.fromCall(n, depth);
    if (n.name === 'MemberExpression') {
      const m = member(n, text);
      if (!m) return UNKNOWN;
      const object = unwrap(m.object);
      if (object.name === 'VariableName' && (textOf(text, object) === 'self' || textOf(text, object) === 'cls')) return this.fromAttribute(n, m.name, depth);
      return UNKNOWN;
    }
    if (n.name === 'ConditionalExpression') {
      const [a, , b] = parts(n);
      return a && b ? combine([this.classify(a, depth + 1), this.classify(b, depth + 1)]) : UNKNOWN;
    }
    return UNKNOWN;
  }

  private fromBinding(b: Binding, depth: number): ClientInfo {
    switch (b.kind) {
      case 'value':
        return this.classify(b.node, depth + 1);
      case 'import':
        // This project's own module (`from .llm import client`) may hand out an anthropic client; another package's does not.
        return isAnthropicModule(b.module) || b.module.startsWith('.') ? UNKNOWN : OTHER;
      case 'class':
      case 'function':
        return OTHER;
      default:
        return UNKNOWN;
    }
  }

  /** `self.client`: every `self.client = …` in the class's methods, or the class attribute. */
  private fromAttribute(at: PyNode, name: string, depth: number): ClientInfo {
    let cls: PyNode | null = at.parent;
    while (cls && cls.name !== 'ClassDefinition') cls = cls.parent;
    if (!cls) return UNKNOWN;
    const values: PyNode[] = [];
    const visit = (n: PyNode, d: number): void => {
      if (d > 60) return;
      for (const c of kids(n)) {
        if (c.name === 'ClassDefinition') continue;
        if (c.name === 'AssignStatement') {
          const all = kids(c);
          const target = all[0];
          const value = all[all.length - 1];
          const m = target ? member(target, this.text) : undefined;
          if (m && m.name === name && value && all.length === 3) {
            const obj = unwrap(m.object);
            if (obj.name === 'VariableName' && (textOf(this.text, obj) === 'self' || textOf(this.text, obj) === 'cls')) values.push(value);
          } else if (target?.name === 'VariableName' && textOf(this.text, target) === name && value && c.parent?.parent?.name === 'ClassDefinition') {
            values.push(value);
          }
        }
        visit(c, d + 1);
      }
    };
    visit(cls, 0);
    if (values.length === 0) return UNKNOWN;
    return combine(values.map((v) => this.classify(v, depth + 1)));
  }

  /** A constructor call, a helper function's result, or a tracing wrapper around a client. */
  private fromCall(call: PyNode, depth: number): ClientInfo {
    const { text } = this;
    const callee = unwrap(call.firstChild!);
    const argList = kids(call).find((c) => c.name === 'ArgList');
    const cls = this.clientClass(callee);
    if (cls === 'other') return OTHER;
    if (cls) return this.constructed(cls, argList);
    if (callee.name === 'VariableName') {
      const found = this.scopes.lookup(textOf(text, callee), callee);
      if (found?.bindings.length === 1 && found.bindings[0]!.kind === 'function') return this.returnedBy(found.bindings[0]!.node, depth);
      if (found?.bindings.length === 1 && found.bindings[0]!.kind === 'class') return OTHER;
    }
    // `client.with_options(timeout=…)` is the same client with other options.
    const options = member(callee, text);
    if (options && (options.name === 'with_options' || options.name === 'copy')) {
      const base = this.classify(options.object, depth + 1);
      if (base.kind !== 'anthropic' || !argList) return base;
      const args = argumentsOf(argList, text);
      return { ...base, timeout: args.some((a) => a.kind === 'keyword' && a.name === 'timeout') ? true : args.some((a) => a.kind !== 'keyword') ? undefined : base.timeout };
    }
    const name = callee.name === 'VariableName' ? textOf(text, callee) : member(callee, text)?.name;
    if (name && argList) {
      const first = argumentsOf(argList, text)[0];
      if (first?.kind === 'positional') {
        const inner = this.classify(first.value, depth + 1);
        if (inner.kind === 'anthropic' && WRAPPER.test(name)) return inner;
        // `instructor.from_anthropic(client)`, `instructor.from_openai(OpenAI())`: another package's object built
        // around a client, whose messages.create has keywords of its own (response_model, max_retries) and rewrites the request.
        if (inner.kind !== 'unknown' && this.fromOtherPackage(callee)) return OTHER;
      }
    }
    return UNKNOWN;
  }

  /** The platform of an `anthropic` client class named by this callee, 'other' for another package's or this file's class. */
  private clientClass(callee: PyNode): Platform | 'other' | undefined {
    const { text } = this;
    if (callee.name === 'VariableName') {
      const name = textOf(text, callee);
      const found = this.scopes.lookup(name, callee);
      if (!found || found.bindings.length !== 1) return undefined;
      const b = found.bindings[0]!;
      if (b.kind === 'import' && b.name !== undefined) {
        if (!isAnthropicModule(b.module)) return /^[A-Z]/.test(b.name) ? 'other' : undefined;
        return Object.prototype.hasOwnProperty.call(CLIENT_CLASSES, b.name) ? CLIENT_CLASSES[b.name] : undefined;
      }
      if (b.kind === 'class') return this.subclassOf(b.node) ?? 'other';
      return undefined;
    }
    const m = member(callee, text);
    if (!m) return undefined;
    const object = unwrap(m.object);
    const root = object.name === 'VariableName' ? object : object.name === 'MemberExpression' ? rootName(object) : undefined;
    if (!root) return undefined;
    const b = this.scopes.single(textOf(text, root), root);
    if (b?.kind !== 'import' || b.name !== undefined) return undefined;
    if (!isAnthropicModule(b.module)) return /^[A-Z]/.test(m.name) ? 'other' : undefined;
    return Object.prototype.hasOwnProperty.call(CLIENT_CLASSES, m.name) ? CLIENT_CLASSES[m.name] : undefined;
  }

  /** A function imported from a package other than `anthropic` (not this project's own relative module). */
  private fromOtherPackage(callee: PyNode): boolean {
    const { text } = this;
    const m = callee.name === 'VariableName' ? undefined : member(callee, text);
    const root = callee.name === 'VariableName' ? callee : m ? unwrap(m.object) : undefined;
    const rootVariable = root?.name === 'VariableName' ? root : root?.name === 'MemberExpression' ? rootName(root) : undefined;
    if (!rootVariable) return false;
    const b = this.scopes.single(textOf(text, rootVariable), rootVariable);
    return b?.kind === 'import' && !isAnthropicModule(b.module) && !b.module.startsWith('.');
  }

  /** `class MyClient(Anthropic)`: a subclass of a client class is a client. */
  private subclassOf(classNode: PyNode): Platform | undefined {
    const bases = kids(classNode).find((c) => c.name === 'ArgList');
    if (!bases) return undefined;
    for (const a of argumentsOf(bases, this.text)) {
      if (a.kind !== 'positional') continue;
      const cls = this.clientClass(unwrap(a.value));
      if (cls && cls !== 'other') return cls;
    }
    return undefined;
  }

  private returnedBy(fn: PyNode, depth: number): ClientInfo {
    const results: ClientInfo[] = [];
    const body = kids(fn).find((c) => c.name === 'Body');
    const visit = (n: PyNode, d: number): void => {
      if (d > 60) return;
      for (const c of kids(n)) {
        if (c.name === 'FunctionDefinition' || c.name === 'ClassDefinition' || c.name === 'LambdaExpression') continue;
        if (c.name === 'ReturnStatement') {
          const value = parts(c)[0];
          results.push(value ? this.classify(value, depth + 1) : OTHER);
          continue;
        }
        visit(c, d + 1);
      }
    };
    if (body) visit(body, 0);
    return results.length ? combine(results) : UNKNOWN;
  }

  private constructed(platform: Platform, argList: PyNode | undefined): ClientInfo {
    const info: Extract<ClientInfo, { kind: 'anthropic' }> = { kind: 'anthropic', platform, timeout: false, beta: false };
    if (!argList) return info;
    const args = argumentsOf(argList, this.text);
    if (args.some((a) => a.kind !== 'keyword')) {
      // `Anthropic(**config)`: options not known (the base URL among them).
      info.timeout = undefined;
      if (platform === 'anthropic') info.baseUrl = 'unknown';
      if (/anthropic-version|default_headers/i.test(textOf(this.text, argList))) info.apiVersion = { value: 'unknown', reason: "the client's default_headers are not known statically" };
    }
    const evaluator = new Evaluator(this.evalContext, new Registry(), undefined);
    for (const a of args) {
      if (a.kind !== 'keyword') continue;
      if (a.name === 'timeout') info.timeout = true;
      else if (a.name === 'default_headers') {
        const headers = evaluator.value(a.value, false);
        const line = lineOf(this.text, a.from);
        const version = headerValue(headers, 'anthropic-version');
        if (version.state === 'value') info.apiVersion = apiVersionOf(version.value, `in the client's default_headers (line ${line})`) ?? info.apiVersion;
        else if (version.state === 'unknown') info.apiVersion = { value: 'unknown', reason: `the anthropic-version header in the client's default_headers (line ${line}) is not known statically` };
        if (headerValue(headers, 'anthropic-beta').state !== 'absent') info.beta = true;
      } else if (a.name === 'base_url') {
        const target = platform === 'anthropic' ? baseUrlTarget(evaluator.value(a.value, false)) : 'anthropic';
        if (target !== 'anthropic') info.baseUrl = target;
      }
    }
    return info;
  }
}

function rootName(n: PyNode): PyNode | undefined {
  let e = n;
  for (let i = 0; i < 20 && e.name === 'MemberExpression'; i++) e = unwrap(e.firstChild!);
  return e.name === 'VariableName' ? e : undefined;
}

const combine = combineClients;

let lines: { text: string; index: LineIndex } | undefined;

/** The 1-based line of an offset (one index per file text, for the messages that name a line). */
function lineOf(text: string, offset: number): number {
  if (lines?.text !== text) lines = { text, index: new LineIndex(text) };
  return lines.index.position(offset).line;
}

/** A header in a known dict, case-insensitively. */
function headerValue(headers: unknown, name: string): { state: 'value'; value: unknown } | { state: 'unknown' } | { state: 'absent' } {
  if (headers === undefined || headers === null) return { state: 'absent' };
  if (typeof headers !== 'object' || isUnknown(headers) || Array.isArray(headers)) return { state: 'unknown' };
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return isUnknown(v) ? { state: 'unknown' } : { state: 'value', value: v };
  return isOpen(headers) ? { state: 'unknown' } : { state: 'absent' };
}

function apiVersionOf(value: unknown, where: string): { value: ApiVersion; reason: string } | undefined {
  if (typeof value === 'string' && (API_VERSIONS as readonly string[]).includes(value)) return { value: value as ApiVersion, reason: `the anthropic-version: ${value} header ${where}` };
  return undefined;
}

interface Shape {
  method: Method;
  beta: boolean;
  client: PyNode;
}

/** `<client>[.beta].messages[.batches][.with_raw_response].<method>`, also through `m = client.messages`. */
function sdkShape(call: PyNode, text: string, scopes: Scopes): Shape | undefined {
  const callee = unwrap(call.firstChild!);
  const last = member(callee, text);
  if (!last || !MESSAGE_METHODS.has(last.name)) return undefined;
  const names: string[] = [];
  const objects: PyNode[] = [];
  let e = unwrap(last.object);
  for (let hops = 0; hops < 8; hops++) {
    let m = member(e, text);
    while (m) {
      names.unshift(m.name);
      objects.unshift(unwrap(m.object));
      e = unwrap(m.object);
      m = member(e, text);
    }
    if (names.includes('messages') || e.name !== 'VariableName') break;
    // `m = client.beta.messages`
    const b = scopes.single(textOf(text, e), e);
    if (b?.kind !== 'value' || unwrap(b.node).name !== 'MemberExpression') break;
    e = unwrap(b.node);
  }
  const kept = names.map((n, i) => ({ n, o: objects[i]! })).filter((s) => s.n !== 'with_raw_response' && s.n !== 'with_streaming_response');
  let i = kept.length - 1;
  let method = last.name as Method;
  if (kept[i]?.n === 'batches') {
    if (method !== 'create') return undefined;
    method = 'batches.create';
    i--;
  }
  if (kept[i]?.n !== 'messages') return undefined;
  let clientNode = kept[i]!.o;
  i--;
  let beta = false;
  if (kept[i]?.n === 'beta') {
    beta = true;
    clientNode = kept[i]!.o;
  }
  if (method === 'tool_runner' && !beta) return undefined;
  return { method, beta, client: clientNode };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}

/** A receiver of unknown origin: does the body look like a Claude request (and not a Twilio/Slack message)? */
function looksLikeClaudeRequest(payload: unknown, kind: PayloadKind): boolean {
  if (!isPlainRecord(payload)) return false;
  const has = (k: string) => Object.prototype.hasOwnProperty.call(payload, k);
  if (['from_', 'to', 'body', 'channel', 'thread_id', 'role', 'content', 'text', 'subject', 'data'].some(has)) return false;
  if (kind === 'batch') return has('requests');
  return has('messages') || (has('model') && has('max_tokens'));
}

/** What the method says of streaming (the SDK's `parse` and `count_tokens` never stream; `.stream()` does). */
function streamingByMethod(method: Method | 'http'): StreamingByMethod {
  if (method === 'stream') return 'streams';
  if (method === 'count_tokens' || method === 'batches.create' || method === 'parse') return 'never';
  return 'body';
}

interface Evaluated {
  payload: unknown;
  registry: Registry;
}

/** The payload once per branch of each condition (shared/variants.ts plans them, as for JS). */
function variants(build: (evaluator: Evaluator) => unknown, ctx: EvalContext): Evaluated[] {
  const run = (assignment?: Map<string, boolean>) => {
    const registry = new Registry();
    const choices = new Choices(assignment);
    const payload = build(new Evaluator(ctx, registry, choices));
    return { located: { payload, registry }, choices };
  };
  const first = run();
  if (first.choices.seen.length === 0) return [first.located];
  const out: Evaluated[] = [];
  for (const plan of variantPlans(first.choices.seen)) out.push(run(plan).located);
  const seen = new Set<string>();
  return out.filter((l) => {
    const key = fingerprint(l.payload);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function makeSite(base: Omit<PyCallSite, 'payload' | 'registry' | 'streaming' | 'nodeFor' | 'memberFor' | 'containerFor'>, e: Evaluated, root: PyNode, method: Method | 'http'): PyCallSite {
  const { payload, registry } = e;
  const walkTo = (pointer: string) => {
    let tokens: string[];
    try {
      tokens = split(pointer);
    } catch {
      tokens = [];
    }
    let value: unknown = payload;
    let node: PyNode = root;
    let fixable = true;
    for (let i = 0; i < tokens.length; i++) {
      const info = registry.get(value);
      if (!info) return { node, member: undefined, container: undefined, value: undefined, complete: false, fixable: false };
      const m = info.members.get(tokens[i]!);
      if (!m) return { node: info.node, member: undefined, container: info, value: undefined, complete: false, fixable: false };
      fixable = fixable && info.fixable && m.fixable;
      const next = Object.prototype.hasOwnProperty.call(value, tokens[i]!) ? (value as Record<string, unknown>)[tokens[i]!] : undefined;
      if (i === tokens.length - 1) return { node: m.valueNode, member: m, container: info, value: next, complete: true, fixable };
      node = m.valueNode;
      value = next;
    }
    return { node, member: undefined, container: undefined, value, complete: true, fixable };
  };
  return {
    ...base,
    payload,
    registry,
    streaming: streamingOf(payload, streamingByMethod(method)),
    nodeFor(pointer, target) {
      const r = walkTo(pointer);
      if (r.complete && r.member && target === 'key' && r.member.keyNode) return r.member.keyNode;
      return r.node;
    },
    memberFor(pointer) {
      const r = walkTo(pointer);
      if (!r.complete || !r.member || !r.fixable || isUnknown(r.value)) return undefined;
      return r.member;
    },
    containerFor(pointer) {
      const r = walkTo(pointer);
      if (!r.complete || !r.fixable) return undefined;
      const info = registry.get(r.value);
      return info?.fixable ? info : undefined;
    },
  };
}

/** Is this callee one of the SDK's TypedDicts (`MessageParam`, `anthropic.types.TextBlockParam`, `Request`)? */
function sdkTypedDict(text: string, scopes: Scopes) {
  const typed = (name: string) => /^[A-Z]\w*(Param|Params|ParamsNonStreaming|ParamsStreaming)$/.test(name) || name === 'Request';
  return (callee: PyNode): boolean => {
    const n = unwrap(callee);
    if (n.name === 'VariableName') {
      const name = textOf(text, n);
      const b = scopes.single(name, n);
      return b?.kind === 'import' && isAnthropicModule(b.module) && b.name !== undefined && typed(b.name);
    }
    const m = member(n, text);
    if (!m || !typed(m.name)) return false;
    const root = rootName(n);
    const b = root ? scopes.single(textOf(text, root), root) : undefined;
    return b?.kind === 'import' && isAnthropicModule(b.module);
  };
}

function importsAnthropic(root: PyNode, text: string): boolean {
  for (const stmt of kids(root)) {
    if (stmt.name !== 'ImportStatement') continue;
    const names = kids(stmt);
    const idx = names.findIndex((c) => c.name === 'from' || c.name === 'import');
    const first = names[idx + 1];
    if (first && textOf(text, first) === 'anthropic') return true;
    if (names[0]?.name === 'import' && names.some((c) => c.name === 'VariableName' && textOf(text, c) === 'anthropic')) return true;
  }
  // [ \t]*, not \s*: with the m flag, \s* from every line start across blank lines is quadratic.
  return /^[ \t]*(from|import)[ \t]+anthropic\b/m.test(text);
}

export function extractCallSites(root: PyNode, text: string, options: ExtractOptions = {}): PyCallSite[] {
  const mode = options.clients ?? 'anthropic-only';
  const calls: PyNode[] = [];
  const cursor = root.cursor();
  // Only calls that could be ours: `.create(`, `.stream(`, `.post(`…
  do {
    if (cursor.name !== 'CallExpression') continue;
    const node = cursor.node;
    const callee = node.firstChild;
    if (!callee || callee.name !== 'MemberExpression') continue;
    const last = callee.lastChild;
    if (!last || last.name !== 'PropertyName') continue;
    const name = textOf(text, last);
    if (MESSAGE_METHODS.has(name) || name === 'post' || name === 'request') calls.push(node);
  } while (cursor.next());
  if (calls.length === 0) return [];
  const scopes = new Scopes(text, root);
  const ctx: EvalContext = { text, scopes, isSdkTypedDict: sdkTypedDict(text, scopes) };
  const clients = new Clients(text, scopes, ctx);
  const fileImports = importsAnthropic(root, text);
  const sites: PyCallSite[] = [];
  for (const call of calls) {
    const shape = sdkShape(call, text, scopes);
    if (shape) {
      sites.push(...sdkSites(call, shape, clients, ctx, mode, fileImports));
      continue;
    }
    sites.push(...httpSites(call, ctx));
  }
  return sites;
}

function sdkSites(call: PyNode, shape: Shape, clients: Clients, ctx: EvalContext, mode: 'anthropic-only' | 'any-shaped', fileImports: boolean): PyCallSite[] {
  const { text } = ctx;
  const argList = kids(call).find((c) => c.name === 'ArgList');
  if (!argList) return [];
  const args = argumentsOf(argList, text);
  // The SDK's methods take keyword arguments only.
  if (args.some((a) => a.kind === 'positional' || a.kind === 'star')) return [];
  const client = clients.classify(shape.client);
  if (client.kind === 'other') return [];
  if (client.kind === 'unknown' && mode === 'anthropic-only' && !fileImports) return [];
  const kind: PayloadKind = shape.method === 'count_tokens' ? 'count-tokens' : shape.method === 'batches.create' ? 'batch' : 'messages';
  // With output_config.format as well, the SDK raises instead of converting: the body keeps both, for sdk-output-format-conflict.
  const outputConfig = args.find((a) => a.kind === 'keyword' && a.name === 'output_config');
  const bothFormats = outputConfig !== undefined && /["']format["']\s*:|\bformat=/.test(textOf(text, outputConfig.value));
  const skip = (name: string) =>
    REQUEST_OPTIONS.has(name) || (shape.beta && name === 'betas') || (shape.method === 'tool_runner' && RUNNER_ONLY.has(name)) || (name === 'output_format' && SDK_OUTPUT_FORMAT.has(shape.method) && !bothFormats);
  const extraBody = args.find((a) => a.kind === 'keyword' && a.name === 'extra_body');
  let located = variants((evaluator) => {
    const body = evaluator.keywords(argList, true, 0, skip);
    if (extraBody) mergeExtraBody(body, extraBody.value, evaluator);
    return body;
  }, ctx);
  if (client.kind === 'unknown') {
    if (!located.some((l) => looksLikeClaudeRequest(l.payload, kind))) return [];
    located = located.filter((l) => !notClaudeModel(l.payload, kind));
  }
  if (client.kind === 'anthropic' && client.baseUrl === 'other') located = located.filter((l) => claudeModelOnly(l.payload, kind));
  if (client.kind === 'anthropic' && client.baseUrl === 'unknown') located = located.filter((l) => !notClaudeModel(l.payload, kind));
  if (located.length === 0) return [];

  // Request options on the call.
  const line = lineOf(text, call.from);
  let callTimeout: boolean | undefined = false;
  let callVersion: { value: ApiVersionOrUnknown; reason: string } | undefined;
  let callBeta = false;
  const optionsEvaluator = new Evaluator(ctx, new Registry(), undefined);
  for (const a of args) {
    if (a.kind === 'spread') {
      callTimeout = undefined;
      continue;
    }
    if (a.kind !== 'keyword') continue;
    if (a.name === 'timeout') callTimeout = true;
    if (a.name === 'extra_headers') {
      const headers = optionsEvaluator.value(a.value, false);
      const version = headerValue(headers, 'anthropic-version');
      if (version.state === 'value') callVersion = apiVersionOf(version.value, `on this call (line ${line})`);
      else if (version.state === 'unknown') callVersion = { value: 'unknown', reason: `the anthropic-version header of extra_headers on this call (line ${line}) is not known statically` };
      if (headerValue(headers, 'anthropic-beta').state !== 'absent') callBeta = true;
    }
  }
  const known = client.kind === 'anthropic' ? client : undefined;
  const sdkTimeoutSet = callTimeout === true || known?.timeout === true ? true : callTimeout === false && known?.timeout === false ? false : undefined;
  const apiVersion = callVersion ?? known?.apiVersion;
  const platform: Platform = known ? (known.baseUrl === 'other' ? 'gateway' : known.platform) : 'unknown';
  return located.map((l) => {
    // A Bedrock or Vertex body's anthropic_version and anthropic_beta (the SDKs keep them) win over the client's.
    const body = platformBody(platform, l.payload);
    const version = body.apiVersion ?? apiVersion;
    return makeSite(
      {
        kind,
        endpoint: shape.beta || callBeta || known?.beta || body.beta ? 'beta' : 'ga',
        platform,
        origin: 'sdk-call',
        sdkTimeoutSet,
        ...(version ? { apiVersion: version } : {}),
        call,
      },
      l,
      argList,
      shape.method,
    );
  });
}

function mergeExtraBody(body: Record<string, unknown>, node: PyNode, evaluator: Evaluator): void {
  const extra = evaluator.value(node, true);
  const target = evaluator.registry.get(body);
  if (!isPlainRecord(extra)) {
    markOpen(body);
    return;
  }
  const from = evaluator.registry.get(extra);
  for (const [k, v] of Object.entries(extra)) {
    Object.defineProperty(body, k, { value: v, enumerable: true, writable: true, configurable: true });
    const m = from?.members.get(k);
    if (target && m) target.members.set(k, { ...m, fixable: false });
  }
  if (isOpen(extra) && !isOpen(body)) markOpen(body);
}

/** `httpx.post(url, json=body, headers=…)`, `requests.post(…)`, `client.post(…)` on an httpx/requests client, to `/v1/messages`. */
function httpSites(call: PyNode, ctx: EvalContext): PyCallSite[] {
  const { text, scopes } = ctx;
  const callee = unwrap(call.firstChild!);
  const m = member(callee, text);
  if (!m || (m.name !== 'post' && m.name !== 'request')) return [];
  const argList = kids(call).find((c) => c.name === 'ArgList');
  if (!argList) return [];
  const args = argumentsOf(argList, text);
  const evaluator = new Evaluator(ctx, new Registry(), undefined);
  const positional = args.filter((a) => a.kind === 'positional');
  let urlNode: PyNode | undefined;
  if (m.name === 'request') {
    const method = positional[0] ? evaluator.value(positional[0].value, false) : undefined;
    if (typeof method !== 'string' || method.toUpperCase() !== 'POST') return [];
    urlNode = positional[1]?.value;
  } else {
    urlNode = positional[0]?.value;
  }
  const urlArg = args.find((a) => a.kind === 'keyword' && a.name === 'url');
  urlNode ??= urlArg?.value;
  if (!urlNode) return [];
  const url = evaluator.value(urlNode, false);
  if (typeof url !== 'string') return [];
  const u = /^(?:https?:\/\/([^/?#]+))?[^?#]*\/v1\/messages(\/count_tokens|\/batches)?\/?(\?[^#]*)?$/.exec(url);
  if (!u) return [];
  // The receiver: the httpx/requests module, or a client of theirs.
  const object = unwrap(m.object);
  const root = object.name === 'VariableName' ? object : rootName(object);
  if (root) {
    const b = scopes.single(textOf(text, root), root);
    if (b?.kind === 'import' && !/^(httpx|requests|aiohttp|urllib3)(\.|$)/.test(b.module)) return [];
  }
  const host = hostOf(url);
  const platform: Platform = host === undefined || isAnthropicHost(host) ? 'anthropic' : 'gateway';
  const kind: PayloadKind = u[2] === '/count_tokens' ? 'count-tokens' : u[2] === '/batches' ? 'batch' : 'messages';
  const jsonArg = args.find((a) => a.kind === 'keyword' && a.name === 'json');
  if (!jsonArg || jsonArg.kind !== 'keyword') return [];
  let located = variants((e) => e.value(jsonArg.value, true), ctx);
  if (platform === 'gateway') located = located.filter((l) => claudeModelOnly(l.payload, kind));
  const headersArg = args.find((a) => a.kind === 'keyword' && a.name === 'headers');
  const headers = headersArg && headersArg.kind === 'keyword' ? evaluator.value(headersArg.value, false) : undefined;
  const version = headerValue(headers, 'anthropic-version');
  const line = lineOf(text, call.from);
  const apiVersion =
    version.state === 'value' ? apiVersionOf(version.value, `on this request (line ${line})`) : version.state === 'unknown' ? { value: 'unknown' as const, reason: `the anthropic-version header on this request (line ${line}) is not known statically` } : undefined;
  const beta = /[?&]beta=true/.test(u[3] ?? '') || headerValue(headers, 'anthropic-beta').state !== 'absent';
  return located.map((l) =>
    makeSite({ kind, endpoint: beta ? 'beta' : 'ga', platform, origin: 'http-call', sdkTimeoutSet: undefined, ...(apiVersion ? { apiVersion } : {}), call }, l, jsonArg.value, 'http'),
  );
}
