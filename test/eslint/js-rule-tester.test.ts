/**
 * The plugin's rules on JS and TS call sites with ESLint's RuleTester: exact
 * messageId, line and column, fix and suggestion outputs; the decoys that share
 * our call shape (Twilio, OpenAI, Mailgun, a user class) stay silent; TS with
 * and without type information.
 */
import { describe, it, after } from 'node:test';
import path from 'node:path';
import { RuleTester } from 'eslint';
import type { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../src/eslint/plugin.js';
import { RULES_BY_ID } from '../../rules/index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
(RuleTester as unknown as { afterAll: typeof after }).afterAll = after;

const SETTINGS = { 'lint-payloads': { date: '2026-11-26', apiVersion: '2026-10-21' } };
const js = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }, settings: SETTINGS });
const ts = new RuleTester({ languageOptions: { parser: tsParser as Linter.Parser }, settings: SETTINGS });
// test/eslint/typed-project (source, not dist): a tsconfig, a factory module, and file.ts that the cases replace.
const TYPED_DIR = path.resolve(import.meta.dirname, '../../../test/eslint/typed-project');
const typed = new RuleTester({
  languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { projectService: true, tsconfigRootDir: TYPED_DIR } },
  settings: SETTINGS,
});
const TYPED_FILE = path.join(TYPED_DIR, 'file.ts');

const rule = (id: string) => {
  const r = plugin.rules?.[id];
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};

const IMPORT = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";

/** Calls shaped like ours on clients that are not Anthropic's: never a finding, whatever the rule. */
const DECOYS = [
  // Twilio: client.messages.create({ body, from, to }), multi-line.
  "import twilio from 'twilio';\nconst client = twilio(sid, token);\nawait client.messages.create({\n  body: 'Hi',\n  from: '+15550001',\n  to: '+15550002',\n});",
  // Twilio in a file that also uses Anthropic: the receiver's origin is known.
  `${IMPORT}import twilio from 'twilio';\nconst sms = twilio(sid, token);\nawait sms.messages.create({ body: 'Hi', from: '+15550001', to: '+15550002' });`,
  // OpenAI: threads and chat completions.
  "import OpenAI from 'openai';\nconst openai = new OpenAI();\nawait openai.beta.threads.messages.create(threadId, { role: 'user', content: 'x' });\nawait openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: 'x' }], temperature: 3 });",
  // Mailgun: messages.create(domain, data).
  "import Mailgun from 'mailgun.js';\nconst mg = new Mailgun(FormData).client({ username: 'api', key });\nawait mg.messages.create('example.com', { from: 'a@b.c', to: ['d@e.f'], subject: 'Hi', text: 'x' });",
  // A user class with its own messages.create, next to an Anthropic import.
  `${IMPORT}class Inbox { constructor() { this.messages = { create: (m) => m }; } }\nnew Inbox().messages.create({ subject: 'x', temperature: 3 });`,
  // No import at all: a receiver of unknown origin is not assumed to be a Claude client.
  "export function send(client) { return client.messages.create({ model: 'claude-sonnet-5-5', temperature: 0.5, messages: [] }); }",
  // Plivo, MessageBird, Telnyx: SMS SDKs with messages.create.
  "const plivo = require('plivo');\nconst client = new plivo.Client();\nclient.messages.create({ src: '+1', dst: '+2', text: 'Hi' });\nconst messagebird = require('messagebird')('KEY');\nmessagebird.messages.create({ originator: 'Me', recipients: ['+3'], body: 'Hi' }, cb);\nconst telnyx = require('telnyx')('KEY');\ntelnyx.messages.create({ from: '+1', to: '+2', text: 'Hi' });",
  // An instructor-style wrapper around another client, in a file that imports Anthropic.
  "import Instructor from '@instructor-ai/instructor';\nimport Anthropic from '@anthropic-ai/sdk';\nconst client = Instructor({ client: oai, mode: 'TOOLS' });\nawait client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 5, messages: [], response_model: schema, temperature: 3 });",
];

const GOOD_CALL = `${IMPORT}await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });`;

