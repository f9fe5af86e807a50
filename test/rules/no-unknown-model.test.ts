import rule from '../../rules/no-unknown-model.js';
import { ruleTable } from '../helpers/rule-table.js';
import { markOpen, unknownValue } from '../../src/engine/partial.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (model: unknown, extra: Record<string, unknown> = {}) => ({ model, max_tokens: 1024, messages: [user('Hello')], ...extra });

ruleTable(rule, {
  valid: [
    { name: 'a served model', payload: body('claude-sonnet-5-5') },
    { name: 'a dated id with its alias', payload: body('claude-haiku-4-5-20251001') },
    { name: 'a retired model is no-retired-model\'s', payload: body('claude-3-5-sonnet-20241022') },
    { name: 'a model given as a runtime value', payload: body(unknownValue()) },
    { name: 'no model in an open body', payload: markOpen({ max_tokens: 5, messages: [user('x')] }) },
    { name: 'Bedrock ids on the Bedrock platform', payload: body('anthropic.claude-3-5-sonnet-20240620-v1:0'), options: { platform: 'bedrock' } },
    { name: 'a proxy (a client baseURL elsewhere) decides its own aliases', payload: body('claude-sonnet'), options: { origin: 'sdk-call', platform: 'gateway' } },
    { name: 'a Bedrock id on an SDK call whose client may be a Bedrock client', payload: body('us.anthropic.claude-sonnet-4-6'), options: { origin: 'sdk-call', platform: 'unknown' } },
    { name: 'a Vertex id on an SDK call whose client may be a Vertex client', payload: body('claude-sonnet-4-6@20250514'), options: { origin: 'sdk-call', platform: 'unknown' } },
    { name: 'Vertex ids on the Vertex platform', payload: body('claude-3-5-sonnet-v2@20241022'), options: { platform: 'vertex' } },
    { name: 'a Foundry deployment name', payload: body('my-claude-deployment'), options: { platform: 'foundry' } },
    { name: 'a newer-looking id is unrecognized-model\'s', payload: body('claude-opus-7') },
    { name: 'claude-opus-6, the likely id of the next Opus, is unrecognized-model\'s from day one', payload: body('claude-opus-6') },
    { name: 'a newer minor version on a date the catalogue covers is unrecognized-model\'s too', payload: body('claude-sonnet-6-1'), options: { date: '2026-11-20' } },
    { name: 'a newer id with a real date suffix', payload: body('claude-opus-6-20270115') },
    { name: 'a never-existed id whose 404 is unconfirmed: unrecognized-model\'s', payload: body('claude-sonnet-4') },
  ],
  invalid: [
    { name: 'a Bedrock id on a first-party SDK client', payload: body('us.anthropic.claude-sonnet-4-6'), options: { origin: 'sdk-call', platform: 'anthropic' }, errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'Amazon Bedrock' }] },
    {
      name: 'Claude 3 ids always carried a date',
      payload: body('claude-3-sonnet'),
      errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'You probably meant "claude-3-sonnet-20240229", which is no longer served; use "claude-sonnet-5-5"', suggestions: [body('claude-sonnet-5-5')] }],
    },
    { name: 'dotted id', payload: body('claude-opus-4.6'), errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'never contain dots', suggestions: [body('claude-opus-4-6')] }] },
    {
      name: 'dated id of a dateless model',
      payload: body('claude-sonnet-4-6-20260217'),
      errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'only dateless ids', suggestions: [body('claude-sonnet-4-6')] }],
    },
    { name: '-thinking suffix', payload: body('claude-opus-4-6-thinking'), errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: '`thinking` parameter', suggestions: [body('claude-opus-4-6')] }] },
    {
      name: 'a dotted id not in the catalogue',
      payload: body('claude-haiku-5.5'),
      errors: [{ messageId: 'notAModel', pointer: '/model', suggestions: [body('claude-haiku-5-5')] }],
    },
    {
      name: 'Bedrock id against the Claude API',
      payload: body('anthropic.claude-3-5-sonnet-20240620-v1:0'),
      errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'Amazon Bedrock', suggestions: [body('claude-sonnet-5-5')] }],
    },
    {
      name: 'Bedrock cross-region id of a served model',
      payload: body('global.anthropic.claude-haiku-4-5-20251001-v1:0'),
      options: { platform: 'anthropic' },
      errors: [{ messageId: 'notAModel', pointer: '/model', suggestions: [body('claude-haiku-4-5-20251001')] }],
    },
    { name: 'Vertex id against the Claude API', payload: body('claude-opus-4-1@20250805'), errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'Google Vertex AI' }] },
    {
      name: 'a typo',
      payload: body('claude-sonet-4-6'),
      errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'Did you mean "claude-sonnet-4-6"', suggestions: [body('claude-sonnet-4-6'), body('claude-sonnet-4-5')] }],
    },
    { name: 'another API\'s model', payload: body('gpt-4o'), errors: [{ messageId: 'notAModel', pointer: '/model', suggestions: [] }] },
    { name: 'a dotted newer-looking id cannot exist', payload: body('claude-opus-6.1'), errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'never contain dots' }] },
    {
      name: 'an impossible date suffix',
      payload: body('claude-opus-6-20271345'),
      errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'not a day of the calendar' }],
    },
    { name: 'an implausibly far version is a made-up id', payload: body('claude-opus-50'), errors: [{ messageId: 'notAModel', pointer: '/model' }] },
    {
      name: 'a typo of a known family with a newer version',
      payload: body('claude-sonet-6'),
      errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'Did you mean' }],
    },
    {
      name: 'an older version of a known line that never existed',
      payload: body('claude-opus-4-9'),
      errors: [{ messageId: 'notAModel', pointer: '/model', messageIncludes: 'knows no such model' }],
    },
    { name: 'count_tokens body', payload: { model: 'claude-3-haiku', messages: [user('x')] }, options: { kind: 'count-tokens' }, errors: [{ messageId: 'notAModel', pointer: '/model' }] },
    {
      name: 'batch request',
      payload: { requests: [{ custom_id: 'a', params: body('claude-sonnet-5.5') }] },
      options: { kind: 'batch' },
      errors: [{ messageId: 'notAModel', pointer: '/requests/0/params/model', suggestions: [{ requests: [{ custom_id: 'a', params: body('claude-sonnet-5-5') }] }] }],
    },
  ],
});
