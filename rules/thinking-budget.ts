/**
 * thinking-budget: with manual extended thinking, budget_tokens must be below
 * max_tokens (thinking counts toward max_tokens). The documented exception —
 * interleaved thinking in a tool loop, where the budget may exceed max_tokens —
 * needs tools, so requests that have (or may have) tools are not judged.
 */
import { defineRule } from '../src/engine/rule.js';
import { isOpen, isUnknown, numberProp, prop } from '../src/engine/values.js';
import { thinkingType } from './helpers/thinking.js';

type MessageIds = 'budgetNotBelowMax';

/** True when the request is known to declare no tools. */
function knownToolless(body: Record<string, unknown>): boolean {
  const tools = prop(body, 'tools');
  if (tools === undefined || tools === null) return !isOpen(body);
  return Array.isArray(tools) && tools.length === 0 && !isOpen(tools);
}

export default defineRule<MessageIds>({
  id: 'thinking-budget',
  meta: {
    type: 'problem',
    description: 'thinking.budget_tokens must be less than max_tokens',
    severity: 'error',
    recommended: true,
    messages: {
      budgetNotBelowMax:
        'thinking.budget_tokens ({{budget}}) is not below max_tokens ({{max}}), which thinking tokens count toward. The API answers 400 "`max_tokens` must be greater than `thinking.budget_tokens`." Raise max_tokens above {{budget}} or lower the budget.',
    },
    kinds: ['messages'],
    triggers: { keys: ['thinking'] },
    sources: [
      'https://platform.claude.com/docs/en/build-with-claude/extended-thinking#max-tokens-and-context-window-size',
      '@anthropic-ai/sdk@1.17.0 resources/messages/messages.d.ts (ThinkingConfigEnabled.budget_tokens: "Must be ≥1024 and less than max_tokens")',
      'https://github.com/router-for-me/CLIProxyAPI/issues/413',
    ],
  },
  checkRequest(context) {
    if (thinkingType(context.body) !== 'enabled') return;
    const budget = numberProp(prop(context.body, 'thinking'), 'budget_tokens');
    const max = numberProp(context.body, 'max_tokens');
    if (budget === undefined || max === undefined || budget < max) return;
    // max_tokens 0 pre-warms the cache without sampling; the budget plays no part then (unconfirmed): stay silent.
    if (max === 0 || isUnknown(prop(context.body, 'tools')) || !knownToolless(context.body)) return;
    context.report({ messageId: 'budgetNotBelowMax', pointer: '/thinking/budget_tokens', data: { budget, max } });
  },
});
