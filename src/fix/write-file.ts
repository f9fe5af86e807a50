/**
 * How --fix writes a file: never in place. The fixed text goes to a new file
 * beside it, with the original's mode (and owner, when allowed), flushed, then
 * renamed over it: a failed write (disk full, file-size limit) leaves the file as
 * it was, never half of it. A symbolic link is written through to its target, as
 * an editor would, and stays a link.
 *
 * Given the bytes the fixes were made from, the file is read again just before
 * the rename and left alone if it no longer holds them: a change saved meanwhile
 * (an editor, a formatter, another run) is not overwritten.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The file no longer holds the text the fixes were made from. */
export class FileChangedError extends Error {
  override name = 'FileChangedError';
  constructor(file: string) {
    super(`${file} changed while it was being checked; its fixes were not written. Run again.`);
  }
}

export function writeFileAtomically(file: string, data: string, options: { expected?: Uint8Array } = {}): void {
  const target = fs.realpathSync(file);
  // A file we may not write stays unwritten, though its folder would let a rename replace it.
  fs.accessSync(target, fs.constants.W_OK);
  const stat = fs.statSync(target);
  const mode = stat.mode & 0o7777;
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | (fs.constants.O_NOFOLLOW ?? 0), mode);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.chmodSync(tmp, mode); // the umask may have narrowed it
    try {
      fs.chownSync(tmp, stat.uid, stat.gid);
    } catch {
      // not ours to give away: the new file keeps our owner
    }
    // Last, right before the rename: the window left for a concurrent write is this read's length.
    if (options.expected && !fs.readFileSync(target).equals(options.expected)) {
      throw new FileChangedError(file);
    }
    fs.renameSync(tmp, target);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