js.run('request-schema (JS)', rule('request-schema'), {
  valid: [
    GOOD_CALL,
    ...DECOYS,
    // Partial payloads: unknown values and spreads of unknown objects stay silent.
    `${IMPORT}export const f = (opts, history) => client.messages.create({ ...opts, model: 'claude-sonnet-5-5', messages: [...history] });`,
    `${IMPORT}export const f = (model, max) => client.messages.create({ model, max_tokens: max, messages: [{ role: 'user', content: String(model) }] });`,
    // Not Claude: x-api-key alone is no evidence; another provider's Anthropic-compatible endpoint with its own model.
    "import axios from 'axios';\nawait axios.post('https://api.nexmo.com/v1/messages', { message_type: 'text', text: 'x', to: '4477', from: 'Acme', channel: 'sms' }, { headers: { 'X-API-Key': 'abc' } });",
    "await fetch('https://api.deepseek.com/anthropic/v1/messages', { method: 'POST', headers: { 'x-api-key': k, 'anthropic-version': '2023-06-01' }, body: JSON.stringify({ model: 'deepseek-chat', max_tokens: 100, messages: [{ role: 'user', content: 'hi' }] }) });",
    "const API_URL = process.env.API_URL;\nawait fetch(`${API_URL}/v1/messages`, { method: 'POST', body: JSON.stringify({ conversationId: 'c', messages: [{ role: 'user', content: 'x' }] }) });",
    // Beta fields on client.messages.* with an anthropic-beta header in the request options or the client's defaultHeaders.
    `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, mcp_servers: [{ type: 'url', url: 'https://example.com/sse', name: 'ex' }], messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'anthropic-beta': 'mcp-client-2025-04-04' } });`,
    "import Anthropic from '@anthropic-ai/sdk';\nconst betaClient = new Anthropic({ defaultHeaders: { 'anthropic-beta': 'context-management-2025-06-27' } });\nawait betaClient.messages.create({ model: 'claude-opus-4-6', max_tokens: 1024, context_management: { edits: [{ type: 'clear_tool_uses_20250919' }] }, messages: [{ role: 'user', content: 'hi' }] });",
    // toolRunner tools carry run/parse functions: JSON.stringify drops them and the SDK uses them itself.
    `${IMPORT}await client.beta.messages.toolRunner({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], tools: [{ type: 'custom', name: 'w', input_schema: { type: 'object' }, run: async () => 'x', parse: (x) => x }] });`,
  ],
  invalid: [
    {
      name: 'a typo of a field is fixed in place',
      code: `${IMPORT}await client.messages.create({\n  model: 'claude-sonnet-5-5',\n  max_tokens: 1024,\n  strem: true,\n  messages: [{ role: 'user', content: 'Hi' }],\n});`,
      errors: [{ messageId: 'unknownFieldDidYouMean', line: 6, column: 3, endLine: 6, endColumn: 8 }],
      output: `${IMPORT}await client.messages.create({\n  model: 'claude-sonnet-5-5',\n  max_tokens: 1024,\n  stream: true,\n  messages: [{ role: 'user', content: 'Hi' }],\n});`,
    },
    {
      name: 'a shorthand typo keeps its binding',
      code: `${IMPORT}const max_token = 1024;\nawait client.messages.create({ model: 'claude-sonnet-5-5', max_token, messages: [{ role: 'user', content: 'Hi' }] });`,
      errors: [{ messageId: 'unknownFieldDidYouMean', line: 4, column: 60, endColumn: 69 }],
      output: `${IMPORT}const max_token = 1024;\nawait client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: max_token, messages: [{ role: 'user', content: 'Hi' }] });`,
    },
    {
      name: 'an unknown role: suggestion keeps the quote style',
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'usr', content: 'Hi' }] });`,
      errors: [
        {
          messageId: 'unknownType',
          line: 3,
          column: 97,
          endColumn: 102,
          suggestions: [{ desc: 'Replace "usr" with "user"', output: GOOD_CALL }],
        },
      ],
    },
    {
      name: 'a missing field is reported at the object it belongs in',
      code: `${IMPORT}await client.messages.create({ model: 'claude-sonnet-5-5', messages: [{ role: 'user', content: 'Hi' }] });`,
      errors: [{ messageId: 'missingField', line: 3, column: 30 }],
    },
    {
      name: 'a const object passed to the call, reported inside it',
      code: `${IMPORT}const params = {\n  model: 'claude-sonnet-5-5',\n  max_tokens: 1024,\n  messages: [{ role: 'user', content: 'Hi' }],\n  betas: ['x'],\n};\nawait client.messages.create(params);`,
      errors: [
        {
          messageId: 'headerParam',
          line: 7,
          column: 3,
          suggestions: [
            {
              desc: 'Remove "betas" from the body',
              output: `${IMPORT}const params = {\n  model: 'claude-sonnet-5-5',\n  max_tokens: 1024,\n  messages: [{ role: 'user', content: 'Hi' }],\n};\nawait client.messages.create(params);`,
            },
          ],
        },
      ],
    },
  ],
});

js.run('no-sampling-params (JS)', rule('no-sampling-params'), {
  valid: [
    GOOD_CALL,
    ...DECOYS,
    // The call's own anthropic-version header decides over the settings.
    `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 10, temperature: 0.5, messages: [] }, { headers: { 'anthropic-version': '2023-06-01' } });`,
    {
      code: `${IMPORT}await client.messages.create({ model: 'claude-opus-4-6', max_tokens: 10, temperature: 0.5, messages: [] });`,
      settings: { 'lint-payloads': { date: '2026-11-26', apiVersion: '2023-06-01' } },
    },
    // Raw HTTP with a 2023-06-01 header.
    "await fetch('https://api.anthropic.com/v1/messages', {\n  method: 'POST',\n  headers: { 'anthropic-version': '2023-06-01' },\n  body: JSON.stringify({ model: 'claude-opus-4-6', max_tokens: 10, temperature: 0.5, messages: [] }),\n});",
    // Raw HTTP whose headers are not known statically: the version it sends is unknown.
    "import { anthropicHeaders } from './headers';\nawait fetch('https://api.anthropic.com/v1/messages', { method: 'POST', headers: anthropicHeaders(), body: JSON.stringify({ model: 'claude-opus-4-6', max_tokens: 10, temperature: 0.5, messages: [] }) });",
    // An axios instance whose default headers send 2023-06-01.
    "import axios from 'axios';\nconst api = axios.create({ baseURL: 'https://api.anthropic.com', headers: { 'anthropic-version': '2023-06-01' } });\nawait api.post('/v1/messages', { model: 'claude-opus-4-6', max_tokens: 10, temperature: 0.5, messages: [] });",
  ],
  invalid: [
    {
      name: 'removal fix takes the line with it',
      code: `${IMPORT}await client.messages.create({\n  model: 'claude-sonnet-5-5',\n  max_tokens: 1024,\n  temperature: 0.2,\n  messages: [{ role: 'user', content: 'Hi' }],\n});`,
      errors: [{ messageId: 'removedSamplingParam', line: 6, column: 3, endLine: 6, endColumn: 14 }],
      output: `${IMPORT}await client.messages.create({\n  model: 'claude-sonnet-5-5',\n  max_tokens: 1024,\n  messages: [{ role: 'user', content: 'Hi' }],\n});`,
    },
    {
      name: 'after a spread: the literal member is removed',
      code: `${IMPORT}export const f = (opts) => client.messages.create({ ...opts, top_k: 5 });`,
      errors: [{ messageId: 'removedSamplingParam', line: 3, column: 62 }],
      output: `${IMPORT}export const f = (opts) => client.messages.create({ ...opts });`,
    },
    {
      name: 'from a shared const object: reported there, no fix (other calls may use it)',
      code: `${IMPORT}const base = { model: 'claude-sonnet-5-5', max_tokens: 1024, temperature: 1 };\nawait client.messages.create({ ...base, messages: [{ role: 'user', content: 'Hi' }] });`,
      errors: [{ messageId: 'removedSamplingParam', line: 3, column: 62, endColumn: 73 }],
      output: null,
    },
    {
      name: 'in a batch request',
      code: `${IMPORT}await client.messages.batches.create({\n  requests: [{ custom_id: 'a', params: { model: 'claude-sonnet-5-5', max_tokens: 10, top_p: 0.9, messages: [{ role: 'user', content: 'Hi' }] } }],\n});`,
      errors: [{ messageId: 'removedSamplingParam', line: 4, column: 86 }],
      output: `${IMPORT}await client.messages.batches.create({\n  requests: [{ custom_id: 'a', params: { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }] } }],\n});`,
    },
    {
      name: 'raw HTTP with a 2026-10-21 header',
      code: "await fetch('https://api.anthropic.com/v1/messages', {\n  method: 'POST',\n  headers: { 'anthropic-version': '2026-10-21' },\n  body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, temperature: 1, messages: [] }),\n});",
      errors: [{ messageId: 'removedSamplingParam', line: 4, column: 70 }],
      output: "await fetch('https://api.anthropic.com/v1/messages', {\n  method: 'POST',\n  headers: { 'anthropic-version': '2026-10-21' },\n  body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [] }),\n});",
    },
  ],
});

js.run('thinking-budget (JS)', rule('thinking-budget'), {
  valid: [
    // Two conditions that are linked in the program (think, opts.think): their branches are not combined.
    `${IMPORT}export async function ask(q, opts) {\n  const { think } = opts;\n  const max_tokens = think ? 16000 : 1024;\n  return client.messages.create({ model: 'claude-opus-4-6', max_tokens, ...(opts.think ? { thinking: { type: 'enabled', budget_tokens: 8000 } } : {}), messages: [{ role: 'user', content: q }] });\n}`,
  ],
  invalid: [
    {
      name: 'one condition: its branches are checked each',
      code: `${IMPORT}export async function ask(q, think) {\n  return client.messages.create({ model: 'claude-opus-4-6', max_tokens: think ? 1024 : 16000, ...(think ? { thinking: { type: 'enabled', budget_tokens: 8000 } } : {}), messages: [{ role: 'user', content: q }] });\n}`,
      errors: [{ messageId: 'budgetNotBelowMax' }],
    },
  ],
});

js.run('no-retired-model (JS)', rule('no-retired-model'), {
  valid: [GOOD_CALL, ...DECOYS, `${IMPORT}export const f = (model) => client.messages.create({ model, max_tokens: 10, messages: [] });`],
  invalid: [
    {
      name: 'a literal model: suggestion (not a fix) keeps the quote style',
      code: GOOD_CALL.replace('claude-sonnet-5-5', 'claude-3-opus-20240229'),
      errors: [{ messageId: 'retired', line: 3, column: 39, endColumn: 63, suggestions: [{ messageId: 'useModel', data: { id: 'claude-opus-5-5' }, output: GOOD_CALL.replace('claude-sonnet-5-5', 'claude-opus-5-5') }] }],
    },
    {
      name: 'a model from a const: reported at the call, no suggestion (the edit belongs to the const)',
      code: `${IMPORT}const MODEL = 'claude-3-opus-20240229';\nawait client.messages.create({ model: MODEL, max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });`,
      errors: [{ messageId: 'retired', line: 4, column: 39, endColumn: 44, suggestions: [] }],
    },
  ],
});

if (RULES_BY_ID.has('tool-result-pairing')) {
  js.run('tool-result-pairing (JS)', rule('tool-result-pairing'), {
    valid: [
      GOOD_CALL,
      // History of unknown length: pairing stops at the unknown part.
      `${IMPORT}export const f = (history) => client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [...history, { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01', content: 'ok' }] }] });`,
    ],
    invalid: [
      {
        code: `${IMPORT}await client.messages.create({\n  model: 'claude-sonnet-5-5',\n  max_tokens: 10,\n  messages: [\n    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01', content: 'ok' }, { type: 'text', text: 'Hi' }] },\n  ],\n});`,
        errors: [
          {
            messageId: 'orphanResult',
            line: 7,
            column: 31,
            suggestions: [
              {
                desc: 'Remove the tool_result for "toolu_01"',
                output: `${IMPORT}await client.messages.create({\n  model: 'claude-sonnet-5-5',\n  max_tokens: 10,\n  messages: [\n    { role: 'user', content: [{ type: 'text', text: 'Hi' }] },\n  ],\n});`,
              },
            ],
          },
        ],
      },
    ],
  });
}

