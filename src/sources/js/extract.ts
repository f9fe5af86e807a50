/**
 * Claude API call sites in one JS/TS file, each with its partial payload and a
 * map from pointers in it back to AST nodes. Used by the ESLint plugin (once per
 * Program) and by `jsSource` for the CLI.
 *
 * Which calls (issue 3 §1): see clients.ts for SDK receivers and http.ts for raw
 * HTTP. How payloads are built (§2): evaluate.ts.
 *
 * Conditionals: when `cond ? a : b` (or `...(cond && {…})`) has both sides known
 * and different, the argument is evaluated once per branch of each condition,
 * with every other condition undecided (Unknown, or for a spread the members both
 * branches agree on), and each is a CallSite of its own for the same call node
 * (at most MAX_VARIANTS, src/sources/shared/variants.ts; conditions with the same source text take the same
 * branch). Branches of different conditions are never combined: the program may
 * never build that combination. Front ends deduplicate the findings of one call.
 */
import type { ParserServices, TSESTree } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';
import type { Platform } from '../../engine/rule.js';
import type { ApiVersion, ApiVersionOrUnknown, PayloadKind } from '../../engine/types.js';
import { isOpen, isUnknown } from '../../engine/partial.js';
import { split } from '../../engine/pointer.js';
import { memberName, requireSpecifier, unwrap, walk, type Node } from './ast.js';
import { platformBody } from '../body-version.js';
import { Bindings, type ScopeManager } from './bindings.js';
import { anthropicPackagePlatform, Clients, type ClientInfo } from './clients.js';
import { apiVersionOf, headerValue, unknownVersion, writesHeaders } from './request-options.js';
import { Evaluator } from './evaluate.js';
import { Choices, Registry, type FileFacts } from './bookkeeping.js';
import { httpCall } from './http.js';
import { SDK_ONLY_OPTIONS } from './sdk-only-options.generated.js';
import { TypeInfo } from './type-info.js';
import { claudeModelOnly, looksLikeClaudeRequest, notClaudeModel } from '../shared/claude-request.js';
import { streamingOf } from '../shared/streaming.js';
import { fingerprint, memberPlans, variantPlans } from '../shared/variants.js';
import { requireWithCompileCache } from './compile-cache.js';

export type { ScopeManager } from './bindings.js';

export interface CallSite {
  /** Partial payload: Unknown values / open objects from src/engine/partial.ts. */
  payload: unknown;
  kind: PayloadKind;
  /**
   * client.messages.* → 'ga', client.beta.messages.* → 'beta', and 'beta' with an anthropic-beta header in the request
   * options or the client's defaultHeaders (or headers not known statically); raw HTTP: 'beta' with ?beta=true or an
   * anthropic-beta header (or headers not known statically).
   */
  endpoint: 'ga' | 'beta';
  platform: Platform;
  origin: 'sdk-call' | 'http-call';
  /** .stream() / stream: true → true; known not to stream → false; unknown → undefined. */
  streaming: boolean | undefined;
  /** A timeout in the call's options or the client's constructor options (false when both are known and absent). */
  sdkTimeoutSet: boolean | undefined;
  /** Per-call `anthropic-version` header, else the client's defaultHeaders; raw HTTP: its header. */
  apiVersion?: { value: ApiVersionOrUnknown; reason: string };
  /**
   * With type information, values typed as a union of literals (`model: 'claude-a' | 'claude-b'`):
   * `payload` holds the first member of each, these the other combinations. A finding stands only
   * when every one of them has it (the code may send any member, and no other).
   */
  alternatives?: unknown[];
  call: TSESTree.CallExpression;
  /**
   * Node for a pointer into the payload: for target 'key' the Property's key when
   * it exists, else the value node; falls back to the nearest ancestor that
   * exists in the source (the object literal a missing member would go into, the
   * spread or identifier that made a value unknown). Never undefined.
   */
  nodeFor(pointer: string, target: 'key' | 'value'): TSESTree.Node;
  /** For fixes: the Property holding the member at `pointer`, when written literally for this call only. */
  propertyFor(pointer: string): TSESTree.Property | undefined;
  /** For fixes: the ObjectExpression/ArrayExpression written literally for the container at `pointer`, if any. */
  containerFor(pointer: string): TSESTree.ObjectExpression | TSESTree.ArrayExpression | undefined;
}

