/**
 * Rule parity (issue 11 §5): every request fixture under fixtures/requests,
 * written as a Python SDK call (`client.beta.messages.create(key=value, …)`, a
 * batch as `client.beta.messages.batches.create(requests=[…])`), gives the same findings
 * (rule id and pointer) as the JSON file. Rules about SDK calls only are left
 * out of the comparison (a request file is not sent by an SDK).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintText } from '../../../src/lint/lint-text.js';
import { REPO } from '../../helpers/cli.js';
import { DATE, kwargs } from './helpers.js';

const SDK_ONLY = new Set(['sdk-long-request', 'request-size-limit']);

function fixtures(): string[] {
  const out: string[] = [];
  for (const dir of ['fixtures/requests/invalid', 'fixtures/requests/valid']) {
    for (const f of fs.readdirSync(path.join(REPO, dir))) if (f.endsWith('.json')) out.push(path.join(dir, f));
  }
  return out.sort();
}

function asPython(body: Record<string, unknown>): string | undefined {
  const head = 'from anthropic import Anthropic\n\nclient = Anthropic()\n\n';
  // A request file may use any endpoint's fields: the calls go through client.beta, which sends to either.
  if (Array.isArray(body.requests) && Object.keys(body).length === 1) return `${head}client.beta.messages.batches.create(\n${kwargs(body)}\n)\n`;
  if (!('messages' in body) && !('model' in body)) return undefined;
  // On beta methods `betas=` is the anthropic-beta header, not a body field: not comparable.
  if ('betas' in body) return undefined;
  return `${head}client.beta.messages.create(\n${kwargs(body)}\n)\n`;
}

const findingsOf = (messages: { ruleId: string | null; pointer?: string }[]) =>
  messages
    .filter((m) => m.ruleId !== null && !SDK_ONLY.has(m.ruleId))
    .map((m) => `${m.ruleId} ${m.pointer}`)
    .sort();

describe('python parity with request files', () => {
  for (const rel of fixtures()) {
    const text = fs.readFileSync(path.join(REPO, rel), 'utf8');
    const body = JSON.parse(text) as Record<string, unknown>;
    const code = asPython(body);
    if (!code || rel.includes('api-key')) continue;
    it(rel, async () => {
      const options = { date: DATE, apiVersion: '2026-10-21' as const };
      const json = await lintText(text, 'request.json', options);
      const python = await lintText(code, 'request.py', options);
      assert.deepEqual(findingsOf(python.messages), findingsOf(json.messages), code);
    });
  }
});
