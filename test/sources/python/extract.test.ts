/**
 * Which Python calls are Claude API calls, how they are sent, and what their
 * keyword arguments evaluate to (issue 11 §2). Decoys give no call site.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractCallSites, type PyCallSite } from '../../../src/sources/python/extract.js';
import { parsePython } from '../../../src/sources/python/syntax.js';
import { isOpen, isUnknown, PartialString } from '../../../src/engine/partial.js';

const UNKNOWN = '<unknown>';

function display(value: unknown): unknown {
  if (value instanceof PartialString) return `<partial ${value.shown()}>`;
  if (isUnknown(value)) return UNKNOWN;
  if (Array.isArray(value)) return [...value.map(display), ...(isOpen(value) ? ['...'] : [])];
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) out[k] = display((value as Record<string, unknown>)[k]);
    if (isOpen(value)) out['...'] = '<open>';
    return out;
  }
  return value;
}

function sites(code: string, clients?: 'anthropic-only' | 'any-shaped'): PyCallSite[] {
  return extractCallSites(parsePython(code).topNode, code, clients ? { clients } : {});
}

const ARGS = `model="claude-sonnet-5-5", max_tokens=1024, messages=[{"role": "user", "content": "Hi"}]`;
const BODY = { model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] };

interface Case {
  name: string;
  code: string;
  expect: { kind?: string; endpoint?: string; platform?: string; streaming?: boolean; sdkTimeoutSet?: boolean; apiVersion?: string; payload?: unknown }[];
}

const detected: Case[] = [
  { name: 'from-import, module-level client', code: `from anthropic import Anthropic\nclient = Anthropic()\nclient.messages.create(${ARGS})`, expect: [{ kind: 'messages', endpoint: 'ga', platform: 'anthropic', streaming: false, sdkTimeoutSet: false, payload: BODY }] },
  { name: 'import anthropic as alias', code: `import anthropic as ai\nc = ai.Anthropic()\nc.messages.create(${ARGS})`, expect: [{ platform: 'anthropic' }] },
  { name: 'anthropic.Client', code: `import anthropic\nc = anthropic.Client()\nc.messages.create(${ARGS})`, expect: [{ platform: 'anthropic' }] },
  { name: 'from-import alias, async client, await', code: `from anthropic import AsyncAnthropic as AA\nc = AA()\nasync def f():\n    await c.messages.create(${ARGS})`, expect: [{ platform: 'anthropic' }] },
  { name: 'Bedrock and Vertex clients', code: `from anthropic import AnthropicBedrock, AsyncAnthropicVertex\nb = AnthropicBedrock()\nv = AsyncAnthropicVertex()\nb.messages.create(${ARGS})\nv.messages.create(${ARGS})`, expect: [{ platform: 'bedrock' }, { platform: 'vertex' }] },
  {
    name: 'self.client set in __init__, used in a method',
    code: `import anthropic\nclass Bot:\n    def __init__(self):\n        self.client = anthropic.Anthropic(timeout=20)\n    def ask(self, q):\n        return self.client.messages.create(model="claude-sonnet-5-5", max_tokens=5, messages=[{"role": "user", "content": q}])`,
    expect: [{ sdkTimeoutSet: true, payload: { model: 'claude-sonnet-5-5', max_tokens: 5, messages: [{ role: 'user', content: UNKNOWN }] } }],
  },
  { name: 'client built in a helper function', code: `from anthropic import Anthropic\ndef make():\n    return Anthropic()\nclient = make()\nclient.messages.create(${ARGS})`, expect: [{ platform: 'anthropic' }] },
  { name: 'inline constructor', code: `import anthropic\nanthropic.Anthropic().messages.create(${ARGS})`, expect: [{ platform: 'anthropic' }] },
  { name: 'with_raw_response and stream', code: `from anthropic import Anthropic\nc = Anthropic()\nc.messages.with_raw_response.create(${ARGS})\nc.messages.stream(${ARGS})`, expect: [{ streaming: false }, { streaming: true }] },
  { name: 'with_streaming_response on beta', code: `from anthropic import Anthropic\nc = Anthropic()\nc.beta.messages.with_streaming_response.create(${ARGS}, betas=["x-2025"])`, expect: [{ endpoint: 'beta', payload: BODY }] },
  { name: 'count_tokens', code: `from anthropic import Anthropic\nc = Anthropic()\nc.messages.count_tokens(model="claude-sonnet-5-5", messages=[])`, expect: [{ kind: 'count-tokens', payload: { model: 'claude-sonnet-5-5', messages: [] } }] },
  { name: 'with_options keeps the client, with its timeout', code: `from anthropic import Anthropic\nc = Anthropic()\nc.with_options(timeout=5).messages.create(${ARGS})`, expect: [{ platform: 'anthropic', sdkTimeoutSet: true }] },
  { name: 'a client wrapped for tracing', code: `from anthropic import Anthropic\nfrom langsmith.wrappers import wrap_anthropic\nc = wrap_anthropic(Anthropic())\nc.messages.create(${ARGS})`, expect: [{ platform: 'anthropic', sdkTimeoutSet: false }] },
  { name: 'a resource alias', code: `from anthropic import Anthropic\nm = Anthropic().messages\nm.create(${ARGS})`, expect: [{ platform: 'anthropic' }] },
  { name: 'tool_runner on beta', code: `from anthropic import Anthropic\nc = Anthropic()\nc.beta.messages.tool_runner(${ARGS}, tools=[], max_iterations=3)`, expect: [{ endpoint: 'beta', payload: { ...BODY, tools: [] } }] },
  {
    name: 'request options are not body fields; extra_body merges; NOT_GIVEN is not sent',
    code: `from anthropic import Anthropic, NOT_GIVEN\nc = Anthropic()\nc.messages.create(${ARGS}, temperature=NOT_GIVEN, extra_headers={"anthropic-version": "2023-06-01"}, extra_query={"a": 1}, timeout=5, extra_body={"top_k": 3})`,
    expect: [{ apiVersion: '2023-06-01', sdkTimeoutSet: true, payload: { ...BODY, top_k: 3 } }],
  },
  { name: "the client's default_headers give the version", code: `from anthropic import Anthropic\nc = Anthropic(default_headers={"anthropic-version": "2023-06-01"})\nc.messages.create(${ARGS})`, expect: [{ apiVersion: '2023-06-01' }] },
  {
    name: 'values: names, concatenation, f-strings, dict(), TypedDicts, spreads',
    code: [
      'from anthropic import Anthropic',
      'from anthropic.types import MessageParam',
      'MODEL = "claude-" "sonnet-5-5"',
      'NAME = "Ada"',
      'BASE = {"max_tokens": 100}',
      'c = Anthropic()',
      'def f(x):',
      '    system = f"Hello {NAME}, {{ok}}"',
      '    c.messages.create(model=MODEL, system=system, messages=[MessageParam(role="user", content=x)], metadata=dict(user_id="u"), **BASE)',
      '    c.messages.create(model=MODEL, messages=[], **x)',
    ].join('\n'),
    expect: [
      { payload: { model: 'claude-sonnet-5-5', system: 'Hello Ada, {ok}', messages: [{ role: 'user', content: UNKNOWN }], metadata: { user_id: 'u' }, max_tokens: 100 } },
      { payload: { model: 'claude-sonnet-5-5', messages: [], '...': '<open>' } },
    ],
  },
  {
    name: 'a list changed after it is built is not known',
    code: `from anthropic import Anthropic\nc = Anthropic()\nmsgs = []\nmsgs.append({"role": "user", "content": "x"})\nc.messages.create(model="claude-sonnet-5-5", max_tokens=5, messages=msgs)`,
    expect: [{ payload: { model: 'claude-sonnet-5-5', max_tokens: 5, messages: UNKNOWN } }],
  },
  {
    name: 'a conditional expression: one payload per branch',
    code: `from anthropic import Anthropic\nc = Anthropic()\ndef f(fast):\n    c.messages.create(model="claude-sonnet-5-5", max_tokens=100 if fast else "lots", messages=[])`,
    expect: [{ payload: { model: 'claude-sonnet-5-5', max_tokens: 100, messages: [] } }, { payload: { model: 'claude-sonnet-5-5', max_tokens: 'lots', messages: [] } }],
  },
  {
    name: 'a batch built by a comprehension: an open list of the template; an f-string keeps its known pieces',
    code: `from anthropic import Anthropic\nc = Anthropic()\ndef f(items):\n    c.messages.batches.create(requests=[{"custom_id": f"r-{i}", "params": {"model": "claude-sonnet-5-5", "messages": [{"role": "user", "content": t}]}} for i, t in enumerate(items)])`,
    expect: [{ kind: 'batch', payload: { requests: [{ custom_id: '<partial r-{…}>', params: { model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: UNKNOWN }] } }, '...'] } }],
  },
  {
    name: 'f-strings, implicit concatenation and + keep known pieces; a conversion or format spec is a hole',
    code: `from anthropic import Anthropic\nc = Anthropic()\ndef f(a, b):\n    c.messages.create(model=f"claude-{a}", max_tokens=5, system="you are " f"{a!r} and {b:>4}" + "!", metadata={"user_id": "u-" + f"{3}"}, messages=[{"role": "user", "content": f"{a}{b}"}])`,
    expect: [{ payload: { model: '<partial claude-{…}>', max_tokens: 5, system: '<partial you are {…} and {…}!>', metadata: { user_id: 'u-3' }, messages: [{ role: 'user', content: '<partial {…}>' }] } }],
  },
  { name: 'httpx POST to /v1/messages with json=', code: `import httpx\nhttpx.post("https://api.anthropic.com/v1/messages", headers={"anthropic-version": "2023-06-01"}, json={"model": "claude-sonnet-5-5", "max_tokens": 5, "messages": []})`, expect: [{ kind: 'messages', apiVersion: '2023-06-01' }] },
  { name: 'requests POST to count_tokens', code: `import requests\nrequests.post(url="https://api.anthropic.com/v1/messages/count_tokens", json={"model": "claude-sonnet-5-5", "messages": []})`, expect: [{ kind: 'count-tokens' }] },
  { name: 'a receiver of unknown origin in a file that imports anthropic', code: `import anthropic\ndef f(client):\n    client.messages.create(${ARGS})`, expect: [{ platform: 'unknown' }] },
];

const decoys: { name: string; code: string; clients?: 'any-shaped' }[] = [
  { name: 'Twilio', code: `from twilio.rest import Client\nclient = Client("sid", "tok")\nclient.messages.create(to="+1555", from_="+1666", body="hi")` },
  { name: 'Twilio in a file that imports anthropic', code: `import anthropic\nfrom twilio.rest import Client\nclient = Client("sid", "tok")\nclient.messages.create(to="+1555", from_="+1666", body="hi")` },
  { name: 'OpenAI threads', code: `import anthropic\nfrom openai import OpenAI\nclient = OpenAI()\nclient.beta.threads.messages.create(thread_id="t", role="user", content="hi")` },
  { name: 'OpenAI client with a Claude-like body', code: `import openai\nclient = openai.OpenAI()\nclient.messages.create(model="claude-sonnet-5-5", max_tokens=5, messages=[])` },
  { name: 'a class of this file', code: `import anthropic\nclass Fake:\n    pass\nf = Fake()\nf.messages.create(model="nope", max_tokens="x", messages=[])` },
  { name: 'Slack-like receiver of unknown origin', code: `import anthropic\ndef f(slack):\n    slack.messages.create(channel="C1", text="hi")` },
  { name: 'unknown receiver in a file that does not import anthropic', code: `def f(client):\n    client.messages.create(${ARGS})` },
  { name: 'another provider model on an unknown receiver', code: `def f(client):\n    client.messages.create(model="gpt-4o", max_tokens=5, messages=[])`, clients: 'any-shaped' },
  { name: 'positional arguments: not the anthropic SDK', code: `import anthropic\ndef f(client):\n    client.messages.create({"model": "x"})` },
  { name: 'a POST elsewhere', code: `import httpx\nhttpx.post("https://example.com/v1/chat", json={"model": "claude-sonnet-5-5"})` },
];

describe('python call sites', () => {
  for (const c of detected) {
    it(c.name, () => {
      const found = sites(c.code);
      assert.equal(found.length, c.expect.length, `sites: ${JSON.stringify(found.map((s) => display(s.payload)))}`);
      c.expect.forEach((e, i) => {
        const s = found[i]!;
        if (e.kind) assert.equal(s.kind, e.kind);
        if (e.endpoint) assert.equal(s.endpoint, e.endpoint);
        if (e.platform) assert.equal(s.platform, e.platform);
        if ('streaming' in e) assert.equal(s.streaming, e.streaming);
        if ('sdkTimeoutSet' in e) assert.equal(s.sdkTimeoutSet, e.sdkTimeoutSet);
        if (e.apiVersion) assert.equal(s.apiVersion?.value, e.apiVersion);
        if (e.payload) assert.deepEqual(display(s.payload), e.payload);
      });
    });
  }
  for (const d of decoys) {
    it(`decoy: ${d.name}`, () => {
      assert.deepEqual(sites(d.code, d.clients).map((s) => display(s.payload)), []);
    });
  }
  it("'any-shaped' counts an unknown receiver in a file without the import", () => {
    assert.equal(sites(`def f(client):\n    client.messages.create(${ARGS})`, 'any-shaped').length, 1);
  });
});
