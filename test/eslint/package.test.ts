/**
 * The plugin as users get it: `import plugin from 'lint-payloads/eslint'`
 * (package.json "exports", self-reference after the build), its meta, one rule
 * per engine rule with docs that exist, the configs, and the real eslint binary
 * reading a flat config that uses them.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../rules/index.js';
import type { LintPayloadsPlugin } from '../../src/eslint/plugin.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
// A variable specifier: resolved by Node through package.json "exports" at run time, not by tsc.
const SPECIFIER = 'lint-payloads/eslint';
const plugin = ((await import(SPECIFIER)) as { default: LintPayloadsPlugin }).default;

describe('lint-payloads/eslint', () => {
  it('resolves through package.json exports to the built plugin', () => {
    assert.equal(import.meta.resolve(SPECIFIER), pathToFileURL(path.join(ROOT, 'dist/src/eslint/plugin.js')).href);
    assert.equal(typeof plugin.rules, 'object');
  });

  it('has meta matching package.json', () => {
    assert.equal(plugin.meta.name, pkg.name);
    assert.equal(plugin.meta.version, pkg.version);
    assert.equal(plugin.meta.namespace, 'lint-payloads');
  });

  it('has one rule per engine rule, with meta derived from it', () => {
    assert.deepEqual(Object.keys(plugin.rules!).sort(), RULES.map((r) => r.id).sort());
    for (const rule of RULES) {
      const meta = plugin.rules![rule.id]!.meta!;
      assert.equal(meta.type, rule.meta.type, rule.id);
      assert.equal(meta.docs?.description, rule.meta.description, rule.id);
      assert.equal(meta.docs?.recommended, rule.meta.recommended, rule.id);
      assert.deepEqual(meta.messages, rule.meta.messages, rule.id);
      assert.deepEqual(meta.schema, rule.meta.schema ?? [], rule.id);
      assert.equal(meta.fixable, rule.meta.fixable ? 'code' : undefined, rule.id);
      assert.equal(meta.hasSuggestions, rule.meta.hasSuggestions ? true : undefined, rule.id);
      assert.deepEqual(meta.defaultOptions, rule.meta.defaultOptions, rule.id);
    }
  });

  it('links every rule to its docs/rules/<id>.md, which exists', () => {
    const missing: string[] = [];
    for (const [id, rule] of Object.entries(plugin.rules!)) {
      const url = rule.meta?.docs?.url ?? '';
      assert.ok(url.endsWith(`/docs/rules/${id}.md`), `${id}: docs.url is ${url}`);
      if (!fs.existsSync(path.join(ROOT, 'docs/rules', `${id}.md`))) missing.push(`docs/rules/${id}.md`);
    }
    assert.deepEqual(missing, [], `rules without docs — write these files (see docs/rules/request-schema.md):\n  ${missing.join('\n  ')}`);
  });

  it('configs.recommended holds the recommended rules at their severity; strict holds all, as errors', () => {
    const [recommended] = plugin.configs.recommended;
    const [strict] = plugin.configs.strict;
    const expected: Record<string, string> = {};
    for (const rule of RULES) if (rule.meta.recommended) expected[`lint-payloads/${rule.id}`] = rule.meta.severity === 'error' ? 'error' : 'warn';
    assert.deepEqual(recommended!.rules, expected);
    assert.deepEqual(Object.keys(strict!.rules!).sort(), RULES.map((r) => `lint-payloads/${r.id}`).sort());
    assert.deepEqual(new Set(Object.values(strict!.rules!)), new Set(['error']));
    assert.ok(Object.values(recommended!.rules!).includes('warn'), 'recommended keeps the warnings as warnings');
    for (const config of [...plugin.configs.recommended, ...plugin.configs.strict]) {
      assert.equal(config.plugins?.['lint-payloads'], plugin);
      assert.ok(config.files?.includes('**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'));
      assert.equal(config.language, undefined);
    }
    for (const config of [...plugin.configs['recommended-json'], ...plugin.configs['strict-json']]) {
      assert.equal(config.language, 'json/json');
      assert.deepEqual(config.files, ['**/*.json']);
    }
    assert.deepEqual(plugin.configs['recommended-json'][0]!.rules, expected);
  });

  it('works with the real eslint binary: --print-config and a lint run', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-eslint-'));
    try {
      const pluginUrl = pathToFileURL(path.join(ROOT, 'dist/src/eslint/plugin.js')).href;
      fs.writeFileSync(
        path.join(dir, 'eslint.config.mjs'),
        `import lintPayloads from ${JSON.stringify(pluginUrl)};\nexport default [...lintPayloads.configs.recommended, { settings: { 'lint-payloads': { apiVersion: '2026-10-21', date: '2026-11-26' } } }];\n`,
      );
      fs.writeFileSync(path.join(dir, 'app.js'), 'export const x = 1;\n');
      const eslintBin = path.join(ROOT, 'node_modules/.bin/eslint');
      const printed = JSON.parse(execFileSync(eslintBin, ['--print-config', 'app.js'], { cwd: dir, encoding: 'utf8' })) as { plugins: string[]; rules: Record<string, unknown[]>; settings: unknown };
      assert.ok(printed.plugins.includes(`lint-payloads:${pkg.name}@${pkg.version}`), JSON.stringify(printed.plugins));
      assert.deepEqual(printed.rules['lint-payloads/request-schema'], [2]);
      assert.deepEqual((printed.settings as Record<string, unknown>)['lint-payloads'], { apiVersion: '2026-10-21', date: '2026-11-26' });
      // A clean file lints clean (exit 0) with every recommended rule on.
      execFileSync(eslintBin, ['app.js'], { cwd: dir, encoding: 'utf8' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the configs in docs/eslint.md work as written, in a consumer project', () => {
    const docs = fs.readFileSync(path.join(ROOT, 'docs/eslint.md'), 'utf8');
    const jsonSnippet = docs.match(/```js\n(\/\/ eslint\.config\.mjs\n[^`]*configs\['recommended-json'\][\s\S]*?)```/)?.[1];
    assert.ok(jsonSnippet, 'docs/eslint.md shows the request JSON config');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-consumer-'));
    try {
      // A project that installed lint-payloads: its node_modules has the package and our dev dependencies.
      fs.mkdirSync(path.join(dir, 'node_modules'));
      for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
        if (!entry.startsWith('.')) fs.symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(dir, 'node_modules', entry));
      }
      fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'lint-payloads'));
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', devDependencies: { '@anthropic-ai/sdk': '^1.0.0' } }));
      // The snippet verbatim, then settings that pin the date.
      const config = jsonSnippet.replace(/\];\s*$/, "  { settings: { 'lint-payloads': { date: '2026-11-26' } } },\n];\n");
      fs.writeFileSync(path.join(dir, 'eslint.config.mjs'), config);
      fs.mkdirSync(path.join(dir, 'requests'));
      fs.writeFileSync(path.join(dir, 'requests/bad.json'), '{\n  "model": "claude-sonnet-5-5",\n  "max_tokens": 1024,\n  "temperature": 0.5,\n  "messages": [{ "role": "user", "content": "Hi" }]\n}\n');
      // Outside `files`: a JSONC file must not be parsed as JSON.
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{\n  // comments are fine here\n  "compilerOptions": {}\n}\n');
      fs.writeFileSync(
        path.join(dir, 'app.js'),
        "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nexport const reply = await client.messages.create({ model: 'claude-sonnet-5-5', max_token: 1024, messages: [{ role: 'user', content: 'Hi' }] });\n",
      );
      const eslintBin = path.join(ROOT, 'node_modules/.bin/eslint');
      let out: string;
      try {
        out = execFileSync(eslintBin, ['--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
      } catch (error) {
        out = (error as { stdout: string }).stdout; // exit 1: errors found
      }
      const results = (JSON.parse(out) as { filePath: string; messages: { ruleId: string | null; line: number; column: number; message: string }[] }[])
        .filter((r) => r.messages.length)
        .map((r) => ({ file: path.relative(dir, r.filePath), findings: r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`) }));
      assert.deepEqual(results, [
        { file: 'app.js', findings: ['lint-payloads/request-schema 3:81'] },
        { file: 'requests/bad.json', findings: ['lint-payloads/no-sampling-params 4:3'] },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
