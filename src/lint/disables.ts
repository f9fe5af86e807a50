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
 *
 * Each of our disable directives remembers which rules it suppressed a finding of,
 * so one that suppressed nothing can be reported (`unusedDirectives`, the rule
 * unused-disable-directive): per rule id it names, or as a whole when it names none.
 * ESLint's own directives are ESLint's to report (its reportUnusedDisableDirectives).
 */
import type { FileComment, Location } from '../sources/types.js';

export const PLUGIN_NAMESPACE = 'lint-payloads';

type Rules = 'all' | Set<string>;

/** One directive comment as read. */
interface Directive {
  ours: boolean;
  rules: Rules;
  named: NamedRule[];
  location: Location;
  /** Rule ids it suppressed a finding of. */
  used: Set<string>;
}

interface RangeEvent {
  line: number;
  action: 'disable' | 'enable';
  directive: Directive;
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

/**
 * Can the text hold a directive `readDirectives` reads? A cheap test on the whole
 * text, so a front end can skip collecting the comments of a file that has none.
 */
export function mightHoldDirectives(text: string, options: { eslintDirectives: boolean }): boolean {
  return text.includes(`${PLUGIN_NAMESPACE}-`) || (options.eslintDirectives && text.includes('eslint-'));
}

export type DisabledFn = (ruleId: string, line: number) => boolean;

/** A rule id named in one of our directives that no rule has. */
export interface UnknownDirectiveRule {
  written: string;
  location: Location;
}

/** One of our disable directives that suppressed nothing: `rule` as written, or undefined when it names no rule. */
export interface UnusedDirective {
  rule: string | undefined;
  location: Location;
}

export interface Directives {
  /** Is `ruleId` disabled on `line` (1-based)? Undefined: no directive in the file. Asking marks the directive that disables it used. */
  disabled: DisabledFn | undefined;
  /** Rule ids our directives name that are not rules (only when `knownRuleIds` is given). */
  unknownRules: UnknownDirectiveRule[];
  /** Our disable directives (or the rule ids in them) that have suppressed nothing so far: ask after every finding went through `disabled`. */
  unusedDirectives(): UnusedDirective[];
}

/** A text without comments (every request file): one shared answer, nothing built per file. */
const NO_DIRECTIVES: Directives = { disabled: undefined, unknownRules: Object.freeze([]) as unknown as UnknownDirectiveRule[], unusedDirectives: () => [] };

export function readDirectives(comments: readonly FileComment[] | undefined, options: { eslintDirectives: boolean; knownRuleIds?: ReadonlySet<string> }): Directives {
  if (!comments || comments.length === 0) return NO_DIRECTIVES;
  const unknownRules: UnknownDirectiveRule[] = [];
  const disables: Directive[] = [];
  const unusedDirectives = (): UnusedDirective[] =>
    disables.flatMap((d): UnusedDirective[] => {
      if (!d.ours) return [];
      if (d.rules === 'all') return d.used.size === 0 ? [{ rule: undefined, location: d.location }] : [];
      // An unknown id is reported as unknown (unknown-disable-rule), not again as unused.
      return d.named.filter((n) => !d.used.has(n.id) && (!options.knownRuleIds || options.knownRuleIds.has(n.id))).map((n) => ({ rule: n.written, location: d.location }));
    });
  const lines = new Map<number, Directive[]>();
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
    const directive: Directive = { ours, rules: parsed.rules, named: parsed.named, location: comment.location, used: new Set() };
    const { line: startLine, endLine } = comment.location;
    if (kind === 'disable-line' || kind === 'disable-next-line') {
      // ESLint rejects a line directive whose block comment spans lines.
      if (comment.block && startLine !== endLine) continue;
      const line = kind === 'disable-line' ? startLine : endLine + 1;
      const list = lines.get(line) ?? [];
      list.push(directive);
      lines.set(line, list);
      disables.push(directive);
    } else {
      // `eslint-disable` / `eslint-enable` are block-comment directives.
      if (!comment.block && !ours) continue;
      events.push({ line: startLine, action: kind === 'disable' ? 'disable' : 'enable', directive });
      if (kind === 'disable') disables.push(directive);
    }
  }
  if (lines.size === 0 && events.length === 0) return { disabled: undefined, unknownRules, unusedDirectives };
  const disabled = (ruleId: string, line: number): boolean => {
    const id = normalise(ruleId);
    let suppressed = false;
    for (const d of lines.get(line) ?? []) {
      if (d.rules === 'all' || d.rules.has(id)) {
        d.used.add(id);
        suppressed = true;
      }
    }
    if (suppressed) return true;
    // The range directives in force at the line: the one that disabled this rule last wins.
    let allOff: Directive | undefined;
    const off = new Map<string, Directive>();
    const except = new Set<string>();
    for (const e of events) {
      if (e.line > line) break;
      const { rules } = e.directive;
      if (e.action === 'disable') {
        if (rules === 'all') {
          allOff = e.directive;
          except.clear();
        } else {
          for (const r of rules) {
            off.set(r, e.directive);
            except.delete(r);
          }
        }
      } else if (rules === 'all') {
        allOff = undefined;
        off.clear();
        except.clear();
      } else {
        for (const r of rules) {
          off.delete(r);
          if (allOff) except.add(r);
        }
      }
    }
    const by = off.get(id) ?? (allOff && !except.has(id) ? allOff : undefined);
    by?.used.add(id);
    return by !== undefined;
  };
  return { disabled, unknownRules, unusedDirectives };
}
