/**
 * Raw HTTP calls to the Messages API (issue 3 §1): `fetch`, `axios`, `got`, `ky`
 * (and axios-like `x.post(url, body, config)`) to a URL whose static tail is
 * `/v1/messages`, `/v1/messages/count_tokens` or `/v1/messages/batches`
 * (optionally `?beta=true`). The body must be visible: `JSON.stringify(x)` for
 * fetch, the data argument for axios, `json:` for got/ky.
 *
 * Which of those go to Claude: the URL (or an axios instance's baseURL) names an
 * Anthropic host, or the headers carry `anthropic-version`/`anthropic-beta`.
 * Another provider's host (an Anthropic-compatible endpoint) or the app's own
 * backend is checked only for a literal `claude…` model (a proxy in front of
 * Claude); extract.ts applies that filter (`claudeOnly`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { PayloadKind } from '../../engine/types.js';
import { isOpen, isUnknown, unknownValue } from '../../engine/partial.js';
import { memberName, outerParent, unwrap, type Node } from './ast.js';
import { apiVersionOf, headerValue, type ApiVersionFact } from './request-options.js';
import { ABSOLUTE, hostOf, isAnthropicHost } from '../shared/base-url.js';
import { Evaluator } from './evaluate.js';
import { Registry, type FileFacts } from './bookkeeping.js';

export interface HttpCall {
  kind: PayloadKind;
  endpoint: 'ga' | 'beta';
  /** The expression whose value is the JSON body. */
  body: Node;
  apiVersion?: ApiVersionFact;
  platform: 'anthropic' | 'bedrock';
  /** The receiver is not known to be an HTTP client: the body must look like a Claude request. */
  needsShape: boolean;
  /** The host is known and not Anthropic's (another provider, the app's own backend): only `claude…` models are ours. */
  claudeOnly: boolean;
}

