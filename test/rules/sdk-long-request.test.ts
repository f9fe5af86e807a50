import rule from '../../rules/sdk-long-request.js';
import { ruleTable, type CaseOptions } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (maxTokens: unknown, model = 'claude-sonnet-5-5') => ({ model, max_tokens: maxTokens, messages: [user('Hello')] });
const sdk: CaseOptions = { origin: 'sdk-call', sdk: 'typescript', streaming: false, sdkTimeoutSet: false };

ruleTable(rule, {
  valid: [
    { name: 'at the threshold', payload: body(21333), options: sdk },
    { name: 'streaming', payload: body(64000), options: { ...sdk, streaming: true } },
    { name: 'streaming not known', payload: { ...body(64000), stream: unknownValue() }, options: { origin: 'sdk-call', sdk: 'typescript', sdkTimeoutSet: false } },
    { name: 'a timeout is set', payload: body(64000), options: { ...sdk, sdkTimeoutSet: true } },
    { name: 'timeout not known', payload: body(64000), options: { origin: 'sdk-call', sdk: 'typescript', streaming: false } },
    { name: "a Python SDK call: the TypeScript SDK's threshold is not its", payload: body(64000), options: { ...sdk, sdk: 'python' } },
    { name: 'an SDK call whose SDK is not known', payload: body(64000), options: { ...sdk, sdk: undefined } },
    { name: 'request files are not SDK calls', payload: body(64000) },
    { name: 'raw HTTP calls have no such check', payload: body(64000), options: { ...sdk, origin: 'http-call' } },
    { name: 'batch requests are not create calls', payload: { requests: [{ custom_id: 'a', params: body(64000) }] }, options: { ...sdk, kind: 'batch' } },
    { name: 'runtime max_tokens', payload: body(unknownValue()), options: sdk },
  ],
  invalid: [
    { name: 'above 21,333', payload: body(21334), options: sdk, errors: [{ messageId: 'streamingRequired', pointer: '/max_tokens', data: { limit: '21333' }, messageIncludes: 'Streaming is required for operations that may take longer than 10 minutes' }] },
    { name: 'a model with a lower SDK limit', payload: body(8193, 'claude-opus-4-1@20250805'), options: sdk, errors: [{ messageId: 'streamingRequired', pointer: '/max_tokens', data: { limit: '8192' } }] },
  ],
});
