/**
 * Issue 13 item 10: control characters from a linted file (a model id that sets
 * the terminal title, a field name that clears the screen) are shown escaped in
 * every human format.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, tempDirs } from '../helpers/cli.js';

const dir = tempDirs(after);
const TITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J\u001b[H';

describe('terminal escapes from linted files', () => {
  for (const format of ['stylish', 'github']) {
    it(`${format}: no raw control character, the escapes shown as text`, () => {
      const body = { model: `claude-x${TITLE}`, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], [`fld${CLEAR}`]: 1, [`bidi\u202etxt`]: 2 };
      const d = dir({ 'body.json': JSON.stringify(body, null, 2) });
      for (const color of [['--no-color'], ['--color']]) {
        const r = runCli(['body.json', '-f', format, ...color, '--date', '2026-11-26'], { cwd: d });
        assert.equal(r.code, 1, r.stderr);
        // With --color the formatter's own SGR codes (ESC [ n m) remain; nothing else may.
        const foreign = r.stdout.replace(/\u001b\[\d+m/g, '').replace(/\n/g, '');
        assert.doesNotMatch(foreign, /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        assert.match(r.stdout, /fld\\u001b\[2J\\u001b\[H/);
        assert.match(r.stdout, /claude-x\\u001b\]0;pwned\\u0007/);
      }
    });
  }
});
