/**
 * Issue 13 item 11: a request file named on the command line is always
 * accounted for; files found by walking a folder stay silent when not requests.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { runCli, tempDirs } from '../helpers/cli.js';

const dir = tempDirs(after);
const BODY = JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }, null, 2);

interface Result {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line: number; column: number }[];
}

function run(d: string, args: string[]): { code: number | null; results: Result[] } {
  const r = runCli([...args, '-f', 'json', '--date', '2026-11-26'], { cwd: d });
  return { code: r.code, results: JSON.parse(r.stdout) as Result[] };
}

describe('named files never pass in silence', () => {
  it('UTF-16LE without a byte order mark, NUL bytes, and JSON that is not a request: a message each; walked: silent', () => {
    const d = dir({
      'utf16.json': Buffer.from(BODY, 'utf16le'),
      'nul.json': Buffer.from('{"a": 1}\u0000\u0000'),
      'config.json': '{ "name": "x", // comment\n }',
      'package.json': '{ "name": "x" }',
    });
    const named = run(d, ['utf16.json', 'nul.json', 'config.json', 'package.json']);
    const byFile = Object.fromEntries(named.results.map((r) => [path.basename(r.filePath), r.messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.message])]));
    assert.deepEqual(byFile, {
      'utf16.json': [[null, 2, 1, 1, 'Not checked: the file looks like UTF-16 text without a byte order mark; the API accepts UTF-8 JSON only.']],
      'nul.json': [[null, 1, 1, 1, 'Not checked: the file holds NUL bytes, so it is not JSON text.']],
      'config.json': [[null, 1, 1, 1, 'Not checked: it is not valid JSON, and does not look like a request body.']],
      'package.json': [[null, 1, 1, 1, 'Not checked: it is JSON but not a request body (an object with "messages", or "model" and "max_tokens") nor a batch.']],
    });
    assert.equal(named.code, 1); // the UTF-16 request is an error
    const walked = run(d, ['.']);
    assert.deepEqual(walked.results.filter((r) => r.messages.length > 0), []);
  });
});
