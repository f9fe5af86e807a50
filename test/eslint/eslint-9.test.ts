/**
 * The plugin under ESLint 9 too (the repository develops against ESLint 10; the
 * plugin promises flat-config ESLint 9 and 10). The same located findings as
 * the CLI on the bundled JS/TS fixtures and on a request JSON file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import json from '@eslint/json';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../src/eslint/plugin.js';
import { lintText } from '../../src/lint/lint-text.js';
import { REPO } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
// eslint-v9 is ESLint 9, installed under an alias next to ESLint 10.
const { ESLint } = require('eslint-v9') as typeof import('eslint');
const DATE = '2026-11-26';

describe('ESLint 9', () => {
  it('is really ESLint 9', () => {
    assert.match(ESLint.version, /^9\./);
  });

  it('reports what the CLI reports, at the same places, in JS/TS and request JSON files', async () => {
    const eslint = new ESLint({
      cwd: REPO,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser: tsParser as never } },
        ...plugin.configs.strict,
        { plugins: { json: json as never } },
        ...plugin.configs['strict-json'].map((c) => ({ ...c, files: ['fixtures/requests/invalid/request-schema.json'] })),
        { settings: { 'lint-payloads': { date: DATE } } },
      ],
    });
    const files = ['fixtures/src/chat-service.ts', 'fixtures/src/agent-loop.js', 'fixtures/requests/invalid/request-schema.json'].map((f) => path.join(REPO, f));
    for (const result of await eslint.lintFiles(files)) {
      const cli = await lintText(fs.readFileSync(result.filePath, 'utf8'), result.filePath, { date: DATE });
      assert.ok(cli.messages.length > 0, result.filePath);
      assert.deepEqual(
        result.messages.map((m) => [m.ruleId?.replace('lint-payloads/', ''), m.line, m.column]),
        cli.messages.map((m) => [m.ruleId, m.line, m.column]),
        path.relative(REPO, result.filePath),
      );
    }
  });
});
