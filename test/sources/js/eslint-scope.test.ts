/**
 * Inside ESLint the scope manager is ESLint's: eslint-scope for plain JS
 * (espree), where globals such as `undefined` are declared variables with no
 * definition. The extraction must read both the same way.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import { extractCallSites, type CallSite, type ScopeManager } from '../../../src/sources/js/extract.js';
import { display } from './helpers.js';

function viaEslint(code: string, file = 'app.js'): CallSite[] {
  let sites: CallSite[] = [];
  const linter = new Linter({ configType: 'flat' });
  const plugin = {
    rules: {
      extract: {
        create(context: { sourceCode: { ast: unknown; scopeManager: unknown } }) {
          return {
            'Program:exit'() {
              sites = extractCallSites(context.sourceCode.ast as TSESTree.Program, { scopeManager: context.sourceCode.scopeManager as ScopeManager });
            },
          };
        },
      },
    },
  };
  const messages = linter.verify(code, [{ files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' }, plugins: { t: plugin as never }, rules: { 't/extract': 'error' } }], file);
  assert.deepEqual(messages.filter((m) => m.fatal), []);
  return sites;
}

describe('with ESLint and espree (eslint-scope)', () => {
  it('finds the client, reads consts, drops undefined members, keeps decoys out', () => {
    const code = [
      `import Anthropic from '@anthropic-ai/sdk';`,
      `import twilio from 'twilio';`,
      `const client = new Anthropic({ timeout: 1000 });`,
      `const sms = twilio();`,
      `const base = { model: 'claude-sonnet-5-5', max_tokens: 64 };`,
      `export async function run(q, flag) {`,
      `  await sms.messages.create({ body: q, from: 'a', to: 'b' });`,
      `  return client.messages.create({ ...base, temperature: undefined, messages: [{ role: 'user', content: q }], ...(flag ? { stream: true } : {}) });`,
      `}`,
    ].join('\n');
    const sites = viaEslint(code);
    assert.deepEqual(
      sites.map((s) => [display(s.payload), s.streaming, s.sdkTimeoutSet]),
      [
        [{ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: '<unknown>' }], stream: true }, true, true],
        [{ model: 'claude-sonnet-5-5', max_tokens: 64, messages: [{ role: 'user', content: '<unknown>' }] }, false, true],
      ],
    );
    assert.equal(sites[0]!.nodeFor('/model', 'key').loc.start.line, 5);
  });
});
