/**
 * The engine is handed its rules (as Ajv's core is handed vocabularies): no
 * engine module imports rules/, so rules depend on the engine and never the reverse.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers/cli.js';

describe('engine ↔ rules', () => {
  it('no module of src/engine imports rules/', () => {
    const dir = path.join(REPO, 'src/engine');
    const offenders = (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from\s+'(\.\.\/)+rules\//.test(fs.readFileSync(path.join(dir, f), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
