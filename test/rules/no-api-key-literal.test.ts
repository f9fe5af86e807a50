import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import rule, { looksLikeSecret } from '../../rules/no-api-key-literal.js';
import { checkText } from '../../src/engine/check-text.js';
import { checkPayload } from '../../src/index.js';

/** Keys are assembled at run time: no key-shaped literal is committed. */
const PREFIX = ['sk', 'ant'].join('-') + '-';
const secret = () => randomBytes(72).toString('base64url').slice(0, 93) + 'AA';
const makeKey = (kind = 'api03') => `${PREFIX}${kind}-${secret()}`;

const run = (text: string, file = 'src/client.ts') => checkText(text, file, { ruleSet: [rule] });

describe('no-api-key-literal', () => {
  it('finds a key in TypeScript source, with its exact range', () => {
    const key = makeKey();
    const text = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ apiKey: '${key}' });\n`;
    const findings = run(text);
    assert.equal(findings.length, 1);
    assert.equal(findings[0]!.messageId, 'apiKeyLiteral');
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), key);
    assert.equal(findings[0]!.data.prefix, `${PREFIX}api03-…`);
    assert.ok(findings[0]!.message.includes('ANTHROPIC_API_KEY'));
    assert.ok(findings[0]!.message.includes('401 authentication_error'));
  });

  it('finds admin keys, OAuth-style kinds and keys without a kind, in JSON files', () => {
    const keys = [makeKey('admin01'), makeKey('oat01'), `${PREFIX}${secret()}`];
    const text = JSON.stringify({ headers: { 'x-api-key': keys[0] }, note: `Bearer ${keys[1]}`, other: keys[2] }, null, 2);
    const findings = run(text, 'requests/call.json');
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), keys);
    assert.deepEqual(findings.map((f) => f.data.prefix), [`${PREFIX}admin01-…`, `${PREFIX}oat01-…`, `${PREFIX}…`]);
  });

  it('never shows the key: not in the message, not in the data', () => {
    for (let i = 0; i < 50; i++) {
      const key = makeKey();
      const out = JSON.stringify(run(`const k = "${key}";`));
      const secretPart = key.slice(PREFIX.length + 'api03-'.length);
      for (let j = 0; j + 8 <= secretPart.length; j += 4) assert.ok(!out.includes(secretPart.slice(j, j + 8)), `leaked ${j}`);
    }
  });

  it('the engine redacts keys that reach a payload message', () => {
    const key = makeKey();
    const findings = checkPayload({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], [key]: 1 }, { kind: 'messages', apiVersion: '2026-10-21', date: '2026-11-26', endpoint: 'any' });
    assert.ok(findings.length > 0);
    assert.ok(!JSON.stringify(findings.map((f) => [f.message, f.data])).includes(key.slice(20, 40)));
  });

  it('ignores placeholders', () => {
    const placeholders = [
      `${PREFIX}...`,
      `${PREFIX}xxxx`,
      `${PREFIX}api03-XXXXXXXX`,
      `${PREFIX}api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `${PREFIX}api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`,
      `${PREFIX}api03-YOUR_API_KEY_HERE`,
      `${PREFIX}api03-your-key-goes-here-1234567890-ABCDEFGHIJKLMNOP`,
      `${PREFIX}api03-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ`,
      `${PREFIX}api03-0123456789012345678901234567890123456789`,
      `${PREFIX}api03-EXAMPLEKEY1234567890abcdefghijklmnopqrstuvwxyz`,
      `${PREFIX}api03-fakeKey1234567890abcdefghijklmnopqrstuvwxyzAB`,
      `${PREFIX}api03-AbC…`,
      '<your key>',
      '$ANTHROPIC_API_KEY',
      `${PREFIX}\${process.env.KEY}`,
    ];
    for (const p of placeholders) assert.deepEqual(run(`const k = "${p}";`), [], p);
  });

  it('is not fooled by a key-like run inside a longer token', () => {
    assert.deepEqual(run(`const k = "x${makeKey()}";`), []);
  });

  it('files without the prefix are skipped quickly', () => {
    assert.deepEqual(run('const x = 1;\n'.repeat(10_000)), []);
  });

  describe('looksLikeSecret', () => {
    it('accepts random secrets (1000 draws)', () => {
      let rejected = 0;
      for (let i = 0; i < 1000; i++) if (!looksLikeSecret(secret())) rejected++;
      assert.ok(rejected <= 3, `rejected ${rejected} random secrets`);
    });
    it('rejects short and low-variety strings', () => {
      assert.equal(looksLikeSecret('Ab1'.repeat(5)), false);
      assert.equal(looksLikeSecret('aB3dE'.repeat(10)), false);
    });
  });
});

