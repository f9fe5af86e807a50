/**
 * Inline disables, one mechanism for every source and both front ends: a source
 * returns its comments (text and place), and the directives in them are read here.
 *
 * - Ours, in any language's comments (`//`, `/* *\/`, Python's `#`):
 *   `lint-payloads-disable-next-line <rule>[, <rule>]`, `lint-payloads-disable-line <rule>`,
 *   and the block pair `lint-payloads-disable <rule>` … `lint-payloads-enable`; without a
 *   rule list they disable every rule. A rule id they name that is not a rule is reported.
 * - ESLint's, for rules of our namespace `lint-payloads/<rule>` (read by the CLI only: under
 *   ESLint, ESLint applies them itself and would call them unused if we did too):
 *   `eslint-disable-next-line lint-payloads/<rule>[, …]`, `eslint-disable-line …`,
 *   `/* eslint-disable lint-payloads/<rule> *\/ … /* eslint-enable *\/`; without a rule
 *   list they disable every rule, ours included.
 *
 * A ` -- reason` after the list is ignored, as ESLint does.
 */
import type { FileComment, Location } from '../sources/types.js';

export const PLUGIN_NAMESPACE = 'lint-payloads';

type Rules = 'all' | Set<string>;

interface RangeEvent {
  line: number;
  action: 'disable' | 'enable';
  rules: Rules;
}

const DIRECTIVE = /^\s*(eslint|lint-payloads)-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

interface NamedRule {
  id: string;
  /** As written (`lint-payloads/x` or `x`). */
  written: string;
}

/** Our rule ids in a directive's list: `lint-payloads/x` always; a bare `x` only in our own directives. */
function parseRules(list: string | undefined, ours: boolean): { rules: Rules; named: NamedRule[] } | undefined {
  const text = (list ?? '').split(/\s--\s|\s--$/)[0]!.trim();
  if (text === '' || text === '--') return { rules: 'all', named: [] };
  const rules = new Set<string>();
  const named: NamedRule[] = [];
  for (const raw of text.split(',')) {
    const name = raw.trim();
    if (!name) continue;
    if (name.startsWith(PLUGIN_NAMESPACE + '/')) {
      const id = name.slice(PLUGIN_NAMESPACE.length + 1);
      rules.add(id);
      named.push({ id, written: name });
    } else if (ours) {
      rules.add(name);
      named.push({ id: name, written: name });
    }
  }
  // An ESLint directive naming only other plugins' rules says nothing about ours.
  return rules.size > 0 ? { rules, named } : undefined;
}

function normalise(ruleId: string): string {
  return ruleId.startsWith(PLUGIN_NAMESPACE + '/') ? ruleId.slice(PLUGIN_NAMESPACE.length + 1) : ruleId;
}

export type DisabledFn = (ruleId: string, line: number) => boolean;

/** A rule id named in one of our directives that no rule has. */
export interface UnknownDirectiveRule {
  written: string;
  location: Location;
}

export interface Directives {
  /** Is `ruleId` disabled on `line` (1-based)? Undefined: no directive in the file. */
  disabled: DisabledFn | undefined;
  /** Rule ids our directives name that are not rules (only when `knownRuleIds` is given). */
  unknownRules: UnknownDirectiveRule[];
}

export function readDirectives(comments: readonly FileComment[] | undefined, options: { eslintDirectives: boolean; knownRuleIds?: ReadonlySet<string> }): Directives {
  const unknownRules: UnknownDirectiveRule[] = [];
  if (!comments || comments.length === 0) return { disabled: undefined, unknownRules };
  const lines = new Map<number, Rules[]>();
  const events: RangeEvent[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.text);
    if (!m) continue;
    const ours = m[1] === 'lint-payloads';
    if (!ours && !options.eslintDirectives) continue;
    const kind = m[2]!;
    const parsed = parseRules(m[3], ours);
    if (!parsed) continue;
    if (ours && options.knownRuleIds) {
      for (const n of parsed.named) if (!options.knownRuleIds.has(n.id)) unknownRules.push({ written: n.written, location: comment.location });
    }
    const { rules } = parsed;
    const { line: startLine, endLine } = comment.location;
    if (kind === 'disable-line' || kind === 'disable-next-line') {
      // ESLint rejects a line directive whose block comment spans lines.
      if (comment.block && startLine !== endLine) continue;
      const line = kind === 'disable-line' ? startLine : endLine + 1;
      const list = lines.get(line) ?? [];
      list.push(rules);
      lines.set(line, list);
    } else {
      // `eslint-disable` / `eslint-enable` are block-comment directives.
      if (!comment.block && !ours) continue;
      events.push({ line: startLine, action: kind === 'disable' ? 'disable' : 'enable', rules });
    }
  }
  if (lines.size === 0 && events.length === 0) return { disabled: undefined, unknownRules };
  const disabled = (ruleId: string, line: number): boolean => {
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
  return { disabled, unknownRules };
}
