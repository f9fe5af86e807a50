/**
 * no-retired-model: a model retired on the run's date (--date) gets a 404.
 */
import { defineRule } from '../src/engine/rule.js';
import { modelVerdict, useModelSuggestions } from './helpers/model.js';

type MessageIds = 'retired' | 'useModel';

export default defineRule<MessageIds>({
  id: 'no-retired-model',
  meta: {
    type: 'problem',
    description: 'model must not be retired on the checked date',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      retired: '"{{id}}" was retired{{when}}. The API answers 404 not_found_error "model: {{id}}".{{advice}}',
      useModel: 'Use "{{id}}"',
    },
    sources: [
      'https://platform.claude.com/docs/en/about-claude/model-deprecations',
      '@anthropic-ai/sdk@1.17.0 internal/data/deprecated-models.js',
      'shared reference: models.json (retirement_date, replacement); messages-api-constraints.md model-unknown-or-retired',
    ],
  },
  checkRequest(context) {
    const judged = modelVerdict(context);
    if (!judged || judged.verdict.kind !== 'retired') return;
    const { entry, replacement } = judged.verdict;
    const replacements = replacement ? [replacement] : [];
    context.report({
      messageId: 'retired',
      pointer: '/model',
      data: {
        id: judged.id,
        when: entry.retirement_date ? ` on ${entry.retirement_date}` : '',
        advice: replacement ? ` Use "${replacement}" (its served replacement).` : '',
      },
      suggest: useModelSuggestions('useModel', replacements),
    });
  },
});
