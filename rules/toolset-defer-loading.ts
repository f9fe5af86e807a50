/**
 * toolset-defer-loading: the members of a toolset (`browser_toolset_*`,
 * `computer_toolset_*`) that are offered to the model must all load the same
 * way: `defer_loading` resolves to one value across every enabled member.
 * See docs/rules/toolset-defer-loading.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { join, toReadablePath } from '../src/engine/pointer.js';
import { isObject, prop, stringProp } from '../src/engine/values.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'mixedDeferLoading';

/** A toolset tool: its members are configured under `configs`, keyed by member name. */
const isToolset = (tool: unknown): boolean => /_toolset_\d+$/.test(stringProp(tool, 'type') ?? '');

export default defineRule<MessageIds>({
  id: 'toolset-defer-loading',
  meta: {
    type: 'problem',
    description: 'Every enabled member of a browser or computer toolset must resolve defer_loading to the same value',
    severity: 'error',
    recommended: true,
    messages: {
      mixedDeferLoading:
        '{{path}} sets {{set}}, but {{first}} sets {{firstSet}}; both members are enabled. The API rejects the request (400). Set defer_loading the same on every enabled member, or disable the members that should not be offered.',
    },
    triggers: { keys: ['defer_loading'] },
    note: 'defer_loading must resolve to the same value on every enabled member of a toolset.',
    sources: [
      '@anthropic-ai/sdk resources/messages/messages.d.ts (BrowserToolsetConfigs / ComputerToolsetConfigs members: "Defer loading for this member. Must resolve to the same value on every enabled member of the toolset.")',
      'messages-api-constraints.md toolset-configs-keys',
    ],
  },
  checkRequest(context) {
    const spelling = spellingOf(context);
    const tools = prop(context.body, 'tools');
    if (!Array.isArray(tools)) return;
    tools.forEach((tool, t) => {
      if (!isToolset(tool)) return;
      const configs = prop(tool, 'configs');
      if (!isObject(configs)) return;
      // Only members known to be enabled with a known value: a member's default `enabled`
      // and default `defer_loading` are per member and not published, so nothing else is compared.
      let first: { member: string; value: boolean } | undefined;
      for (const [member, config] of Object.entries(configs)) {
        if (!isObject(config) || prop(config, 'enabled') !== true) continue;
        const value = prop(config, 'defer_loading');
        if (typeof value !== 'boolean') continue;
        const memberPointer = join('', 'tools', t, 'configs', member);
        if (!first) {
          first = { member: memberPointer, value };
          continue;
        }
        if (value === first.value) continue;
        context.report({
          messageId: 'mixedDeferLoading',
          pointer: join(memberPointer, 'defer_loading'),
          data: {
            path: toReadablePath(memberPointer),
            value: String(value),
            set: spelling.member('defer_loading', value),
            first: toReadablePath(first.member),
            firstValue: String(first.value),
            firstSet: spelling.member('defer_loading', first.value),
          },
        });
      }
    });
  },
});
