/**
 * Which calls are Claude API calls (issue 3 §1): SDK clients in all the shapes
 * real code uses, raw HTTP, and the decoys that must give zero call sites.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { display, sitesOf, UNKNOWN } from './helpers.js';

interface Expected {
  kind?: string;
  endpoint?: string;
  platform?: string;
  origin?: string;
  streaming?: boolean | undefined;
  sdkTimeoutSet?: boolean | undefined;
  apiVersion?: string | undefined;
  payload?: unknown;
}

interface Case {
  name: string;
  code: string;
  file?: string;
  clients?: 'anthropic-only' | 'any-shaped';
  sites: Expected[];
}

const BODY = `{ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] }`;
const PAYLOAD = { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] };
const MSG = { kind: 'messages', endpoint: 'ga', platform: 'anthropic', origin: 'sdk-call' };

const detected: Case[] = [
  {
    name: 'default import, new, messages.create',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nawait client.messages.create(${BODY});`,
    sites: [{ ...MSG, streaming: false, sdkTimeoutSet: false, payload: PAYLOAD }],
  },
  {
    name: 'named import',
    code: `import { Anthropic } from '@anthropic-ai/sdk';\nconst anthropic = new Anthropic({ apiKey: process.env.KEY });\nanthropic.messages.create(${BODY});`,
    sites: [{ ...MSG }],
  },
  {
    name: 'import aliased under another name',
    code: `import Claude from '@anthropic-ai/sdk';\nconst c = new Claude();\nc.messages.create(${BODY});`,
    sites: [{ ...MSG }],
  },
  {
    name: 'CommonJS require of the package',
    file: 'app.cjs',
    code: `const Anthropic = require('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.messages.create(${BODY});`,
    sites: [{ ...MSG }],
  },
  {
    name: 'require with destructuring and .default',
    file: 'app.js',
    code: `const { Anthropic } = require('@anthropic-ai/sdk');\nconst A2 = require('@anthropic-ai/sdk').default;\nnew Anthropic().messages.create(${BODY});\nnew A2().messages.countTokens({ model: 'claude-sonnet-5-5', messages: [] });`,
    sites: [{ ...MSG }, { kind: 'count-tokens', streaming: false }],
  },
  {
    name: 'namespace import',
    code: `import * as sdk from '@anthropic-ai/sdk';\nconst a = new sdk.Anthropic();\nconst b = new sdk.default();\na.messages.create(${BODY});\nb.messages.create(${BODY});`,
    sites: [{ ...MSG }, { ...MSG }],
  },
  {
    name: 'dynamic import',
    code: `const { default: Anthropic } = await import('@anthropic-ai/sdk');\nconst client = new Anthropic();\nclient.messages.create(${BODY});`,
    sites: [{ ...MSG }],
  },
  {
    name: 'platform clients: Bedrock, Vertex, Foundry',
    code: `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nimport AnthropicVertex from '@anthropic-ai/vertex-sdk';\nimport { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';\nnew AnthropicBedrock().messages.create(${BODY});\nnew AnthropicVertex().messages.create(${BODY});\nnew AnthropicFoundry().messages.create(${BODY});`,
    sites: [{ platform: 'bedrock' }, { platform: 'vertex' }, { platform: 'foundry' }],
  },
  {
    name: "platform clients from the project's own modules (a re-export; the platform SDK's examples importing '../src/client')",
    code: `import { AnthropicVertex } from '../src/client';\nimport { AnthropicBedrock as Bedrock } from '@/lib/anthropic';\nimport Anthropic from '@anthropic-ai/sdk';\nnew AnthropicVertex({ region: 'us-east5' }).messages.create(${BODY});\nnew Bedrock().messages.create(${BODY});`,
    sites: [{ platform: 'vertex' }, { platform: 'bedrock' }],
  },
  {
    name: 'stream, parse, stream: true, stream unknown',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.messages.stream(${BODY});\nclient.messages.parse(${BODY});\nclient.messages.create({ ...${BODY}, stream: true });\nclient.messages.create({ ...${BODY}, stream: opts.stream });`,
    sites: [{ streaming: true }, { streaming: false }, { streaming: true }, { streaming: undefined }],
  },
  {
    name: 'batches.create',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.messages.batches.create({ requests: [{ custom_id: 'a', params: ${BODY} }] });`,
    sites: [{ kind: 'batch', endpoint: 'ga', streaming: false, payload: { requests: [{ custom_id: 'a', params: PAYLOAD }] } }],
  },
  {
    name: 'beta: create, countTokens, batches.create, toolRunner (runner-only keys left out)',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.beta.messages.create(${BODY});\nclient.beta.messages.countTokens({ model: 'm', messages: [] });\nclient.beta.messages.batches.create({ requests: [] });\nclient.beta.messages.toolRunner({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [], tools: [weatherTool], max_iterations: 5 });`,
    sites: [
      { kind: 'messages', endpoint: 'beta' },
      { kind: 'count-tokens', endpoint: 'beta' },
      { kind: 'batch', endpoint: 'beta' },
      { kind: 'messages', endpoint: 'beta', streaming: false, payload: { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [], tools: [UNKNOWN] } },
    ],
  },
  {
    name: '.messages and .create( on different lines',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nconst res = await client\n  .messages\n  .create(${BODY});`,
    sites: [{ ...MSG }],
  },
  {
    name: 'optional chaining and non-null assertion on the receiver',
    code: `import Anthropic from '@anthropic-ai/sdk';\nlet client: Anthropic | undefined = new Anthropic();\nclient?.messages.create(${BODY});\nclient!.messages.create(${BODY});`,
    sites: [{ ...MSG }, { ...MSG }],
  },
  {
    name: 'class field initialised with new Anthropic()',
    code: `import Anthropic from '@anthropic-ai/sdk';\nclass Chat {\n  private client = new Anthropic();\n  ask(q: string) {\n    return this.client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 100, messages: [{ role: 'user', content: q }] });\n  }\n}`,
    sites: [{ ...MSG, payload: { model: 'claude-sonnet-5-5', max_tokens: 100, messages: [{ role: 'user', content: UNKNOWN }] } }],
  },
  {
    name: 'this.client assigned in the constructor, used in an arrow function',
    code: `import Anthropic from '@anthropic-ai/sdk';\nexport class Service {\n  client;\n  constructor() { this.client = new Anthropic({ timeout: 20_000 }); }\n  run = async () => this.client.messages.create(${BODY});\n}`,
    sites: [{ ...MSG, sdkTimeoutSet: true }],
  },
  {
    name: 'TS parameter property typed Anthropic',
    code: `import type Anthropic from '@anthropic-ai/sdk';\nexport class Service {\n  constructor(private readonly anthropic: Anthropic) {}\n  run() { return this.anthropic.messages.create(${BODY}); }\n}`,
    sites: [{ ...MSG, sdkTimeoutSet: undefined }],
  },
  {
    name: 'class field typed Anthropic, assigned from a factory it cannot see',
    code: `import { Anthropic } from '@anthropic-ai/sdk';\nimport { makeClient } from './factory';\nclass S {\n  private readonly client: Anthropic;\n  constructor() { this.client = makeClient(); }\n  go() { return this.client.beta.messages.create(${BODY}); }\n}`,
    sites: [{ kind: 'messages', endpoint: 'beta', platform: 'anthropic' }],
  },
  {
    name: 'function parameter typed Anthropic (also `| null`, InstanceType<typeof Anthropic>)',
    code: `import Anthropic from '@anthropic-ai/sdk';\nexport function ask(client: Anthropic) { return client.messages.create(${BODY}); }\nexport function ask2(client: Anthropic | null) { return client!.messages.create(${BODY}); }\nexport function ask3(client: InstanceType<typeof Anthropic>) { return client.messages.create(${BODY}); }`,
    sites: [{ ...MSG }, { ...MSG }, { ...MSG }],
  },
  {
    name: 'withOptions result, with its timeout',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nconst slow = client.withOptions({ timeout: 600_000 });\nslow.messages.create(${BODY});\nclient.withOptions({ maxRetries: 1 }).messages.create(${BODY});`,
    sites: [{ ...MSG, sdkTimeoutSet: true }, { ...MSG, sdkTimeoutSet: false }],
  },
  {
    name: 'same-file factories: annotated return type, returned client, lazily created singleton',
    code: `import Anthropic from '@anthropic-ai/sdk';\nfunction make(): Anthropic { return build(); }\nconst make2 = () => new Anthropic();\nlet cached: Anthropic | null = null;\nfunction get() { if (!cached) cached = new Anthropic(); return cached; }\nmake().messages.create(${BODY});\nmake2().messages.create(${BODY});\nget().messages.create(${BODY});`,
    sites: [{ ...MSG }, { ...MSG }, { ...MSG }],
  },
  {
    name: 'a client in a same-file object literal, and destructured from it',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst deps = { ai: new Anthropic() };\nconst { ai } = deps;\ndeps.ai.messages.create(${BODY});\nai.messages.create(${BODY});`,
    sites: [{ ...MSG }, { ...MSG }],
  },
  {
    name: 'a client inside a typed parameter: type literal, interface, type alias',
    code: `import Anthropic from '@anthropic-ai/sdk';\ninterface Deps { ai: Anthropic; log: Console }\ntype Ctx = { llm: Anthropic };\nexport function a(ctx: { anthropic: Anthropic }) { return ctx.anthropic.messages.create(${BODY}); }\nexport function b(deps: Deps) { return deps.ai.messages.create(${BODY}); }\nexport function c(ctx: Ctx) { return ctx.llm.beta.messages.create(${BODY}); }`,
    sites: [{ ...MSG }, { ...MSG }, { kind: 'messages', endpoint: 'beta', platform: 'anthropic' }],
  },
  {
    name: 'aliases of the messages resource',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nconst { messages } = client;\nconst beta = client.beta.messages;\nmessages.create(${BODY});\nbeta.create(${BODY});`,
    sites: [{ ...MSG }, { kind: 'messages', endpoint: 'beta' }],
  },
  {
    name: 'a local class that extends Anthropic',
    code: `import Anthropic from '@anthropic-ai/sdk';\nclass MyClient extends Anthropic {\n  ask() { return this.messages.create(${BODY}); }\n}\nnew MyClient().messages.create(${BODY});`,
    sites: [{ ...MSG }, { ...MSG }],
  },
  {
    name: 'receiver of unknown origin in a file that imports the SDK (types only)',
    code: `import type { MessageParam } from '@anthropic-ai/sdk/resources/messages';\nimport { anthropic } from '../lib/anthropic';\nconst history: MessageParam[] = [];\nanthropic.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 5, messages: history });`,
    sites: [{ kind: 'messages', platform: 'unknown', origin: 'sdk-call', sdkTimeoutSet: undefined, payload: { model: 'claude-sonnet-5-5', max_tokens: 5, messages: [] } }],
  },
  {
    name: 'any-shaped: a receiver of unknown origin without an SDK import',
    clients: 'any-shaped',
    code: `export async function ask(llm) { return llm.messages.create(${BODY}); }`,
    sites: [{ kind: 'messages', platform: 'unknown' }],
  },
  {
    name: 'JS file with JSX',
    file: 'page.jsx',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst c = new Anthropic();\nexport const Page = () => <div onClick={() => c.messages.create(${BODY})}>Ask</div>;`,
    sites: [{ ...MSG }],
  },
  {
    name: 'tracing wrappers return the client they wrap: wrapAnthropic(new Anthropic()), observeAnthropic(client), Sentry.instrumentAnthropicAiClient(client)',
    code: `import Anthropic from '@anthropic-ai/sdk';\nimport { wrapAnthropic } from 'braintrust';\nimport { observeAnthropic } from '@langfuse/anthropic';\nimport * as Sentry from '@sentry/node';\nconst client = wrapAnthropic(new Anthropic());\nconst base = new Anthropic();\nconst c2 = observeAnthropic(base);\nconst c3 = Sentry.instrumentAnthropicAiClient(base);\nclient.messages.create(${BODY});\nc2.messages.create(${BODY});\nc3.messages.create(${BODY});`,
    sites: [{ ...MSG }, { ...MSG }, { ...MSG }],
  },
  {
    name: 'a static class field holding a client, used as Svc.shared',
    code: `import Anthropic from '@anthropic-ai/sdk';\nexport class Svc {\n  static shared = new Anthropic({ timeout: 5 });\n  static async ask() { return Svc.shared.messages.create(${BODY}); }\n}\nSvc.shared.messages.create(${BODY});`,
    sites: [{ ...MSG, sdkTimeoutSet: true }, { ...MSG, sdkTimeoutSet: true }],
  },
  {
    name: 'anthropic-version from the client defaultHeaders, overridden per call',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ defaultHeaders: { 'Anthropic-Version': '2023-06-01' } });\nclient.messages.create(${BODY});\nclient.messages.create(${BODY}, { headers: { 'anthropic-version': '2026-10-21' }, timeout: 5 });\nclient.messages.create(${BODY}, { signal });`,
    sites: [
      { apiVersion: '2023-06-01', sdkTimeoutSet: false },
      { apiVersion: '2026-10-21', sdkTimeoutSet: true },
      { apiVersion: '2023-06-01', sdkTimeoutSet: false },
    ],
  },
  {
    name: 'headers written in the code but not known statically (call headers, client defaultHeaders, options that set headers on a condition): the version is unknown, and in such a file opaque options may carry them too',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.messages.create(${BODY}, { headers: getHeaders() });\nclient.messages.create(${BODY}, requestOptions);\nclient.messages.create(${BODY}, { headers: { 'anthropic-version': process.env.V } });\nconst c2 = new Anthropic({ defaultHeaders: cfg.defaultHeaders });\nc2.messages.create(${BODY});\nconst c3 = new Anthropic({ defaultHeaders: { 'anthropic-version': process.env.V ?? '2026-10-21' } });\nc3.messages.create(${BODY});\nconst c4 = new Anthropic({ ...options });\nc4.messages.create(${BODY});\nconst c5 = new Anthropic(options);\nc5.messages.create(${BODY});\nconst legacy = new Anthropic({ defaultHeaders: { 'anthropic-version': '2023-06-01' } });\nconst either = flag ? legacy : client;\neither.messages.create(${BODY});\nclient.messages.create(${BODY}, { headers: { 'x-trace': 'a' } });\nconst toggled = new Anthropic(flag ? { defaultHeaders: { 'anthropic-version': '2023-06-01' } } : {});\ntoggled.messages.create(${BODY});\nclient.messages.create(${BODY}, flag ? { headers: { 'anthropic-version': '2023-06-01' } } : undefined);`,
    sites: [
      { apiVersion: 'unknown' },
      { apiVersion: 'unknown' },
      { apiVersion: 'unknown' },
      { apiVersion: 'unknown' },
      { apiVersion: 'unknown' },
      { apiVersion: 'unknown' },
      { apiVersion: 'unknown' },
      { apiVersion: 'unknown' },
      { apiVersion: undefined },
      { apiVersion: 'unknown' },
      { apiVersion: 'unknown' },
    ],
  },
  {
    name: 'opaque client or request options in a file that never writes anthropic-version keep the project\'s version (they usually hold apiKey, baseURL, timeout)',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic(options);\nclient.messages.create(${BODY}, requestOptions);\nconst spread = new Anthropic({ ...options, timeout: 5 });\nspread.messages.create(${BODY});`,
    sites: [{ apiVersion: undefined }, { apiVersion: undefined }],
  },
  {
    name: 'a file that writes an anthropic-version header somewhere: options not known statically may carry it (mutated, from a factory, a default parameter)',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst opts: Record<string, unknown> = {};\nif (process.env.V) opts.defaultHeaders = { 'anthropic-version': process.env.V };\nconst client = new Anthropic(opts);\nclient.messages.create(${BODY});\nconst plain = new Anthropic();\nplain.messages.create(${BODY}, requestOptions());`,
    sites: [{ apiVersion: 'unknown' }, { apiVersion: 'unknown' }],
  },
  {
    name: 'a Bedrock or Vertex body that states its anthropic_version: that version wins (the platform SDKs keep it); on a first-party client it does not',
    code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';\nimport Anthropic from '@anthropic-ai/sdk';\nconst br = new AnthropicBedrock();\nbr.messages.create({ anthropic_version: 'bedrock-2023-05-31', model: 'm', max_tokens: 5, messages: [] });\nbr.messages.create({ anthropic_version: '2026-10-21', model: 'm', max_tokens: 5, messages: [] });\nnew Anthropic().messages.create({ anthropic_version: 'bedrock-2023-05-31', model: 'claude-sonnet-5-5', max_tokens: 5, messages: [] });`,
    sites: [{ platform: 'bedrock', apiVersion: '2023-06-01' }, { platform: 'bedrock', apiVersion: '2026-10-21' }, { platform: 'anthropic', apiVersion: undefined }],
  },
  {
    name: 'anthropic-beta in the request options or the client defaultHeaders (or headers not known statically): the beta endpoint',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.messages.create(${BODY}, { headers: { 'anthropic-beta': 'mcp-client-2025-04-04' } });\nclient.messages.create(${BODY}, { headers: extraHeaders });\nclient.messages.create(${BODY}, requestOptions);\nclient.messages.create(${BODY}, { timeout: 5, headers: { 'x-trace': 'a' } });\nconst betaClient = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'context-management-2025-06-27' } });\nbetaClient.messages.create(${BODY});\nconst dynamic = new Anthropic({ defaultHeaders: makeHeaders() });\ndynamic.messages.countTokens({ model: 'claude-sonnet-5-5', messages: [] });\nclient.withOptions({ defaultHeaders: { 'Anthropic-Beta': 'x' } }).messages.create(${BODY});`,
    sites: [
      { ...MSG, endpoint: 'beta' },
      { ...MSG, endpoint: 'beta' },
      { ...MSG, endpoint: 'beta' },
      { ...MSG, endpoint: 'ga' },
      { ...MSG, endpoint: 'beta' },
      { kind: 'count-tokens', endpoint: 'beta' },
      { ...MSG, endpoint: 'beta' },
    ],
  },
  {
    name: "a client whose baseURL is another provider's Anthropic-compatible API: checked only for a literal claude… model; one not known statically: not for a literal non-Claude model",
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst proxy = new Anthropic({ baseURL: 'https://llm-proxy.example.com/anthropic' });\nproxy.messages.create(${BODY});\nconst direct = new Anthropic({ baseURL: 'https://api.anthropic.com' });\ndirect.messages.create({ model: 'my-model', max_tokens: 5, messages: [] });\nconst fromEnv = new Anthropic({ baseURL: process.env.ANTHROPIC_BASE_URL });\nfromEnv.messages.create({ model: 'my-model', max_tokens: 5, messages: [] });\nfromEnv.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 5, messages: [] });`,
    // A baseURL not known statically may be another provider's: its non-Claude id is not ours, a Claude id is.
    sites: [{ ...MSG, platform: 'gateway', payload: PAYLOAD }, { ...MSG }, { ...MSG, payload: { model: 'claude-sonnet-5-5', max_tokens: 5, messages: [] } }],
  },
];

const http: Case[] = [
  {
    name: 'raw HTTP to Bedrock keeps the Bedrock platform; to another host (also another AWS host: API Gateway, a load balancer) it is a gateway',
    code: `fetch('https://bedrock-mantle.us-east-1.api.aws/anthropic/v1/messages', { method: 'POST', headers: { 'anthropic-version': '2023-06-01' }, body: JSON.stringify(${BODY}) });\nfetch('https://llm.example.com/v1/messages', { method: 'POST', headers: { 'anthropic-version': '2023-06-01' }, body: JSON.stringify(${BODY}) });\nfetch('https://abc123.execute-api.us-east-1.amazonaws.com/prod/v1/messages', { method: 'POST', headers: { 'anthropic-version': '2023-06-01' }, body: JSON.stringify(${BODY}) });`,
    sites: [{ origin: 'http-call', platform: 'bedrock' }, { origin: 'http-call', platform: 'gateway' }, { origin: 'http-call', platform: 'gateway' }],
  },
  {
    name: 'fetch with JSON.stringify and an anthropic-version header',
    code: `const res = await fetch('https://api.anthropic.com/v1/messages', {\n  method: 'POST',\n  headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },\n  body: JSON.stringify(${BODY}),\n});`,
    sites: [{ kind: 'messages', endpoint: 'ga', platform: 'anthropic', origin: 'http-call', apiVersion: '2023-06-01', sdkTimeoutSet: undefined, streaming: false, payload: PAYLOAD }],
  },
  {
    name: 'fetch to a template URL with ?beta=true, count_tokens and batches',
    code: `const BASE = process.env.BASE;\nconst headers = { 'anthropic-version': '2023-06-01' };\nfetch(\`\${BASE}/v1/messages?beta=true\`, { method: 'post', headers, body: JSON.stringify(${BODY}) });\nfetch(BASE + '/v1/messages/count_tokens', { method: 'POST', headers, body: JSON.stringify({ model: 'm', messages: [] }) });\nconst url = 'https://api.anthropic.com/v1/messages/batches';\nconst body = JSON.stringify({ requests: [] });\nfetch(url, { method: 'POST', body, headers: { 'anthropic-beta': 'x' } });`,
    sites: [
      { kind: 'messages', endpoint: 'beta', origin: 'http-call' },
      { kind: 'count-tokens', endpoint: 'ga' },
      { kind: 'batch', endpoint: 'beta', payload: { requests: [] } },
    ],
  },
  {
    name: 'axios.post and got.post',
    code: `import axios from 'axios';\nimport got from 'got';\naxios.post('https://api.anthropic.com/v1/messages', ${BODY}, { headers: { 'anthropic-version': '2026-10-21' } });\ngot.post('https://api.anthropic.com/v1/messages', { json: ${BODY}, headers: {} });`,
    sites: [
      { kind: 'messages', origin: 'http-call', apiVersion: '2026-10-21', payload: PAYLOAD },
      { kind: 'messages', origin: 'http-call', apiVersion: undefined, payload: PAYLOAD },
    ],
  },
  {
    name: 'an axios instance from axios.create',
    code: `import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.anthropic.com' });\napi.post('/v1/messages', { model: 'claude-x', stream: true });`,
    sites: [{ kind: 'messages', origin: 'http-call', streaming: true }],
  },
  {
    name: 'axios config object',
    code: `import axios from 'axios';\naxios({ method: 'post', url: 'https://api.anthropic.com/v1/messages', data: ${BODY} });`,
    sites: [{ kind: 'messages', origin: 'http-call', payload: PAYLOAD }],
  },
  {
    name: 'an axios instance: anthropic-version and anthropic-beta from axios.create({ headers }), the call headers win',
    code: `import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.anthropic.com', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' } });\napi.post('/v1/messages', ${BODY});\napi.post('/v1/messages', ${BODY}, { headers: { 'anthropic-version': '2026-10-21' } });\nconst beta = axios.create({ baseURL: process.env.BASE, headers: { 'anthropic-beta': 'x', 'anthropic-version': '2026-10-21' } });\nbeta.post('/v1/messages', ${BODY});`,
    sites: [
      { endpoint: 'ga', apiVersion: '2023-06-01' },
      { endpoint: 'ga', apiVersion: '2026-10-21' },
      { endpoint: 'beta', apiVersion: '2026-10-21' },
    ],
  },
  {
    name: 'headers not known statically: the API version is unknown and the endpoint beta',
    code: `import axios from 'axios';\nimport { anthropicHeaders } from './headers';\nconst URL_ = 'https://api.anthropic.com/v1/messages';\nfetch(URL_, { method: 'POST', headers: anthropicHeaders(), body: JSON.stringify(${BODY}) });\nfetch(URL_, { method: 'POST', headers: new Headers({ 'anthropic-version': '2023-06-01' }), body: JSON.stringify(${BODY}) });\nfetch(URL_, { ...init, method: 'POST', body: JSON.stringify(${BODY}) });\nfetch(URL_, { method: 'POST', headers: { ...anthropicHeaders(), 'content-type': 'application/json' }, body: JSON.stringify(${BODY}) });\nfetch(URL_, { method: 'POST', headers: { 'anthropic-version': process.env.V }, body: JSON.stringify(${BODY}) });\nconst api = axios.create({ baseURL: 'https://api.anthropic.com', headers: { 'anthropic-version': '2023-06-01' } });\napi.defaults.headers.common['anthropic-version'] = version;\napi.post('/v1/messages', ${BODY});\nconst api2 = axios.create(config);\napi2.post('https://api.anthropic.com/v1/messages', ${BODY});`,
    sites: [
      { apiVersion: 'unknown', endpoint: 'beta' },
      { apiVersion: 'unknown', endpoint: 'beta' },
      { apiVersion: 'unknown', endpoint: 'beta' },
      { apiVersion: 'unknown', endpoint: 'beta' },
      { apiVersion: 'unknown', endpoint: 'ga' },
      { apiVersion: 'unknown', endpoint: 'beta' },
      { apiVersion: 'unknown', endpoint: 'beta' },
    ],
  },
  {
    name: 'evidence: an Anthropic host (also a subdomain, new URL(path, base)), or an anthropic-* header with an unknown host',
    code: `const API = 'https://api.anthropic.com';\nfetch('https://eu.api.anthropic.com/v1/messages', { method: 'POST', body: JSON.stringify(${BODY}) });\nfetch(new URL('/v1/messages', API), { method: 'POST', body: JSON.stringify(${BODY}) });\nfetch(\`\${process.env.API_URL}/v1/messages\`, { method: 'POST', headers: { 'anthropic-version': '2023-06-01' }, body: JSON.stringify({ model: 'my-model', messages: [] }) });\nfetch(\`https://api.anthropic.com/\${'v1'}/messages\`, { method: 'POST', body: JSON.stringify(${BODY}) });`,
    sites: [{ origin: 'http-call' }, { origin: 'http-call' }, { origin: 'http-call', payload: { model: 'my-model', messages: [] } }, { origin: 'http-call' }],
  },
  {
    name: "another provider's host or the app's own backend: only a literal claude… model is ours",
    code: `import axios from 'axios';\nconst h = { 'anthropic-version': '2023-06-01' };\nfetch('https://api.deepseek.com/anthropic/v1/messages', { method: 'POST', headers: h, body: JSON.stringify({ model: 'deepseek-chat', max_tokens: 100, messages: [] }) });\nfetch('https://gateway.example.com/anthropic/v1/messages', { method: 'POST', headers: h, body: JSON.stringify(${BODY}) });\nconst kimi = axios.create({ baseURL: 'https://api.moonshot.ai/anthropic', headers: h });\nkimi.post('/v1/messages', { model: 'kimi-k2', max_tokens: 1, messages: [] });\nfetch('/api/claude/v1/messages', { method: 'POST', headers: h, body: JSON.stringify({ model: process.env.MODEL, max_tokens: 1, messages: [] }) });\nfetch('/api/claude/v1/messages', { method: 'POST', headers: h, body: JSON.stringify(${BODY}) });`,
    sites: [{ origin: 'http-call', payload: PAYLOAD }, { origin: 'http-call', payload: PAYLOAD }],
  },
];

const decoys: Case[] = [
  {
    name: 'a test mock written as an object literal is not a client (even with the SDK imported)',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst create = vi.fn();\nconst mockClient = { messages: { create } };\nmockClient.messages.create(${BODY});\nconst inline = { messages: { create: vi.fn() } } as unknown as Anthropic;\ninline.messages.create(${BODY});`,
    sites: [],
  },
  {
    name: 'Twilio client.messages.create({ body, from, to }), multi-line',
    code: `import twilio from 'twilio';\nconst client = twilio(process.env.SID, process.env.TOKEN);\nawait client\n  .messages\n  .create({\n    body: 'Hello',\n    from: '+15005550006',\n    to: '+15005550001',\n  });`,
    sites: [],
  },
  {
    name: 'Twilio in a file that also uses Anthropic',
    code: `import Anthropic from '@anthropic-ai/sdk';\nimport { Twilio } from 'twilio';\nconst anthropic = new Anthropic();\nconst sms = new Twilio(sid, token);\nsms.messages.create({ body: 'x', from: a, to: b });`,
    sites: [],
  },
  {
    name: 'Twilio client of unknown origin in a file that imports the Anthropic SDK',
    code: `import Anthropic from '@anthropic-ai/sdk';\nimport { client } from './twilio';\nclient.messages.create({ body: 'Hi', from: '+1', to: '+2' });`,
    sites: [],
  },
  {
    name: 'Twilio shape under any-shaped',
    clients: 'any-shaped',
    code: `export function send(client) { return client.messages.create({ body: 'Hi', from: '+1', to: '+2' }); }`,
    sites: [],
  },
  {
    name: 'OpenAI beta threads and chat completions',
    code: `import OpenAI from 'openai';\nimport Anthropic from '@anthropic-ai/sdk';\nconst openai = new OpenAI();\nawait openai.beta.threads.messages.create(threadId, { role: 'user', content: 'Hi' });\nawait openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] });\nawait openai.messages?.create?.({ model: 'gpt-4o', messages: [] });`,
    sites: [],
  },
  {
    name: 'Mailgun mg.messages.create(domain, data)',
    code: `import formData from 'form-data';\nimport Mailgun from 'mailgun.js';\nconst mailgun = new Mailgun(formData);\nconst mg = mailgun.client({ username: 'api', key: process.env.MAILGUN_KEY });\nmg.messages.create('sandbox.mailgun.org', { from: 'a@b.c', to: ['d@e.f'], subject: 'Hi', text: 'Hello' });`,
    sites: [],
  },
  {
    name: 'Mailgun receiver of unknown origin in an Anthropic file',
    code: `import Anthropic from '@anthropic-ai/sdk';\nexport function mail(mg, data) { return mg.messages.create('example.com', data); }`,
    sites: [],
  },
  {
    name: 'Plivo, MessageBird, Telnyx',
    file: 'sms.js',
    code: `const plivo = require('plivo');\nconst client = new plivo.Client();\nclient.messages.create({ src: '+1', dst: '+2', text: 'Hi' });\nconst messagebird = require('messagebird')('KEY');\nmessagebird.messages.create({ originator: 'Me', recipients: ['+3'], body: 'Hi' }, cb);\nconst telnyx = require('telnyx')('KEY');\ntelnyx.messages.create({ from: '+1', to: '+2', text: 'Hi' });`,
    sites: [],
  },
  {
    name: 'instructor-style wrapper around another client',
    code: `import Instructor from '@instructor-ai/instructor';\nimport Anthropic from '@anthropic-ai/sdk';\nconst client = Instructor({ client: oai, mode: 'TOOLS' });\nawait client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 5, messages: [], response_model: schema });`,
    sites: [],
  },
  {
    name: 'a typed container whose member is another SDK',
    code: `import type Anthropic from '@anthropic-ai/sdk';\nimport type { Twilio } from 'twilio';\ninterface Deps { sms: Twilio }\nexport function send(deps: Deps) { return deps.sms.messages.create({ body: 'x', from: 'a', to: 'b' }); }`,
    sites: [],
  },
  {
    name: 'a user class with its own messages.create',
    code: `import Anthropic from '@anthropic-ai/sdk';\nclass ChatStore {\n  messages = { create: (m: object) => m };\n  add() { return this.messages.create({ model: 'x', messages: [] }); }\n}\nconst store = new ChatStore();\nstore.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 1, messages: [] });`,
    sites: [],
  },
  {
    name: 'a class extending a base from another module (or an unknown base): this.messages is its own',
    code: `import Anthropic from '@anthropic-ai/sdk';\nimport { BaseRepo } from './base';\nclass ChatRepo extends BaseRepo {\n  save() { return this.messages.create(${BODY}); }\n}\nclass Mixed extends withLogging(BaseRepo) {\n  save() { return this.messages.create(${BODY}); }\n}\nnew ChatRepo().messages.create(${BODY});\nconst m = new Mixed();\nm.messages.create(${BODY});`,
    sites: [],
  },
  {
    name: "Anthropic-compatible APIs of other providers: the SDK client pointed at Moonshot, DeepSeek, with their own models",
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst kimi = new Anthropic({ baseURL: 'https://api.moonshot.ai/anthropic', apiKey: process.env.MOONSHOT_API_KEY });\nkimi.messages.create({ model: 'kimi-k2-0905-preview', max_tokens: 1024, messages: [{ role: 'user', content: 'hi' }] });\nexport function ask(model: string) { return kimi.messages.create({ model, max_tokens: 1, messages: [] }); }\nconst client = new Anthropic();\nconst ds = client.withOptions({ baseURL: 'https://api.deepseek.com/anthropic' });\nds.messages.create({ model: 'deepseek-chat', max_tokens: 1, messages: [] });`,
    sites: [],
  },
  {
    name: 'a receiver of unknown origin whose literal model is not a Claude model id',
    code: `import Anthropic from '@anthropic-ai/sdk';\nimport { llm } from './llm';\nllm.messages.create({ model: 'gpt-4o', max_tokens: 100, messages: [{ role: 'system', content: 'x' }, { role: 'user', content: 'x' }] });\nexport function f(gateway) { return gateway.messages.create({ model: 'llama-3.1-70b', max_tokens: 1, messages: [] }); }`,
    sites: [],
  },
  {
    name: "a wrapper around another provider's client, and a static field that is no client",
    code: `import Anthropic from '@anthropic-ai/sdk';\nimport OpenAI from 'openai';\nimport { wrapOpenAI } from 'braintrust';\nconst oai = wrapOpenAI(new OpenAI());\noai.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 1, messages: [] });\nclass Store { static inbox = { messages: { create: (m) => m } }; }\nStore.inbox.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 1, messages: [] });`,
    sites: [],
  },
  {
    name: 'a receiver of unknown origin without an SDK import (default anthropic-only)',
    code: `export async function ask(llm) { return llm.messages.create(${BODY}); }`,
    sites: [],
  },
  {
    name: 'toolRunner outside beta, messages.list, batches.retrieve',
    code: `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.messages.toolRunner(${BODY});\nclient.messages.batches.retrieve('id');\nclient.models.create(${BODY});`,
    sites: [],
  },
  {
    name: "an SDK's own internals: this._client.post('/v1/messages', { body, ...options })",
    code: `import Anthropic from '@anthropic-ai/sdk';\nexport class Messages {\n  create(body, options) {\n    return this._client.post('/v1/messages', { body, timeout: 600000, ...options, stream: body.stream ?? false });\n  }\n}`,
    sites: [],
  },
  {
    name: "the app's own backend: a relative /api/v1/messages, or an unknown host with a chat body",
    code: `await fetch('/api/v1/messages', { method: 'POST', body: JSON.stringify({ model: 'support-bot', messages: [draft] }) });\nawait fetch(\`\${API}/v1/messages\`, { method: 'POST', body: JSON.stringify({ text: 'hi', channelId }) });\nimport axios from 'axios';\naxios.post('/v1/messages', { conversationId, messages: [] });`,
    sites: [],
  },
  {
    name: 'no evidence of Anthropic: x-api-key alone, /anthropic/ in a path, a look-alike host, an unknown host without anthropic-* headers',
    code: `import axios from 'axios';\naxios.post('https://api.nexmo.com/v1/messages', { message_type: 'text', text, to: '447700900000', from: 'Acme', channel: 'whatsapp' }, { headers: { 'X-API-Key': 'abc' } });\nfetch('https://api.example.com/v1/messages', { method: 'POST', headers: { 'x-api-key': key }, body: JSON.stringify(${BODY}) });\nfetch('https://gateway.example.com/anthropic/v1/messages', { method: 'POST', body: JSON.stringify(${BODY}) });\nfetch('https://api.anthropic.com.example.net/v1/messages', { method: 'POST', body: JSON.stringify(${BODY}) });\nfetch(\`\${process.env.API_URL}/v1/messages\`, { method: 'POST', headers: { authorization: 'Bearer x' }, body: JSON.stringify(${BODY}) });`,
    sites: [],
  },
  {
    name: 'fetch without POST, to other URLs, or with an unknown body',
    code: `fetch('https://api.anthropic.com/v1/messages');\nfetch('https://api.anthropic.com/v1/models', { method: 'POST', body: JSON.stringify({}) });\nfetch('https://api.anthropic.com/v1/messages/batches/abc/cancel', { method: 'POST', body: JSON.stringify({}) });\nfetch('https://api.anthropic.com/v1/messages', { method: 'POST', body: stream });`,
    sites: [],
  },
];

function check(c: Case): void {
  const sites = sitesOf(c.code, { ...(c.file ? { file: c.file } : {}), ...(c.clients ? { clients: c.clients } : {}) });
  assert.equal(sites.length, c.sites.length, `call sites found: ${JSON.stringify(sites.map((s) => display(s.payload)))}`);
  c.sites.forEach((expected, i) => {
    const site = sites[i]!;
    const actual: Record<string, unknown> = {
      kind: site.kind,
      endpoint: site.endpoint,
      platform: site.platform,
      origin: site.origin,
      streaming: site.streaming,
      sdkTimeoutSet: site.sdkTimeoutSet,
      apiVersion: site.apiVersion?.value,
      payload: display(site.payload),
    };
    for (const key of Object.keys(expected) as (keyof Expected)[]) {
      assert.deepEqual(actual[key], expected[key], `site ${i}: ${key}`);
    }
    assert.equal(site.call.type, 'CallExpression');
  });
}

describe('JS/TS call detection', () => {
  for (const c of detected) it(c.name, () => check(c));
});

describe('raw HTTP calls', () => {
  for (const c of http) it(c.name, () => check(c));
});

describe('decoys give zero call sites', () => {
  for (const c of decoys) it(c.name, () => check(c));
});