const PATH = /\/v1\/messages(\/count_tokens|\/batches)?\/?(\?[^#]*)?(#.*)?$/;

interface UrlInfo {
  kind: PayloadKind;
  beta: boolean;
  /** The URL's hostname (lower case), when its text up to the path is known. */
  host: string | undefined;
  /** The whole URL is known and has no host: the app's own backend (or an instance's base URL). */
  relative: boolean;
}


/** The request's URL, from its literal text or the static tail of a template/concatenation. */
function urlInfo(node: Node, facts: FileFacts, depth = 0, partial = false): UrlInfo | undefined {
  if (depth > 6) return undefined;
  const n = unwrap(node);
  let text: string | undefined;
  let host: string | undefined;
  const value = new Evaluator(facts, new Registry(), undefined).evaluate(n, false);
  if (typeof value === 'string') {
    text = value;
    host = partial ? undefined : hostOf(value);
  } else if (n.type === 'TemplateLiteral') {
    text = n.quasis[n.quasis.length - 1]?.value.cooked ?? undefined;
    // `https://host/${path}`: the host is written before the first substitution.
    const head = n.quasis[0]?.value.cooked ?? '';
    const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)[/?#]/i.exec(head);
    if (m && !partial) host = hostOf(m[1]!);
  } else if (n.type === 'BinaryExpression' && n.operator === '+') return urlInfo(n.right, facts, depth + 1, true);
  else if (n.type === 'NewExpression' && n.callee.type === 'Identifier' && n.callee.name === 'URL' && n.arguments[0]) {
    // new URL(path, base): resolved when both are known.
    const [pathArg, baseArg] = n.arguments;
    if (baseArg && pathArg!.type !== 'SpreadElement' && baseArg.type !== 'SpreadElement') {
      const evaluator = new Evaluator(facts, new Registry(), undefined);
      const path = evaluator.evaluate(pathArg!, false);
      const base = evaluator.evaluate(baseArg, false);
      if (typeof path === 'string' && typeof base === 'string') {
        try {
          const resolved = new URL(path, base).href;
          const info = urlInfo(pathArg!, facts, depth + 1, true);
          return info ? { ...info, host: partial ? undefined : hostOf(resolved), relative: false } : undefined;
        } catch {
          return undefined;
        }
      }
    }
    const info = urlInfo(pathArg!, facts, depth + 1, partial || n.arguments.length > 1);
    return info && n.arguments.length > 1 ? { ...info, relative: false } : info;
  } else if (n.type === 'Identifier') {
    const variable = facts.bindings.variableOf(n);
    const binding = variable ? facts.bindings.constBinding(variable) : undefined;
    if (binding && binding.path.length === 0) return urlInfo(binding.init, facts, depth + 1, partial);
  }
  if (text === undefined) return undefined;
  const m = PATH.exec(text);
  if (!m) return undefined;
  return {
    kind: m[1] === '/count_tokens' ? 'count-tokens' : m[1] === '/batches' ? 'batch' : 'messages',
    beta: /[?&]beta=true(&|$)/.test(m[2] ?? ''),
    host,
    relative: !partial && typeof value === 'string' && !ABSOLUTE.test(value),
  };
}

/** The node a `JSON.stringify(x)` serialises, resolving a `const body = JSON.stringify(x)`. */
function stringified(node: Node, facts: FileFacts): Node | undefined {
  let n = unwrap(node);
  for (let hops = 0; hops < 4 && n.type === 'Identifier'; hops++) {
    const variable = facts.bindings.variableOf(n);
    const binding = variable ? facts.bindings.constBinding(variable) : undefined;
    if (!binding || binding.path.length > 0) return undefined;
    n = unwrap(binding.init);
  }
  if (n.type !== 'CallExpression' || n.arguments.length < 1 || n.arguments[0]!.type === 'SpreadElement') return undefined;
  const callee = unwrap(n.callee);
  if (callee.type === 'MemberExpression' && unwrap(callee.object).type === 'Identifier' && (unwrap(callee.object) as TSESTree.Identifier).name === 'JSON' && memberName(callee) === 'stringify') {
    return n.arguments[0]!;
  }
  return undefined;
}

interface Options {
  value: Record<string, unknown> | undefined;
  registry: Registry;
}

function evaluateOptions(node: Node | undefined, facts: FileFacts): Options {
  const registry = new Registry();
  if (!node || node.type === 'SpreadElement') return { value: undefined, registry };
  const value = new Evaluator(facts, registry, undefined).evaluate(node, false);
  return { value: typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value) ? (value as Record<string, unknown>) : undefined, registry };
}

/** The node written for a member of an evaluated options object (`body:`, `json:`, `data:`). */
function memberNode(options: Options, key: string): Node | undefined {
  if (!options.value || !Object.prototype.hasOwnProperty.call(options.value, key)) return undefined;
  const m = options.registry.get(options.value)?.members.get(key);
  return m && m.property ? m.valueNode : undefined;
}

function methodIsPost(options: Options, fallback: 'post' | 'get'): boolean {
  const method = headerValue(options.value, 'method');
  if (method.state === 'absent') return fallback === 'post';
  if (method.state !== 'value') return true;
  return typeof method.value === 'string' && method.value.toUpperCase() === 'POST';
}

/** The options' headers: undefined when absent, Unknown when the options may hold them unseen. */
function headersOf(options: Options, present: boolean): unknown {
  if (!options.value) return present ? unknownValue() : undefined;
  const h = headerValue(options.value, 'headers');
  return h.state === 'value' ? h.value : h.state === 'unknown' ? unknownValue() : undefined;
}

type Header = { state: 'absent' } | { state: 'unknown'; present: boolean } | { state: 'value'; value: unknown };

/** One header in a headers object (any case); `present` when the key is written even if its value is not known. */
function header(headers: unknown, name: string, depth = 0): Header {
  if (headers === undefined) return { state: 'absent' };
  if (isUnknown(headers) || typeof headers !== 'object' || headers === null || Array.isArray(headers)) return { state: 'unknown', present: false };
  const record = headers as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() === name) return isUnknown(record[key]) ? { state: 'unknown', present: true } : { state: 'value', value: record[key] };
  }
  // axios also reads headers.common and headers.post.
  if (depth === 0) {
    for (const key of Object.keys(record)) {
      if (key === 'common' || key === 'post') {
        const inner = header(record[key], name, 1);
        if (inner.state !== 'absent') return inner;
      }
    }
  }
  return isOpen(headers) ? { state: 'unknown', present: false } : { state: 'absent' };
}

