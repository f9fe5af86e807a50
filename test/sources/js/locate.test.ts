/**
 * From pointers back to the source: nodeFor (where a finding is shown),
 * propertyFor and containerFor (what a fix may edit).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { at, pos, sitesOf, textOf } from './helpers.js';

const HEADER = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n`;

describe('nodeFor', () => {
  const code =
    HEADER +
    `const base = { model: 'claude-haiku-4-5', max_tokens: 512 };\n` + // line 3
    `export async function run(history: unknown[], extra: object) {\n` + // 4
    `  return client.messages.create({\n` + // 5
    `    ...base,\n` + // 6
    `    temperature: 0.5,\n` + // 7
    `    messages: [\n` + // 8
    `      { role: 'user', content: 'Hi' },\n` + // 9
    `      ...history,\n` + // 10
    `    ],\n` + // 11
    `    metadata: { ...extra },\n` + // 12
    `  });\n` + // 13
    `}\n`;
  const [site] = sitesOf(code);

  it('a literal member: key and value', () => {
    assert.equal(at(site!, '/temperature', 'key'), pos(code, 'temperature'));
    assert.equal(at(site!, '/temperature', 'value'), pos(code, '0.5'));
  });
  it('a member from a same-file spread points where it is written', () => {
    assert.equal(at(site!, '/model', 'key'), pos(code, 'model:'));
    assert.equal(at(site!, '/max_tokens', 'value'), pos(code, '512'));
  });
  it('array elements and nested members', () => {
    assert.equal(at(site!, '/messages/0'), pos(code, "{ role: 'user'"));
    assert.equal(at(site!, '/messages/0/content'), pos(code, "'Hi'"));
    assert.equal(at(site!, '/messages/0/content', 'key'), pos(code, 'content'));
  });
  it('an Unknown element points at the spread that made it', () => {
    assert.equal(at(site!, '/messages/1'), pos(code, '...history'));
    assert.equal(at(site!, '/messages/1/content'), pos(code, '...history'));
  });
  it('a missing member points at the object literal it would go into', () => {
    assert.equal(at(site!, '/system'), pos(code, '({') .replace(/:(\d+)$/, (_, c) => `:${Number(c) + 1}`));
    assert.equal(at(site!, '/messages/0/cache_control', 'key'), pos(code, "{ role: 'user'"));
    assert.equal(at(site!, '/metadata/user_id'), pos(code, '{ ...extra }'));
  });
  it('the root and malformed pointers fall back to the first argument', () => {
    assert.equal(at(site!, ''), pos(code, '{\n    ...base'));
    assert.equal(at(site!, 'not-a-pointer'), pos(code, '{\n    ...base'));
    assert.equal(at(site!, '/messages/9/content'), pos(code, '[\n      {'));
  });

  it('a payload passed by identifier maps into its const declaration', () => {
    const code2 = HEADER + `const params = {\n  model: 'claude-x',\n  max_tokens: 10,\n};\nclient.messages.create(params);\n`;
    const [s] = sitesOf(code2);
    assert.equal(at(s!, ''), pos(code2, 'params)'));
    assert.equal(at(s!, '/model', 'key'), pos(code2, 'model'));
    assert.equal(at(s!, '/messages'), pos(code2, '{\n  model'));
  });

  it('a batch request param', () => {
    const code3 = HEADER + `client.messages.batches.create({\n  requests: [\n    { custom_id: 'a', params: { model: 'x', max_tokens: 1, messages: [] } },\n  ],\n});\n`;
    const [s] = sitesOf(code3);
    assert.equal(at(s!, '/requests/0/params/model', 'key'), pos(code3, 'model'));
  });

  it('a key overridden by a later unknown spread points at that spread', () => {
    const code4 = HEADER + `export function f(o: object) {\n  return client.messages.create({ model: 'x', ...o });\n}\n`;
    const [s] = sitesOf(code4);
    assert.equal(at(s!, '/model', 'value'), pos(code4, '...o'));
    assert.equal(at(s!, '/model', 'key'), pos(code4, 'model:'));
  });
});

describe('nodeFor on a value chosen by a condition', () => {
  it('points at the branch literal that gives the value; at the condition when both branches could', () => {
    const code =
      HEADER +
      `export const f = (flag: boolean) => {\n` + // 3
      `  client.messages.create({ model: flag ? 'claude-3-opus-20240229' : 'claude-sonnet-4-6', max_tokens: 5, messages: [] });\n` + // 4
      `  client.messages.create({ model: flag ? 'claude-3-opus-20240229' : 'claude-3-opus-20240229', max_tokens: 5, messages: [] });\n` + // 5
      `};\n`;
    const sites = sitesOf(code);
    const opusAt = (line: number): string => `${line}:${code.split('\n')[line - 1]!.indexOf("'claude-3-opus-20240229'") + 1}`;
    const site = (line: number, model: string) => sites.find((s) => s.call.loc.start.line === line && (s.payload as { model: unknown }).model === model)!;
    assert.equal(at(site(4, 'claude-3-opus-20240229'), '/model'), opusAt(4));
    // Both branches hold the same literal: the condition itself.
    assert.equal(at(site(5, 'claude-3-opus-20240229'), '/model'), pos(code, "flag ? 'claude-3-opus-20240229' : 'claude-3-opus-20240229'"));
  });
});

describe('propertyFor and containerFor (what a fix may edit)', () => {
  const code =
    HEADER +
    `const shared = { model: 'claude-x', max_tokens: 1 };\n` +
    `const once = { temperature: 1, messages: [{ role: 'user', content: 'a' }] };\n` +
    `client.messages.create({ ...shared, ...once, top_k: 5, system: 'S' });\n` +
    `client.messages.create({ ...shared, messages: [] });\n` +
    `const single = { model: 'claude-y', max_tokens: 2, tools: [] };\n` +
    `client.messages.create(single);\n` +
    `const twice = { model: 'claude-z', max_tokens: 2 };\n` +
    `client.messages.create(twice);\n` +
    `client.messages.create(twice);\n`;
  const sites = sitesOf(code);

  it('a member written in the call is editable; one from a spread is not', () => {
    assert.equal(textOf(code, sites[0]!.propertyFor('/top_k')), 'top_k: 5');
    assert.equal(sites[0]!.propertyFor('/model'), undefined);
    assert.equal(sites[0]!.propertyFor('/temperature'), undefined);
    assert.equal(sites[0]!.propertyFor('/missing'), undefined);
  });
  it('the call literal is the root container; spread-in containers are not editable', () => {
    assert.equal(textOf(code, sites[0]!.containerFor(''))?.startsWith('{ ...shared'), true);
    assert.equal(sites[0]!.containerFor('/messages'), undefined);
    assert.equal(textOf(code, sites[1]!.containerFor('/messages')), '[]');
  });
  it('a const used by this call only is editable through the identifier', () => {
    assert.equal(textOf(code, sites[2]!.propertyFor('/model')), "model: 'claude-y'");
    assert.equal(textOf(code, sites[2]!.containerFor('/tools')), '[]');
    assert.equal(textOf(code, sites[2]!.containerFor('')), "{ model: 'claude-y', max_tokens: 2, tools: [] }");
  });
  it('an exported const is not (another module may read it)', () => {
    const code2 = HEADER + `export const req = { model: 'claude-y', max_tokens: 2 };\nclient.messages.create(req);\n`;
    const [s] = sitesOf(code2);
    assert.equal(s!.propertyFor('/model'), undefined);
    assert.equal(at(s!, '/model', 'key'), pos(code2, 'model'));
  });
  it('a const shared by two calls is not', () => {
    assert.equal(sites[3]!.propertyFor('/model'), undefined);
    assert.equal(sites[3]!.containerFor(''), undefined);
  });
  it('a forked payload edits the branch it came from', () => {
    const code2 = HEADER + `export function f(c: boolean) {\n  client.messages.create({ model: 'm', ...(c ? { temperature: 1 } : { top_p: 0.5 }) });\n}\n`;
    const [a, b] = sitesOf(code2);
    assert.equal(a!.propertyFor('/temperature'), undefined, 'members from a spread are not edited');
    assert.equal(at(a!, '/temperature', 'key'), pos(code2, 'temperature'));
    assert.equal(at(b!, '/top_p', 'key'), pos(code2, 'top_p'));
  });
});
