/**
 * "A base URL that is not Anthropic's" is one shared answer (src/sources/shared/base-url.ts)
 * for JS/TS and Python: localhost is a proxy or local server, not Anthropic's API; on
 * such a host, and on a base URL not known statically, an id that is not Claude's is
 * another provider's and stays silent, while Claude ids are still checked
 * (issue 12: test/data/real-world-fp/unknown-base-url-third-party-model).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { baseUrlTarget } from '../../src/sources/shared/base-url.js';
import { unknownValue } from '../../src/engine/partial.js';
import { lintText } from '../../src/lint/lint-text.js';
import { REPO } from '../helpers/cli.js';

const lint = async (code: string, file: string) =>
  (await lintText(code, file, { date: '2026-12-07', apiVersion: '2026-10-21' })).messages.map((m) => `${m.ruleId} ${m.pointer} ${m.line}:${m.column}`);

/** One call with this base URL expression and model, in each language: the findings of each. */
async function both(baseUrl: { js: string; py: string }, model: string): Promise<{ js: string[]; py: string[] }> {
  const js = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ baseURL: ${baseUrl.js} });\nclient.messages.create({ model: '${model}', max_tokens: 5, messages: [{ role: 'user', content: 'x' }], temprature: 1 });\n`;
  const py = `import os\nfrom anthropic import Anthropic\nclient = Anthropic(base_url=${baseUrl.py})\nclient.messages.create(model="${model}", max_tokens=5, messages=[{"role": "user", "content": "x"}], temprature=1)\n`;
  return { js: await lint(js, 'app.ts'), py: await lint(py, 'app.py') };
}

describe('a base URL that is not Anthropic\'s: one helper for every source', () => {
  it('classifies hosts, not paths; localhost and hostless text are not Anthropic\'s; unknown stays unknown', () => {
    const cases: [unknown, string][] = [
      ['https://api.anthropic.com', 'anthropic'],
      ['https://api.anthropic.com/v1/', 'anthropic'],
      ['https://API.Anthropic.com.:443', 'anthropic'],
      [undefined, 'anthropic'],
      [null, 'anthropic'],
      ['https://api.moonshot.ai/anthropic', 'other'],
      ['https://anthropic.com.evil.example', 'other'],
      ['https://notanthropic.com', 'other'],
      ['http://localhost:4000', 'other'],
      ['http://127.0.0.1:11434', 'other'],
      ['api.anthropic.com', 'other'],
      [unknownValue(), 'unknown'],
      [42, 'unknown'],
    ];
    assert.deepEqual(cases.map(([v]) => baseUrlTarget(v)), cases.map(([, t]) => t));
  });

  it('localhost: a local model\'s id is silent, a Claude id is still checked, in JS and Python alike', async () => {
    const local = { js: "'http://localhost:4000'", py: '"http://localhost:4000"' };
    assert.deepEqual(await both(local, 'llama3.1'), { js: [], py: [] });
    assert.deepEqual(await both(local, 'claude-sonnet-5-5'), { js: ['request-schema /temprature 3:113'], py: ['request-schema /temprature 4:110'] });
    assert.deepEqual(await both(local, 'claude-3-5-sonnet-20241022'), {
      js: ['no-retired-model /model 3:33', 'request-schema /temprature 3:122'],
      py: ['no-retired-model /model 4:30', 'request-schema /temprature 4:119'],
    });
  });

  it('a base URL not known statically: a non-Claude id is another provider\'s (silent), a Claude id is checked', async () => {
    const unknown = { js: 'process.env.ANTHROPIC_BASE_URL', py: 'os.environ["ANTHROPIC_BASE_URL"]' };
    assert.deepEqual(await both(unknown, 'qwen/qwen3-6b'), { js: [], py: [] });
    assert.deepEqual(await both(unknown, 'claude-3-5-sonnet-20241022'), {
      js: ['no-retired-model /model 3:33', 'request-schema /temprature 3:122'],
      py: ['no-retired-model /model 4:30', 'request-schema /temprature 4:119'],
    });
  });

  it('options not all written out (`{ ...config }`, `Anthropic(**config)`) may set the base URL: the same', async () => {
    const js = (model: string) =>
      `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ ...config });\nclient.messages.create({ model: '${model}', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] });\n`;
    const py = (model: string) => `from anthropic import Anthropic\nclient = Anthropic(**config)\nclient.messages.create(model="${model}", max_tokens=5, messages=[{"role": "user", "content": "x"}])\n`;
    assert.deepEqual(await lint(js('glm-4.6'), 'app.ts'), []);
    assert.deepEqual(await lint(py('glm-4.6'), 'app.py'), []);
    assert.deepEqual(await lint(js('claude-3-5-sonnet-20241022'), 'app.ts'), ['no-retired-model /model 3:33']);
    assert.deepEqual(await lint(py('claude-3-5-sonnet-20241022'), 'app.py'), ['no-retired-model /model 3:30']);
  });

  it('the real-world reproducer (an OpenRouter fallback and a vendor/name id) is silent', async () => {
    const file = path.join(REPO, 'test/data/real-world-fp/unknown-base-url-third-party-model/openrouter-fallback.mjs');
    assert.deepEqual(await lint(fs.readFileSync(file, 'utf8'), file), []);
  });

  it('without a base URL, an id that is no Claude model is still reported', async () => {
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ apiKey: 'k' });\nclient.messages.create({ model: 'qwen/qwen3-6b', max_tokens: 5, messages: [{ role: 'user', content: 'x' }] });\n`;
    assert.deepEqual((await lint(code, 'app.ts')).filter((f) => f.startsWith('no-unknown-model')), ['no-unknown-model /model 3:33']);
  });
});