/** A call's headers over an instance's default headers: the call's win. */
function mergedHeader(call: unknown, instance: unknown, name: string): Header {
  const own = header(call, name);
  if (own.state !== 'absent') return own;
  return header(instance, name);
}

interface Target {
  /** The receiver is not known to be an HTTP client (`this._client.post`). */
  unknownReceiver?: boolean;
  /** An axios instance: its baseURL ('unknown' when it may have one we cannot see) and default headers. */
  instance?: { baseUrl: string | 'unknown' | undefined; headers: unknown };
}

/**
 * Evidence that the call goes to Anthropic: the URL or an axios instance's
 * baseURL names an Anthropic host (api.anthropic.com, *.anthropic.com), or the
 * headers carry anthropic-version or anthropic-beta. Without it the call is not
 * checked. A known host that is not Anthropic's (an Anthropic-compatible service
 * of another provider, the app's own backend behind a relative URL) is checked
 * only for a `claude…` model (claudeOnly).
 */
function finish(url: UrlInfo, body: Node, headers: unknown, at: TSESTree.CallExpression, target: Target = {}): HttpCall | undefined {
  const instanceHeaders = target.instance?.headers;
  const version = mergedHeader(headers, instanceHeaders, 'anthropic-version');
  const beta = mergedHeader(headers, instanceHeaders, 'anthropic-beta');
  const anthropicHeaders = version.state === 'value' || beta.state === 'value' || (version.state === 'unknown' && version.present) || (beta.state === 'unknown' && beta.present);
  let host: string | undefined;
  let hostKnown: boolean;
  if (url.relative) {
    const base = target.instance?.baseUrl;
    if (base === 'unknown' || (target.unknownReceiver && base === undefined)) {
      host = undefined;
      hostKnown = false;
    } else if (base !== undefined && ABSOLUTE.test(base)) {
      host = hostOf(base);
      hostKnown = host !== undefined;
    } else {
      // The app's own backend (a relative URL on fetch, a relative baseURL).
      host = undefined;
      hostKnown = true;
    }
  } else {
    host = url.host;
    hostKnown = host !== undefined;
  }
  const anthropicHost = host !== undefined && isAnthropicHost(host);
  if (!anthropicHost && !anthropicHeaders) return undefined;
  let apiVersion: ApiVersionFact | undefined;
  if (version.state === 'value') apiVersion = apiVersionOf(version.value, `on the HTTP call at line ${at.loc.start.line}`);
  else if (version.state === 'unknown') apiVersion = { value: 'unknown', reason: `the anthropic-version header of the HTTP call at line ${at.loc.start.line} is not known statically` };
  return {
    kind: url.kind,
    // Headers not known statically may hold anthropic-beta: the beta schema accepts every GA body.
    endpoint: url.beta || beta.state !== 'absent' ? 'beta' : 'ga',
    body,
    ...(apiVersion ? { apiVersion } : {}),
    // Bedrock's hosts name it (bedrock-runtime.….amazonaws.com, bedrock-mantle.….api.aws); another AWS host
    // (API Gateway, a load balancer) is the team's own proxy: a gateway.
    platform: host !== undefined && /bedrock/.test(host) ? 'bedrock' : 'anthropic',
    needsShape: target.unknownReceiver === true,
    claudeOnly: hostKnown && !anthropicHost,
  };
}

function calleeName(callee: Node): { name: string; object?: Node } | undefined {
  const c = unwrap(callee);
  if (c.type === 'Identifier') return { name: c.name };
  if (c.type === 'MemberExpression') {
    const name = memberName(c);
    return name === undefined ? undefined : { name, object: unwrap(c.object) };
  }
  return undefined;
}