if (RULES_BY_ID.has('system-message-role')) {
  const before = (content: string) =>
    `${IMPORT}const SYSTEM_PROMPT = 'You answer in one sentence.';\nawait client.messages.create({\n  model: 'claude-haiku-4-5',\n  max_tokens: 1024,\n  messages: [\n    { role: 'system', content: ${content} },\n    { role: 'user', content: 'Hi' },\n  ],\n});`;
  const after = (content: string) =>
    `${IMPORT}const SYSTEM_PROMPT = 'You answer in one sentence.';\nawait client.messages.create({\n  model: 'claude-haiku-4-5',\n  max_tokens: 1024,\n  messages: [\n    { role: 'user', content: 'Hi' },\n  ],\n  system: ${content},\n});`;
  js.run('system-message-role (JS)', rule('system-message-role'), {
    valid: [GOOD_CALL],
    invalid: [
      {
        name: 'moved to the top-level system: the content keeps its source text (a const stays a name)',
        code: before('SYSTEM_PROMPT'),
        errors: [{ messageId: 'systemRole', line: 8, column: 13 }],
        output: after('SYSTEM_PROMPT'),
      },
      {
        name: 'a literal content moves as written',
        code: before('"Be brief."'),
        errors: [{ messageId: 'systemRole', line: 8, column: 13 }],
        output: after('"Be brief."'),
      },
      {
        // The extraction offers no editable source for a value it cannot know: no fix rather than a guess.
        name: 'a content not known statically: reported, no fix',
        code: before('SYSTEM_PROMPT.trim()'),
        errors: [{ messageId: 'systemRole', line: 8, column: 13 }],
        output: null,
      },
    ],
  });
}

