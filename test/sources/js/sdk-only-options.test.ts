/**
 * The SDK-side options of `toolRunner` (stripped by the SDK, never sent) are held
 * to the pinned SDK's own declaration, so a new runner setting (such as a future
 * `compactionControl`) fails here instead of being reported as an unknown body
 * field (issue 12 §1.4). Read with the TypeScript compiler from the SDK's .d.ts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import ts from 'typescript';
import { EARLIER_RUNNER_ONLY_KEYS, RUNNER_ONLY_KEYS } from '../../../src/sources/js/extract.js';
import { lintText } from '../../../src/index.js';

const require = createRequire(import.meta.url);

function typeAlias(file: ts.SourceFile, name: string): ts.TypeAliasDeclaration {
  const found = file.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === name);
  assert.ok(found, `the SDK declares ${name}`);
  return found;
}

/** The string literals of `K` in `Omit<T, K>`. */
function omitted(node: ts.TypeReferenceNode): string[] {
  const keys = node.typeArguments?.[1];
  if (!keys) return [];
  const literals = ts.isUnionTypeNode(keys) ? keys.types : [keys];
  return literals.flatMap((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : []));
}

describe('toolRunner: SDK-only options from the SDK types', () => {
  it("the runner's settings the params keep are exactly the keys the extraction strips", () => {
    // The package's exports map hides .d.ts paths: resolve its entry (at the package root) and go from there.
    const dts = path.join(path.dirname(require.resolve('@anthropic-ai/sdk')), 'lib/tools/BetaToolRunner.d.ts');
    const file = ts.createSourceFile(dts, fs.readFileSync(dts, 'utf8'), ts.ScriptTarget.Latest, true);
    const settings = typeAlias(file, 'BetaToolRunnerSettings').type;
    assert.ok(ts.isTypeLiteralNode(settings));
    const settingKeys = settings.members.flatMap((m) => (m.name && ts.isIdentifier(m.name) ? [m.name.text] : []));
    // BetaToolRunnerParams takes Omit<BetaToolRunnerSettings, …>: the omitted ones are body fields too (`stream`).
    let kept = settingKeys;
    const visit = (node: ts.Node): void => {
      if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === 'Omit') {
        const target = node.typeArguments?.[0];
        if (target && ts.isTypeReferenceNode(target) && ts.isIdentifier(target.typeName) && target.typeName.text === 'BetaToolRunnerSettings') {
          const drop = omitted(node);
          kept = settingKeys.filter((k) => !drop.includes(k));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(typeAlias(file, 'BetaToolRunnerParams'));
    assert.deepEqual([...RUNNER_ONLY_KEYS].sort(), [...kept].sort());
  });

  it("an earlier release's runner setting (compactionControl, SDK 0.x) is not a body field either", async () => {
    // The real-world check: anthropic-sdk-typescript@0.120.0 examples/autoCompaction.ts.
    assert.ok(!RUNNER_ONLY_KEYS.includes('compactionControl') && EARLIER_RUNNER_ONLY_KEYS.includes('compactionControl'));
    const code = `import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\nclient.beta.messages.toolRunner({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], tools: [], compactionControl: { enabled: true, contextTokenThreshold: 3000 } });\n`;
    const result = await lintText(code, { filePath: 'runner.ts', date: '2026-12-07', apiVersion: '2026-10-21' });
    assert.deepEqual(result.messages.map((m) => `${m.ruleId} ${m.pointer}`), []);
  });
});
