/**
 * sampling-params-model: under API version 2023-06-01 the sampling fields are
 * accepted, with per-model limits (features.sampling_2023 in the catalogue) and
 * limits while thinking is on. Under 2026-10-21 no-sampling-params reports them
 * whatever the model.
 */
import { spellingOf } from './helpers/spelling.js';
import { defineRule, type Report } from '../src/engine/rule.js';
import { join } from '../src/engine/pointer.js';
import { hasOwn, isUnknown, knownNumber, prop } from '../src/engine/values.js';
import { knownModel } from './helpers/model.js';
import { isThinkingOn, thinkingType } from './helpers/thinking.js';
import { rejectedByModelIn2023 } from './helpers/sampling.js';

type MessageIds =
  | 'onlyDefaultTemperature'
  | 'onlyDefaultTopP'
  | 'noTopK'
  | 'notBoth'
  | 'thinkingTemperature'
  | 'thinkingTopP'
  | 'removeParam';

/** With thinking on, `top_p` may only be between this and 1. */
const THINKING_TOP_P_FLOOR = 0.95;

export default defineRule<MessageIds>({
  id: 'sampling-params-model',
  meta: {
    type: 'problem',
    description: 'Under API version 2023-06-01, temperature/top_p/top_k must fit the model (defaults only on newer models, not both on 4.x) and thinking',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    apiVersions: ['2023-06-01'],
    messages: {
      onlyDefaultTemperature:
        '{{model}} accepts only the default temperature (1.0); got {{value}}. The API answers 400 "`temperature` is deprecated for this model." Remove {{param}}.',
      onlyDefaultTopP:
        '{{model}} accepts only the default top_p (≥ 0.99); got {{value}}. The API answers 400 invalid_request_error. Remove {{param}}.',
      noTopK: '{{model}} rejects top_k at any value. The API answers 400 invalid_request_error. Remove {{param}}.',
      notBoth:
        '{{model}} does not accept temperature and top_p together. The API answers 400 "`temperature` and `top_p` cannot both be specified for this model. Please use only one." Remove one of them.',
      thinkingTemperature:
        'With thinking on (thinking.type "{{thinking}}"), temperature may only be 1; got {{value}}. The API answers 400 "`temperature` may only be set to 1 when thinking is enabled". Remove {{param}} or turn thinking off.',
      thinkingTopP:
        'With thinking on (thinking.type "{{thinking}}"), top_p must be between 0.95 and 1 or unset; got {{value}}. The API answers 400 "`top_p` must be greater than or equal to 0.95 or unset when thinking is enabled". Remove {{param}}.',
      removeParam: 'Remove {{param}}',
    },
    kinds: ['messages'],
    triggers: { keys: ['temperature', 'top_p', 'top_k'] },
    sources: [
      'https://platform.claude.com/docs/en/build-with-claude/thinking',
      'https://platform.claude.com/docs/en/about-claude/models/migrating-to-claude-4',
      'https://platform.claude.com/docs/en/about-claude/models/migration-guide',
      '@anthropic-ai/sdk@0.137.0 src/resources/messages/messages.ts (@deprecated comments on temperature, top_p, top_k)',
      'https://github.com/Comfy-Org/ComfyUI/issues/13923',
      'shared reference: api-versions.md §3; models.json features.sampling_params',
    ],
  },
  checkRequest(context) {
    // count_tokens never took these fields (the schema reports them there).
    const model = knownModel(context);
    if (!model) return;
    const body = context.body;
    const present = (name: string): boolean => hasOwn(body, name) && !isUnknown(prop(body, name)) && prop(body, name) !== null;
    if (!present('temperature') && !present('top_p') && !present('top_k')) return;

    const temperature = knownNumber(prop(body, 'temperature'));
    const topP = knownNumber(prop(body, 'top_p'));
    const reported = new Set<string>();
    const spelling = spellingOf(context);
    const report = (name: string, messageId: MessageIds, data: Record<string, string | number>): void => {
      if (reported.has(name)) return;
      reported.add(name);
      const pointer = join('', name);
      const param = spelling.name(pointer);
      const r: Report<MessageIds> = {
        messageId,
        pointer,
        data: { model: model.id, param, ...data },
        suggest: [{ messageId: 'removeParam', data: { param }, edits: [{ op: 'remove', pointer }] }],
      };
      context.report(r);
    };

    switch (model.features.sampling_2023) {
      case 'defaults-only':
        if (rejectedByModelIn2023(model.features, 'temperature', temperature)) report('temperature', 'onlyDefaultTemperature', { value: temperature! });
        if (rejectedByModelIn2023(model.features, 'top_p', topP)) report('top_p', 'onlyDefaultTopP', { value: topP! });
        if (present('top_k')) report('top_k', 'noTopK', {});
        break;
      case 'not-both':
        if (present('temperature') && present('top_p')) {
          reported.add('top_p');
          const pointer = join('', 'top_p');
          context.report({
            messageId: 'notBoth',
            pointer,
            data: { model: model.id },
            suggest: ['top_p', 'temperature'].map((name) => ({ messageId: 'removeParam' as const, data: { param: spelling.name(join('', name)) }, edits: [{ op: 'remove' as const, pointer: join('', name) }] })),
          });
        }
        break;
      default:
        break;
    }

    // Thinking limits; top_k with thinking is left out (unconfirmed on current models).
    if (isThinkingOn(body) !== true) return;
    const thinking = thinkingType(body) ?? '';
    if (temperature !== undefined && temperature !== 1) report('temperature', 'thinkingTemperature', { value: temperature, thinking });
    if (topP !== undefined && topP < THINKING_TOP_P_FLOOR) report('top_p', 'thinkingTopP', { value: topP, thinking });
  },
});
