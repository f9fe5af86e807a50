/**
 * no-deprecated-model: a deprecated model still works until its retirement
 * date, then gets a 404. Warn with the date and the replacement.
 */
import { defineRule } from '../src/engine/rule.js';
import { daysBetween } from '../src/catalogue/catalogue.js';
import { modelVerdict, useModelSuggestions } from './helpers/model.js';

type MessageIds = 'deprecated' | 'useModel';

export default defineRule<MessageIds>({
  id: 'no-deprecated-model',
  meta: {
    type: 'suggestion',
    description: 'model is deprecated: it will be retired (then 404) on its retirement date',
    severity: 'warning',
    recommended: true,
    hasSuggestions: true,
    messages: {
      deprecated: '"{{id}}" is deprecated and will be retired{{when}}. From then on the API answers 404 not_found_error "model: {{id}}".{{advice}}',
      useModel: 'Use "{{id}}"',
    },
    sources: [
      'https://platform.claude.com/docs/en/about-claude/model-deprecations',
      '@anthropic-ai/sdk@1.17.0 internal/data/deprecated-models.js',
      'shared reference: models.json (deprecation_date, retirement_date, replacement); messages-api-constraints.md model-deprecated-warning',
    ],
  },
  checkRequest(context) {
    const judged = modelVerdict(context);
    if (!judged || judged.verdict.kind !== 'deprecated') return;
    const { entry, replacement } = judged.verdict;
    const retirement = entry.retirement_date;
    const days = retirement ? daysBetween(context.date, retirement) : undefined;
    context.report({
      messageId: 'deprecated',
      pointer: '/model',
      data: {
        id: judged.id,
        when: retirement ? ` on ${retirement} (in ${days} day${days === 1 ? '' : 's'})` : '',
        advice: replacement ? ` Move to "${replacement}".` : '',
      },
      suggest: useModelSuggestions('useModel', replacement ? [replacement] : []),
    });
  },
});
