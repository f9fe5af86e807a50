/**
 * The committed schemas are exactly what `npm run schema` generates from the
 * pinned SDK: a new SDK release needs only the pin bumped and `npm run schema`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { generateSchemas, sdkVersion } from '../../scripts/schema/generate.js';
import { REPO } from '../helpers/cli.js';

describe('generated schemas', () => {
  const generated = generateSchemas();

  it('match the committed files (run `npm run schema` after bumping @anthropic-ai/sdk)', () => {
    const committed = new Set<string>();
    for (const version of fs.readdirSync(path.join(REPO, 'schemas'))) {
      for (const file of fs.readdirSync(path.join(REPO, 'schemas', version))) committed.add(`${version}/${file}`);
    }
    assert.deepEqual([...committed].sort(), [...generated.keys()].sort());
    for (const [name, text] of generated) {
      assert.ok(fs.readFileSync(path.join(REPO, 'schemas', name), 'utf8') === text, `schemas/${name} is stale: run npm run schema`);
    }
  });

  it('are stamped with the SDK version they came from, which is the pinned one', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    assert.equal(pkg.devDependencies['@anthropic-ai/sdk'], sdkVersion(), 'the SDK is pinned exactly');
    for (const text of generated.values()) {
      assert.equal((JSON.parse(text) as { 'x-generated-from': Record<string, string> })['x-generated-from']['@anthropic-ai/sdk'], sdkVersion());
    }
  });

  it('leave header params out of the body and say which header they belong to', () => {
    const beta = JSON.parse(generated.get('2026-10-21/beta.json')!) as { 'x-header-params': Record<string, string>; $defs: Record<string, { properties: Record<string, unknown> }> };
    assert.deepEqual(beta['x-header-params'], { betas: 'anthropic-beta', user_profile_id: 'anthropic-user-profile-id', workspace_id: 'anthropic-workspace-id' });
    for (const root of ['MessagesRequest', 'CountTokensRequest']) {
      for (const header of ['betas', 'user_profile_id', 'workspace_id']) assert.ok(!(header in beta.$defs[root]!.properties), `${root}.${header}`);
    }
    assert.ok('user_profile_id' in beta.$defs.BatchRequestParams!.properties, 'a documented per-request body field in batches');
  });

  it('differ between API versions only by the sampling fields', () => {
    for (const endpoint of ['ga', 'beta']) {
      const v2023 = JSON.parse(generated.get(`2023-06-01/${endpoint}.json`)!) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
      const v2026 = JSON.parse(generated.get(`2026-10-21/${endpoint}.json`)!) as { $defs: Record<string, { properties?: Record<string, unknown> }> };
      const added = Object.keys(v2023.$defs.MessagesRequest!.properties!).filter((k) => !(k in v2026.$defs.MessagesRequest!.properties!));
      assert.deepEqual(added.sort(), ['temperature', 'top_k', 'top_p']);
      assert.ok(!('temperature' in v2023.$defs.CountTokensRequest!.properties!));
    }
  });

  it('keep the SDK descriptions for editor hover text', () => {
    const ga = JSON.parse(generated.get('2026-10-21/ga.json')!) as { $defs: Record<string, { properties: Record<string, { description?: string }> }> };
    assert.match(ga.$defs.MessagesRequest!.properties.max_tokens!.description ?? '', /maximum number of tokens/);
  });

  it('the built validators exist for every committed schema', () => {
    const require = createRequire(import.meta.url);
    for (const name of generated.keys()) {
      const mod = require(path.join(REPO, 'dist/validators', name.replace(/\.json$/, '.cjs'))) as Record<string, unknown>;
      for (const fn of ['messages', 'countTokens', 'batchParams', 'batchEnvelope']) assert.equal(typeof mod[fn], 'function', `${name} ${fn}`);
    }
  });
});
