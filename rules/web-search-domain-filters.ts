/**
 * web-search-domain-filters: a web search tool takes allowed_domains or
 * blocked_domains, not both. See docs/rules/web-search-domain-filters.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { prop, stringProp } from '../src/engine/values.js';

type MessageIds = 'bothFilters' | 'removeFilter';

/** Set: a list with entries (null and [] filter nothing; an open [] may stay empty). */
const isSet = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

export default defineRule<MessageIds>({
  id: 'web-search-domain-filters',
  meta: {
    type: 'problem',
    description: 'A web search tool cannot set both allowed_domains and blocked_domains',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      bothFilters:
        '{{path}} sets both allowed_domains and blocked_domains, which a web search tool cannot take together. The API answers 400. Keep the list you need: with allowed_domains, every other domain is already excluded.',
      removeFilter: 'Remove {{field}}',
    },
    triggers: { keys: ['tools'] },
    sources: ['@anthropic-ai/sdk resources/messages/messages.d.ts (WebSearchTool20250305 allowed_domains / blocked_domains doc comments)', 'https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool'],
  },
  checkRequest(context) {
    const tools = prop(context.body, 'tools');
    if (!Array.isArray(tools)) return;
    tools.forEach((tool, i) => {
      if (!stringProp(tool, 'type')?.startsWith('web_search_')) return;
      if (!isSet(prop(tool, 'allowed_domains')) || !isSet(prop(tool, 'blocked_domains'))) return;
      const pointer = join('', 'tools', i);
      const remove = (field: string) => ({ messageId: 'removeFilter' as const, data: { field }, edits: [{ op: 'remove' as const, pointer: join(pointer, field) }] });
      context.report({
        messageId: 'bothFilters',
        pointer: join(pointer, 'blocked_domains'),
        target: 'key',
        data: { path: toReadablePath(pointer) },
        suggest: [remove('blocked_domains'), remove('allowed_domains')],
      });
    });
  },
});
