/**
 * Issue 13 item 3, the regex audit as a test: every regular expression literal
 * in src/ and rules/ is run on long adversarial strings (runs of whitespace,
 * '@', digits, separators, quotes…, each with a character that fails at the
 * end). One that backtracks quadratically is found by a quick pass, then
 * confirmed as a ratio: 4× the input may cost at most 8× the time.
 * A regex that must see long user text and cannot be linear does not belong in
 * the linter: bound its input instead (see did-you-mean.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { REPO } from '../helpers/cli.js';
import { growthRatio } from '../helpers/growth.js';

interface Found {
  where: string;
  regex: RegExp;
}

function regexLiterals(): Found[] {
  const out: Found[] = [];
  const walkDir = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walkDir(file);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(source);
            const slash = text.lastIndexOf('/');
            const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
            out.push({ where: `${path.relative(REPO, file)}:${line} ${text}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
          }
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  };
  walkDir(path.join(REPO, 'src'));
  walkDir(path.join(REPO, 'rules'));
  return out;
}

const ATOMS = [' ', '\t', '\n', '\r\n', '@', 'a', 'A', '0', '-', '-v1', ',', '|', '.', ':', '"', '\\', '/', '<', '=', '#', '*', 'aB', 'a-', '20240101'];
const ENDS = ['!', '\n'];

function adversarial(atom: string, end: string, n: number): string {
  return atom.repeat(Math.ceil(n / atom.length)) + end;
}

function run(regex: RegExp, text: string): void {
  regex.lastIndex = 0;
  regex.exec(text);
  if (regex.global) text.replace(regex, '');
}

describe('regex audit', () => {
  it('finds the regexes (the audit is not empty)', () => {
    const found = regexLiterals();
    assert.ok(found.length > 50, `only ${found.length} regex literals found`);
    assert.ok(found.some((f) => f.where.startsWith('src/config/api-version.ts')));
  });

  it('no regex literal in src/ or rules/ is superlinear on long adversarial input', async () => {
    const superlinear: string[] = [];
    for (const f of regexLiterals()) {
      for (const atom of ATOMS) {
        for (const end of ENDS) {
          const text = adversarial(atom, end, 10_000);
          const start = process.hrtime.bigint();
          run(f.regex, text);
          // A quick filter only: a linear regex takes well under a millisecond on 10,000 characters,
          // a quadratic one a large fraction of a second. The ratio decides.
          if (Number(process.hrtime.bigint() - start) < 30e6) continue;
          const ratio = await growthRatio((n) => adversarial(atom, end, n), (t) => run(f.regex, t), 5_000, 4, 3);
          if (ratio >= 10) superlinear.push(`${f.where} on ${JSON.stringify(atom)}×n+${JSON.stringify(end)}: 4× the input took ${ratio.toFixed(1)}× the time`);
        }
      }
    }
    assert.deepEqual(superlinear, []);
  });
});