export interface ExtractOptions {
  /** Default 'anthropic-only': a receiver of unknown origin counts only in a file that imports an Anthropic SDK. */
  clients?: 'anthropic-only' | 'any-shaped';
  /** ESLint's sourceCode.scopeManager; analysed here when absent. */
  scopeManager?: ScopeManager;
  /** With a TypeScript program: clients recognised by type, unknowns narrowed to single literal types. */
  parserServices?: ParserServices;
}

type Method = 'create' | 'stream' | 'parse' | 'countTokens' | 'toolRunner' | 'batches.create';

interface SdkShape {
  method: Method;
  beta: boolean;
  /** The expression before `.messages` / `.beta`: the client. */
  client: Node;
}

const MESSAGE_METHODS = new Set(['create', 'stream', 'parse', 'countTokens', 'toolRunner']);

/**
 * SDK-only options of earlier SDK releases, gone from the pinned one, so the
 * types cannot give them (SDK_ONLY_OPTIONS is generated from the pin): a project
 * still on such a release has the SDK read them itself, so they are never body
 * fields. Each with the release that removed it:
 * - beta `toolRunner` `compactionControl`: the runner's client-side compaction
 *   (0.x, e.g. 0.120.0 lib/tools/BetaToolRunner.ts and examples/autoCompaction.ts),
 *   removed in 0.129.0 (2026-09-28, CHANGELOG.md "remove client-side compaction control").
 */
export const EARLIER_SDK_ONLY_OPTIONS: Readonly<Record<'ga' | 'beta', Readonly<Record<string, readonly string[]>>>> = {
  ga: {},
  beta: { toolRunner: ['compactionControl'] },
};

/** The keys of a method's params that the SDK reads itself and never sends: the pinned SDK's, then earlier releases'. */
export function sdkOnlyOptions(endpoint: 'ga' | 'beta', method: Method): readonly string[] {
  return [...(SDK_ONLY_OPTIONS[endpoint][method] ?? []), ...(EARLIER_SDK_ONLY_OPTIONS[endpoint][method] ?? [])];
}

export { mightContainCalls } from './prefilter.js';

/**
 * `<client>.messages.create`, `<client>.beta.messages.stream`,
 * `<client>.messages.batches.create`, also through aliases
 * (`const { messages } = client`, `const m = client.beta.messages`).
 */
function sdkShape(call: TSESTree.CallExpression, bindings: Bindings): SdkShape | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression') return undefined;
  const method = memberName(callee);
  if (method === undefined || !MESSAGE_METHODS.has(method)) return undefined;
  // Segments before the method, innermost last: [..., 'beta', 'messages', ('batches')].
  const segments: { name: string; object: Node }[] = [];
  let e: Node = unwrap(callee.object);
  for (let hops = 0; hops < 6; hops++) {
    while (e.type === 'MemberExpression') {
      const name = memberName(e);
      if (name === undefined) break;
      segments.unshift({ name, object: unwrap(e.object) });
      e = unwrap(e.object);
    }
    if (segments.some((s) => s.name === 'messages') || e.type !== 'Identifier') break;
    // An alias of a resource: `const m = client.beta.messages`, `const { messages } = client`.
    const variable = bindings.variableOf(e);
    const binding = variable ? bindings.constBinding(variable) : undefined;
    if (!binding) break;
    const init = unwrap(binding.init);
    const step = binding.path[0];
    if (binding.path.length === 0 && init.type === 'MemberExpression') {
      e = init;
    } else if (binding.path.length === 1 && step && 'key' in step) {
      segments.unshift({ name: step.key, object: init });
      e = init;
    } else {
      break;
    }
  }
  const names = segments.map((s) => s.name);
  let i = names.length - 1;
  let m: Method = method as Method;
  if (names[i] === 'batches') {
    if (method !== 'create') return undefined;
    m = 'batches.create';
    i--;
  }
  if (names[i] !== 'messages') return undefined;
  i--;
  let beta = false;
  if (names[i] === 'beta') {
    beta = true;
    i--;
  }
  if (m === 'toolRunner' && !beta) return undefined;
  // The client: everything before `beta`/`messages`.
  const first = segments[i + 1]!;
  return { method: m, beta, client: first.object };
}

function fileImportsAnthropic(program: TSESTree.Program, requires: Node[]): boolean {
  for (const stmt of program.body) {
    if ((stmt.type === 'ImportDeclaration' || stmt.type === 'ExportAllDeclaration' || stmt.type === 'ExportNamedDeclaration') && stmt.source && anthropicPackagePlatform(String(stmt.source.value))) return true;
    if (stmt.type === 'TSImportEqualsDeclaration' && stmt.moduleReference.type === 'TSExternalModuleReference' && stmt.moduleReference.expression.type === 'Literal' && anthropicPackagePlatform(String(stmt.moduleReference.expression.value))) return true;
  }
  return requires.some((r) => {
    const spec = requireSpecifier(r);
    return spec !== undefined && anthropicPackagePlatform(spec) !== undefined;
  });
}


