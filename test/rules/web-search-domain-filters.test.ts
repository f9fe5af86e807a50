import rule from '../../rules/web-search-domain-filters.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const body = (tools: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, tools, messages: [{ role: 'user', content: 'Hi' }] });
const search = (extra: Record<string, unknown>) => ({ type: 'web_search_20250305', name: 'web_search', ...extra });

ruleTable(rule, {
  valid: [
    { name: 'allowed only', payload: body([search({ allowed_domains: ['example.com'] })]) },
    { name: 'blocked only, allowed null', payload: body([search({ allowed_domains: null, blocked_domains: ['spam.example'] })]) },
    { name: 'an empty list filters nothing', payload: body([search({ allowed_domains: [], blocked_domains: ['spam.example'] })]) },
    { name: 'unknown list', payload: body([search({ allowed_domains: unknownValue(), blocked_domains: ['spam.example'] })]) },
    { name: 'web fetch is not judged', payload: body([{ type: 'web_fetch_20250910', name: 'web_fetch', allowed_domains: ['a.example'], blocked_domains: ['b.example'] }]) },
  ],
  invalid: [
    {
      name: 'both set',
      payload: body([search({ allowed_domains: ['example.com'], blocked_domains: ['spam.example'] })]),
      errors: [
        {
          messageId: 'bothFilters',
          pointer: '/tools/0/blocked_domains',
          suggestions: [body([search({ allowed_domains: ['example.com'] })]), body([search({ blocked_domains: ['spam.example'] })])],
        },
      ],
    },
    { name: 'newer version', payload: body([{ type: 'web_search_20260318', name: 'web_search', allowed_domains: ['a.example'], blocked_domains: ['b.example'] }]), errors: [{ messageId: 'bothFilters', pointer: '/tools/0/blocked_domains' }] },
  ],
});
