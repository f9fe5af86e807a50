/**
 * The docs match the code: every rule has its page (with the sections a user
 * needs), the README's rule table is the one `npm run docs` generates, and the
 * rules index lists every rule.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { RULES } from '../rules/index.js';
import { withTable } from '../scripts/update-readme.js';
import { REPO } from './helpers/cli.js';

describe('docs', () => {
  it('every rule has docs/rules/<id>.md with examples and a source', () => {
    const problems: string[] = [];
    for (const rule of RULES) {
      const file = path.join(REPO, 'docs/rules', `${rule.id}.md`);
      if (!fs.existsSync(file)) {
        problems.push(`${rule.id}: docs/rules/${rule.id}.md is missing`);
        continue;
      }
      const text = fs.readFileSync(file, 'utf8');
      if (!text.startsWith(`# ${rule.id}`)) problems.push(`${rule.id}: the page must start with "# ${rule.id}"`);
      if (!/^## Incorrect/m.test(text) && !/^## Examples/m.test(text)) problems.push(`${rule.id}: no "## Incorrect" section`);
      if (!/^## Correct/m.test(text) && !/^## Examples/m.test(text)) problems.push(`${rule.id}: no "## Correct" section`);
      if (!/https?:\/\/|@anthropic-ai\/sdk/.test(text)) problems.push(`${rule.id}: no source cited`);
    }
    assert.deepEqual(problems, []);
  });

  it('every rule has a description and sources in its meta', () => {
    for (const rule of RULES) {
      assert.ok(rule.meta.description.length > 10, rule.id);
      assert.ok(rule.meta.sources.length > 0, `${rule.id} cites no source`);
      assert.match(rule.id, /^[a-z][a-z0-9-]*$/);
    }
  });

  it('the README rule table is current (npm run docs)', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    assert.ok(readme === withTable(readme), 'README.md rule table is stale: run npm run docs');
  });

  it('the rules index links every rule', () => {
    const index = fs.readFileSync(path.join(REPO, 'docs/rules/README.md'), 'utf8');
    const missing = RULES.filter((r) => !index.includes(`](${r.id}.md)`)).map((r) => r.id);
    assert.deepEqual(missing, []);
  });
});
