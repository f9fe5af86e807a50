/**
 * `npm run docs`: rewrites the rule table in README.md (between the
 * `<!-- rules:start -->` and `<!-- rules:end -->` markers) from the rules' meta,
 * so the README never lists a rule that does not exist or misses one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/index.js';

export function rulesTable(): string {
  const rows = [...RULES]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => {
      const presets = r.meta.recommended ? 'recommended, strict' : 'strict';
      const flags = [r.meta.fixable ? '🔧' : '', r.meta.hasSuggestions ? '💡' : ''].join('');
      const versions = r.meta.apiVersions ? ` (${r.meta.apiVersions.join(', ')} only)` : '';
      return `| [${r.id}](docs/rules/${r.id}.md) | ${r.meta.description}${versions} | ${r.meta.severity} | ${presets} | ${flags} |`;
    });
  return ['| Rule | What it catches | Severity | Presets | 🔧 fix 💡 suggestion |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function withTable(readme: string): string {
  return readme.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, `$1\n${rulesTable()}\n$2`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md');
  fs.writeFileSync(file, withTable(fs.readFileSync(file, 'utf8')));
  console.log('README.md rule table updated');
}