if (RULES_BY_ID.has('no-api-key-literal')) {
  // Shaped like a real key (random mixed case and digits); not a real one.
  const KEY = 'sk-ant-api03-q7Xh2LmN9pRk4VwZ8bKd3Fs6GjY1cHe5UuA0oPiWxQzMnBvC7rLkJ2gD9fS4hE8yU3bO6aI1wR5eN0mQ-AbCd7Ef9AA';
  js.run('no-api-key-literal (JS)', rule('no-api-key-literal'), {
    valid: ["const apiKey = process.env.ANTHROPIC_API_KEY;", "const prefix = 'sk-ant-';"],
    invalid: [{ code: `const apiKey = '${KEY}';`, errors: [{ messageId: 'apiKeyLiteral', line: 1, column: 17, endColumn: 17 + KEY.length }] }],
  });
}

ts.run('no-sampling-params (TS, no type information)', rule('no-sampling-params'), {
  valid: [
    ...DECOYS,
    // A client made elsewhere: without types its origin is unknown, so silent.
    "import { makeClient } from './factory.js';\nconst client = makeClient();\nexport const r = client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, temperature: 1, messages: [] });",
  ],
  invalid: [
    {
      name: 'TS syntax around the payload (as const, satisfies, non-null)',
      code: `import Anthropic from '@anthropic-ai/sdk';\nclass Bot {\n  private client = new Anthropic();\n  ask(q: string) {\n    const params = {\n      model: 'claude-sonnet-5-5' as const,\n      max_tokens: 1024,\n      temperature: 0.5,\n      messages: [{ role: 'user' as const, content: q }],\n    } satisfies Anthropic.MessageCreateParams;\n    return this.client!.messages.create(params);\n  }\n}\nexport default Bot;`,
      errors: [{ messageId: 'removedSamplingParam', line: 8, column: 7 }],
      output: `import Anthropic from '@anthropic-ai/sdk';\nclass Bot {\n  private client = new Anthropic();\n  ask(q: string) {\n    const params = {\n      model: 'claude-sonnet-5-5' as const,\n      max_tokens: 1024,\n      messages: [{ role: 'user' as const, content: q }],\n    } satisfies Anthropic.MessageCreateParams;\n    return this.client!.messages.create(params);\n  }\n}\nexport default Bot;`,
    },
  ],
});