function objectName(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  const n = unwrap(node);
  if (n.type === 'Identifier') return n.name;
  if (n.type === 'MemberExpression') return memberName(n);
  return undefined;
}

/** `axios`, an import of the axios package, or `axios.create(…)`'s result. */
function isAxios(node: Node | undefined, facts: FileFacts, depth = 0): boolean {
  if (!node || depth > 4) return false;
  const n = unwrap(node);
  if (n.type === 'Identifier') {
    if (n.name === 'axios') return true;
    const variable = facts.bindings.variableOf(n);
    if (!variable) return false;
    const imp = facts.bindings.importOf(variable);
    if (imp) return imp.source === 'axios';
    const binding = facts.bindings.constBinding(variable);
    return binding !== undefined && binding.path.length === 0 && isAxios(binding.init, facts, depth + 1);
  }
  if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee);
    return callee.type === 'MemberExpression' && memberName(callee) === 'create' && isAxios(callee.object, facts, depth + 1);
  }
  return false;
}

/**
 * Is an instance configured after its creation: `x.defaults.headers… = …` or
 * `x.interceptors…` (headers set at run time), `x.defaults.baseURL = …`?
 */
function configuredLater(variable: Parameters<FileFacts['bindings']['valueReferences']>[0], facts: FileFacts): { headers: boolean; baseUrl: boolean } {
  const out = { headers: false, baseUrl: false };
  for (const ref of facts.bindings.valueReferences(variable)) {
    const { parent } = outerParent(ref.identifier as Node);
    if (parent?.type !== 'MemberExpression' || parent.object !== ref.identifier) continue;
    const name = memberName(parent);
    if (name !== 'defaults' && name !== 'interceptors') continue;
    out.headers = true;
    const next = outerParent(parent).parent;
    const inner = next?.type === 'MemberExpression' && next.object === parent ? memberName(next) : undefined;
    if (name === 'defaults' && (inner === undefined || inner.toLowerCase() === 'baseurl')) out.baseUrl = true;
  }
  return out;
}

const UNKNOWN_INSTANCE = (): { baseUrl: 'unknown'; headers: unknown } => ({ baseUrl: 'unknown', headers: unknownValue() });

/**
 * The baseURL and default headers of an axios instance: `axios.create({ baseURL, headers })`,
 * or axios itself (none). 'unknown' / Unknown when they may be set where we cannot see
 * (options not known statically, `instance.defaults.headers… = …`, interceptors).
 */
function axiosInstance(node: Node | undefined, facts: FileFacts, depth = 0): { baseUrl: string | 'unknown' | undefined; headers: unknown } {
  if (!node || depth > 4) return UNKNOWN_INSTANCE();
  const n = unwrap(node);
  if (n.type === 'Identifier') {
    const variable = facts.bindings.variableOf(n);
    if (!variable) return { baseUrl: undefined, headers: undefined }; // the global axios
    const later = configuredLater(variable, facts);
    const binding = facts.bindings.constBinding(variable);
    const created = facts.bindings.importOf(variable) ? { baseUrl: undefined, headers: undefined } : binding && binding.path.length === 0 ? axiosInstance(binding.init, facts, depth + 1) : UNKNOWN_INSTANCE();
    return { baseUrl: later.baseUrl ? 'unknown' : created.baseUrl, headers: later.headers ? unknownValue() : created.headers };
  }
  if (n.type === 'CallExpression') {
    const arg = n.arguments[0];
    if (!arg) return { baseUrl: undefined, headers: undefined };
    if (arg.type === 'SpreadElement') return UNKNOWN_INSTANCE();
    const options = new Evaluator(facts, new Registry(), undefined).evaluate(arg, false);
    const base = headerValue(options, 'baseurl');
    const headers = headerValue(options, 'headers');
    return {
      baseUrl: base.state === 'value' ? (typeof base.value === 'string' ? base.value : 'unknown') : base.state === 'unknown' ? 'unknown' : undefined,
      headers: headers.state === 'value' ? headers.value : headers.state === 'unknown' ? unknownValue() : undefined,
    };
  }
  return UNKNOWN_INSTANCE();
}

