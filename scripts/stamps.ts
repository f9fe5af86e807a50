/**
 * The SDK version that README, docs, rules and sources cite ("@anthropic-ai/sdk@"
 * followed by the version, before a file path) is the pinned one: `npm run refresh`
 * rewrites every such citation, so none is typed by hand. Historical mentions
 * ("1.15.0 removed …", "CHANGELOG.md 0.128.0") are written without the "@" form and
 * stay, and so do citations of another major version (`…sdk@0.137.0` cites what 0.x
 * had and 1.x removed).
 */
import fs from 'node:fs';
import path from 'node:path';

const CITATION = /@anthropic-ai\/sdk@(\d+)\.\d+\.\d+(?:-[0-9A-Za-z.]+)?/g;
/** Where citations live. Generated files and tests (which pin their own fixture versions) are not stamped. */
const STAMPED_ROOTS = ['README.md', 'docs', 'rules', 'src', 'scripts'];
const STAMPED_FILE = /\.(md|ts)$/;

function listFiles(root: string, rel: string): string[] {
  const full = path.join(root, rel);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return STAMPED_FILE.test(rel) && !rel.endsWith('.generated.ts') ? [rel] : [];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(root, `${rel}/${name}`));
}

/** Files whose citations differ from `version` → their rewritten text. */
export function stampedFiles(root: string, version: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of STAMPED_ROOTS.flatMap((rel) => listFiles(root, rel))) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const major = version.split('.')[0];
    const stamped = text.replace(CITATION, (cited, citedMajor: string) => (citedMajor === major ? `@anthropic-ai/sdk@${version}` : cited));
    if (stamped !== text) out.set(file, stamped);
  }
  return out;
}