ts.run('no-retired-model (TS)', rule('no-retired-model'), {
  valid: ["import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic, model: string) { return client.messages.create({ model, max_tokens: 10, messages: [] }); }"],
  invalid: [
    {
      name: 'a replaced literal inside `as const` keeps the assertion',
      code: "import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic) { return client.messages.create({ model: 'claude-3-opus-20240229' as const, max_tokens: 10, messages: [] }); }",
      errors: [
        {
          messageId: 'retired',
          suggestions: [
            { desc: 'Use "claude-opus-5-5"', output: "import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic) { return client.messages.create({ model: 'claude-opus-5-5' as const, max_tokens: 10, messages: [] }); }" },
          ],
        },
      ],
    },
  ],
});

typed.run('no-sampling-params (TS with type information)', rule('no-sampling-params'), {
  valid: [
    { code: DECOYS[2]!, filename: TYPED_FILE },
    { code: "import { makeClient } from './factory.js';\nconst client = makeClient();\nexport const r = client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [] });", filename: TYPED_FILE },
  ],
  invalid: [
    {
      name: 'a client from another module, known by its type',
      filename: TYPED_FILE,
      code: "import { makeClient } from './factory.js';\nconst client = makeClient();\nexport const r = client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, temperature: 1, messages: [] });",
      errors: [{ messageId: 'removedSamplingParam', line: 3, column: 87 }],
      output: "import { makeClient } from './factory.js';\nconst client = makeClient();\nexport const r = client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [] });",
    },
  ],
});

