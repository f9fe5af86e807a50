/**
 * Valid Python and notebook cells from real repositories (anthropic-cookbook,
 * anthropic-quickstarts, anthropics/courses) that were reported as "not valid
 * Python 3" and so hid every call of the file: grammar gaps of @lezer/python
 * and IPython lines that were blanked in the wrong places.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintPy } from './helpers.js';

const HEAD = 'from anthropic import Anthropic\nclient = Anthropic()\n';
const CALL = 'client.messages.create(model="claude-3-sonnet", max_tokens=5, messages=[{"role": "user", "content": "x"}])\n';

function notebook(...cells: string[][]): string {
  return JSON.stringify({ cells: cells.map((source) => ({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source })), metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

/** `ruleId` and the text of the notebook at each finding. */
async function lintNotebook(text: string): Promise<string[]> {
  const lines = text.split('\n');
  return (await lintPy(text, { file: 'nb.ipynb' })).map((m) => `${m.ruleId} ${lines[m.line - 1]!.slice(m.column - 1, m.endColumn! - 1)}`);
}

describe('python grammar gaps: valid code parses', () => {
  it('a bare yield (a @contextmanager body), x = yield, (yield)', async () => {
    const code = `${HEAD}from contextlib import contextmanager\n@contextmanager\ndef loop():\n    state = True\n    yield\n    state = False\ndef g():\n    x = yield\n    y = (yield)\n${CALL}`;
    assert.deepEqual(brief(await lintPy(code)), ["no-unknown-model /model 12:30"]);
  });

  it('what a bare yield receives stays unknown', async () => {
    const code = `${HEAD}def g():\n    n = yield\n    client.messages.create(model="claude-sonnet-5-5", max_tokens=n, messages=[{"role": "user", "content": "x"}])\n`;
    assert.deepEqual(brief(await lintPy(code)), []);
  });

  it('a float with a trailing dot (2.)', async () => {
    const code = `${HEAD}thresh = m / 2.\nw = 1. + x\n${CALL}`;
    assert.deepEqual(brief(await lintPy(code)), ['no-unknown-model /model 5:30']);
  });

  it('stars of Python 3.11 (a[*b], *args: *Ts) and PEP 614 decorators', async () => {
    const code = `${HEAD}x = a[*b]\ndef f(*args: *Ts): pass\n@buttons[0].on_click\ndef h(): pass\n${CALL}`;
    assert.deepEqual(brief(await lintPy(code)), ['no-unknown-model /model 7:30']);
  });

  it('a bare yield before a comment; a class pattern without arguments', async () => {
    const code = `${HEAD}def g():\n    yield  # makes it a generator\nmatch e:\n    case Start(\n    ) | Stop():\n        pass\n    case {"s": dict() as s}:\n        pass\n${CALL}`;
    assert.deepEqual(brief(await lintPy(code)), ['no-unknown-model /model 11:30']);
  });

  it('with … as (a, b): targets in brackets, also over lines with a trailing comma', async () => {
    const code = `${HEAD}async def f():\n    async with open_pair() as (\n        reader,\n        writer,\n    ), session(reader) as s:\n        pass\n    with x as [a, b]:\n        pass\n${CALL}`;
    assert.deepEqual(brief(await lintPy(code)), ['no-unknown-model /model 11:30']);
  });

  it('parenthesized with after another gap of the grammar', async () => {
    const code = `${HEAD}def g():\n    yield\ndef t():\n    with (\n        open("a") as a,\n        open("b") as b,\n    ):\n        pass\n${CALL}`;
    assert.deepEqual(brief(await lintPy(code)), ['no-unknown-model /model 11:30']);
  });

  it('an indented blank last line without a line break', async () => {
    const code = `${HEAD}${CALL}if x:\n    f()\n        `;
    assert.deepEqual(brief(await lintPy(code)), ['no-unknown-model /model 3:30']);
  });

  it('a real syntax error after a gap is still reported where it is', async () => {
    const code = `${HEAD}def g():\n    yield\nx = = 1\n${CALL}`;
    const messages = await lintPy(code);
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.line]),
      [[null, 5]],
    );
    assert.match(messages[0]!.message, /not valid Python 3/);
  });
});

