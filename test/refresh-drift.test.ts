/**
 * Every committed output of `npm run refresh` is what the command would write
 * from the pinned SDK: the schemas, the catalogue's SDK facts, the SDK version
 * cited in README, docs, rules and sources. (The schemas are compared in
 * schema/drift.test.ts, the README rule table in docs.test.ts.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { refreshOutputs } from '../scripts/refresh.js';
import { sdkVersion } from '../scripts/schema/generate.js';
import { SDK_VERSION } from '../src/catalogue/sdk-models.generated.js';
import { stampedFiles } from '../scripts/stamps.js';
import { REPO } from './helpers/cli.js';

describe('npm run refresh', () => {
  it('would change no committed file (bump the pin, run npm run refresh, commit)', () => {
    const stale = [...refreshOutputs(REPO, { schemas: false })].filter(([file, text]) => !fs.existsSync(path.join(REPO, file)) || fs.readFileSync(path.join(REPO, file), 'utf8') !== text);
    assert.deepEqual(stale.map(([file]) => file), []);
  });

  it('the catalogue is stamped with the pinned SDK, and README cites it', () => {
    assert.equal(SDK_VERSION, sdkVersion());
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    assert.ok(readme.includes(`generated from \`@anthropic-ai/sdk@${sdkVersion()}\``));
  });

  it('rewrites SDK citations of the pinned major version and leaves other majors and prose alone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stamps-'));
    try {
      fs.mkdirSync(path.join(dir, 'docs'));
      const doc = '- `@anthropic-ai/sdk@1.2.3 resources/models.d.ts`\n- `@anthropic-ai/sdk@0.137.0 src/x.ts`\n- SDK 1.15.0 removed it\n';
      fs.writeFileSync(path.join(dir, 'docs/a.md'), doc);
      fs.writeFileSync(path.join(dir, 'docs/b.md'), 'nothing cited');
      assert.deepEqual([...stampedFiles(dir, '1.17.0')], [['docs/a.md', doc.replace('1.2.3', '1.17.0')]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the weekly workflow bumps the pin, runs this command and the tests, and opens a pull request', () => {
    const workflow = fs.readFileSync(path.join(REPO, '.github/workflows/refresh.yml'), 'utf8');
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.match(pkg.scripts.refresh!, /dist\/scripts\/refresh\.js/);
    for (const step of ['schedule:', '--save-exact @anthropic-ai/sdk@latest', 'run: npm run refresh', 'npm test', 'create-pull-request']) assert.ok(workflow.includes(step), step);
  });
});