export function httpCall(call: TSESTree.CallExpression, facts: FileFacts): HttpCall | undefined {
  const callee = calleeName(call.callee);
  if (!callee || call.arguments.length === 0) return undefined;
  const args = call.arguments;
  const receiver = objectName(callee.object);
  const gotLike = (name: string | undefined) => name !== undefined && /^(got|ky)$/i.test(name);

  // fetch(url, { method: 'POST', headers, body: JSON.stringify(x) })
  if (callee.name === 'fetch' || (callee.name === 'request' && receiver === 'undici')) {
    const url = urlInfo(args[0]!, facts);
    if (!url) return undefined;
    const options = evaluateOptions(args[1], facts);
    if (!methodIsPost(options, 'get')) return undefined;
    const bodyNode = memberNode(options, 'body');
    const payload = bodyNode ? stringified(bodyNode, facts) : undefined;
    if (!payload) return undefined;
    return finish(url, payload, headersOf(options, args[1] !== undefined), call);
  }

  // got.post(url, { json, headers }) / ky.post(url, { json, headers })
  if (callee.name === 'post' && gotLike(receiver)) {
    const url = urlInfo(args[0]!, facts);
    if (!url) return undefined;
    const options = evaluateOptions(args[1], facts);
    const jsonNode = memberNode(options, 'json');
    const bodyNode = memberNode(options, 'body');
    const payload = jsonNode ?? (bodyNode ? stringified(bodyNode, facts) : undefined);
    if (!payload) return undefined;
    return finish(url, payload, headersOf(options, args[1] !== undefined), call);
  }

  // got(url, { method: 'POST', json }) / ky(url, { method: 'post', json })
  if (!callee.object && gotLike(callee.name) && args.length >= 2) {
    const url = urlInfo(args[0]!, facts);
    if (!url) return undefined;
    const options = evaluateOptions(args[1], facts);
    if (!methodIsPost(options, 'get')) return undefined;
    const jsonNode = memberNode(options, 'json');
    const bodyNode = memberNode(options, 'body');
    const payload = jsonNode ?? (bodyNode ? stringified(bodyNode, facts) : undefined);
    if (!payload) return undefined;
    return finish(url, payload, headersOf(options, args[1] !== undefined), call);
  }

  // axios.post(url, data, { headers }) and axios-like clients (`http.post`, `this.api.post`).
  // Other clients' `post(path, { body, … })` (an SDK's own internals) is not data: the
  // shape check in extract.ts keeps those out unless the receiver is axios.
  if (callee.name === 'post' && args.length >= 2 && args[1]!.type !== 'SpreadElement') {
    const url = urlInfo(args[0]!, facts);
    if (!url) return undefined;
    const data = args[1]!;
    const payload = stringified(data, facts) ?? data;
    const config = evaluateOptions(args[2], facts);
    const axios = isAxios(callee.object, facts);
    const instance = axios ? axiosInstance(callee.object, facts) : UNKNOWN_INSTANCE();
    return finish(url, payload, headersOf(config, args[2] !== undefined), call, { unknownReceiver: !axios, instance });
  }

  // axios({ method: 'post', url, data, headers }) / axios.request({...}) / axios(url, {...})
  if ((!callee.object && callee.name === 'axios') || (callee.name === 'request' && receiver === 'axios')) {
    const urlFirst = args.length >= 2 || (args[0]!.type !== 'ObjectExpression' && args[0]!.type !== 'Identifier');
    const config = evaluateOptions(urlFirst ? args[1] : args[0], facts);
    const urlNode = urlFirst ? args[0]! : memberNode(config, 'url');
    const url = urlNode ? urlInfo(urlNode, facts) : undefined;
    if (!url || !methodIsPost(config, 'get')) return undefined;
    const data = memberNode(config, 'data');
    if (!data) return undefined;
    const instance = callee.object ? axiosInstance(callee.object, facts) : axiosInstance(call.callee, facts);
    return finish(url, stringified(data, facts) ?? data, headersOf(config, true), call, { instance });
  }
  return undefined;
}