describe('notebooks: IPython lines', () => {
  it('a prompt line in a """ string that ends with ? or starts with ! is text, not a magic', async () => {
    const text = notebook(['from anthropic import Anthropic\n', 'client = Anthropic()\n', 'PROMPT = """Is this solved correctly below?\n', '!important: answer yes or no\n', '2x - 3 = 9"""\n', CALL]);
    assert.deepEqual(await lintNotebook(text), ['no-unknown-model \\"claude-3-sonnet\\"']);
  });

  it('a shell line continued with a backslash, and one inside an if block', async () => {
    const text = notebook(['!pip install -qU \\\n', '    anthropic==0.49.0 \\\n', '    pinecone\n'], ['import os\n', 'if not os.path.exists("x"):\n', '    !git clone https://example.com/x.git\n', 'else:\n', '    print("ok")\n', 'from anthropic import Anthropic\n', 'client = Anthropic()\n', CALL]);
    assert.deepEqual(await lintNotebook(text), ['no-unknown-model \\"claude-3-sonnet\\"']);
  });

  it('help lines (obj?, ?obj) are blanked', async () => {
    const text = notebook(['from anthropic import Anthropic\n', 'client = Anthropic()\n', 'client.messages.create?\n', '?Anthropic\n', CALL]);
    assert.deepEqual(await lintNotebook(text), ['no-unknown-model \\"claude-3-sonnet\\"']);
  });
});

describe("options the Python SDK consumes itself (anthropic-sdk-python's examples and tests)", () => {
  it('output_format of parse, stream, count_tokens and tool_runner becomes output_config.format in the SDK: not an unknown field', async () => {
    const code = `${HEAD}from pydantic import BaseModel\nclass Order(BaseModel):\n    name: str\nBODY = dict(model="claude-sonnet-5-5", max_tokens=5, messages=[{"role": "user", "content": "x"}])\nclient.messages.parse(**BODY, output_format=Order)\nclient.messages.stream(**BODY, output_format={"type": "json_schema", "schema": {"type": "object", "additionalProperties": False}})\nclient.messages.count_tokens(model="claude-sonnet-5-5", messages=[{"role": "user", "content": "x"}], output_format=Order)\nclient.beta.messages.parse(**BODY, output_format=Order)\nclient.beta.messages.tool_runner(**BODY, tools=[], output_format=Order)\n`;
    assert.deepEqual(brief(await lintPy(code)), []);
  });

  it('output_format on messages.create is still no body field of the Messages API', async () => {
    const code = `${HEAD}client.messages.create(model="claude-sonnet-5-5", max_tokens=5, messages=[{"role": "user", "content": "x"}], output_format={"type": "json_schema"})\n`;
    assert.deepEqual(brief(await lintPy(code)), ['request-schema /output_format 3:110']);
  });

  it("tool_runner's compaction_control configures the runner and is not sent", async () => {
    const code = `${HEAD}client.beta.messages.tool_runner(model="claude-sonnet-5-5", max_tokens=5, messages=[{"role": "user", "content": "x"}], tools=[], compaction_control={"enabled": True, "context_token_threshold": 500}, max_iterations=1)\n`;
    assert.deepEqual(brief(await lintPy(code)), []);
  });
});

describe('notebooks: a parser stop that no cell shows alone', () => {
  it('when the joined cells stop @lezer/python but each cell parses, cells are checked one by one', async () => {
    // Hundreds of top-level statements separated by single blank lines make
    // @lezer/python 1.1 stop (as in anthropics/courses' long prompt notebooks).
    const filler = (cell: number) => Array.from({ length: 250 }, (_, i) => `X${cell}_${i} = ${i}\n\n`);
    const text = notebook(['from anthropic import Anthropic\n', 'client = Anthropic()\n', CALL, '\n', ...filler(1)], filler(2), ['import anthropic\n', 'c = anthropic.Anthropic()\n', 'c.messages.create(model="claude-2.0", max_tokens=5, messages=[{"role": "user", "content": "x"}])\n', '\n', ...filler(3)]);
    assert.deepEqual(await lintNotebook(text), ['no-unknown-model \\"claude-3-sonnet\\"', 'no-retired-model \\"claude-2.0\\"']);
  });
});

describe('names rebound from inside a function', () => {
  it('a module name a function declares global and assigns is not known', async () => {
    const code = `${HEAD}MODEL = "claude-2.0"\ndef setup():\n    global MODEL\n    MODEL = pick()\ndef run():\n    client.messages.create(model=MODEL, max_tokens=5, messages=[{"role": "user", "content": "x"}])\n`;
    assert.deepEqual(brief(await lintPy(code)), []);
  });

  it('a name an inner function declares nonlocal and assigns is not known', async () => {
    const code = `${HEAD}def outer():\n    model = "claude-2.0"\n    def inner():\n        nonlocal model\n        model = pick()\n    inner()\n    client.messages.create(model=model, max_tokens=5, messages=[{"role": "user", "content": "x"}])\n`;
    assert.deepEqual(brief(await lintPy(code)), []);
  });

  it('global in a function for another name keeps the module value known', async () => {
    const code = `${HEAD}MODEL = "claude-2.0"\ndef setup():\n    global OTHER\n    OTHER = pick()\nclient.messages.create(model=MODEL, max_tokens=5, messages=[{"role": "user", "content": "x"}])\n`;
    assert.deepEqual(brief(await lintPy(code)), ['no-retired-model /model 7:30']);
  });
});
