/**
 * forced-tool-choice: tool_choice "any"/"tool" forces tool use, which manual
 * extended thinking does not allow, and which some models reject outright.
 */
import { defineRule } from '../src/engine/rule.js';
import { isObject, prop, stringProp } from '../src/engine/values.js';
import { knownModel } from './helpers/model.js';
import { thinkingType } from './helpers/thinking.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'forcedWithThinking' | 'forcedUnsupportedModel' | 'useAuto';

/** `{type: 'auto'}`, keeping `disable_parallel_tool_use`. */
function autoChoice(toolChoice: Record<string, unknown>): Record<string, unknown> {
  const parallel = prop(toolChoice, 'disable_parallel_tool_use');
  return typeof parallel === 'boolean' ? { type: 'auto', disable_parallel_tool_use: parallel } : { type: 'auto' };
}

export default defineRule<MessageIds>({
  id: 'forced-tool-choice',
  meta: {
    type: 'problem',
    description: 'tool_choice "any"/"tool" is not allowed with thinking.type "enabled", nor on models that reject forced tool use',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      forcedWithThinking:
        'tool_choice "{{choice}}" forces tool use, which thinking.type "enabled" does not allow. The API answers 400 "Thinking may not be enabled when tool_choice forces tool use." Use {{auto}} (or "none"), or turn thinking off.',
      forcedUnsupportedModel:
        '{{model}} does not support forced tool use (tool_choice "{{choice}}"). The API answers 400 invalid_request_error. Use {{auto}} and name the tool in the prompt, or output_config.format for structured output.',
      useAuto: 'Use {{auto}}',
    },
    kinds: ['messages'],
    triggers: { keys: ['tool_choice'] },
    sources: [
      'https://platform.claude.com/docs/en/build-with-claude/extended-thinking',
      'https://platform.claude.com/docs/en/models/opus-5-5/whats-new-opus-5-5',
      'shared reference: messages-api-constraints.md forced-tool-choice-with-thinking, forced-tool-choice-unsupported-model; models.json features.forced_tool_choice',
    ],
  },
  checkRequest(context) {
    const toolChoice = prop(context.body, 'tool_choice');
    if (!isObject(toolChoice)) return;
    const choice = stringProp(toolChoice, 'type');
    if (choice !== 'any' && choice !== 'tool') return;
    const pointer = '/tool_choice/type';
    const auto = spellingOf(context).param('tool_choice', { type: 'auto' });
    const suggest = [{ messageId: 'useAuto' as const, data: { auto }, edits: [{ op: 'replace' as const, pointer: '/tool_choice', value: autoChoice(toolChoice) }] }];
    const model = knownModel(context);
    if (model?.features.forced_tool_choice === false) {
      context.report({ messageId: 'forcedUnsupportedModel', pointer, data: { model: model.id, choice, auto }, suggest });
      return;
    }
    // Adaptive thinking with forced tool use: reports conflict, so not judged.
    if (thinkingType(context.body) === 'enabled') context.report({ messageId: 'forcedWithThinking', pointer, data: { choice, auto }, suggest });
  },
});
