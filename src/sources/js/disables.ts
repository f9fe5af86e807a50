/**
 * Inline disables in source files, for the CLI (ESLint applies its own):
 *
 * - ESLint's, for rules of our plugin namespace `lint-payloads/<rule>`:
 *   `// eslint-disable-next-line lint-payloads/<rule>[, …]`, `// eslint-disable-line …`,
 *   `/* eslint-disable lint-payloads/<rule> *\/ … /* eslint-enable *\/`; without a rule
 *   list they disable every rule, ours included.
 * - Ours: `// lint-payloads-disable-next-line <rule>[, <rule>]`,
 *   `// lint-payloads-disable-line <rule>`, and the block pair
 *   `/* lint-payloads-disable <rule> *\/ … /* lint-payloads-enable *\/`; without a rule list
 *   they disable every rule.
 *
 * A ` -- reason` after the list is ignored, as ESLint does.
 */
import type { TSESTree } from '@typescript-eslint/utils';

export const PLUGIN_NAMESPACE = 'lint-payloads';

type Rules = 'all' | Set<string>;

interface RangeEvent {
  line: number;
  action: 'disable' | 'enable';
  rules: Rules;
}

const DIRECTIVE = /^\s*(eslint|lint-payloads)-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

/** Our rule ids in a directive's list: `lint-payloads/x` always; a bare `x` only in our own directives. */
function parseRules(list: string | undefined, ours: boolean): Rules | undefined {
  const text = (list ?? '').split(/\s--\s|\s--$/)[0]!.trim();
  if (text === '' || text === '--') return 'all';
  const rules = new Set<string>();
  for (const raw of text.split(',')) {
    const name = raw.trim();
    if (!name) continue;
    if (name.startsWith(PLUGIN_NAMESPACE + '/')) rules.add(name.slice(PLUGIN_NAMESPACE.length + 1));
    else if (ours) rules.add(name);
  }
  // An ESLint directive naming only other plugins' rules says nothing about ours.
  return rules.size > 0 ? rules : undefined;
}

function normalise(ruleId: string): string {
  return ruleId.startsWith(PLUGIN_NAMESPACE + '/') ? ruleId.slice(PLUGIN_NAMESPACE.length + 1) : ruleId;
}

export type DisabledFn = (ruleId: string, line: number) => boolean;

export function inlineDisables(comments: readonly TSESTree.Comment[] | undefined): DisabledFn | undefined {
  if (!comments || comments.length === 0) return undefined;
  const lines = new Map<number, Rules[]>();
  const events: RangeEvent[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.value);
    if (!m) continue;
    const ours = m[1] === 'lint-payloads';
    const kind = m[2]!;
    const rules = parseRules(m[3], ours);
    if (!rules) continue;
    const block = comment.type === 'Block';
    if (kind === 'disable-line' || kind === 'disable-next-line') {
      // ESLint rejects a line directive whose block comment spans lines.
      if (block && comment.loc.start.line !== comment.loc.end.line) continue;
      const line = kind === 'disable-line' ? comment.loc.start.line : comment.loc.end.line + 1;
      const list = lines.get(line) ?? [];
      list.push(rules);
      lines.set(line, list);
    } else {
      // `eslint-disable` / `eslint-enable` are block-comment directives.
      if (!block && !ours) continue;
      events.push({ line: comment.loc.start.line, action: kind === 'disable' ? 'disable' : 'enable', rules });
    }
  }
  if (lines.size === 0 && events.length === 0) return undefined;
  return (ruleId: string, line: number): boolean => {
    const id = normalise(ruleId);
    for (const rules of lines.get(line) ?? []) if (rules === 'all' || rules.has(id)) return true;
    let allOff = false;
    const off = new Set<string>();
    const except = new Set<string>();
    for (const e of events) {
      if (e.line > line) break;
      if (e.action === 'disable') {
        if (e.rules === 'all') {
          allOff = true;
          except.clear();
        } else {
          for (const r of e.rules) {
            off.add(r);
            except.delete(r);
          }
        }
      } else if (e.rules === 'all') {
        allOff = false;
        off.clear();
        except.clear();
      } else {
        for (const r of e.rules) {
          off.delete(r);
          if (allOff) except.add(r);
        }
      }
    }
    return (allOff && !except.has(id)) || off.has(id);
  };
}
