/**
 * image-count-limit: at most 100 images per request on models with a 200K
 * context window, 600 on 1M-window models. The window comes from the model
 * catalogue; for a model id the catalogue does not know, only the 600 bound is
 * certain. See docs/rules/image-count-limit.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { toReadablePath } from '../src/engine/pointer.js';
import { blocksOfType } from './helpers/blocks.js';

type MessageIds = 'tooManyImages';

export const MAX_IMAGES_200K = 100;
export const MAX_IMAGES = 600;

/** The bound that certainly applies: 100 for a model known to have a window of at most 200K, else 600. */
function limitFor(contextWindow: number | null | undefined): { limit: number; why: string } {
  if (typeof contextWindow === 'number' && contextWindow <= 200_000) {
    return { limit: MAX_IMAGES_200K, why: `it has a ${Math.round(contextWindow / 1000)}K context window` };
  }
  if (typeof contextWindow === 'number') return { limit: MAX_IMAGES, why: `it has a ${contextWindow >= 1_000_000 ? `${contextWindow / 1_000_000}M` : `${Math.round(contextWindow / 1000)}K`} context window` };
  return { limit: MAX_IMAGES, why: 'no model accepts more' };
}

export default defineRule<MessageIds>({
  id: 'image-count-limit',
  meta: {
    type: 'problem',
    description: 'At most 100 images per request on 200K-context models, 600 on 1M-context models',
    severity: 'error',
    recommended: true,
    messages: {
      tooManyImages:
        '{{path}} is image {{ordinal}} of {{count}}; {{model}} accepts at most {{limit}} per request ({{why}}). The API answers 400 invalid_request_error (reported: "too many total images"). Split the work over several requests, or drop images from older turns.',
    },
    triggers: { types: ['image'] },
    sources: ['https://platform.claude.com/docs/en/build-with-claude/vision', 'src/catalogue/models-data.ts (context_window)'],
  },
  checkRequest(context) {
    const { blocks, complete } = blocksOfType(context.body, 'image');
    if (blocks.length <= MAX_IMAGES_200K) return;
    const entry = context.model?.entry;
    const { limit, why } = limitFor(entry?.context_window);
    // The images seen are a lower bound of those sent.
    if (blocks.length <= limit) return;
    context.report({
      messageId: 'tooManyImages',
      pointer: blocks[limit]!.pointer,
      data: {
        count: complete ? blocks.length : `at least ${blocks.length}`,
        model: entry ? context.model!.id : 'any model',
        limit,
        why,
        ordinal: limit + 1,
        path: toReadablePath(blocks[limit]!.pointer),
      },
    });
  },
});
