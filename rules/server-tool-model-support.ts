/**
 * server-tool-model-support: tool versions a model is known not to accept
 * (catalogue features named after the tool type, e.g. computer_20251124: false).
 * The known case holds on the Claude API and Google Cloud; other platforms are
 * not judged.
 */
import { defineRule } from '../src/engine/rule.js';
import { join } from '../src/engine/pointer.js';
import { prop, typeOf } from '../src/engine/values.js';
import { knownModel } from './helpers/model.js';

type MessageIds = 'toolUnsupported';

/** Versioned tool types: `computer_20251124`, `web_search_20250305`, … */
const VERSIONED_TOOL = /^[a-z_]+_\d{8}$/;

export default defineRule<MessageIds>({
  id: 'server-tool-model-support',
  meta: {
    type: 'problem',
    description: 'Tool versions the model does not accept (e.g. computer_20251124 on Claude Opus 5.5)',
    severity: 'error',
    recommended: true,
    messages: {
      toolUnsupported:
        '{{model}} does not accept the {{type}} tool (on the Claude API and Google Cloud). The API answers 400 invalid_request_error. Use a tool version this model supports, or another model.',
    },
    kinds: ['messages'],
    platforms: ['anthropic', 'vertex', 'unknown'],
    triggers: { keys: ['tools'] },
    sources: [
      'https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5',
      '@anthropic-ai/sdk@1.17.0 resources/models.d.ts (capabilities)',
      'shared reference: models.json features.computer_20251124; messages-api-constraints.md server-tool-model-support',
    ],
  },
  checkRequest(context) {
    const tools = prop(context.body, 'tools');
    if (!Array.isArray(tools)) return;
    const model = knownModel(context);
    if (!model) return;
    const features = model.features as Record<string, unknown>;
    tools.forEach((tool, i) => {
      const type = typeOf(tool);
      if (type === undefined || !VERSIONED_TOOL.test(type)) return;
      if (Object.prototype.hasOwnProperty.call(features, type) && features[type] === false) {
        context.report({ messageId: 'toolUnsupported', pointer: join('', 'tools', i, 'type'), data: { model: model.id, type } });
      }
    });
  },
});
