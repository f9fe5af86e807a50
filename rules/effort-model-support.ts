/**
 * effort-model-support: output_config.effort must be supported by the model,
 * at the requested level (catalogue features.effort).
 */
import { defineRule } from '../src/engine/rule.js';
import { knownModel } from './helpers/model.js';
import { effortLevel } from './helpers/thinking.js';

type MessageIds = 'effortUnsupported' | 'effortLevelUnsupported' | 'removeEffort' | 'useLevel';

/** The API's levels, lowest first. */
const LEVELS = ['low', 'medium', 'high', 'xhigh', 'max'];

/** The supported levels next to the requested one: the nearest below, then the nearest above. */
function nearestLevels(requested: string, supported: readonly string[]): string[] {
  const rank = LEVELS.indexOf(requested);
  const below = supported.filter((l) => LEVELS.indexOf(l) < rank).sort((a, b) => LEVELS.indexOf(b) - LEVELS.indexOf(a));
  const above = supported.filter((l) => LEVELS.indexOf(l) > rank).sort((a, b) => LEVELS.indexOf(a) - LEVELS.indexOf(b));
  return [below[0], above[0]].filter((l): l is string => l !== undefined);
}

export default defineRule<MessageIds>({
  id: 'effort-model-support',
  meta: {
    type: 'problem',
    description: 'output_config.effort must be supported by the model, at that level',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      effortUnsupported:
        '{{model}} does not support output_config.effort. The API answers 400 invalid_request_error. Remove it{{hint}}.',
      effortLevelUnsupported:
        '{{model}} does not support effort "{{effort}}" (it supports {{levels}}). The API answers 400 invalid_request_error. Use a supported level.',
      removeEffort: 'Remove output_config.effort',
      useLevel: 'Use effort "{{level}}"',
    },
    kinds: ['messages'],
    triggers: { keys: ['effort'] },
    sources: [
      'https://platform.claude.com/docs/en/build-with-claude/effort',
      'https://platform.claude.com/docs/zh-CN/build-with-claude/adaptive-thinking',
      '@anthropic-ai/sdk@1.17.0 resources/models.d.ts (EffortCapability)',
      'shared reference: models.json features.effort; messages-api-constraints.md effort-model-support; api-versions.md §6',
    ],
  },
  checkRequest(context) {
    const effort = effortLevel(context.body);
    if (typeof effort !== 'string' || !LEVELS.includes(effort)) return; // other values: request-schema
    const model = knownModel(context);
    const support = model?.features.effort;
    if (!model || !support) return;
    const pointer = '/output_config/effort';
    if (!support.supported) {
      const thinks = model.features.extended_thinking === true || model.features.extended_thinking === 'deprecated';
      context.report({
        messageId: 'effortUnsupported',
        pointer,
        data: { model: model.id, hint: thinks ? ' (thinking.budget_tokens sets how much this model thinks)' : '' },
        suggest: [{ messageId: 'removeEffort', edits: [{ op: 'remove', pointer }] }],
      });
      return;
    }
    if (support.levels.includes(effort)) return;
    // Listed as unconfirmed for this model: not judged.
    if (effort === 'xhigh' && model.features.xhigh_unconfirmed) return;
    context.report({
      messageId: 'effortLevelUnsupported',
      pointer,
      data: { model: model.id, effort, levels: support.levels.map((l) => `"${l}"`).join(', ') },
      suggest: nearestLevels(effort, support.levels).map((level) => ({ messageId: 'useLevel' as const, data: { level }, edits: [{ op: 'replace' as const, pointer, value: level }] })),
    });
  },
});
