/**
 * Issue 13 item 1: a did-you-mean over user strings is bounded. Two 26,000-character
 * tool names used to build a 26,000 × 26,000 matrix, abort V8 (exit 134) and lose
 * every other file's result.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance, suggestField, MAX_SUGGESTION_INPUT } from '../../src/engine/did-you-mean.js';
import { runCli, tempDirs, findingsOf } from '../helpers/cli.js';

const dir = tempDirs(after);

describe('did-you-mean on hostile input', () => {
  it('editDistance stops at its limit (banded), and agrees with the full distance within it', () => {
    assert.equal(editDistance('a'.repeat(5000), 'b'.repeat(5000), 3), 4);
    assert.equal(editDistance('max_tokens', 'max_token', 2), 1);
    assert.equal(editDistance('max_tokens', 'mxa_tokens', 2), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('kitten', 'sitting', 2), 3);
  });

  it('no suggestion for a string longer than any name', () => {
    const long = 'max_tokens' + 'x'.repeat(MAX_SUGGESTION_INPUT);
    assert.deepEqual(closest(long, ['max_tokens']), []);
    assert.equal(suggestField(long, ['max_tokens']), undefined);
    assert.deepEqual(closest('max_tokns', ['max_tokens', 'x'.repeat(1_000_000)]), ['max_tokens']);
  });

  it('two 26,000-character tool names: a finding, no crash, and the other file is still checked', () => {
    const name = 'a'.repeat(26_000);
    const big = { model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], tools: [{ name, input_schema: { type: 'object' } }], tool_choice: { type: 'tool', name: 'b'.repeat(26_000) } };
    const d = dir({
      'big.json': JSON.stringify(big, null, 2),
      'other.json': '{\n  "model": "claude-sonnet-5-5",\n  "max_token": 10,\n  "messages": [{ "role": "user", "content": "hi" }]\n}\n',
    });
    const r = runCli(['big.json', 'other.json', '-f', 'json', '--date', '2026-11-26'], { cwd: d });
    assert.equal(r.code, 1, r.stderr.slice(0, 500));
    const findings = findingsOf(r.stdout, d);
    assert.deepEqual(findings['other.json'], [{ ruleId: 'request-schema', line: 3, column: 3, pointer: '/max_token' }]);
    assert.deepEqual(findings['big.json']?.map((f) => [f.ruleId, f.pointer]), [['request-schema', '/tools/0/name'], ['tool-choice-defined', '/tool_choice/name']]);
  });
});
