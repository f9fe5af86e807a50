/**
 * no-deprecated-thinking: manual extended thinking (thinking.type "enabled") is
 * still accepted on the Claude 4.6 models but deprecated there; adaptive
 * thinking with output_config.effort replaces it (and is the only mode of later
 * models).
 */
import { defineRule } from '../src/engine/rule.js';
import { prop } from '../src/engine/values.js';
import { knownModel } from './helpers/model.js';
import { adaptiveConfig, thinkingType } from './helpers/thinking.js';

type MessageIds = 'deprecatedEnabled' | 'useAdaptive';

export default defineRule<MessageIds>({
  id: 'no-deprecated-thinking',
  meta: {
    type: 'suggestion',
    description: 'thinking.type "enabled" is deprecated on models that have adaptive thinking',
    severity: 'warning',
    recommended: true,
    hasSuggestions: true,
    messages: {
      deprecatedEnabled:
        'Manual extended thinking (thinking.type "enabled") is deprecated on {{model}}. The API still accepts it, but rejects it on later models. Use {"type": "adaptive"} and control depth with output_config.effort.',
      useAdaptive: 'Use {"type": "adaptive"}',
    },
    sources: [
      'https://platform.claude.com/docs/build-with-claude/thinking-troubleshooting',
      'https://platform.claude.com/docs/en/models/opus-4-6/overview',
      '@anthropic-ai/sdk@1.17.0 internal/data/models-to-warn-with-thinking-enabled.js',
      'shared reference: models.json features.extended_thinking "deprecated"',
    ],
  },
  checkRequest(context) {
    if (thinkingType(context.body) !== 'enabled') return;
    const model = knownModel(context);
    if (model?.features.extended_thinking !== 'deprecated') return;
    context.report({
      messageId: 'deprecatedEnabled',
      pointer: '/thinking/type',
      data: { model: model.id },
      suggest: [{ messageId: 'useAdaptive', edits: [{ op: 'replace', pointer: '/thinking', value: adaptiveConfig(prop(context.body, 'thinking')) }] }],
    });
  },
});
