/**
 * Issue 13 item 12: --fix keeps the file's line endings, and removing a member
 * keeps the comments that are not part of it.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../src/lint/lint-text.js';

const DATE = '2026-11-26';

describe('--fix formatting', () => {
  it("system-message-role's fix in a CRLF file inserts CRLF", async () => {
    const text = '{\r\n  "model": "claude-haiku-4-5",\r\n  "max_tokens": 10,\r\n  "messages": [\r\n    { "role": "system", "content": "Be brief" },\r\n    { "role": "user", "content": "hi" }\r\n  ]\r\n}\r\n';
    const r = await lintText(text, 'a.json', { date: DATE, fix: true });
    assert.equal(r.output, '{\r\n  "model": "claude-haiku-4-5",\r\n  "max_tokens": 10,\r\n  "messages": [\r\n    { "role": "user", "content": "hi" }\r\n  ],\r\n  "system": "Be brief"\r\n}\r\n');
  });

  it('removing members keeps a comment on their line and on the lines before the next one', async () => {
    const text = [
      "import Anthropic from '@anthropic-ai/sdk';",
      'const client = new Anthropic();',
      'await client.messages.create({',
      "  model: 'claude-sonnet-5-5',",
      '  max_tokens: 10,',
      '  temperature: 0.5, // creative',
      '  // the conversation',
      "  messages: [{ role: 'user', content: 'hi' }],",
      '  // last',
      '  top_p: 0.9,',
      '});',
      '',
    ].join('\r\n');
    const r = await lintText(text, 'a.ts', { date: DATE, fix: true });
    assert.equal(
      r.output,
      [
        "import Anthropic from '@anthropic-ai/sdk';",
        'const client = new Anthropic();',
        'await client.messages.create({',
        "  model: 'claude-sonnet-5-5',",
        '  max_tokens: 10,',
        '  // creative',
        '  // the conversation',
        "  messages: [{ role: 'user', content: 'hi' }]",
        '  // last',
        '});',
        '',
      ].join('\r\n'),
    );
  });
});
