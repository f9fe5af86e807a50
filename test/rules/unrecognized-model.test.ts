import rule from '../../rules/unrecognized-model.js';
import { ruleTable } from '../helpers/rule-table.js';
import { CATALOGUE_AS_OF } from '../../src/catalogue/catalogue.js';

const user = (content: unknown) => ({ role: 'user', content });
const body = (model: unknown) => ({ model, max_tokens: 1024, messages: [user('Hello')] });

ruleTable(rule, {
  valid: [
    { name: 'a served model', payload: body('claude-haiku-5-5') },
    { name: 'a dotted id cannot exist: no-unknown-model reports it', payload: body('claude-opus-6.1') },
    { name: 'an impossible date: no-unknown-model reports it', payload: body('claude-sonnet-6-20261340') },
    { name: 'an implausibly far version: no-unknown-model reports it', payload: body('claude-haiku-40') },
    { name: 'a typo of a known family is no-unknown-model\'s', payload: body('claude-sonet-4-6') },
    { name: 'an older version of a known line', payload: body('claude-opus-5-1') },
    { name: 'not judged on Vertex', payload: body('claude-opus-7'), options: { platform: 'vertex' } },
  ],
  invalid: [
    { name: 'a newer version of a known line', payload: body('claude-opus-7'), errors: [{ messageId: 'newerThanCatalogue', pointer: '/model', data: { asOf: CATALOGUE_AS_OF } }] },
    { name: 'a minor version above the newest', payload: body('claude-haiku-5-6'), errors: [{ messageId: 'newerThanCatalogue', pointer: '/model' }] },
    { name: 'a new family', payload: body('claude-zephyr-1'), errors: [{ messageId: 'newerThanCatalogue', pointer: '/model' }] },
    { name: 'claude-opus-6 from day one, while the catalogue is fresh', payload: body('claude-opus-6'), errors: [{ messageId: 'newerThanCatalogue', pointer: '/model' }] },
    { name: 'claude-opus-6 once the catalogue is stale', payload: body('claude-opus-6'), options: { date: '2027-03-01' }, errors: [{ messageId: 'newerThanCatalogue', pointer: '/model' }] },
    { name: 'a newer minor version', payload: body('claude-sonnet-6-1'), errors: [{ messageId: 'newerThanCatalogue', pointer: '/model' }] },
    { name: 'a newer id on a date the catalogue covers', payload: body('claude-opus-7'), options: { date: '2026-11-20' }, errors: [{ messageId: 'newerThanCatalogue', pointer: '/model' }] },
    {
      name: 'a model on a date before its release',
      payload: body('claude-opus-5-5'),
      options: { date: '2026-09-01' },
      errors: [{ messageId: 'unreleasedOnDate', pointer: '/model', data: { release: '2026-09-22', date: '2026-09-01' } }],
    },
    {
      name: 'an undocumented id whose 404 is unconfirmed',
      payload: body('claude-sonnet-4'),
      errors: [{ messageId: 'unconfirmedId', pointer: '/model', suggestions: [body('claude-sonnet-4-6')] }],
    },
  ],
});
