/**
 * no-sampling-params: API version 2026-10-21 removed `temperature`, `top_p` and
 * `top_k`. Sending any of them, even at the default value, is a 400. The schema
 * rule leaves these three to this rule (src/engine/api-versions.ts REMOVED_FIELDS).
 */
import { defineRule } from '../src/engine/rule.js';
import { SAMPLING_FIELDS } from '../src/engine/api-versions.js';
import { join } from '../src/engine/pointer.js';
import { hasOwn, isUnknown } from '../src/engine/values.js';
import { knownModel } from './helpers/model.js';
import { rejectedByModelIn2023 } from './helpers/sampling.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'removedSamplingParam' | 'notCountTokensParam' | 'removeParam';

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
      // The reason must hold for the call: the older version is no way out for a model that rejects the value there too.
      removedSamplingParam:
        '{{param}} was removed in API version 2026-10-21, even at its default value. The API answers 400 "{{name}}: Extra inputs are not permitted". {{remedy}}',
      // count_tokens never took these fields (api-versions.md: MessageCountTokensParams).
      notCountTokensParam:
        '"{{name}}" is not a count_tokens parameter under any API version. The API answers 400 "{{name}}: Extra inputs are not permitted". Remove it.',
      removeParam: 'Remove {{param}}',
    },
    note: 'API version 2026-10-21 is the one @anthropic-ai/sdk ≥ 1 and Python anthropic ≥ 2 send; under 2023-06-01 only some models take non-default sampling values.',
    triggers: { keys: FIELDS },
    sources: [
      'https://platform.claude.com/docs/en/api/migration-2026-10-21',
      'https://platform.claude.com/docs/en/api/versioning',
      'https://qiita.com/Synthorai/items/01a0067e88747257a4e6',
      '@anthropic-ai/sdk@1.17.0 resources/messages/messages.d.ts (MessageCreateParamsBase has no sampling fields)',
    ],
  },
  checkRequest(context) {
    const model = knownModel(context);
    for (const name of FIELDS) {
      // Presence is the trigger: the 400 is an "extra inputs" schema error, whatever the value.
      // A runtime value may be `undefined`, which JSON drops: then nothing is sent.
      if (!hasOwn(context.body, name) || isUnknown(context.body[name])) continue;
      const pointer = join('', name);
      const value = context.body[name];
      const rejectedIn2023 = model ? rejectedByModelIn2023(model.features, name, value) : false;
      const remedy = rejectedIn2023
        ? `Remove it; requests sample with the defaults. The older version is no way out: under 2023-06-01 the API rejects ${name === 'top_k' ? 'any top_k' : `${name} ${JSON.stringify(value)}`} for ${model!.id} as well.`
        : 'Remove it; requests sample with the defaults (pin the anthropic-version header to 2023-06-01 only if a non-default value is truly needed).';
      context.report({
        messageId: context.kind === 'count-tokens' ? 'notCountTokensParam' : 'removedSamplingParam',
        pointer,
        target: 'key',
        data: { name, param: spellingOf(context).name(pointer), remedy },
        fix: { messageId: 'removeParam', data: { param: spellingOf(context).name(pointer) }, edits: [{ op: 'remove', pointer }] },
      });
    }
  },
});