interface Located {
  payload: unknown;
  registry: Registry;
  root: Node;
  /** The same payload with the other members of its literal-union values (see `alternatives` on CallSite). */
  alternatives?: unknown[];
}

function makeSite(
  base: Omit<CallSite, 'payload' | 'streaming' | 'nodeFor' | 'propertyFor' | 'containerFor'>,
  located: Located,
  method: Method | 'http',
): CallSite {
  const { payload, registry, root, alternatives } = located;
  /** Walks the pointer; returns the deepest member reached and whether it is the last token. */
  const walkTo = (pointer: string) => {
    let tokens: string[];
    try {
      tokens = split(pointer);
    } catch {
      tokens = [];
    }
    let value: unknown = payload;
    let node: Node = root;
    for (let i = 0; i < tokens.length; i++) {
      const info = registry.get(value);
      if (!info) return { node, member: undefined, container: undefined, value: undefined, complete: false };
      const member = info.members.get(tokens[i]!);
      if (!member) return { node: info.literal as Node, member: undefined, container: info, value: undefined, complete: false };
      const next = Object.prototype.hasOwnProperty.call(value, tokens[i]!) ? (value as Record<string, unknown>)[tokens[i]!] : undefined;
      if (i === tokens.length - 1) return { node: member.valueNode, member, container: info, value: next, complete: true };
      node = member.valueNode;
      value = next;
    }
    return { node, member: undefined, container: undefined, value, complete: true };
  };
  const site: CallSite = {
    ...base,
    payload,
    ...(alternatives?.length ? { alternatives } : {}),
    streaming: streamingOf(payload, method === 'stream' ? 'streams' : method === 'countTokens' || method === 'batches.create' || method === 'parse' ? 'never' : 'body'),
    nodeFor(pointer, target) {
      const r = walkTo(pointer);
      if (r.complete && r.member && target === 'key' && r.member.keyNode) return r.member.keyNode as TSESTree.Node;
      return (r.complete ? branchHolding(r.node, r.value) : r.node) as TSESTree.Node;
    },
    propertyFor(pointer) {
      const r = walkTo(pointer);
      if (!r.complete || !r.member || !r.member.fixable || !r.member.property || !r.container?.fixable) return undefined;
      if (isUnknown(r.value)) return undefined;
      return r.member.property;
    },
    containerFor(pointer) {
      const r = walkTo(pointer);
      if (!r.complete) return undefined;
      const info = registry.get(r.value);
      return info?.fixable ? info.literal : undefined;
    },
  };
  return site;
}

