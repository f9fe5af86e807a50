/**
 * A big JS/TS repository for target 4, generated: the JS/TS files of this
 * project's own node_modules (real code: ESLint, typescript-eslint, Ajv, ...)
 * copied side by side under `copy-N/` until the tree holds `count` files, with
 * the fixture sources (real Claude API calls, some with mistakes) in every copy.
 * No folder is called node_modules, so the CLI walks it all.
 *
 * Without the Anthropic SDK's own sources by default: an application repository
 * calls the API from a few files, it does not vendor the SDK, whose every file
 * mentions `messages` and `Anthropic` and so is parsed (with it: `withSdk`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpus, PACKAGES } from './code-corpus.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface CodeTree {
  dir: string;
  files: string[];
}

export function buildCodeTree(dir: string, count = 15_000, withSdk = false): CodeTree {
  const sources = [
    ...fs.readdirSync(path.join(ROOT, 'fixtures/src')).filter((f) => /\.[jt]sx?$/.test(f)).map((f) => path.join(ROOT, 'fixtures/src', f)),
    ...corpus(Number.MAX_SAFE_INTEGER, withSdk ? PACKAGES : PACKAGES.filter((p) => p !== '@anthropic-ai')),
  ];
  fs.rmSync(dir, { recursive: true, force: true });
  const files: string[] = [];
  for (let copy = 0; files.length < count; copy++) {
    for (const source of sources) {
      if (files.length === count) break;
      // Packages ship their code in dist/ and build/, which the CLI skips by default (build output): renamed, the tree is walked whole.
      const relative = path.relative(ROOT, source).replace(/(^|\/)(node_modules|dist|build|out)\//g, (_, lead: string, name: string) => `${lead}${name === 'node_modules' ? 'vendor' : `${name}-src`}/`);
      const target = path.join(dir, `copy-${copy}`, relative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(source, target);
      files.push(target);
    }
  }
  return { dir, files };
}
