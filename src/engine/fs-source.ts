// The checkout on disk as a FileSource. A pull request controls every byte of it, so a read
// opens only a regular file whose real path lies inside the checkout's real path: a committed
// symlink to /proc/self/environ, /etc/passwd or a file beside the workspace, a FIFO, a device or
// a socket is never opened (or, for a FIFO, opened non-blocking and closed unread), and the
// type is checked on the opened descriptor, so a swap between check and open changes nothing.
// Each directory is looked up once: a regular file whose directories are all real (no symlink)
// is opened by its path without a realpath, and where the descriptor points (/proc/self/fd)
// confirms it is inside; without /proc every file is resolved before it is opened.
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  type Stats
} from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES, type FileListing, type FileRead, type FileSource } from './file-source.js';
import { gitListing } from './scan-io.js';

/** Above this many paths a walk stops (git lists everything it tracks). */
const WALK_LIMIT = 200_000;

const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', 'coverage', 'vendor', '.venv']);

/** Extensions that are never text: skipped without being opened. */
const BINARY_EXTENSIONS =
  /\.(png|jpe?g|gif|webp|ico|bmp|tiff?|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|class|so|dylib|dll|exe|bin|o|a|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|mkv|webm|ogg|wav|flac|sqlite3?|db|pyc|node)$/i;

/** Kernel file systems whose "files" are process state, never repository content. */
const KERNEL_ROOTS = ['/proc', '/sys', '/dev'];

/** Don't follow a final symlink; don't wait for a FIFO's writer. (0 where the OS lacks them.) */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const isInside = (root: string, full: string): boolean =>
  full === root || full.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

const isKernelPath = (full: string): boolean => KERNEL_ROOTS.some(kernel => isInside(kernel, full));

function realRootOf(root: string): string {
  const absolute = path.resolve(root);
  try {
    return realpathSync.native(absolute);
  } catch {
    return absolute;
  }
}

/** Repo-relative paths of every non-directory entry, breadth-first, symlinks not followed. */
function walkFiles(root: string, limit = WALK_LIMIT): FileListing {
  const paths: string[] = [];
  const queue: string[] = [''];
  for (let next = 0; next < queue.length; next++) {
    const dir = queue[next] ?? '';
    let entries;
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const relative = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) queue.push(relative);
        continue;
      }
      // Symlinks, FIFOs and the like are listed too: the read refuses them, with a note.
      if (paths.length >= limit) {
        return { paths, truncated: `the directory walk stopped at ${limit} files` };
      }
      paths.push(relative);
    }
  }
  return { paths };
}

