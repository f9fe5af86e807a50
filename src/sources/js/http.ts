/**
 * Raw HTTP calls to the Messages API (issue 3 §1): `fetch`, `axios`, `got`, `ky`
 * (and axios-like `x.post(url, body, config)`) to a URL whose static tail is
 * `/v1/messages`, `/v1/messages/count_tokens` or `/v1/messages/batches`
 * (optionally `?beta=true`). The body must be visible: `JSON.stringify(x)` for
 * fetch, the data argument for axios, `json:` for got/ky.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { PayloadKind } from '../../engine/types.js';
import { isUnknown } from '../../engine/partial.js';
import { memberName, unwrap, type Node } from './ast.js';
import { apiVersionOf, headerValue, type ApiVersionFact } from './clients.js';
import { Evaluator, Registry, type FileFacts } from './evaluate.js';

export interface HttpCall {
  kind: PayloadKind;
  endpoint: 'ga' | 'beta';
  /** The expression whose value is the JSON body. */
  body: Node;
  apiVersion?: ApiVersionFact;
  platform: 'anthropic' | 'bedrock';
  /** The receiver is not known to be an HTTP client: the body must look like a Claude request. */
  needsShape: boolean;
}

const PATH = /\/v1\/messages(\/count_tokens|\/batches)?\/?(\?[^#]*)?(#.*)?$/;

interface UrlInfo {
  kind: PayloadKind;
  beta: boolean;
  bedrock: boolean;
  /** The whole URL is known and names an Anthropic host. */
  anthropicHost: boolean;
  /** The whole URL is known and has no host: the app's own backend (or an instance's base URL). */
  relative: boolean;
}

/** The request's URL, from its literal text or the static tail of a template/concatenation. */
function urlInfo(node: Node, facts: FileFacts, depth = 0, partial = false): UrlInfo | undefined {
  if (depth > 6) return undefined;
  const n = unwrap(node);
  let text: string | undefined;
  const value = new Evaluator(facts, new Registry(), undefined).evaluate(n, false);
  if (typeof value === 'string') text = value;
  else if (n.type === 'TemplateLiteral') text = n.quasis[n.quasis.length - 1]?.value.cooked ?? undefined;
  else if (n.type === 'BinaryExpression' && n.operator === '+') return urlInfo(n.right, facts, depth + 1, true);
  else if (n.type === 'NewExpression' && n.callee.type === 'Identifier' && n.callee.name === 'URL' && n.arguments[0]) return urlInfo(n.arguments[0], facts, depth + 1, partial || n.arguments.length > 1);
  else if (n.type === 'Identifier') {
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
    bedrock: typeof value === 'string' && /bedrock|amazonaws\.com/.test(value),
    anthropicHost: typeof value === 'string' && /anthropic/i.test(value),
    relative: !partial && typeof value === 'string' && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value),
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

function headersOf(options: Options, key = 'headers'): unknown {
  if (!options.value) return undefined;
  const h = options.value[key];
  return h;
}

/**
 * Evidence that the call goes to Anthropic: the URL or an axios instance's
 * baseURL names an Anthropic host, or the headers carry anthropic-version,
 * anthropic-beta or x-api-key. Without it the body must look like a Claude
 * request, and a relative URL (the app's own `/api/v1/messages`) is not checked.
 */
function finish(url: UrlInfo, body: Node, headers: unknown, at: TSESTree.CallExpression, options: { unknownReceiver?: boolean; baseUrl?: string } = {}): HttpCall | undefined {
  const version = headerValue(headers, 'anthropic-version');
  const beta = headerValue(headers, 'anthropic-beta');
  const apiKey = headerValue(headers, 'x-api-key');
  const anthropicHeaders = version.state === 'value' || beta.state === 'value' || apiKey.state === 'value';
  const anthropicBase = options.baseUrl !== undefined && /anthropic/i.test(options.baseUrl);
  const evidence = url.anthropicHost || anthropicBase || anthropicHeaders;
  if (!evidence && url.relative && !options.baseUrl) return undefined;
  const apiVersion = version.state === 'value' ? apiVersionOf(version.value, `on the HTTP call at line ${at.loc.start.line}`) : undefined;
  return {
    kind: url.kind,
    endpoint: url.beta || beta.state === 'value' ? 'beta' : 'ga',
    body,
    ...(apiVersion ? { apiVersion } : {}),
    platform: url.bedrock ? 'bedrock' : 'anthropic',
    needsShape: !evidence || options.unknownReceiver === true,
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

/** The `baseURL` given to `axios.create({ baseURL })` for this instance, when known. */
function axiosBaseUrl(node: Node | undefined, facts: FileFacts, depth = 0): string | undefined {
  if (!node || depth > 4) return undefined;
  const n = unwrap(node);
  if (n.type === 'Identifier') {
    const variable = facts.bindings.variableOf(n);
    const binding = variable ? facts.bindings.constBinding(variable) : undefined;
    return binding && binding.path.length === 0 ? axiosBaseUrl(binding.init, facts, depth + 1) : undefined;
  }
  if (n.type === 'CallExpression' && n.arguments[0] && n.arguments[0].type !== 'SpreadElement') {
    const options = new Evaluator(facts, new Registry(), undefined).evaluate(n.arguments[0], false);
    const base = headerValue(options, 'baseurl');
    return base.state === 'value' && typeof base.value === 'string' ? base.value : undefined;
  }
  return undefined;
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
    return finish(url, payload, headersOf(options), call);
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
    return finish(url, payload, headersOf(options), call);
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
    return finish(url, payload, headersOf(options), call);
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
    const baseUrl = axios ? axiosBaseUrl(callee.object, facts) : undefined;
    return finish(url, payload, headersOf(config), call, { unknownReceiver: !axios, ...(baseUrl !== undefined ? { baseUrl } : {}) });
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
    return finish(url, stringified(data, facts) ?? data, headersOf(config), call);
  }
  return undefined;
}
