/**
 * Python files and notebooks through lintText: findings located on the keyword
 * argument, dict key or value (line and column); --fix in Python syntax; inline
 * disables; unparsable files; robustness.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brief, fixPy, lintPy } from './helpers.js';

const HEAD = 'from anthropic import Anthropic\nclient = Anthropic()\n';

describe('python findings', () => {
  it("the seed's calls: every mistake, on the argument", async () => {
    const code = `${HEAD}client.messages.create(\n    model="claude-3-sonnet",\n    messages=[{"role": "user", "content": 123}],\n)\nclient.messages.create(\n    model="claude-sonnet-5-5",\n    messages=[{"role": "user", "content": "test"}],\n    max_tokens="invalid",\n)\n`;
    assert.deepEqual(brief(await lintPy(code)), [
      'request-schema /max_tokens 3:23',
      'no-unknown-model /model 4:11',
      'request-schema /messages/0/content 5:43',
      'request-schema /max_tokens 10:16',
    ]);
  });

  it('an unknown field is reported on its keyword; a dict key on the key', async () => {
    const code = `${HEAD}client.messages.create(model="claude-sonnet-5-5", max_tokens=5, temprature=1, messages=[{"role": "user", "contnt": "x"}])\n`;
    const messages = await lintPy(code);
    assert.deepEqual(brief(messages), ['request-schema /temprature 3:65', 'request-schema /messages/0/contnt 3:106']);
  });

  it('a Bedrock body whose extra_body may hold anthropic_beta (a spread of something unknown) may be a beta call: its beta fields are not reported', async () => {
    // As in JS/TS (test/sources/js/bedrock-body-beta.test.ts): one reading of a platform's body for every source (src/sources/body-version.ts).
    const head = 'from anthropic import AnthropicBedrockMantle\nclient = AnthropicBedrockMantle(aws_region="us-east-1")\n';
    const call = (extra: string) => `client.messages.create(model="anthropic.claude-opus-4-7", max_tokens=1024, extra_body={${extra}"context_management": {"edits": [{"type": "compact_20260112"}]}}, messages=[{"role": "user", "content": "x"}])\n`;
    assert.deepEqual(brief(await lintPy(`${head}def run(betas):\n    ${call('**betas, ')}`)), []);
    // Known to hold none: a GA call, and the beta field is reported.
    assert.deepEqual(brief(await lintPy(`${head}${call('')}`)), ['request-schema /context_management 3:88']);
  });

  it('a value chosen by a name is reported where the name is used', async () => {
    const code = `${HEAD}MODEL = "claude-2.0"\nclient.messages.create(model=MODEL, max_tokens=5, messages=[{"role": "user", "content": "x"}])\n`;
    assert.deepEqual(brief(await lintPy(code)), ['no-retired-model /model 4:30']);
  });

  it('unknown values keep dependent checks silent', async () => {
    const code = `${HEAD}def f(model, n, msgs, extra):\n    client.messages.create(model=model, max_tokens=n, messages=msgs, **extra)\n`;
    assert.deepEqual(brief(await lintPy(code)), []);
  });

  it('a notebook: findings in the .ipynb, a client from an earlier cell, magics blanked', async () => {
    const nb = {
      cells: [
        { cell_type: 'markdown', metadata: {}, source: ['# Title\n', 'client.messages.create(model="x")'] },
        { cell_type: 'code', metadata: {}, execution_count: 1, outputs: [], source: ['%pip install anthropic\n', '!ls\n', 'from anthropic import Anthropic\n', 'client = Anthropic()'] },
        { cell_type: 'code', metadata: {}, execution_count: 2, outputs: [{ output_type: 'stream', text: ['client.messages.create(model="y")'] }], source: ['%%time\n', 'r = client.messages.create(model="claude-3-sonnet", max_tokens=5,\n', '    messages=[{"role": "user", "content": "a \\"quoted\\" word", "x": 1}])'] },
      ],
      metadata: {},
      nbformat: 4,
      nbformat_minor: 5,
    };
    const text = JSON.stringify(nb, null, 1);
    const messages = await lintPy(text, { file: 'demo.ipynb' });
    const lines = text.split('\n');
    const at = (m: { line: number; column: number }) => lines[m.line - 1]!.slice(m.column - 1, m.column + 14);
    assert.deepEqual(
      messages.map((m) => `${m.ruleId} ${m.pointer} ${at(m)}`),
      ['no-unknown-model /model \\"claude-3-sonn', 'request-schema /messages/0/x \\"x\\": 1}])"'],
    );
  });

  it('a notebook with broken JSON is one clear problem', async () => {
    const messages = await lintPy('{"cells": [', { file: 'broken.ipynb' });
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.ruleId, null);
    assert.match(messages[0]!.message, /not valid JSON/);
    assert.deepEqual([messages[0]!.line, messages[0]!.column], [1, 12]);
  });
});

describe('python fixes', () => {
  it('renames a misspelled keyword and dict key, removes a rejected parameter, in Python syntax', async () => {
    const code = `${HEAD}client.messages.create(\n    model="claude-sonnet-5-5",\n    max_token=100,\n    temperature=0.5,\n    messages=[{"role": "user", "contnet": "hi"}],\n)\n`;
    assert.equal(
      await fixPy(code),
      `${HEAD}client.messages.create(\n    model="claude-sonnet-5-5",\n    max_tokens=100,\n    messages=[{"role": "user", "content": "hi"}],\n)\n`,
    );
  });

  it('a keyword that comes from a ** spread is not edited', async () => {
    const code = `${HEAD}OPTS = {"temperature": 0.5}\nclient.messages.create(model="claude-sonnet-5-5", max_tokens=5, messages=[{"role": "user", "content": "x"}], **OPTS)\n`;
    assert.equal(await fixPy(code), undefined);
  });
});

describe('python inline disables', () => {
  it('# lint-payloads-disable-next-line and -line', async () => {
    const code = `${HEAD}# lint-payloads-disable-next-line no-unknown-model\nclient.messages.create(model="claude-3-sonnet", max_tokens=5, messages=[{"role": "user", "content": "x"}])\nclient.messages.create(model="claude-3-sonnet", max_tokens=5, messages=[{"role": "user", "content": "x"}])  # lint-payloads-disable-line no-unknown-model\nclient.messages.create(model="claude-3-sonnet", max_tokens=5, messages=[{"role": "user", "content": "x"}])\n`;
    assert.deepEqual(brief(await lintPy(code)), ['no-unknown-model /model 6:30']);
  });
});

describe('python files that do not parse, and robustness', () => {
  it('Python 2 syntax in a file that mentions the API: one problem at the parser position', async () => {
    const code = `import anthropic\nprint "hello", name\nclient = anthropic.Anthropic()\nclient.messages.create(model="x")\n`;
    const messages = await lintPy(code);
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.ruleId, null);
    assert.match(messages[0]!.message, /not valid Python 3/);
    assert.deepEqual([messages[0]!.line, messages[0]!.column], [2, 14]);
  });

  it('parenthesized context managers (Python 3.10) are valid: calls inside are checked where they are written', async () => {
    const code = `${HEAD}async def f():\n    async with (\n        client.messages.stream(  # the stream\n            model="claude-3-sonnet", max_tokens=5, messages=[{"role": "user", "content": "x"}],\n        ) as stream,\n        open("log") as log,\n    ):\n        pass\n`;
    assert.deepEqual(brief(await lintPy(code)), ['no-unknown-model /model 6:19']);
  });

  it('a file that does not mention the API is not parsed', async () => {
    assert.deepEqual(await lintPy('print "hello", name\n'), []);
  });

  it('deep nesting: no crash', async () => {
    const deep = '['.repeat(3000) + ']'.repeat(3000);
    const code = `${HEAD}client.messages.create(model="claude-sonnet-5-5", max_tokens=5, messages=${deep})\n`;
    const messages = await lintPy(code);
    assert.ok(messages.every((m) => typeof m.message === 'string'));
  });

  it('a 10 MB file: no crash, every call found', async () => {
    const filler = `def helper_N(x):\n    return [i * 2 for i in range(x) if i % 3] + [{"k": x}.get("k")]\n\n`;
    const call = `def ask_N(q):\n    return client.messages.create(model="claude-3-sonnet", max_tokens=5, messages=[{"role": "user", "content": q}])\n\n`;
    let code = HEAD;
    let n = 0;
    for (let i = 0; code.length < 10 * 1024 * 1024; i++) {
      code += filler.replace('N', String(i));
      if (i % 2000 === 0) code += call.replace('N', String(n++));
    }
    const messages = await lintPy(code);
    assert.equal(messages.filter((m) => m.ruleId === 'no-unknown-model').length, n);
    assert.equal(messages.length, n);
  });
});