/** Where the opened descriptor really points (Linux), to confirm no directory was swapped. */
function openedPath(fd: number): string | undefined {
  try {
    return readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}

let procFd: boolean | undefined;

/** Whether `openedPath` can tell where a descriptor points (Linux); looked up once. */
function descriptorsTellPaths(): boolean {
  return (procFd ??= existsSync('/proc/self/fd'));
}

/** One buffer for every read (reads are synchronous): no allocation per file. */
let scratch = Buffer.alloc(0);

function readOpened(fd: number, maxBytes: number): FileRead {
  const stat = fstatSync(fd);
  if (!stat.isFile()) return { skipped: 'special' };
  if (stat.size > maxBytes) return { skipped: 'too-large' };
  if (scratch.length < maxBytes + 1) scratch = Buffer.allocUnsafe(maxBytes + 1);
  // Read to EOF but never past the cap: a size of 0 proves nothing. Once the size the file
  // reported is read, it is done (as `readFileSync` does), without one more read to see EOF.
  let total = 0;
  for (;;) {
    const n = readSync(fd, scratch, total, maxBytes + 1 - total, null);
    if (n === 0) break;
    total += n;
    if (total > maxBytes) return { skipped: 'too-large' };
    if (total === stat.size) break;
  }
  if (scratch.subarray(0, Math.min(total, 8000)).includes(0)) return { skipped: 'binary' };
  return { text: scratch.toString('utf8', 0, total) };
}

/** Directories remembered by `Directories`; it starts over when full. */
const MAX_DIRECTORIES = 4096;

/**
 * What a directory of the checkout is: not there; a real directory whose every component below the
 * root is a directory, not a symlink (so a path under it is its own real path); or anything else
 * (a symlink on the way), which a read resolves in full.
 */
type DirectoryState = 'missing' | 'real' | 'other';

/**
 * The directories of the checkout, each looked up once (one lstat). Needs inference asks for files
 * beside every job (fly.toml, package.json), mostly in directories that do not exist: once one is
 * known missing, nothing under it is looked up again. And a file in a real directory needs no
 * realpath: its path is its real path unless it is itself a symlink, which its lstat tells.
 */
export class Directories {
  readonly #known = new Map<string, DirectoryState>();

  constructor(private readonly realRoot: string) {}

  /** The state of the directory holding `full`, a normalised absolute path inside the root. */
  holding(full: string): DirectoryState {
    return this.#state(full.slice(0, Math.max(full.lastIndexOf(path.sep), 0)));
  }

  #state(dir: string): DirectoryState {
    if (dir.length <= this.realRoot.length) return 'real';
    const known = this.#known.get(dir);
    if (known !== undefined) return known;
    const above = this.#state(dir.slice(0, dir.lastIndexOf(path.sep)));
    let state: DirectoryState;
    if (above === 'missing') {
      state = 'missing';
    } else {
      try {
        const info = lstatSync(dir, { throwIfNoEntry: false });
        // Nothing lies under a regular file (`--config app/fly.toml` asks for `fly.toml/fly.toml`).
        state =
          info === undefined || info.isFile()
            ? 'missing'
            : above === 'real' && info.isDirectory()
              ? 'real'
              : 'other';
      } catch (error) {
        state = (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'missing' : 'other';
      }
    }
    if (this.#known.size >= MAX_DIRECTORIES) this.#known.clear();
    this.#known.set(dir, state);
    return state;
  }
}

/** Reads one repo-relative file confined to `realRoot`; see the file comment. */
function readConfined(
  realRoot: string,
  relative: string,
  maxBytes: number,
  directories: Directories = new Directories(realRoot)
): FileRead {
  if (BINARY_EXTENSIONS.test(relative)) return { skipped: 'binary' };
  const full = path.resolve(realRoot, relative);
  if (!isInside(realRoot, full)) return { skipped: 'outside' };
  const holding = directories.holding(full);
  if (holding === 'missing') return { skipped: 'missing' };
  const missingOrUnreadable = (error: unknown): FileRead => {
    const code = (error as NodeJS.ErrnoException).code;
    return { skipped: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable' };
  };
  // Needs inference asks for many files that are not there (fly.toml, package.json beside each
  // job): one lstat answers that, without resolving every component or raising an error.
  let first: Stats | undefined;
  try {
    first = lstatSync(full, { throwIfNoEntry: false });
  } catch (error) {
    return missingOrUnreadable(error);
  }
  if (first === undefined) return { skipped: 'missing' };
  let real = full;
  // A regular file in a real directory is its own real path (and where the descriptor opened
  // points is checked below); anything else is resolved first.
  const ownRealPath =
    holding === 'real' && first.isFile() && descriptorsTellPaths() && !isKernelPath(realRoot);
  if (!ownRealPath) {
    try {
      real = realpathSync.native(full);
    } catch (error) {
      return missingOrUnreadable(error);
    }
    if (!isInside(realRoot, real)) return { skipped: 'outside' };
    if (isKernelPath(real)) return { skipped: 'special' };
    // Devices and sockets are not even opened; the descriptor is checked again below.
    try {
      const info = real === full ? first : lstatSync(real);
      if (!info.isFile()) return { skipped: 'special' };
    } catch {
      return { skipped: 'missing' };
    }
  }
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { skipped: 'missing' };
    // ELOOP: the last component became a symlink after the checks; ENXIO: a socket.
    if (code === 'ELOOP') return { skipped: 'outside' };
    return { skipped: code === 'ENXIO' ? 'special' : 'unreadable' };
  }
  try {
    // The descriptor's own path: a directory swapped for a symlink after the checks shows here.
    const opened = openedPath(fd);
    if (opened !== undefined && !isInside(realRoot, opened)) return { skipped: 'outside' };
    return readOpened(fd, maxBytes);
  } catch {
    return { skipped: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}

/** The checkout at `root`: `git ls-files` when it is a work tree, else a directory walk. */
export function fsFileSource(root: string, maxBytes = MAX_FILE_BYTES): FileSource {
  const realRoot = realRootOf(root);
  const directories = new Directories(realRoot);
  return {
    list() {
      const fromGit = gitListing(realRoot);
      return fromGit ? { paths: fromGit } : walkFiles(realRoot);
    },
    read: relative => readConfined(realRoot, relative, maxBytes, directories)
  };
}