describe('redactSecrets', () => {
  it('leaves an already redacted prefix alone and hides the secret of a key', async () => {
    const { redactSecrets } = await import('../../src/engine/redact.js');
    assert.equal(redactSecrets(`${PREFIX}admin01-…`), `${PREFIX}admin01-…`);
    assert.equal(redactSecrets(`key ${makeKey('admin01')} here`), `key ${PREFIX}admin01-… here`);
    assert.equal(redactSecrets(`key ${makeKey()}`), `key ${PREFIX}api03-…`);
  });
});

describe('no-api-key-literal: a literal given as an Anthropic client key', () => {
  const OPENAI = ['sk', 'proj'].join('-') + '-' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6';
  it('Python: another provider key passed as api_key= answers 401, reported on the literal without its value', () => {
    const text = `from anthropic import Anthropic\nclient = Anthropic(\n    api_key="${OPENAI}",\n)\n`;
    const findings = run(text, 'app.py');
    assert.deepEqual(findings.map((f) => [f.messageId, text.slice(f.start, f.end) === OPENAI]), [['otherProviderKey', true]]);
    assert.match(findings[0]!.message, /OpenAI's key \(sk-proj-…\).*401 authentication_error/);
    assert.ok(!findings[0]!.message.includes(OPENAI.slice(10)));
  });

  it('JS: a secret-shaped literal passed as apiKey (a gateway key, say)', () => {
    const key = 'gw_' + 'Q7rT2vX9kL4mN8pZ3sW6yB1cD5fH0jA2';
    const text = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ apiKey: '${key}' });\n`;
    const findings = run(text, 'client.ts');
    assert.deepEqual(findings.map((f) => [f.messageId, text.slice(f.start, f.end) === key]), [['apiKeyArgument', true]]);
    assert.equal(findings[0]!.data.param, 'apiKey');
    assert.ok(!findings[0]!.message.includes(key));
  });

  it('not reported: placeholders that tests and docs pass to a client for a mock server', () => {
    const text = `import Anthropic from '@anthropic-ai/sdk';\nnew Anthropic({ apiKey: 'my-anthropic-api-key' });\nnew Anthropic({ apiKey: 'test' });\n`;
    assert.deepEqual(run(text, 'client.test.ts'), []);
    assert.deepEqual(run(`from anthropic import Anthropic\nc = Anthropic(api_key="YOUR API KEY HERE")\n`, 'app.py'), []);
  });

  it('a notebook cell (quotes escaped in JSON), async and Bedrock clients', () => {
    const text = JSON.stringify({ cells: [{ cell_type: 'code', source: [`client = anthropic.AsyncAnthropic(api_key="${OPENAI}")`] }] });
    assert.deepEqual(run(text, 'nb.ipynb').map((f) => f.messageId), ['otherProviderKey']);
  });

  it('not reported: a key from the environment, another provider key given to its own client, an empty string', () => {
    const text = `import os\nfrom anthropic import Anthropic\nfrom openai import OpenAI\na = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\no = OpenAI(api_key="${OPENAI}")\nb = Anthropic(api_key="")\n`;
    assert.deepEqual(run(text, 'app.py'), []);
  });
});
