/**
 * thinking-model-support: thinking.type must be one the model accepts
 * (catalogue features extended_thinking, adaptive_thinking, thinking_disabled,
 * between_tools). Unconfirmed features (null) are not judged.
 */
import { spellingOf } from './helpers/spelling.js';
import { defineRule, type SuggestionReport } from '../src/engine/rule.js';
import { isObject, prop } from '../src/engine/values.js';
import { knownModel } from './helpers/model.js';
import { adaptiveConfig, effortLevel, thinkingType } from './helpers/thinking.js';

type MessageIds =
  | 'enabledUnsupported'
  | 'adaptiveUnsupported'
  | 'disabledUnsupported'
  | 'disabledAtEffort'
  | 'betweenToolsUnsupported'
  | 'useAdaptive'
  | 'useBetweenTools'
  | 'omitThinking'
  | 'useEffortHigh';

const DISABLED_ERROR = '"thinking.type.disabled" is not supported for this model.';

export default defineRule<MessageIds>({
  id: 'thinking-model-support',
  meta: {
    type: 'problem',
    description: 'thinking.type must be supported by the model (enabled, adaptive, disabled, between_tools)',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      enabledUnsupported:
        '{{model}} does not support manual extended thinking (thinking.type "enabled"). The API answers 400 "\\"thinking.type.enabled\\" is not supported for this model. Use \\"thinking.type.adaptive\\" and \\"output_config.effort\\" to control thinking behavior." Use {"type": "adaptive"} and set output_config.effort.',
      adaptiveUnsupported:
        '{{model}} does not support adaptive thinking. The API answers 400 "adaptive thinking is not supported on this model". Use {"type": "enabled", "budget_tokens": N} with 1024 ≤ N < max_tokens.',
      disabledUnsupported: `{{model}} cannot turn thinking off (thinking.type "disabled"). The API answers 400 "${DISABLED_ERROR.replace(/"/g, '\\"')}" {{advice}}`,
      disabledAtEffort: `{{model}} accepts thinking.type "disabled" only at effort "high" or lower; output_config.effort is "{{effort}}". The API answers 400 "${DISABLED_ERROR.replace(/"/g, '\\"')}" Lower the effort or turn thinking on.`,
      betweenToolsUnsupported: '{{model}} does not support thinking.type "between_tools". The API answers 400 invalid_request_error.',
      useAdaptive: 'Use {"type": "adaptive"}',
      useBetweenTools: 'Use {"type": "between_tools"} (the lowest thinking setting of this model)',
      omitThinking: 'Remove {{param}} (the model decides when to think)',
      useEffortHigh: 'Set output_config.effort to "high"',
    },
    kinds: ['messages'],
    triggers: { keys: ['thinking'] },
    sources: [
      'https://platform.claude.com/docs/build-with-claude/thinking-troubleshooting',
      'https://platform.claude.com/docs/en/api/errors',
      'https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5',
      'https://platform.claude.com/docs/de/build-with-claude/adaptive-thinking',
      '@anthropic-ai/sdk@1.17.0 resources/models.d.ts (ThinkingTypes)',
      'shared reference: models.json features; messages-api-constraints.md thinking-enabled-unsupported, thinking-disabled-unsupported, thinking-adaptive-unsupported, thinking-between-tools-support',
    ],
  },
  checkRequest(context) {
    const type = thinkingType(context.body);
    if (typeof type !== 'string') return;
    const model = knownModel(context);
    if (!model) return;
    const f = model.features;
    const thinking = prop(context.body, 'thinking');
    const pointer = '/thinking/type';
    const data = { model: model.id };
    const replaceThinking = (messageId: MessageIds, value: unknown): SuggestionReport<MessageIds> => ({ messageId, edits: [{ op: 'replace', pointer: '/thinking', value }] });
    switch (type) {
      case 'enabled':
        if (f.extended_thinking !== false) return;
        context.report({
          messageId: 'enabledUnsupported',
          pointer,
          data,
          suggest: f.adaptive_thinking === true || f.adaptive_thinking === 'always_on' ? [replaceThinking('useAdaptive', adaptiveConfig(thinking))] : [],
        });
        return;
      case 'adaptive':
        if (f.adaptive_thinking === false) context.report({ messageId: 'adaptiveUnsupported', pointer, data });
        return;
      case 'between_tools':
        if (f.between_tools === false) context.report({ messageId: 'betweenToolsUnsupported', pointer, data });
        return;
      case 'disabled': {
        if (f.thinking_disabled === false) {
          const betweenTools = f.between_tools === true;
          context.report({
            messageId: 'disabledUnsupported',
            pointer,
            data: {
              ...data,
              advice: betweenTools
                ? 'Use {"type": "between_tools"}, its lowest thinking setting, or omit thinking.'
                : 'Omit thinking (the model decides when to think) and use a lower output_config.effort.',
            },
            suggest: [
              ...(betweenTools ? [replaceThinking('useBetweenTools', { type: 'between_tools' })] : []),
              { messageId: 'omitThinking', data: { param: spellingOf(context).name('/thinking') }, edits: [{ op: 'remove', pointer: '/thinking' }] },
            ],
          });
        } else if (f.thinking_disabled === 'only at effort <= high') {
          const effort = effortLevel(context.body);
          if (effort !== 'xhigh' && effort !== 'max') return;
          context.report({
            messageId: 'disabledAtEffort',
            pointer,
            data: { ...data, effort },
            suggest: isObject(prop(context.body, 'output_config'))
              ? [{ messageId: 'useEffortHigh', edits: [{ op: 'replace', pointer: '/output_config/effort', value: 'high' }] }]
              : [],
          });
        }
        return;
      }
      default:
        return;
    }
  },
});
