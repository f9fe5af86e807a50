/**
 * tool-choice-defined: `tool_choice` must be satisfiable: type "tool" names a
 * tool in `tools`, and types "any"/"tool" come with tools.
 * See docs/rules/tool-choice-defined.md.
 */
import { defineRule } from '../src/engine/rule.js';
import { closest } from '../src/engine/did-you-mean.js';
import { hasOwn, isOpen, prop, stringProp } from '../src/engine/values.js';
import { forEachContentBlock } from './helpers/blocks.js';
import { spellingOf } from './helpers/spelling.js';

type MessageIds = 'unknownTool' | 'noTools' | 'useName';

/**
 * Can tools come from where the linter cannot see them: MCP servers (beta), or
 * tools added mid-conversation (beta `tool_addition` blocks, possibly in unseen
 * history)? Then nothing about the tool list is judged.
 */
function otherToolSources(body: Record<string, unknown>, endpoint: string): boolean {
  // Both are beta features: on the GA endpoint they are schema errors.
  if (endpoint === 'ga') return false;
  const mcp = prop(body, 'mcp_servers');
  if (mcp === undefined ? isOpen(body) : mcp !== null && !(Array.isArray(mcp) && mcp.length === 0 && !isOpen(mcp))) return true;
  let added = false;
  const complete = forEachContentBlock(body, (v) => {
    if (prop(v.block, 'type') === 'tool_addition') added = true;
  });
  return added || !complete;
}

/** The names `tool_choice` can pick, or undefined when an entry's name is not known (an Unknown entry, a toolset). */
function toolNames(tools: unknown[]): string[] | undefined {
  if (isOpen(tools)) return undefined;
  const names: string[] = [];
  for (const tool of tools) {
    const name = stringProp(tool, 'name');
    if (name === undefined) return undefined;
    names.push(name);
  }
  return names;
}

export default defineRule<MessageIds>({
  id: 'tool-choice-defined',
  meta: {
    type: 'problem',
    description: 'tool_choice must name a tool in tools, and "any"/"tool" need tools',
    severity: 'error',
    recommended: true,
    hasSuggestions: true,
    messages: {
      unknownTool:
        'tool_choice forces the tool "{{name}}", but tools has no tool of that name (it has: {{names}}).{{hint}} The API answers 400 (reported: "Tool \'{{name}}\' not found in provided tools").',
      noTools:
        'tool_choice {{choice}} forces tool use, but the request has no tools. The API answers 400. Add the tools, or use {{auto}} or {{none}}.',
      useName: 'Use "{{name}}"',
    },
    triggers: { keys: ['tool_choice'] },
    sources: ['@anthropic-ai/sdk resources/messages/messages.d.ts (ToolChoiceTool, ToolChoiceAny)', 'https://platform.claude.com/docs/en/agents-and-tools/tool-use/implement-tool-use'],
  },
  checkRequest(context) {
    const body = context.body;
    const choice = prop(body, 'tool_choice');
    const type = stringProp(choice, 'type');
    if (type !== 'tool' && type !== 'any') return;
    const tools = prop(body, 'tools');
    const absent = tools === null || (tools === undefined && !hasOwn(body, 'tools') && !isOpen(body));
    const empty = absent || (Array.isArray(tools) && tools.length === 0 && !isOpen(tools));
    if (!empty && (type !== 'tool' || !Array.isArray(tools))) return;
    if (otherToolSources(body, context.endpoint)) return;
    if (empty) {
      const spelling = spellingOf(context);
      context.report({ messageId: 'noTools', pointer: '/tool_choice', data: { type, choice: spelling.literal({ type }), auto: spelling.param('tool_choice', { type: 'auto' }), none: spelling.param('tool_choice', { type: 'none' }) } });
      return;
    }
    const name = stringProp(choice, 'name');
    const names = Array.isArray(tools) ? toolNames(tools) : undefined;
    if (name === undefined) return;
    if (!names || names.includes(name)) return;
    const [near] = closest(name, names);
    context.report({
      messageId: 'unknownTool',
      pointer: '/tool_choice/name',
      data: { name, names: names.map((n) => `"${n}"`).join(', '), hint: near ? ` Did you mean "${near}"?` : '' },
      ...(near ? { suggest: [{ messageId: 'useName' as const, data: { name: near }, edits: [{ op: 'replace' as const, pointer: '/tool_choice/name', value: near }] }] } : {}),
    });
  },
});
