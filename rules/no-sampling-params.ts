/**
 * no-sampling-params: API version 2026-10-21 removed `temperature`, `top_p` and
 * `top_k`. Sending any of them, even at the default value, is a 400. The schema
 * rule leaves these three to this rule (src/engine/api-versions.ts REMOVED_FIELDS).
 */
import { defineRule } from '../src/engine/rule.js';
import { SAMPLING_FIELDS } from '../src/engine/api-versions.js';
import { join } from '../src/engine/pointer.js';
import { hasOwn, isUnknown } from '../src/engine/values.js';

type MessageIds = 'removedSamplingParam' | 'removeParam';

const FIELDS = Object.keys(SAMPLING_FIELDS);

export default defineRule<MessageIds>({
  id: 'no-sampling-params',
  meta: {
    type: 'problem',
    description: 'temperature, top_p and top_k were removed in API version 2026-10-21: sending any of them is a 400',
    severity: 'error',
    recommended: true,
    fixable: true,
    apiVersions: ['2026-10-21'],
    messages: {
      removedSamplingParam:
        '"{{name}}" was removed in API version 2026-10-21 (which @anthropic-ai/sdk ≥ 1 and Python anthropic ≥ 2 send), even at its default value. The API answers 400 "{{name}}: Extra inputs are not permitted". Remove it; requests sample with the defaults (pin the anthropic-version header to 2023-06-01 only if a non-default value is truly needed, on a model that still accepts one).',
      removeParam: 'Remove "{{name}}"',
    },
    sources: [
      'https://platform.claude.com/docs/en/api/migration-2026-10-21',
      'https://platform.claude.com/docs/en/api/versioning',
      'https://qiita.com/Synthorai/items/01a0067e88747257a4e6',
      '@anthropic-ai/sdk@1.17.0 resources/messages/messages.d.ts (MessageCreateParamsBase has no sampling fields)',
    ],
  },
  checkRequest(context) {
    for (const name of FIELDS) {
      // Presence is the trigger: the 400 is an "extra inputs" schema error, whatever the value.
      // A runtime value may be `undefined`, which JSON drops: then nothing is sent.
      if (!hasOwn(context.body, name) || isUnknown(context.body[name])) continue;
      const pointer = join('', name);
      context.report({
        messageId: 'removedSamplingParam',
        pointer,
        target: 'key',
        data: { name },
        fix: { messageId: 'removeParam', data: { name }, edits: [{ op: 'remove', pointer }] },
      });
    }
  },
});
