/**
 * unrecognized-model: model ids the catalogue cannot vouch for either way — a
 * well-formed id newer than the catalogue, a model not yet released on the
 * checked date, or a documented-as-wrong id whose 404 is unconfirmed. Warnings:
 * the request may well be fine.
 */
import { defineRule } from '../src/engine/rule.js';
import { CATALOGUE_AS_OF } from '../src/catalogue/catalogue.js';
import { modelVerdict, quoteIds, useModelSuggestions } from './helpers/model.js';

type MessageIds = 'newerThanCatalogue' | 'unreleasedOnDate' | 'unconfirmedId' | 'useModel';

export default defineRule<MessageIds>({
  id: 'unrecognized-model',
  meta: {
    type: 'suggestion',
    description: 'model is not in the catalogue but may be valid (newer than the catalogue, or not yet released on the checked date)',
    severity: 'warning',
    recommended: true,
    hasSuggestions: true,
    messages: {
      newerThanCatalogue:
        '"{{id}}" is not a model lint-payloads knows; it may be newer than the catalogue. If it is not, the API answers 404 not_found_error "model: {{id}}". If it is, update lint-payloads.',
      unreleasedOnDate:
        '"{{id}}" was released on {{release}}, after the checked date {{date}}. Before its release the API answers 404 not_found_error "model: {{id}}". Check the date you lint for.',
      unconfirmedId:
        '"{{id}}" is not a documented Claude model id. The API probably answers 404 not_found_error "model: {{id}}" (unconfirmed).{{advice}}',
      useModel: 'Use "{{id}}"',
    },
    sources: [
      'https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions',
      'https://platform.claude.com/docs/en/about-claude/models/overview',
      'shared reference: models.json (as_of, release_date, notes of never-existed ids)',
    ],
  },
  checkRequest(context) {
    const judged = modelVerdict(context);
    if (!judged || judged.verdict.kind !== 'unrecognized') return;
    const { reason, entry, replacements } = judged.verdict;
    const id = judged.id;
    switch (reason) {
      case 'newer':
        context.report({ messageId: 'newerThanCatalogue', pointer: '/model', data: { id, asOf: CATALOGUE_AS_OF } });
        return;
      case 'unreleased':
        context.report({ messageId: 'unreleasedOnDate', pointer: '/model', data: { id, release: entry?.release_date ?? '?', date: context.date } });
        return;
      case 'unconfirmed':
        context.report({
          messageId: 'unconfirmedId',
          pointer: '/model',
          data: { id, asOf: CATALOGUE_AS_OF, advice: replacements.length ? ` Use ${quoteIds(replacements)}.` : '' },
          suggest: useModelSuggestions('useModel', replacements),
        });
        return;
    }
  },
});
