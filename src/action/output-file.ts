// Files the action writes at a path an input names (the SARIF log, the audit report). The
// workflow chooses the path, but a pull request chooses what lies inside the checkout: a committed
// symlink at that path, or at a folder on it, must not turn the write into one outside the
// workspace. Inside the workspace the real folder must stay inside it, and the file itself is
// never a symlink (O_NOFOLLOW) nor anything but a regular file.
import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  writeSync
} from 'node:fs';
import path from 'node:path';
import { InputError } from './inputs.js';

class OutputFileError extends Error {}

const inside = (root: string, target: string): boolean =>
  target === root || target.startsWith(root + path.sep);

/**
 * Writes `text` to `file` (relative to `workspace`, or absolute) for the input `input` names.
 * Returns the absolute path; a refused or failed write is an InputError naming the input.
 */
export function writeOutputFile(
  input: string,
  workspace: string,
  file: string,
  text: string
): string {
  const root = path.resolve(workspace);
  const target = path.resolve(root, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    if (inside(root, target)) {
      const realRoot = realpathSync(root);
      if (!inside(realRoot, realpathSync(path.dirname(target)))) {
        throw new OutputFileError('its folder is a link that leaves the workspace');
      }
    }
    const fd = openSync(
      target,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o644
    );
    try {
      if (!fstatSync(fd).isFile()) throw new OutputFileError('it is not a regular file');
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const reason =
      error instanceof OutputFileError
        ? error.message
        : error instanceof Error && 'code' in error
          ? error.code === 'ELOOP'
            ? 'it is a symbolic link'
            : String(error.code)
          : 'write error';
    throw new InputError(`${input}: Could not write '${file}' (${reason}).`);
  }
  return target;
}