typed.run('no-assistant-document (TS with type information: an SDK param type)', rule('no-assistant-document'), {
  valid: [
    {
      name: 'a text block by type',
      code: "import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic, block: Anthropic.TextBlockParam) { return client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: [block] }] }); }",
      filename: TYPED_FILE,
    },
  ],
  invalid: [
    {
      name: 'a document block by type, directly in an assistant turn',
      code: "import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic, quoted: Anthropic.DocumentBlockParam) { return client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: [quoted] }] }); }",
      filename: TYPED_FILE,
      errors: 1,
    },
  ],
});

typed.run('prefill-support (TS with type information)', rule('prefill-support'), {
  valid: [
    {
      name: 'a role typed as a union: the user member is no prefill, so nothing every member has',
      code: "import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic, role: 'user' | 'assistant') { return client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }, { role, content: 'Hello' }] }); }",
      filename: TYPED_FILE,
    },
  ],
  invalid: [
    {
      name: 'the same with a literal assistant role is a prefill',
      code: "import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic) { return client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }] }); }",
      filename: TYPED_FILE,
      errors: 1,
    },
  ],
});

typed.run('no-retired-model (TS with type information)', rule('no-retired-model'), {
  valid: [
    { code: "import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic, model: string) { return client.messages.create({ model, max_tokens: 10, messages: [] }); }", filename: TYPED_FILE },
    {
      name: 'a union with one current member: the code may never send the retired one',
      code: "import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic, model: 'claude-3-opus-20240229' | 'claude-sonnet-5-5') { return client.messages.create({ model, max_tokens: 10, messages: [] }); }",
      filename: TYPED_FILE,
    },
  ],
  invalid: [
    {
      name: 'a union of literals whose every member is retired',
      filename: TYPED_FILE,
      code: "import Anthropic from '@anthropic-ai/sdk';\ntype Legacy = 'claude-3-opus-20240229' | 'claude-3-haiku-20240307';\nexport function f(client: Anthropic, model: Legacy) { return client.messages.create({ model, max_tokens: 10, messages: [] }); }",
      errors: [{ messageId: 'retired', line: 3, suggestions: [] }],
    },
    {
      name: 'a parameter whose type is one literal is known',
      filename: TYPED_FILE,
      code: "import Anthropic from '@anthropic-ai/sdk';\nexport function f(client: Anthropic, model: 'claude-3-opus-20240229') { return client.messages.create({ model, max_tokens: 10, messages: [] }); }",
      errors: [{ messageId: 'retired', line: 2, suggestions: [] }],
    },
  ],
});
