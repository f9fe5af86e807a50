/**
 * Static evaluation of call arguments (issue 3 §2): what is known, what is
 * Unknown, and the census shapes (inline object with dynamic values,
 * `{...base, overrides}`, trailing conditional spread, same-file const object).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { display, sitesOf, OPEN, UNKNOWN } from './helpers.js';

interface Case {
  name: string;
  /** Code before the call (the client is in scope). */
  setup?: string;
  /** The argument of client.messages.create(…). */
  arg: string;
  file?: string;
  /** One payload per call site (more than one when conditionals fork). */
  payloads: unknown[];
}

const cases: Case[] = [
  { name: 'literals of every JSON type', arg: `{ a: 'x', b: 1.5, c: true, d: null, e: -2, f: +3, g: [1, 'two'] }`, payloads: [{ a: 'x', b: 1.5, c: true, d: null, e: -2, f: 3, g: [1, 'two'] }] },
  {
    name: 'census: inline object with static keys and dynamic values',
    setup: `async function handler(req: Request, userId: string) {`,
    arg: `{ model: process.env.MODEL ?? 'claude-sonnet-5-5', max_tokens: 1024, system: buildSystem(userId), messages: [{ role: 'user', content: await req.text() }] }`,
    // The fallback is sent whenever MODEL is not set: checked on that path (issue 12 §1).
    payloads: [
      { model: UNKNOWN, max_tokens: 1024, system: UNKNOWN, messages: [{ role: 'user', content: UNKNOWN }] },
      { model: 'claude-sonnet-5-5', max_tokens: 1024, system: UNKNOWN, messages: [{ role: 'user', content: UNKNOWN }] },
    ],
  },
  {
    name: 'census: {...base, overrides}: base members in order, later wins',
    setup: `const base = { model: 'claude-haiku-4-5', max_tokens: 512, temperature: 0.2 };`,
    arg: `{ ...base, max_tokens: 2048, messages: [] }`,
    payloads: [{ model: 'claude-haiku-4-5', max_tokens: 2048, temperature: 0.2, messages: [] }],
  },
  {
    name: 'census: trailing conditional spread → one payload per branch',
    setup: `function f(useTools: boolean, tools: unknown[]) {`,
    arg: `{ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [], ...(useTools ? { tools } : {}) }`,
    payloads: [
      { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [], tools: UNKNOWN },
      { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [] },
    ],
  },
  {
    name: 'census: `...(cond && { system })`',
    setup: `function f(system?: string) {`,
    arg: `{ model: 'm', max_tokens: 1, messages: [], ...(system && { system }) }`,
    payloads: [{ model: 'm', max_tokens: 1, messages: [], system: UNKNOWN }, { model: 'm', max_tokens: 1, messages: [] }],
  },
  {
    name: 'census: same-file const object, several hops',
    setup: `const MODEL = 'claude-opus-4-6';\nconst model = MODEL;\nconst params = { model, max_tokens: 4096, messages: [{ role: 'user' as const, content: 'Hi' }] };\nconst request = params;`,
    arg: `request`,
    payloads: [{ model: 'claude-opus-4-6', max_tokens: 4096, messages: [{ role: 'user', content: 'Hi' }] }],
  },
  {
    name: 'unknown spread after a literal key: the key may be overridden',
    setup: `function f(opts: object) {`,
    arg: `{ model: 'x', max_tokens: 5, ...opts }`,
    payloads: [{ model: UNKNOWN, max_tokens: UNKNOWN, '...': OPEN }],
  },
  {
    name: 'unknown spread before literal keys: they win',
    setup: `function f(opts: object) {`,
    arg: `{ ...opts, model: 'x', max_tokens: 5 }`,
    payloads: [{ model: 'x', max_tokens: 5, '...': OPEN }],
  },
  {
    name: 'spread of an open known object: its keys known, earlier keys may be overridden',
    setup: `function f(extra: object) {\nconst base = { model: 'x', ...extra, max_tokens: 1 };`,
    arg: `{ stream: false, ...base, messages: [] }`,
    payloads: [{ stream: UNKNOWN, model: UNKNOWN, max_tokens: 1, messages: [], '...': OPEN }],
  },
  {
    name: 'template literals: known when every part is known',
    setup: `const family = 'sonnet';\nconst v = 5;\nfunction f(x: string) {`,
    arg: `{ model: \`claude-\${family}-\${v}-5\`, system: \`Hello \${x}\`, text: \`plain\` }`,
    payloads: [{ model: 'claude-sonnet-5-5', system: UNKNOWN, text: 'plain' }],
  },
  {
    name: 'as const, satisfies, type assertions, non-null, parentheses',
    setup: `type P = { model: string };\nconst m = ('claude-x' as const);\nconst cfg = { model: m } satisfies P;\nconst n = <number>(1024);\nconst maybe: string | undefined = 'claude-y';`,
    arg: `{ ...cfg, max_tokens: n, system: maybe!, messages: ([] as const) }`,
    payloads: [{ model: 'claude-x', max_tokens: 1024, system: 'claude-y', messages: [] }],
  },
  {
    name: 'shorthand properties and computed keys with known values',
    setup: `const model = 'claude-x';\nconst KEY = 'max_tokens';\nfunction f(k: string) {`,
    arg: `{ model, [KEY]: 10, ['stream']: false, [\`top_k\`]: 1 }`,
    payloads: [{ model: 'claude-x', max_tokens: 10, stream: false, top_k: 1 }],
  },
  {
    name: 'an unknown computed key opens the object (and may override earlier keys)',
    setup: `function f(k: string) {`,
    arg: `{ model: 'x', [k]: 1, max_tokens: 2 }`,
    payloads: [{ model: UNKNOWN, max_tokens: 2, '...': OPEN }],
  },
  {
    name: 'destructuring: object, nested, renamed, defaults, rest, array',
    setup: `const config = { llm: { model: 'claude-x', max: 99 }, list: ['a', 'b', 'c'] };\nconst { llm: { model, max: maxTokens }, missing = 'dflt' } = config;\nconst [first, ...others] = config.list;\nconst { model: _m, ...restOfLlm } = config.llm;`,
    arg: `{ model, max_tokens: maxTokens, system: missing, stop_sequences: others, first, rest: restOfLlm }`,
    payloads: [{ model: 'claude-x', max_tokens: 99, system: 'dflt', stop_sequences: ['b', 'c'], first: 'a', rest: { max: 99 } }],
  },
  {
    name: 'array spreads: known arrays copied, unknown → an Unknown element and an open array',
    setup: `const intro = [{ role: 'user', content: 'a' }];\nfunction f(history: unknown[]) {`,
    arg: `{ messages: [...intro, ...history, { role: 'user', content: 'q' }] }`,
    payloads: [{ messages: [{ role: 'user', content: 'a' }, UNKNOWN, { role: 'user', content: 'q' }, '...'] }],
  },
  {
    name: 'a ?? b, a || b, a && b where known',
    setup: `const none = null;\nconst empty = '';\nconst yes = true;\nfunction f(x?: string) {`,
    arg: `{ a: none ?? 'dflt', b: empty || 'fallback', c: yes && 'then', d: 'set' ?? 'never', e: x ?? 'maybe', f: x || 'maybe' }`,
    // An unknown left side: the fallback is a path of its own (issue 12 §1).
    payloads: [
      { a: 'dflt', b: 'fallback', c: 'then', d: 'set', e: UNKNOWN, f: UNKNOWN },
      { a: 'dflt', b: 'fallback', c: 'then', d: 'set', e: 'maybe', f: UNKNOWN },
      { a: 'dflt', b: 'fallback', c: 'then', d: 'set', e: UNKNOWN, f: 'maybe' },
    ],
  },
  {
    name: 'cond ? a : b with equal branches, a known test, or an unknown branch',
    setup: `const FAST = false;\nfunction f(c: boolean, m: string) {`,
    arg: `{ a: c ? 'same' : 'same', b: FAST ? 'haiku' : 'opus', c: c ? m : 'x' }`,
    // The known branch is a path of its own (issue 12 §1).
    payloads: [
      { a: 'same', b: 'opus', c: UNKNOWN },
      { a: 'same', b: 'opus', c: 'x' },
    ],
  },
  {
    name: 'the same condition takes the same branch everywhere (and !cond the other)',
    setup: `function f(legacy: boolean) {`,
    arg: `{ model: legacy ? 'claude-3-opus' : 'claude-opus-4-6', max_tokens: legacy ? 4096 : 32000, stream: !legacy ? true : false }`,
    payloads: [
      { model: 'claude-3-opus', max_tokens: 4096, stream: false },
      { model: 'claude-opus-4-6', max_tokens: 32000, stream: true },
    ],
  },
  {
    name: 'different conditions that may be linked (think, opts.think) are not combined',
    setup: `function ask(q: string, opts: { think?: boolean }) {\nconst { think } = opts;\nconst max_tokens = think ? 16000 : 1024;`,
    arg: `{ model: 'claude-opus-4-6', max_tokens, ...(opts.think ? { thinking: { type: 'enabled', budget_tokens: 8000 } } : {}), messages: [] }`,
    payloads: [
      { model: 'claude-opus-4-6', max_tokens: 16000, messages: [], '...': OPEN },
      { model: 'claude-opus-4-6', max_tokens: 1024, messages: [], '...': OPEN },
      { model: 'claude-opus-4-6', max_tokens: UNKNOWN, thinking: { type: 'enabled', budget_tokens: 8000 }, messages: [] },
      { model: 'claude-opus-4-6', max_tokens: UNKNOWN, messages: [] },
    ],
  },
  {
    name: 'an undecided conditional spread: members both branches agree on are known, others Unknown or maybe absent',
    setup: `function f(a: boolean, b: boolean, sys: string) {`,
    arg: `{ model: a ? 'x' : 'y', system: 'base', ...(b ? { stream: true, max_tokens: 5, system: sys } : { stream: false, max_tokens: 5 }) }`,
    payloads: [
      { model: 'x', system: UNKNOWN, stream: UNKNOWN, max_tokens: 5, '...': OPEN },
      { model: 'y', system: UNKNOWN, stream: UNKNOWN, max_tokens: 5, '...': OPEN },
      { model: UNKNOWN, system: UNKNOWN, stream: true, max_tokens: 5 },
      { model: UNKNOWN, system: 'base', stream: false, max_tokens: 5 },
    ],
  },
  {
    name: 'arithmetic and string concatenation on known values',
    setup: `const K = 1024;`,
    arg: `{ max_tokens: K * 4, budget: 2 ** 10 - 24, model: 'claude-' + 'x' + 1 }`,
    payloads: [{ max_tokens: 4096, budget: 1000, model: 'claude-x1' }],
  },
  {
    name: 'members of known objects',
    setup: `const MODELS = { fast: 'claude-haiku-4-5', smart: 'claude-opus-4-6' } as const;\nconst LIMITS = [256, 1024];`,
    arg: `{ model: MODELS.fast, other: MODELS['smart'], max_tokens: LIMITS[1], n: LIMITS.length, absent: MODELS.nope }`,
    payloads: [{ model: 'claude-haiku-4-5', other: 'claude-opus-4-6', max_tokens: 1024, n: 2 }],
  },
  {
    name: 'TypeScript enum members',
    setup: `enum Model { Fast = 'claude-haiku-5-5', Smart = 'claude-opus-5-5' }\nenum Budget { Small = 1024, Large = 8192, Huge = Large * 2 }\nenum Auto { A, B }`,
    arg: `{ model: Model.Fast, other: Model['Smart'], max_tokens: Budget.Large, huge: Budget.Huge, n: Auto.B }`,
    payloads: [{ model: 'claude-haiku-5-5', other: 'claude-opus-5-5', max_tokens: 8192, huge: UNKNOWN, n: 1 }],
  },
  {
    name: 'undefined members are left out, as JSON.stringify does',
    arg: `{ model: 'x', temperature: undefined, top_p: void 0 }`,
    payloads: [{ model: 'x' }],
  },
  {
    name: 'a literal __proto__: member sets the prototype and is never sent; a quoted one too; computed and shorthand ones are data',
    arg: `{ __proto__: base, '__proto__': other, max_tokens: 5 }`,
    payloads: [{ max_tokens: 5 }],
  },
  {
    name: 'keys named __proto__ and constructor are data',
    arg: `{ ['__proto__']: 1, constructor: 2 }`,
    payloads: [JSON.parse('{"__proto__": 1, "constructor": 2}')],
  },
  {
    name: 'never-reassigned let is known; reassigned let is Unknown',
    setup: `let a = 'claude-a';\nlet b = 'claude-b';\nb = 'claude-c';`,
    arg: `{ a, b }`,
    payloads: [{ a: 'claude-a', b: UNKNOWN }],
  },
  {
    name: 'calls, parameters, imports, this.x, awaits are Unknown',
    setup: `import { MODEL } from './config';\nclass C { model = 'x'; go(p: string) { return client.messages.create({ a: getModel(), b: p, c: MODEL, d: this.model, e: new Date() }); } }\nfunction unused() {`,
    arg: `{}`,
    payloads: [{ a: UNKNOWN, b: UNKNOWN, c: UNKNOWN, d: UNKNOWN, e: UNKNOWN }, {}],
  },
  {
    name: 'objects the file changes are Unknown: push, member assignment, passed to a function',
    setup: `const messages = [];\nmessages.push({ role: 'user', content: 'x' });\nconst params = { model: 'x' };\nparams.max_tokens = 5;\nconst tools = [];\naddTools(tools);\nconst read = [{ role: 'user', content: 'kept' }];\nconsole.log(read.length, JSON.stringify(read));\nconst mapped = read.map((m) => m);`,
    arg: `{ messages, params, tools, read }`,
    payloads: [{ messages: UNKNOWN, params: UNKNOWN, tools: UNKNOWN, read: [{ role: 'user', content: 'kept' }] }],
  },
  {
    name: 'an alias that is changed makes the original Unknown',
    setup: `const history = [{ role: 'user', content: 'a' }];\nconst h = history;\nh.push({ role: 'assistant', content: 'b' });`,
    arg: `{ messages: history }`,
    payloads: [{ messages: UNKNOWN }],
  },
  {
    name: 'an array changed through another object that holds it is Unknown: passed on, or a method called through a member',
    setup: `function addTurn(ctx: any, q: string) { ctx.history.push({ role: 'user', content: q }); }\nconst history = [];\nconst ctx = { history };\naddTurn(ctx, 'q');\nconst messages = [];\nconst state = { messages, turns: 0 };\nstate.messages.push({ role: 'user', content: 'x' });\nconst inner = [];\nconst all = [inner];\nall[0]!.push({ role: 'user', content: 'x' });\nconst held = [];\nconst box = { list: [held] };\nsave(box);`,
    arg: `{ history, messages, inner, held }`,
    payloads: [{ history: UNKNOWN, messages: UNKNOWN, inner: UNKNOWN, held: UNKNOWN }],
  },
  {
    name: 'an object changed through a destructured part, a stored alias, Object.assign, Array.prototype.*.call, a JSX prop',
    file: 'app.tsx',
    setup: `const payload = { model: 'm', messages: [] };\nconst { messages } = payload;\nmessages.push({ role: 'user', content: 'hi' });\nconst body = { messages: [] };\nObject.assign(body, { messages: [{ role: 'user', content: 'hi' }] });\nconst list = [];\nArray.prototype.unshift.call(list, { role: 'user', content: 'q' });\nconst kept = [];\nconst holder: any = {};\nholder.items = kept;\nconst shown = [];\nconst el = <Chat messages={shown} />;\nconst viaLet = [];\nlet alias;\nalias = viaLet;\nalias.push(1);`,
    arg: `{ payload, body, list, kept, shown, viaLet }`,
    payloads: [{ payload: UNKNOWN, body: UNKNOWN, list: UNKNOWN, kept: UNKNOWN, shown: UNKNOWN, viaLet: UNKNOWN }],
  },
  {
    name: 'plain reads elsewhere keep a const known: another payload, JSON.stringify, a destructured primitive passed on, a read-only method',
    setup: `const tools = [{ name: 't', input_schema: { type: 'object' } }];\nclient.messages.create({ model: 'a', max_tokens: 1, tools, messages: [] });\nconst CONFIG = { model: 'claude-x', max: 5, tags: ['a'] };\nconst { model, max } = CONFIG;\nconsole.log(JSON.stringify({ tools }), tools.map((t) => t.name));\nlogModel(model);\nconst n = CONFIG.tags.length;`,
    arg: `{ model, max_tokens: max, tools, config: CONFIG }`,
    payloads: [
      { model: 'a', max_tokens: 1, tools: [{ name: 't', input_schema: { type: 'object' } }], messages: [] },
      { model: 'claude-x', max_tokens: 5, tools: [{ name: 't', input_schema: { type: 'object' } }], config: { model: 'claude-x', max: 5, tags: ['a'] } },
    ],
  },
  {
    name: 'Object.freeze is transparent; RegExp, BigInt are Unknown',
    arg: `{ a: Object.freeze({ b: 1 }), r: /x/, n: 10n }`,
    payloads: [{ a: { b: 1 }, r: UNKNOWN, n: UNKNOWN }],
  },
  {
    name: 'function-valued members are left out, as JSON.stringify does (arrow, function expression, method, named function); getters stay Unknown',
    setup: `function runWeather() { return 'sunny'; }\nconst parseInput = (x: unknown) => x;`,
    arg: `{ tools: [{ type: 'custom', name: 'w', input_schema: { type: 'object' }, run: async () => 'x', parse: (x: unknown) => x, fn: function () { return 1; }, m() { return 1; }, r: runWeather, p: parseInput, get g() { return 1; } }], model: 'x' }`,
    payloads: [{ tools: [{ type: 'custom', name: 'w', input_schema: { type: 'object' }, g: UNKNOWN }], model: 'x' }],
  },
  {
    name: 'a function member after a literal key of the same name removes it',
    file: 'app.js',
    arg: `{ run: 'x', run: () => 1, model: 'm' }`,
    payloads: [{ model: 'm' }],
  },
  {
    name: 'a variable used in its own initialiser is Unknown (no loop)',
    setup: `function f() {\nconst a: any = { b: a };`,
    arg: `a`,
    payloads: [{ b: UNKNOWN }],
  },
  {
    name: 'array holes and undefined items become null, as in JSON',
    arg: `{ stop_sequences: ['a', , undefined] }`,
    payloads: [{ stop_sequences: ['a', null, null] }],
  },
];