/** In `cond ? 'a' : 'b'` or `x || 'a'` (nested too), the literal that gives this value, when exactly one does: a finding points at it. */
function branchHolding(node: Node, value: unknown): Node {
  const n = unwrap(node);
  if ((n.type !== 'ConditionalExpression' && n.type !== 'LogicalExpression') || (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean')) return node;
  const sides = (u: Node): Node[] => (u.type === 'ConditionalExpression' ? [u.consequent, u.alternate] : u.type === 'LogicalExpression' ? [u.left, u.right] : []);
  const holds = (b: Node): boolean => {
    const u = unwrap(b);
    return (u.type === 'Literal' && u.value === value) || sides(u).some(holds);
  };
  const matching = sides(n).filter(holds);
  return matching.length === 1 ? branchHolding(matching[0]!, value) : node;
}

/** Does the file spell the `anthropic-version` header anywhere (a key, a string, a template)? */
function writesVersionHeader(program: Node): boolean {
  let found = false;
  walk(program, (n) => {
    if (found) return;
    if (n.type === 'Literal' && typeof n.value === 'string') found = n.value.toLowerCase() === 'anthropic-version';
    else if (n.type === 'TemplateElement') found = n.value.cooked?.toLowerCase() === 'anthropic-version';
  });
  return found;
}

/** Evaluate a payload node once per combination of its conditions. */
function variants(node: Node, facts: FileFacts, strip?: (payload: unknown) => void): Located[] {
  const out: Located[] = [];
  const evaluate = (assignment?: Map<string, boolean>, members?: Map<string, string | number>): { located: Located; choices: Choices } => {
    const registry = new Registry();
    const choices = new Choices(assignment, members);
    const payload = new Evaluator(facts, registry, choices).evaluate(node, true);
    strip?.(payload);
    return { located: { payload, registry, root: node }, choices };
  };
  // First with every condition and union undecided: which are there?
  const first = evaluate();
  const unionPlans = memberPlans(first.choices.unions);
  const run = (assignment?: Map<string, boolean>): void => {
    if (!unionPlans) {
      out.push(evaluate(assignment).located);
      return;
    }
    const [head, ...rest] = unionPlans.map((members) => evaluate(assignment, members).located);
    out.push({ ...head!, alternatives: rest.map((l) => l.payload) });
  };
  const conditions = first.choices.seen;
  if (conditions.length === 0) {
    if (!unionPlans) return [first.located];
    run();
    return out;
  }
  for (const plan of variantPlans(conditions)) run(plan);
  // Conditions that only change discarded values give identical payloads.
  const seen = new Set<string>();
  return out.filter((l) => {
    const key = fingerprint(l.payload);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Analyze = (program: TSESTree.Program, options: Record<string, unknown>) => ScopeManager;
let analyze: Analyze | undefined;

/** scope-manager, loaded once, with the compile cache of the parser's modules (compile-cache.ts). */
function loadAnalyze(): Analyze {
  if (analyze) return analyze;
  const require = createRequire(import.meta.url);
  return (analyze = requireWithCompileCache<{ analyze: Analyze }>(require, '@typescript-eslint/scope-manager').analyze);
}

export function extractCallSites(program: TSESTree.Program, options: ExtractOptions = {}): CallSite[] {
  const clientsMode = options.clients ?? 'anthropic-only';
  const calls: TSESTree.CallExpression[] = [];
  const requires: Node[] = [];
  walk(program as Node, (node) => {
    if (node.type === 'CallExpression') {
      calls.push(node);
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') requires.push(node);
    } else if (node.type === 'ImportExpression') {
      requires.push(node);
    }
  });
  if (calls.length === 0) return [];

  // Only the calls that could be ours need scope analysis.
  const candidates = calls.filter((call) => {
    const callee = unwrap(call.callee);
    if (callee.type === 'Identifier') return callee.name === 'fetch' || callee.name === 'axios' || /^(got|ky)$/i.test(callee.name);
    if (callee.type !== 'MemberExpression') return false;
    const name = memberName(callee);
    return name !== undefined && (MESSAGE_METHODS.has(name) || name === 'post' || name === 'fetch' || name === 'request');
  });
  if (candidates.length === 0) return [];

  // No lib globals: a name no declaration in the file binds is a global either way (Bindings.variableOf), and
  // declaring every lib's globals was a third of the analysis.
  const scopeManager = options.scopeManager ?? loadAnalyze()(program, { sourceType: program.sourceType ?? 'module', jsxPragma: null, lib: [] });
  let versionHeader: boolean | undefined;
  const facts: FileFacts = {
    bindings: new Bindings(scopeManager),
    types: TypeInfo.from(options.parserServices),
    mutated: new Map(),
    // A second walk of the whole file, read only when a call's options are not all known: on demand.
    get writesVersionHeader() {
      return (versionHeader ??= writesVersionHeader(program));
    },
  };
  const clients = new Clients(facts);
  const importsAnthropic = fileImportsAnthropic(program, requires);
  const sites: CallSite[] = [];

  for (const call of candidates) {
    const shape = sdkShape(call, facts.bindings);
    if (shape) {
      const site = sdkSites(call, shape, clients, facts, clientsMode, importsAnthropic);
      sites.push(...site);
      continue;
    }
    const http = httpCall(call, facts);
    if (http) {
      let located = variants(http.body, facts);
      if (http.needsShape && !located.some((l) => looksLikeClaudeRequest(l.payload, http.kind))) continue;
      if (http.claudeOnly) located = located.filter((l) => claudeModelOnly(l.payload, http.kind));
      for (const l of located) {
        sites.push(
          makeSite(
            {
              kind: http.kind,
              endpoint: http.endpoint,
              // Another host than Anthropic's: Bedrock's keeps its platform; any other is a gateway.
              platform: http.platform === 'anthropic' && http.claudeOnly ? 'gateway' : http.platform,
              origin: 'http-call',
              sdkTimeoutSet: undefined,
              ...(http.apiVersion ? { apiVersion: http.apiVersion } : {}),
              call,
            },
            l,
            'http',
          ),
        );
      }
    }
  }
  return sites;
}

function sdkSites(
  call: TSESTree.CallExpression,
  shape: SdkShape,
  clients: Clients,
  facts: FileFacts,
  mode: 'anthropic-only' | 'any-shaped',
  importsAnthropic: boolean,
): CallSite[] {
  const arg = call.arguments[0];
  if (!arg || arg.type === 'SpreadElement') return [];
  const client: ClientInfo = clients.classify(shape.client);
  if (client.kind === 'other') return [];
  if (client.kind === 'unknown' && mode === 'anthropic-only' && !importsAnthropic) return [];
  const kind: PayloadKind = shape.method === 'countTokens' ? 'count-tokens' : shape.method === 'batches.create' ? 'batch' : 'messages';
  const sdkOnly = sdkOnlyOptions(shape.beta ? 'beta' : 'ga', shape.method);
  const strip =
    sdkOnly.length > 0
      ? (payload: unknown) => {
          if (typeof payload !== 'object' || payload === null || isUnknown(payload)) return;
          for (const key of sdkOnly) delete (payload as Record<string, unknown>)[key];
        }
      : undefined;
  let located = variants(arg, facts, strip);
  // A receiver of unknown origin must at least look like a Claude request, and
  // a literal model that is no Claude model id (`gpt-4o`) says it is another provider's client.
  if (client.kind === 'unknown') {
    if (!located.some((l) => looksLikeClaudeRequest(l.payload, kind))) return [];
    located = located.filter((l) => !notClaudeModel(l.payload, kind));
  }
  // A client whose baseURL is another provider's Anthropic-compatible API or a proxy: only `claude…` models are ours;
  // one whose baseURL is not known: a literal model that is no Claude id says it is another provider's.
  if (client.kind === 'anthropic' && client.baseUrl === 'other') located = located.filter((l) => claudeModelOnly(l.payload, kind));
  if (client.kind === 'anthropic' && client.baseUrl === 'unknown') located = located.filter((l) => !notClaudeModel(l.payload, kind));
  if (located.length === 0) return [];

  // Second argument: request options (headers, timeout).
  const second = call.arguments[1];
  let callTimeout: boolean | undefined = false;
  let callVersion: { value: ApiVersionOrUnknown; reason: string } | undefined;
  let callVersionDecided = false;
  // An anthropic-beta header in the request options (or options whose headers are not known) sends the call to the beta endpoint.
  let callBeta = false;
  if (second) {
    const options = second.type === 'SpreadElement' ? undefined : new Evaluator(facts, new Registry(), undefined).evaluate(second, false);
    if (typeof options === 'object' && options !== null && !isUnknown(options) && !Array.isArray(options)) {
      const timeout = headerValue(options, 'timeout');
      callTimeout = timeout.state === 'value' ? true : timeout.state === 'unknown' ? undefined : false;
      const headers = headerValue(options, 'headers');
      if (headers.state === 'unknown') callBeta = true;
      else if (headers.state === 'value' && headers.value !== null && headers.value !== undefined) callBeta = headerValue(headers.value, 'anthropic-beta').state !== 'absent';
      const where = `of the request options on this call (line ${call.loc.start.line})`;
      if (headers.state === 'value') {
        const version = headerValue(headers.value, 'anthropic-version');
        if (version.state === 'value') {
          callVersion = apiVersionOf(version.value, `on this call (line ${call.loc.start.line})`);
          callVersionDecided = true;
        } else if (version.state === 'unknown') {
          callVersion = unknownVersion(where);
          callVersionDecided = true;
        }
      } else if (headers.state === 'unknown') {
        callVersion = unknownVersion(where);
        callVersionDecided = true;
      }
    } else if (options !== undefined || second.type === 'SpreadElement') {
      callTimeout = undefined;
      callBeta = true;
      // Options written with headers in them (`cond ? { headers } : undefined`) may set the version;
      // an opaque value (`requestOptions`) is taken to leave it to the client.
      if (writesHeaders(second) || facts.writesVersionHeader) {
        callVersion = unknownVersion(`of the request options on this call (line ${call.loc.start.line})`);
        callVersionDecided = true;
      }
    }
  }
  const known = client.kind === 'anthropic' ? client : undefined;
  const clientTimeout = known ? known.timeout : undefined;
  const sdkTimeoutSet = callTimeout === true || clientTimeout === true ? true : callTimeout === false && clientTimeout === false ? false : undefined;
  const apiVersion = callVersionDecided ? callVersion : known?.apiVersion;
  const platform = known ? (known.baseUrl === 'other' ? 'gateway' : known.platform) : 'unknown';
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
      shape.method,
    );
  });
}
