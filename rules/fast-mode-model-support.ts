/**
 * fast-mode-model-support: `speed: "fast"` on a model that answers it with an
 * error (catalogue features.fast_mode === false: Claude Opus 4.7). Models whose
 * catalogue entry does not say are not judged. See docs/rules/fast-mode-model-support.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { stringProp } from '../src/engine/values.js';
import { knownModel } from './helpers/model.js';

type MessageIds = 'fastModeUnsupported' | 'removeSpeed';

export default defineRule<MessageIds>({
  id: 'fast-mode-model-support',
  meta: {
    type: 'problem',
    description: 'speed "fast" must not be sent to a model that rejects fast mode (Claude Opus 4.7)',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      fastModeUnsupported:
        '{{model}} does not support fast mode: speed "fast" returns an error on it (the fast mode docs; exact text unconfirmed). The fast mode docs (as of 2026-08-22) list Claude Opus 4.8 and Opus 5, on the Claude API only. Remove speed to run at standard speed, or use a model with fast mode.',
      removeSpeed: 'Remove speed (standard speed)',
    },
    kinds: ['messages'],
    // Fast mode is a Claude API feature; what other platforms answer is not documented.
    platforms: ['anthropic', 'unknown'],
    sources: [
      'https://platform.claude.com/docs/en/build-with-claude/fast-mode (as of 2026-08-22: supported on Opus 5 and Opus 4.8; Opus 4.7 returns an error; Opus 4.6 runs at standard speed)',
      '@anthropic-ai/sdk@1.13.0 resources/messages/messages.d.ts (MessageCreateParams.speed)',
      'shared reference: api-versions.md §6 (Fast mode); messages-api-constraints.md speed-enum-and-support',
    ],
  },
  checkRequest(context) {
    if (stringProp(context.body, 'speed') !== 'fast') return;
    const model = knownModel(context);
    if (model?.features.fast_mode !== false) return;
    context.report({
      messageId: 'fastModeUnsupported',
      pointer: '/speed',
      data: { model: model.id },
      suggest: [{ messageId: 'removeSpeed', edits: [{ op: 'remove', pointer: '/speed' }] }],
    });
  },
});
