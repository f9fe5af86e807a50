import rule from '../../rules/compaction-vs-context-management.js';
import { ruleTable } from '../helpers/rule-table.js';
import { unknownValue } from '../../src/engine/partial.js';

const body = (extra: Record<string, unknown>) => ({ model: 'claude-sonnet-5-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }], ...extra });
const compaction = { type: 'summarize' };
const contextManagement = { edits: [{ type: 'clear_tool_uses_20250919' }] };

ruleTable(rule, {
  valid: [
    { name: 'compaction alone', payload: body({ compaction }) },
    { name: 'context_management alone', payload: body({ context_management: contextManagement }) },
    { name: 'one of them null', payload: body({ compaction, context_management: null }) },
    { name: 'unknown value', payload: body({ compaction: unknownValue(), context_management: contextManagement }) },
  ],
  invalid: [
    {
      name: 'both',
      payload: body({ compaction, context_management: contextManagement }),
      errors: [{ messageId: 'combined', pointer: '/compaction', suggestions: [body({ compaction }), body({ context_management: contextManagement })] }],
    },
  ],
});
