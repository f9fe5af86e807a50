/**
 * Issue 13 item 4: a big minified file is not parsed: JS/TS files over
 * --max-file-size (default 1 MB) are skipped with a notice; request JSON is not limited.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempDirs } from '../helpers/cli.js';

const dir = tempDirs(after);
const CALL = "client.messages.create({ model: 'claude-sonnet-5-5', max_token: 10, messages: [{ role: 'user', content: 'hi' }] });";

function minified(bytes: number): string {
  const head = "import Anthropic from '@anthropic-ai/sdk';const client=new Anthropic();";
  const filler = 'var a=1;'.repeat(Math.ceil((bytes - head.length - CALL.length) / 8));
  return head + filler + CALL + '\n';
}

describe('--max-file-size', () => {
  it('a 1.2 MB source file is skipped with a notice by default, and checked under a higher limit', () => {
    const d = dir({ 'bundle.min.js': minified(1_200_000), 'big.json': JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 10, messages: [{ role: 'user', content: 'x'.repeat(1_200_000) }] }) });
    const skipped = runCli(['bundle.min.js', 'big.json', '-f', 'json', '--date', '2026-11-26'], { cwd: d });
    assert.equal(skipped.code, 0, skipped.stderr);
    assert.match(skipped.stderr, /Skipped bundle\.min\.js: 1,2\d\d,\d\d\d bytes is over --max-file-size \(1,000,000\); minified or generated code is not linted\./);
    assert.deepEqual((JSON.parse(skipped.stdout) as { filePath: string }[]).map((r) => r.filePath.split('/').pop()), ['big.json']);
    const checked = runCli(['bundle.min.js', '-f', 'json', '--date', '2026-11-26', '--max-file-size', '2mb'], { cwd: d });
    assert.equal(checked.code, 1, checked.stderr);
    const [result] = JSON.parse(checked.stdout) as { messages: { ruleId: string; line: number }[] }[];
    assert.deepEqual(result!.messages.map((m) => [m.ruleId, m.line]), [['request-schema', 1]]);
  });

  it('a size it cannot read is a usage error', () => {
    const r = runCli(['.', '--max-file-size', 'big'], { cwd: dir() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--max-file-size: expected a size such as 1mb/);
  });
});
