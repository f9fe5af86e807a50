import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../rules/sdk-long-request.js';
import { ruleTable, type CaseOptions } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';
import { lintPy } from '../sources/python/helpers.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (maxTokens: unknown, model = 'claude-sonnet-5-5') => ({ model, max_tokens: maxTokens, messages: [user('Hello')] });
const sdk: CaseOptions = { origin: 'sdk-call', sdk: 'typescript', streaming: false, sdkTimeoutSet: false };
const ts = sdk;
const python: CaseOptions = { ...sdk, sdk: 'python' };

ruleTable(rule, {
  valid: [
    { name: 'at the threshold', payload: body(21333), options: sdk },
    { name: 'streaming', payload: body(64000), options: { ...sdk, streaming: true } },
    { name: 'streaming not known', payload: { ...body(64000), stream: unknownValue() }, options: { origin: 'sdk-call', sdk: 'typescript', sdkTimeoutSet: false } },
    { name: 'a timeout is set', payload: body(64000), options: { ...sdk, sdkTimeoutSet: true } },
    { name: 'timeout not known', payload: body(64000), options: { origin: 'sdk-call', sdk: 'typescript', streaming: false } },
    { name: 'an SDK call whose SDK is not known', payload: body(64000), options: { ...sdk, sdk: undefined } },
    { name: 'request files are not SDK calls', payload: body(64000) },
    { name: 'raw HTTP calls have no such check', payload: body(64000), options: { ...sdk, origin: 'http-call' } },
    { name: 'batch requests are not create calls', payload: { requests: [{ custom_id: 'a', params: body(64000) }] }, options: { ...sdk, kind: 'batch' } },
    { name: 'runtime max_tokens', payload: body(unknownValue()), options: sdk },
    // The TypeScript SDK's table lacks the Anthropic-API ids of Claude Opus 4 that the Python SDK lists.
    { name: 'TypeScript: claude-opus-4-0 has only the time limit', payload: body(8193, 'claude-opus-4-0'), options: ts },
    { name: 'Python: at the threshold', payload: body(21333), options: python },
    { name: 'Python: streaming', payload: body(64000), options: { ...python, streaming: true } },
    { name: 'Python: timeout= on the call or client', payload: body(64000), options: { ...python, sdkTimeoutSet: true } },
    { name: 'Python: count_tokens has no such check', payload: body(64000), options: { ...python, kind: 'count-tokens' } },
    { name: 'Python: batch requests', payload: { requests: [{ custom_id: 'a', params: body(64000) }] }, options: { ...python, kind: 'batch' } },
  ],
  invalid: [
    { name: 'above 21,333', payload: body(21334), options: sdk, errors: [{ messageId: 'streamingRequired', pointer: '/max_tokens', data: { limit: '21333' }, messageIncludes: 'Streaming is required for operations that may take longer than 10 minutes' }] },
    { name: 'a model with a lower SDK limit', payload: body(8193, 'claude-opus-4-1@20250805'), options: sdk, errors: [{ messageId: 'streamingRequired', pointer: '/max_tokens', data: { limit: '8192' } }] },
    { name: 'TypeScript: above 21,333', payload: body(21334), options: ts, errors: [{ messageId: 'streamingRequired', pointer: '/max_tokens', data: { limit: '21333' }, messageIncludes: 'The TypeScript SDK throws' }] },
    { name: 'Python: above 21,333', payload: body(21334), options: python, errors: [{ messageId: 'pythonStreamingRequired', pointer: '/max_tokens', data: { limit: '21333' }, messageIncludes: 'The Python SDK raises ValueError("Streaming is required for operations that may take longer than 10 minutes' }] },
    { name: 'Python: claude-opus-4-0 is limited to 8,192', payload: body(8193, 'claude-opus-4-0'), options: python, errors: [{ messageId: 'pythonStreamingRequired', pointer: '/max_tokens', data: { limit: '8192' }, messageIncludes: 'stream=True' }] },
    { name: 'Python: a Vertex id with a lower limit', payload: body(8193, 'claude-opus-4-1@20250805'), options: python, errors: [{ messageId: 'pythonStreamingRequired', pointer: '/max_tokens', data: { limit: '8192' } }] },
  ],
});

describe('sdk-long-request on Python code', () => {
  const head = 'from anthropic import Anthropic\n\nclient = Anthropic()\n';
  const call = (args: string, method = 'messages.create') => `${head}message = client.${method}(model="claude-opus-4-0", max_tokens=9000, messages=[{"role": "user", "content": "Hi"}]${args})\n`;
  const ours = async (code: string) => (await lintPy(code)).filter((m) => m.ruleId === 'sdk-long-request').map((m) => `${m.pointer} ${m.line}:${m.column} ${m.message.slice(0, 40)}`);

  it('reports create and parse above the Python SDK limit, on the keyword argument', async () => {
    // Located on the value of max_tokens=, on line 4.
    const column = (code: string) => code.split('\n')[3]!.indexOf('9000') + 1;
    for (const method of ['messages.create', 'beta.messages.parse', 'messages.with_raw_response.create']) {
      const code = call('', method);
      assert.deepEqual(await ours(code), [`/max_tokens 4:${column(code)} max_tokens=9000 is above 8192 on a non-s`], method);
    }
  });

  it('is silent with a timeout (even timeout=None), stream=True, .stream() and count_tokens', async () => {
    assert.deepEqual(await ours(call(', timeout=None')), []);
    assert.deepEqual(await ours(call(', stream=True')), []);
    assert.deepEqual(await ours(call('', 'messages.stream')), []);
    assert.deepEqual(await ours(call('', 'messages.count_tokens')), []);
    assert.deepEqual(await ours(call('').replace('Anthropic()', 'Anthropic(timeout=1800)')), []);
  });
});
