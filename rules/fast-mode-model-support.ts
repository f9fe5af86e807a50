/**
 * fast-mode-model-support: `speed: "fast"` on a model that answers it with an
 * error: fast mode removed from the model on or before the checked date
 * (catalogue features.fast_mode_until: Claude Opus 4.7 from 2026-07-24, Opus 4.8
 * from 2026-11-30). Models whose catalogue entry does not say are not judged. See docs/rules/fast-mode-model-support.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { stringProp } from '../src/engine/values.js';
import { SDK_CITATION } from '../src/catalogue/sdk-models.generated.js';
import { knownModel } from './helpers/model.js';

type MessageIds = 'fastModeRemoved' | 'removeSpeed';

const ADVICE = 'Remove speed to run at standard speed, or use a model with fast mode (Claude Opus 5.5).';

export default defineRule<MessageIds>({
  id: 'fast-mode-model-support',
  meta: {
    type: 'problem',
    description: 'speed "fast" must not be sent to a model without fast mode on the checked date (Claude Opus 4.7 from 2026-07-24, Opus 4.8 from 2026-11-30)',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      fastModeRemoved: `speed is "fast", but {{model}} has had no fast mode since {{until}}. The API rejects speed "fast" (exact text unconfirmed). ${ADVICE}`,
      removeSpeed: 'Remove speed (standard speed)',
    },
    kinds: ['messages'],
    // Fast mode is a Claude API feature; what other platforms answer is not documented.
    platforms: ['anthropic', 'unknown'],
    triggers: { keys: ['speed'] },
    sources: [
      'https://code.claude.com/docs/en/fast-mode (checked 2026-12-07: fast mode for Opus 4.8 deprecated 2026-10-30 and removed 2026-11-30, after which "the API rejects your requests"; for Opus 4.7 removed 2026-07-24)',
      'https://platform.claude.com/docs/en/build-with-claude/fast-mode (checked 2026-12-07: available on Fable 5.2, Mythos 5.2 and Opus 5.5, research preview on Opus 5, deprecated on Opus 4.8)',
      `${SDK_CITATION} resources/messages/messages.d.ts (MessageCreateParams.speed)`,
      'shared reference: api-versions.md §6 (Fast mode); messages-api-constraints.md speed-enum-and-support; updates-2026-12-07.md (Opus 4.8 fast mode)',
    ],
  },
  checkRequest(context) {
    if (stringProp(context.body, 'speed') !== 'fast') return;
    const model = knownModel(context);
    const until = model?.features.fast_mode_until;
    if (!model || until === undefined || context.date < until) return;
    context.report({
      messageId: 'fastModeRemoved',
      pointer: '/speed',
      data: { model: model.id, until },
      suggest: [{ messageId: 'removeSpeed', edits: [{ op: 'remove', pointer: '/speed' }] }],
    });
  },
});
