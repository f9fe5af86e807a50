/**
 * The floors the CLI is compared with: do only the unavoidable part, nothing else.
 *
 *   node dist/bench/floor.js PATH          read and JSON.parse every request file under PATH
 *                                          (a folder or one file; .jsonl: each line)
 *   node dist/bench/floor.js PATH --code   walk PATH and read every JS/TS file the CLI would lint
 *   node dist/bench/floor.js PATH --python walk PATH and read every .py and .ipynb file
 */
import fs from 'node:fs';
import path from 'node:path';

const root = process.argv[2]!;
const python = process.argv.includes('--python');
const codeOnly = process.argv.includes('--code') || python;
const CODE = python ? /\.(?:py|ipynb)$/i : /\.(?:[mc]?[jt]s|[jt]sx)$/i;
const DECLARATION = /\.d\.[mc]?ts$/i;

/** The CLI's default ignores (src/lint/discover.ts): the floor reads the files the CLI lints. */
const IGNORED = /(?:^|\/)(?:node_modules|\.git|\.hg|\.svn|dist|build|out|coverage|\.next|\.nuxt|\.turbo|\.cache)\/|\.min\.js$/;

function visit(file: string): void {
  if (codeOnly) {
    if (!CODE.test(file) || DECLARATION.test(file) || IGNORED.test(path.relative(root, file))) return;
    fs.readFileSync(file, 'utf8');
  } else {
    const text = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.jsonl')) for (const line of text.split('\n')) line && JSON.parse(line);
    else JSON.parse(text);
  }
  seen++;
}

let seen = 0;
if (fs.statSync(root).isFile()) visit(root);
else {
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) visit(path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name));
  }
}
process.stdout.write(`${seen}\n`);
