/**
 * With type information (ESLint with a TypeScript program): clients recognised
 * by type wherever they come from, and unknown values narrowed to a single
 * literal type.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseAndGenerateServices } from '@typescript-eslint/typescript-estree';
import type { ParserServices, TSESTree } from '@typescript-eslint/utils';
import { extractCallSites, type CallSite } from '../../../src/sources/js/extract.js';
import { display, OPEN, UNKNOWN } from './helpers.js';

let dir: string;

// Each case lives in its own file, all written before the program is built.
// Rewriting one file between cases relied on typescript-estree noticing the
// change by mtime, which a fast clean machine does not always do (stale program).
const CASES = {
  otherModule: `import { anthropic, makeClient } from './clients.js';\nanthropic.messages.create({ model: 'claude-x', max_tokens: 1, messages: [] });\nmakeClient().beta.messages.create({ model: 'claude-x', max_tokens: 1, messages: [] });\n`,
  notAnthropic: `import type Anthropic from '@anthropic-ai/sdk';\nimport { sms } from './clients.js';\nsms.messages.create({ model: 'claude-x', max_tokens: 1, messages: [] });\n`,
  sdkType: `import type Anthropic from '@anthropic-ai/sdk';\nimport { anthropic } from './clients.js';\ndeclare const quoted: Anthropic.DocumentBlockParam;\ndeclare const history: Anthropic.MessageParam[];\nanthropic.messages.create({ model: 'claude-opus-4-6', max_tokens: 1, messages: [...history, { role: 'assistant', content: [quoted] }] });\n`,
  narrowed: `import { anthropic, getModel, anyModel } from './clients.js';\nconst model = getModel();\nanthropic.messages.create({ model, max_tokens: 1, messages: [], system: anyModel() });\n`,
};

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-types-'));
  fs.symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, noEmit: true }, include: ['*.ts'] }),
  );
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const [name, code] of Object.entries(CASES)) fs.writeFileSync(path.join(dir, `${name}.ts`), code);
  fs.writeFileSync(
    path.join(dir, 'clients.ts'),
    `import Anthropic from '@anthropic-ai/sdk';\nexport const anthropic = new Anthropic();\nexport function makeClient() { return new Anthropic(); }\nexport class Sms { messages = { create(_: object) { return 1; } } }\nexport const sms = new Sms();\nexport function getModel(): 'claude-opus-4-6' { return 'claude-opus-4-6'; }\nexport function anyModel(): 'a' | 'b' { return 'a'; }\n`,
  );
});

after(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function typedSites(name: keyof typeof CASES): CallSite[] {
  const file = path.join(dir, `${name}.ts`);
  const code = CASES[name];
  const { ast, services } = parseAndGenerateServices(code, { filePath: file, project: path.join(dir, 'tsconfig.json'), tsconfigRootDir: dir, loc: true, range: true, comment: true });
  return extractCallSites(ast as TSESTree.Program, { parserServices: services as ParserServices });
}

describe('with type information', () => {
  it('a client from another module, without any Anthropic import in this file', () => {
    const sites = typedSites('otherModule');
    assert.equal(sites.length, 2);
    assert.equal(sites[0]!.platform, 'anthropic');
    assert.equal(sites[1]!.endpoint, 'beta');
  });

  it('a non-Anthropic client by type stays silent even with an SDK import', () => {
    const sites = typedSites('notAnthropic');
    assert.equal(sites.length, 0);
  });

  it('a value of an SDK param type: its literal members are known, the rest is open', () => {
    const sites = typedSites('sdkType');
    assert.deepEqual(display(sites[0]!.payload), {
      model: 'claude-opus-4-6',
      max_tokens: 1,
      // The spread history: an unknown element, and the list is open.
      messages: [UNKNOWN, { role: 'assistant', content: [{ type: 'document', '...': OPEN }] }, '...'],
    });
  });

  it('an unknown value with a single literal type is narrowed; a union of literals gives one payload per member', () => {
    const sites = typedSites('narrowed');
    assert.equal(sites.length, 1, 'one call site: its findings are those every member shares');
    assert.deepEqual(display(sites[0]!.payload), { model: 'claude-opus-4-6', max_tokens: 1, messages: [], system: 'a' });
    assert.deepEqual(sites[0]!.alternatives!.map(display), [{ model: 'claude-opus-4-6', max_tokens: 1, messages: [], system: 'b' }]);
  });
});
