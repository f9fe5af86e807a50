/**
 * checkPayload under an unknown API version (a project whose SDK range spans
 * both): only what every version rejects is reported, also when each version
 * names the mistake with a different rule.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPayload, type PayloadCheckOptions } from '../../src/index.js';

const OPTIONS: PayloadCheckOptions = { kind: 'messages', apiVersion: 'unknown', date: '2026-11-26', endpoint: 'any' };
const body = (extra: Record<string, unknown>) => ({ model: 'claude-opus-4-7', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], ...extra });

describe('checkPayload with an unknown API version', () => {
  it('the same finding under both versions is reported once, as it is', () => {
    const findings = checkPayload({ model: 'claude-opus-4-7', max_token: 1024, messages: [{ role: 'user', content: 'Hi' }] }, OPTIONS);
    const typo = findings.find((f) => f.pointer === '/max_token');
    assert.ok(typo, JSON.stringify(findings.map((f) => f.pointer)));
    assert.equal(typo.ruleId, 'request-schema');
    assert.equal(typo.alsoReportedBy, undefined);
    assert.ok(typo.fix, 'a fix both versions agree on is kept');
  });

  it('a mistake both versions reject under different rules is reported, saying both', () => {
    const findings = checkPayload(body({ temperature: 0.5 }), OPTIONS);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.pointer, f.severity]), [['sampling-params-model', '/temperature', 'error']]);
    const [f] = findings;
    assert.deepEqual(f!.alsoReportedBy, ['no-sampling-params']);
    // Short: what is wrong, each version's answer, and the remedy both offer.
    assert.equal(
      f!.message,
      'temperature is rejected under either API version (the project\'s is not known). The API answers 400 "`temperature` is deprecated for this model." under 2023-06-01 and 400 "temperature: Extra inputs are not permitted" under 2026-10-21. Remove "temperature".',
    );
    assert.equal(f!.fix, undefined, 'no fix is applied when the versions disagree on why');
    assert.deepEqual(f!.suggestions?.map((s) => s.edits), [[{ op: 'remove', pointer: '/temperature' }]], 'the same removal offered by both is offered once');
  });

  it('without an answer quoted by each version and a remedy they share, each version\'s message is given', () => {
    // top_p 1.5 on a model with free sampling: out of range under 2023-06-01 ("most likely" a 400, fixed by a value in range), removed under 2026-10-21.
    const [f, ...rest] = checkPayload({ ...body({ top_p: 1.5 }), model: 'claude-haiku-4-5' }, OPTIONS);
    assert.deepEqual(rest, []);
    assert.deepEqual([f!.ruleId, f!.pointer], ['sampling-params-range', '/top_p']);
    assert.match(f!.message, /^top_p is rejected under either API version \(the project's is not known\)\. Under 2023-06-01: top_p is 1\.5, .* Under 2026-10-21: "top_p" was removed in API version 2026-10-21/);
  });

  it('one mistake is one report, even when one version names it with two rules', () => {
    // temperature 1.5: out of range and not the default under 2023-06-01 (two findings), removed under 2026-10-21 (one).
    const findings = checkPayload(body({ temperature: 1.5 }), OPTIONS);
    assert.deepEqual(findings.map((f) => f.pointer), ['/temperature']);
  });

  it('what only one version rejects is not reported', () => {
    // temperature 1.0 is the default: accepted under 2023-06-01 on this model, removed under 2026-10-21.
    assert.deepEqual(checkPayload(body({ temperature: 1 }), OPTIONS).map((f) => f.pointer), []);
    // Each version alone does report it.
    assert.deepEqual(checkPayload(body({ temperature: 1 }), { ...OPTIONS, apiVersion: '2026-10-21' }).map((f) => f.ruleId), ['no-sampling-params']);
  });
});
