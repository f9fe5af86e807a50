import rule from '../../rules/compaction-blocks.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const compaction = (content: unknown) => ({ type: 'compaction', content });
const body = (...blocks: unknown[]) => ({ model: 'claude-opus-5-5', max_tokens: 1024, messages: [{ role: 'assistant', content: blocks }, { role: 'user', content: 'Go on.' }] });
const beta = { endpoint: 'beta' as const };

ruleTable(rule, {
  valid: [
    { name: 'one compaction block', payload: body(compaction('Summary of the work so far.')), options: beta },
    { name: 'a failed compaction (null) beside one with content', payload: body(compaction(null), compaction('Summary.')), options: beta },
    { name: 'content not known', payload: body(compaction(unknownValue()), compaction('Summary.')), options: beta },
  ],
  invalid: [
    { name: 'empty-string content', payload: body(compaction('')), options: beta, errors: [{ messageId: 'emptyCompaction', pointer: '/messages/0/content/0/content' }] },
    {
      name: 'two compaction blocks with content',
      payload: body(compaction('Old summary.'), compaction('New summary.')),
      options: beta,
      errors: [{ messageId: 'earlierCompaction', pointer: '/messages/0/content/0', suggestions: [body(compaction('New summary.'))] }],
    },
  ],
});
