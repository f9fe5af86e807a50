/** The package's own name and version, read from package.json (never hard-coded). */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: { name: string; version: string } | undefined;

export function packageInfo(): { name: string; version: string } {
  // dist/src → package root
  cached ??= JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { name: string; version: string };
  return cached;
}

export function packageVersion(): string {
  return packageInfo().version;
}
