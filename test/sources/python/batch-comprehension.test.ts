/**
 * Batches built by a comprehension (issue 11 §2): the element template is checked
 * once, as every element; what every element shares is checked even when the loop
 * makes part of it (a `custom_id=f"req {i}"` prefix the id pattern never allows).
 * Holes stay silent: only a mistake that holds for every value of them is reported.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintPy } from './helpers.js';

const HEAD = 'import anthropic\nclient = anthropic.Anthropic()\n';
const PARAMS = '"params": {"model": "claude-sonnet-5-5", "max_tokens": 64, "messages": [{"role": "user", "content": q}]}';
const batch = (customId: string, loop = 'for i, q in enumerate(questions)') => `${HEAD}client.messages.batches.create(\n    requests=[{"custom_id": ${customId}, ${PARAMS}} ${loop}],\n)\n`;

describe('batches built by a comprehension', () => {
  it('the template is checked once, as every element, where it is written', async () => {
    const code = `${HEAD}client.messages.batches.create(\n    requests=[{"custom_id": f"q-{i}", "params": {"model": "claude-3-sonnet", "max_tokens": "64", "messages": [{"role": "user", "content": q}]}} for i, q in enumerate(qs)],\n)\n`;
    assert.deepEqual(brief(await lintPy(code)), ['no-unknown-model /requests/0/params/model 4:59', 'request-schema /requests/0/params/max_tokens 4:92']);
  });

  it('a custom_id prefix with a character the pattern never allows: reported on the f-string, shown with its hole', async () => {
    const messages = await lintPy(batch('f"question {i}"'));
    assert.deepEqual(brief(messages), ['request-schema /requests/0/custom_id 4:29']);
    assert.match(messages[0]!.message, /^requests\[0\]\.custom_id may use only letters, digits, "_" and "-" \(1–64 characters\); got "question \{…\}"\./);
  });

  it('a known part after the hole, implicit concatenation, + and the SDK TypedDict count too', async () => {
    assert.deepEqual(brief(await lintPy(batch('f"{i}.json"'))), ['request-schema /requests/0/custom_id 4:29']);
    assert.deepEqual(brief(await lintPy(batch('"batch/" f"{i}"'))), ['request-schema /requests/0/custom_id 4:29']);
    assert.deepEqual(brief(await lintPy(batch('"q:" + f"{i}"'))), ['request-schema /requests/0/custom_id 4:29']);
    const typed = `from anthropic.types.messages.batch_create_params import Request\n${HEAD}client.messages.batches.create(requests=[Request(custom_id=f"doc#{i}", params={"model": "claude-sonnet-5-5", "max_tokens": 5, "messages": [{"role": "user", "content": d}]}) for i, d in enumerate(docs)])\n`;
    assert.deepEqual(brief(await lintPy(typed)), ['request-schema /requests/0/custom_id 4:60']);
  });

  it('known pieces longer than the 64 characters allowed', async () => {
    const messages = await lintPy(batch(`f"${'a'.repeat(60)}-run-{i}"`));
    assert.deepEqual(brief(messages), ['request-schema /requests/0/custom_id 4:29']);
    // 64 known characters and a hole that may be empty: it may fit.
    assert.deepEqual(brief(await lintPy(batch(`f"${'a'.repeat(64)}{i}"`))), []);
  });

  it('silent when the holes decide: allowed prefixes, unknown parts, format specs, conversions', async () => {
    for (const id of ['f"q-{i}"', 'f"req_{i:04d}"', 'f"{prefix}-{i}"', 'f"{i}"', 'f"{name!r}"', '"q-" + str(i)', 'make_id(i)', 'f"{i=}"']) {
      assert.deepEqual(brief(await lintPy(batch(id))), [], id);
    }
  });

  it('an f-string in a list display, its hole a parameter', async () => {
    const code = `${HEAD}def submit(run, docs):\n    client.messages.batches.create(requests=[{"custom_id": f"run {run}", "params": {"model": "claude-sonnet-5-5", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}}])\n`;
    assert.deepEqual(brief(await lintPy(code)), ['request-schema /requests/0/custom_id 4:60']);
  });
});
