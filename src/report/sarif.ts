/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps): every rule in
 * tool.driver.rules with its docs link, results with physical locations, and
 * partialFingerprints that stay the same across runs as long as the mistake
 * stays (rule + file + JSON pointer + message, not the line number).
 */
import type { Formatter } from './formatter.js';
import { FILE_PROBLEM_RULE_ID, ruleDocsUrl } from './formatter.js';
import { pathToFileURL } from 'node:url';
import { relativePath } from '../lint/lint-files.js';

const FILE_PROBLEM = FILE_PROBLEM_RULE_ID;

function fingerprint(parts: string[]): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export const sarif: Formatter = (results, { cwd, rules, version, notices }) => {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const driverRules = rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase()),
    shortDescription: { text: r.meta.description },
    helpUri: ruleDocsUrl(r.id),
    // The rule's aside (meta.note) belongs to the rule, not to each result.
    help: { text: `${r.meta.description}.${r.meta.note ? ` ${r.meta.note}` : ''} See ${ruleDocsUrl(r.id)}` },
    defaultConfiguration: { level: r.meta.severity === 'error' ? 'error' : 'warning' },
    properties: { tags: ['claude-api', r.meta.type], recommended: r.meta.recommended },
  }));
  // Problems with a file itself (not JSON, unreadable) have no rule of their own: one descriptor for them.
  driverRules.push({
    id: FILE_PROBLEM,
    name: 'FileProblem',
    shortDescription: { text: 'The file could not be checked (not valid JSON, not UTF-8, unreadable, …)' },
    helpUri: ruleDocsUrl('README'),
    help: { text: 'The file could not be checked: the message says why.' },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['claude-api', 'problem'], recommended: true },
  });
  ruleIndex.set(FILE_PROBLEM, driverRules.length - 1);
  const sarifResults = [];
  for (const r of results) {
    // A URI reference: `my file#1.json` must not start a fragment.
    const uri = relativePath(r.filePath, cwd).split('\\').join('/').split('/').map(encodeURIComponent).join('/');
    const seen = new Map<string, number>();
    for (const m of r.messages) {
      const base = fingerprint([m.ruleId ?? 'file', uri, m.pointer ?? '', m.message]);
      // Two identical findings in one file (e.g. two calls) need distinct fingerprints.
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      sarifResults.push({
        ruleId: m.ruleId ?? FILE_PROBLEM,
        ...(ruleIndex.has(m.ruleId ?? FILE_PROBLEM) ? { ruleIndex: ruleIndex.get(m.ruleId ?? FILE_PROBLEM)! } : {}),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
            },
            ...(m.pointer !== undefined ? { logicalLocations: [{ fullyQualifiedName: m.pointer || '/', kind: 'member' }] } : {}),
          },
        ],
        partialFingerprints: { 'lintPayloads/v1': n === 0 ? base : `${base}:${n}` },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lint-payloads',
            version,
            informationUri: 'https://github.com/lint-payloads/lint-payloads',
            rules: driverRules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.replace(/[\\/]?$/, '/')).href } },
        results: sarifResults,
        ...(notices.length ? { invocations: [{ executionSuccessful: true, toolConfigurationNotifications: notices.map((text) => ({ message: { text }, level: 'note' })) }] } : {}),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
