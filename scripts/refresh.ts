/**
 * `npm run refresh`: rewrites everything derivable from the pinned SDK — the
 * schemas, the catalogue's SDK facts, the SDK-only options of its helper
 * methods and the SDK version cited in README, docs, rules and sources. It bumps nothing: bump the pin in package.json first.
 * (The npm script then rebuilds the validators and the README rule table.)
 * test/refresh-drift.test.ts fails when a committed file differs from this output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSchemas, sdkVersion } from './schema/generate.js';
import { SDK_FACTS_FILE, readSdkModelFacts, renderSdkFacts } from './catalogue/sdk-facts.js';
import { SDK_ONLY_OPTIONS_FILE, readSdkOnlyOptions, renderSdkOnlyOptions } from './schema/sdk-only-options.js';
import { stampedFiles } from './stamps.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Repository path → the text `npm run refresh` writes there. */
export function refreshOutputs(root = REPO_ROOT, options: { schemas?: boolean } = {}): Map<string, string> {
  const outputs = new Map<string, string>();
  if (options.schemas !== false) for (const [name, text] of generateSchemas()) outputs.set(`schemas/${name}`, text);
  outputs.set(SDK_FACTS_FILE, renderSdkFacts(readSdkModelFacts()));
  outputs.set(SDK_ONLY_OPTIONS_FILE, renderSdkOnlyOptions(readSdkOnlyOptions(), sdkVersion()));
  for (const [file, text] of stampedFiles(root, sdkVersion())) outputs.set(file, text);
  return outputs;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [file, text] of refreshOutputs()) {
    const full = path.join(REPO_ROOT, file);
    const before = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined;
    if (before === text) continue;
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    console.log(`written ${file}`);
  }
}
