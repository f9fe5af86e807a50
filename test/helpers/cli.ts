/** Runs the real `lint-payloads` binary (the built dist/src/cli/bin.js) in a child process. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = path.join(REPO, 'dist/src/cli/bin.js');

/** Can "nobody" (uid 65534) run the built linter? Not from a private folder (`mktemp -d` is 0700). */
function othersReach(file: string): boolean {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return false;
    if (path.dirname(dir) === dir) return (fs.statSync(file).mode & 0o004) !== 0;
  }
}

/**
 * Tests of permission errors run the CLI as "nobody" (root reads anything): why
 * they cannot run here, or false. A skip says so instead of a false failure.
 */
export const CANNOT_RUN_AS_NOBODY: string | false =
  process.getuid?.() !== 0 ? 'needs root to drop privileges' : othersReach(BIN) ? false : 'the checkout is in a folder "nobody" cannot enter (a private folder such as mktemp -d)';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; uid?: number; gid?: number } = {}): CliRun {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : {}),
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  };
  const r = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/** A fresh temp folder with the given files (path → content); removed by the caller's `after`. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-payloads-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** Temp folders for one test file, all removed when it ends: `const dir = tempDirs(after);`. */
export function tempDirs(after: (fn: () => void) => void): (files?: Record<string, string | Buffer>) => string {
  const made: string[] = [];
  after(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  return (files = {}) => {
    const d = tempDir(files);
    made.push(d);
    return d;
  };
}

/** `{ruleId, line, column, pointer}` of every message of a json-format run, per file (relative path). */
export function findingsOf(stdout: string, cwd: string): Record<string, { ruleId: string | null; line: number; column: number; pointer?: string }[]> {
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; line: number; column: number; pointer?: string }[] }[];
  const out: Record<string, { ruleId: string | null; line: number; column: number; pointer?: string }[]> = {};
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out[path.relative(cwd, r.filePath)] = r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, ...(m.pointer !== undefined ? { pointer: m.pointer } : {}) }));
  }
  return out;
}
