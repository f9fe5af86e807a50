/**
 * no-unknown-model: `model` must be a Claude API model id. Ids that never
 * existed (dotted, `-thinking` suffixes, dated ids of dateless models, Bedrock
 * and Vertex ids, typos) get a 404 from the API.
 */
import { defineRule } from '../src/engine/rule.js';
import { SDK_CITATION } from '../src/catalogue/sdk-models.generated.js';
import { modelVerdict, quoteIds, useModelSuggestions, type NotAModelReason } from './helpers/model.js';

type MessageIds = 'notAModel' | 'useModel';

const REASONS: Record<NotAModelReason, string> = {
  'bedrock-id': 'it is an Amazon Bedrock model id',
  'vertex-id': 'it is a Google Vertex AI model id (the "@" form)',
  'thinking-suffix': '"-thinking" suffixes come from proxies (the API turns thinking on with the `thinking` parameter)',
  dotted: 'Claude API model ids never contain dots',
  'dated-dateless': 'Claude 4.6 and later models have only dateless ids',
  'impossible-date': 'its date suffix is not a day of the calendar',
  'latest-alias': 'there is no "-latest" alias for this model',
  // The catalogue's date is said once per run under the findings, not on each.
  'never-existed': 'no model with this id exists',
  'not-in-catalogue': 'lint-payloads knows no such model',
};

function advice(meant: string | undefined, replacements: string[]): string {
  if (meant) return ` You probably meant "${meant}", which is no longer served${replacements.length ? `; use ${quoteIds(replacements)}` : ''}.`;
  return replacements.length ? ` Did you mean ${quoteIds(replacements)}?` : '';
}

export default defineRule<MessageIds>({
  id: 'no-unknown-model',
  meta: {
    type: 'problem',
    description: 'model must be a Claude API model id: no dotted, "-thinking", wrongly dated, Bedrock/Vertex or made-up ids',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      notAModel: '"{{id}}" is not a Claude model id: {{reason}}. The API answers 404 not_found_error "model: {{id}}".{{advice}}',
      useModel: 'Use "{{id}}"',
    },
    sources: [
      'https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions',
      'https://platform.claude.com/docs/en/about-claude/models/overview',
      'https://platform.claude.com/docs/en/about-claude/model-deprecations',
      `${SDK_CITATION} resources/messages/messages.d.ts (Model)`,
      'shared reference: models.json (status never-existed, probably_meant); messages-api-constraints.md model-unknown-or-retired, model-id-format',
    ],
  },
  checkRequest(context) {
    const judged = modelVerdict(context);
    if (!judged || judged.verdict.kind !== 'not-a-model') return;
    const { reason, meant, replacements } = judged.verdict;
    context.report({
      messageId: 'notAModel',
      pointer: '/model',
      data: { id: judged.id, reason: REASONS[reason], advice: advice(meant, replacements) },
      // A different model changes behaviour and price: offered, never applied blindly.
      suggest: useModelSuggestions('useModel', replacements),
    });
  },
});