describe('static evaluation', () => {
  for (const c of cases) {
    it(c.name, () => {
      const open = (c.setup?.match(/\{\s*$/gm) ?? []).length;
      const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n${c.setup ?? ''}\nclient.messages.create(${c.arg});\n${'}\n'.repeat(open)}`;
      const sites = sitesOf(code, c.file ? { file: c.file } : {});
      assert.deepEqual(
        sites.map((s) => display(s.payload)),
        c.payloads,
      );
    });
  }

  it('forks are capped: at most 8 payloads for many conditions, never two decided at once', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nfunction f(a, b, c, d, e) {\nclient.messages.create({ model: 'm', ...(a ? { x: 1 } : {}), ...(b ? { y: 1 } : {}), ...(c ? { z: 1 } : {}), ...(d ? { w: 1 } : {}), ...(e ? { v: 1 } : {}) });\n}`;
    const sites = sitesOf(code);
    assert.ok(sites.length >= 2 && sites.length <= 8, `got ${sites.length}`);
    // Every branch of the first four conditions is seen; an undecided one leaves the object open.
    for (const key of ['x', 'y', 'z', 'w']) {
      assert.ok(sites.some((s) => Object.prototype.hasOwnProperty.call(s.payload, key)));
      assert.ok(sites.some((s) => !Object.prototype.hasOwnProperty.call(s.payload, key)));
    }
    for (const s of sites) assert.ok(['x', 'y', 'z', 'w', 'v'].filter((k) => Object.prototype.hasOwnProperty.call(s.payload, k)).length <= 1);
  });

  it('two different conditions are never combined: each is decided alone, the other undecided', () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nfunction f(a, b) {\nclient.messages.create({ model: a ? 'x' : 'y', ...(b ? { tools: [] } : {}) });\n}`;
    const payloads = sitesOf(code).map((s) => display(s.payload));
    assert.deepEqual(payloads, [{ model: 'x', '...': OPEN }, { model: 'y', '...': OPEN }, { model: UNKNOWN, tools: [] }, { model: UNKNOWN }]);
  });

  it('a deep but parseable nesting is cut off with Unknown, not a stack overflow', () => {
    const depth = 150;
    const arg = '{ a: '.repeat(depth) + '1' + ' }'.repeat(depth);
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.messages.create({ messages: [], deep: ${arg} });`;
    const [site] = sitesOf(code);
    let v: unknown = (site!.payload as Record<string, unknown>).deep;
    let levels = 0;
    while (typeof v === 'object' && v !== null && 'a' in v) {
      v = (v as Record<string, unknown>).a;
      levels++;
    }
    assert.ok(levels < depth, 'cut off before the bottom');
    assert.equal(display(v), UNKNOWN);
  });

  it('a long chain of const hops and a wide binary expression stay within budget', () => {
    const hops = Array.from({ length: 300 }, (_, i) => `const v${i + 1} = v${i};`).join('\n');
    const sum = Array.from({ length: 300 }, () => '1').join(' + ');
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nconst v0 = 'claude-x';\n${hops}\nconst exploded = [v0, v0, v0, v0];\nconst e2 = [exploded, exploded, exploded, exploded];\nconst e3 = [e2, e2, e2, e2];\nconst e4 = [e3, e3, e3, e3];\nconst e5 = [e4, e4, e4, e4];\nconst e6 = [e5, e5, e5, e5];\nconst e7 = [e6, e6, e6, e6];\nconst e8 = [e7, e7, e7, e7];\nclient.messages.create({ model: v300, big: e8, n: ${sum} });`;
    const [site] = sitesOf(code);
    const payload = site!.payload as Record<string, unknown>;
    // 300 hops exceed the depth limit: Unknown, never a crash.
    assert.ok(payload.model === 'claude-x' || display(payload.model) === UNKNOWN);
    assert.ok('big' in payload);
  });
});
