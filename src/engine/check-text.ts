/**
 * Runs the rules that read a file's raw text (see Rule.checkText). Front ends
 * call it once per file, next to checkPayload for each payload in the file, and
 * hand it the rules to run (the engine imports none).
 */
import type { RuleSetting, Severity } from './types.js';
import type { Rule } from './rule.js';
import { renderMessage } from './rule.js';
import { redactSecrets } from './redact.js';

export interface TextFinding {
  ruleId: string;
  messageId: string;
  severity: Severity;
  message: string;
  data: Record<string, string>;
  start: number;
  end: number;
}

export function checkText(
  text: string,
  filePath: string,
  options: { rules?: Record<string, RuleSetting>; ruleOptions?: Record<string, unknown[]>; ruleSet: readonly Rule[] },
): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const rule of options.ruleSet) {
    if (!rule.checkText) continue;
    const setting = options.rules?.[rule.id];
    if (setting === 'off') continue;
    const severity: Severity = setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : rule.meta.severity;
    rule.checkText({
      text,
      filePath,
      options: options.ruleOptions?.[rule.id] ?? rule.meta.defaultOptions ?? [],
      report(r) {
        const data: Record<string, string> = {};
        for (const [k, v] of Object.entries(r.data ?? {})) data[k] = redactSecrets(String(v));
        const template = rule.meta.messages[r.messageId];
        if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
        findings.push({ ruleId: rule.id, messageId: r.messageId, severity, message: redactSecrets(renderMessage(template, data)), data, start: r.start, end: r.end });
      },
    });
  }
  return findings;
}
