/**
 * A literal that is sent on some path is checked on that path (issue 12 §1, false
 * negatives): a retired model as the fallback of `process.env.X || …` / `?? …`, or
 * as one branch of a conditional whose other branch is not known.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../../src/lint/lint-text.js';

const DATE = '2026-11-26';
const HEADER = "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n";
const call = (model: string): string => `${HEADER}await client.messages.create({ model: ${model}, max_tokens: 512, messages: [{ role: 'user', content: 'Hi' }] });\n`;

async function findings(text: string): Promise<string[]> {
  const result = await lintText(text, 'src/app.ts', { date: DATE });
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.pointer ?? ''}`.trim());
}

/** 1-based column of `needle` on line 3 of `text`. */
const col = (text: string, needle: string): number => text.split('\n')[2]!.indexOf(needle) + 1;

describe('literals sent on some path', () => {
  it('process.env.X || "<retired>": the fallback is reported, at the literal', async () => {
    const text = call("process.env.CLAUDE_MODEL || 'claude-2.1'");
    assert.deepEqual(await findings(text), [`3:${col(text, "'claude-2.1'")} no-retired-model /model`]);
  });

  it('process.env.X ?? "<retired>"', async () => {
    const text = call("process.env.CLAUDE_MODEL ?? 'claude-2.1'");
    assert.deepEqual(await findings(text), [`3:${col(text, "'claude-2.1'")} no-retired-model /model`]);
  });

  it('cond ? "<retired>" : unknown: the literal branch is reported', async () => {
    const source = `${HEADER}declare const legacy: boolean;\ndeclare function pick(): string;\nawait client.messages.create({ model: legacy ? 'claude-2.1' : pick(), max_tokens: 512, messages: [{ role: 'user', content: 'Hi' }] });\n`;
    const line = source.split('\n')[4]!;
    assert.deepEqual(await findings(source), [`5:${line.indexOf("'claude-2.1'") + 1} no-retired-model /model`]);
  });

  it('guards are not paths: "" and [] fallbacks stay silent', async () => {
    const text = `${HEADER}declare const input: string | undefined;\ndeclare const history: { role: 'user'; content: string }[] | undefined;\nawait client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 512, messages: [...(history ?? []), { role: 'user', content: input || '' }] });\nawait client.messages.create({ model: 'claude-sonnet-5-5', max_tokens: 512, messages: history || [] });\n`;
    assert.deepEqual(await findings(text), []);
  });

  it('a current model as the fallback, or an unknown fallback: silent', async () => {
    assert.deepEqual(await findings(call("process.env.CLAUDE_MODEL || 'claude-sonnet-5-5'")), []);
    assert.deepEqual(await findings(call('process.env.CLAUDE_MODEL || process.env.OTHER')), []);
  });
});
