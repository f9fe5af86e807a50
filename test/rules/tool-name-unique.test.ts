import rule from '../../rules/tool-name-unique.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const body = (tools: unknown[]) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, tools, messages: [{ role: 'user', content: 'Hi' }] });
const custom = (name: string, description = 'd') => ({ name, description, input_schema: { type: 'object' } });
const search = { type: 'web_search_20250305', name: 'web_search' };

ruleTable(rule, {
  valid: [
    { name: 'distinct names', payload: body([custom('a'), custom('b'), search, { type: 'computer_toolset_20260801' }, { type: 'browser_toolset_20260801' }]) },
    { name: 'unknown name', payload: body([custom('a'), { ...custom('x'), name: unknownValue() }]) },
    { name: 'names differing in case are different', payload: body([custom('Search'), custom('search')]) },
  ],
  invalid: [
    {
      name: 'two different tools, one name',
      payload: body([custom('lookup', 'by id'), custom('lookup', 'by name')]),
      errors: [{ messageId: 'duplicateName', pointer: '/tools/1/name', data: { name: 'lookup', first: 'tools[0]' }, fixed: null }],
    },
    { name: 'an exact copy: fixed by removing it', payload: body([custom('a'), custom('b'), custom('a')]), errors: [{ messageId: 'duplicateName', pointer: '/tools/2/name', fixed: body([custom('a'), custom('b')]) }] },
    {
      name: 'a custom tool named like a server tool',
      payload: body([search, custom('web_search')]),
      errors: [{ messageId: 'duplicateName', pointer: '/tools/1/name', messageIncludes: "a server tool's name is fixed by its type" }],
    },
    { name: 'two versions of one server tool', payload: body([search, { type: 'web_search_20260209', name: 'web_search' }]), errors: [{ messageId: 'duplicateName', pointer: '/tools/1/name' }] },
    { name: 'known duplicates beside unknown entries', payload: body([custom('a'), unknownValue(), custom('a', 'other')]), errors: [{ messageId: 'duplicateName', pointer: '/tools/2/name' }] },
  ],
});
