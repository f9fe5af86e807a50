/** The install paths the README gives point at things that exist: the tag a release creates, the repository package.json names. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './helpers/cli.js';

const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  homepage?: string;
  repository?: { url?: string };
  bugs?: { url?: string };
};
const REPOSITORY = 'https://github.com/lint-payloads/lint-payloads';

describe('install docs', () => {
  it('package.json names the repository, homepage and issue tracker (npm and ESLint docs links need them)', () => {
    assert.equal(pkg.homepage, `${REPOSITORY}#readme`);
    assert.equal(pkg.repository?.url, `git+${REPOSITORY}.git`);
    assert.equal(pkg.bugs?.url, `${REPOSITORY}/issues`);
  });

  it("the pre-commit rev and the git-install tag are v<version>, the tag the README's release step creates", () => {
    const tag = `v${pkg.version}`;
    const revs = [...readme.matchAll(/^\s*rev: (\S+)$/gm)].map((m) => m[1]);
    assert.ok(revs.length > 0);
    for (const rev of revs) assert.equal(rev, tag);
    assert.ok(readme.includes(`github:lint-payloads/lint-payloads#${tag}`));
    assert.match(readme, /### Releasing[\s\S]*npm version/);
    assert.ok(readme.includes(`git tag -a ${tag}`));
  });

  it('no install command names the unpublished registry package as the way to install today', () => {
    const install = readme.slice(readme.indexOf('## Install'), readme.indexOf('## CLI'));
    assert.match(install, /not on the npm registry yet/);
    assert.match(install, /npm pack/);
  });
});

describe('husky recipe', () => {
  it('installs husky and lint-staged before `npx husky init` (which fails without them)', () => {
    const init = readme.indexOf('npx husky init');
    const install = readme.indexOf('npm install --save-dev husky lint-staged');
    assert.ok(init > 0 && install > 0 && install < init, 'the install step comes first');
  });
});
