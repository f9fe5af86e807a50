/**
 * Table tests for one rule, in the spirit of ESLint's RuleTester: valid payloads
 * produce no finding from the rule; each invalid payload produces exactly the
 * listed findings (messageId and pointer, optionally data), and fixes and
 * suggestions produce the listed bodies.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkPayload, type PayloadCheckOptions } from '../../src/index.js';
import { applyEdits } from '../../src/engine/apply-edits.js';
import type { Rule } from '../../src/engine/rule.js';
import type { Finding } from '../../src/engine/types.js';
import { messageShapeProblems } from './message-shape.js';

export type CaseOptions = Partial<Omit<PayloadCheckOptions, 'ruleSet'>>;

export interface ValidCase {
  name?: string;
  payload: unknown;
  options?: CaseOptions;
}

export interface ExpectedFinding {
  messageId: string;
  pointer: string;
  /** Subset of the placeholder data to match. */
  data?: Record<string, string>;
  /** The body after applying the finding's fix; `null` asserts there is no fix. */
  fixed?: unknown;
  /** The body after each suggestion, in order. */
  suggestions?: unknown[];
  /** A substring of the rendered message. */
  messageIncludes?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export const DEFAULTS: Omit<PayloadCheckOptions, 'ruleSet'> = {
  kind: 'messages',
  apiVersion: '2026-10-21',
  date: '2026-11-26',
  endpoint: 'any',
};

function title(c: ValidCase, i: number): string {
  return c.name ?? `#${i}: ${JSON.stringify(c.payload).slice(0, 100)}`;
}

export function run(rule: Rule, c: ValidCase): Finding[] {
  return checkPayload(c.payload, { ...DEFAULTS, ...c.options, ruleSet: [rule] });
}

/** A rule's `meta.triggers` must never hide a finding: the case gives the same findings with the rule forced to run. */
function assertTriggersHideNothing(rule: Rule, c: ValidCase, findings: Finding[]): void {
  if (!rule.meta.triggers) return;
  const forced = checkPayload(c.payload, { ...DEFAULTS, ...c.options, ruleSet: [rule], ignoreTriggers: true });
  const describe = (fs: Finding[]): string[] => fs.map((f) => `${f.messageId} at ${f.pointer}`);
  assert.deepEqual(describe(findings), describe(forced), `meta.triggers of ${rule.id} skip a body the rule reports on`);
}

export function ruleTable(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(title(c, i), () => {
          const findings = run(rule, c);
          assert.deepEqual(findings.map((f) => `${f.messageId} at ${f.pointer}: ${f.message}`), []);
          assertTriggersHideNothing(rule, c, findings);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(title(c, i), () => {
          const findings = run(rule, c);
          assert.deepEqual(
            findings.map((f) => ({ messageId: f.messageId, pointer: f.pointer })),
            c.errors.map((e) => ({ messageId: e.messageId, pointer: e.pointer })),
            `findings: ${JSON.stringify(findings.map((f) => f.message), null, 1)}`,
          );
          assertTriggersHideNothing(rule, c, findings);
          c.errors.forEach((expected, j) => {
            const finding = findings[j]!;
            assert.ok(!/\{\{\w+\}\}/.test(finding.message), `unfilled placeholder in: ${finding.message}`);
            // Every rule's messages: a short first sentence, the API's answer, the fix, and no aside (message-shape.ts).
            assert.deepEqual(messageShapeProblems(finding.message), [], finding.message);
            if (expected.data) {
              for (const [k, v] of Object.entries(expected.data)) assert.equal(finding.data[k], v, `data.${k}`);
            }
            if (expected.messageIncludes) assert.ok(finding.message.includes(expected.messageIncludes), finding.message);
            if (expected.fixed !== undefined) {
              if (expected.fixed === null) assert.equal(finding.fix, undefined, 'expected no fix');
              else {
                assert.ok(finding.fix, 'expected a fix');
                assert.deepEqual(applyEdits(c.payload, finding.fix.edits), expected.fixed);
              }
            }
            if (expected.suggestions) {
              assert.deepEqual(
                (finding.suggestions ?? []).map((s) => applyEdits(c.payload, s.edits)),
                expected.suggestions,
              );
            }
          });
        });
      });
    });
  });
}
