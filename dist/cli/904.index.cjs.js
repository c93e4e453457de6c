"use strict";
exports.id = 904;
exports.ids = [904];
exports.modules = {

/***/ 6920:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ currentTime),
/* harmony export */   _: () => (/* binding */ pinnedClockOption)
/* harmony export */ });
// The clock of a run. FLY_TOKEN_GUARD_NOW pins it (reproducible demos and tests); otherwise real time.
function currentTime(env = process.env) {
    return pinnedClock(env) ?? new Date();
}
/** `{ pinnedClock }` when FLY_TOKEN_GUARD_NOW pins the clock (outputs then say "as of" it), else `{}`. */
function pinnedClockOption(env = process.env) {
    const pinned = pinnedClock(env);
    return pinned ? { pinnedClock: pinned } : {};
}
function pinnedClock(env = process.env) {
    const pinned = env.FLY_TOKEN_GUARD_NOW;
    if (!pinned)
        return undefined;
    const at = new Date(pinned);
    return Number.isNaN(at.getTime()) ? undefined : at;
}


/***/ }),

/***/ 6610:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ repoFilesOf),
/* harmony export */   g: () => (/* binding */ MAX_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var _workflow_repo_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4916);
// The one way the scan (and the check's needs inference) sees a repository: list its files, read
// one as text or learn why it was not read. No I/O here: the checkout on disk (fs-source.ts), a
// record of strings in tests, and later the GitHub API for an org audit implement it.

/** Files larger than this are skipped (and reported). */
const MAX_FILE_BYTES = 1024 * 1024;
/**
 * Texts kept for needs inference (many workflows read the same few fly.toml), by total size and by
 * entries: most lookups are of files that are not there (a fly.toml or package.json beside each
 * job), and those would otherwise pile up, a few for every workflow of the scan.
 */
const CACHE_CHARS = 4 * 1024 * 1024;
const CACHE_ENTRIES = 4096;
/** The `RepoFiles` view the workflow room reads fly.toml, actions and reusable workflows through. */
function repoFilesOf(source) {
    const cache = new Map();
    let cached = 0;
    let listed;
    return {
        // Listed once, and only when asked (package workspaces given as globs).
        list: () => (listed ??= source.list().paths),
        read(file) {
            const path = (0,_workflow_repo_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizePath */ .Fd)(file);
            if (path === null || path === '')
                return undefined;
            if (cache.has(path))
                return cache.get(path);
            const read = source.read(path);
            const text = 'text' in read ? read.text : undefined;
            const size = text?.length ?? 0;
            if (cached + size > CACHE_CHARS || cache.size >= CACHE_ENTRIES) {
                cache.clear();
                cached = 0;
            }
            // The path is usually a slice of the workflow that named it: keep a copy, not that text.
            cache.set(path.split('').join(''), text);
            cached += size;
            return text;
        }
    };
}


/***/ }),

/***/ 7549:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  H: () => (/* binding */ fsFileSource)
});

// UNUSED EXPORTS: Directories

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/engine/file-source.js
var file_source = __webpack_require__(6610);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/engine/scan-io.js
// The scan's contact with git: list a work tree's files and diff it against a base commit.

const GIT_TIMEOUT_MS = 30_000;
const GIT_MAX_BUFFER = 256 * 1024 * 1024;
/**
 * The repository's own config may name programs git runs (a directory handed to `scan`, or a
 * config an earlier step rewrote): the file-system monitor hook runs on `ls-files` and `diff`,
 * textconv and external diff drivers on `diff`, clean filters whenever a work-tree file is
 * compared. None is needed to list or diff: the monitor is switched off, drivers are refused on
 * the command line, and diffs are between commits, never against the work tree.
 */
const NO_REPOSITORY_PROGRAMS = ['-c', 'core.fsmonitor=false'];
/** What git needs from the environment; never the run's inputs, tokens or other secrets. */
const GIT_ENVIRONMENT = ['PATH', 'HOME', 'USERPROFILE', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP'];
function gitEnvironment() {
    const env = { GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
    for (const name of GIT_ENVIRONMENT) {
        const value = process.env[name];
        if (value !== undefined)
            env[name] = value;
    }
    return env;
}
function git(root, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', [...NO_REPOSITORY_PROGRAMS, ...args], {
            cwd: root,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: GIT_TIMEOUT_MS,
            maxBuffer: GIT_MAX_BUFFER,
            env: gitEnvironment()
        });
    }
    catch {
        return undefined;
    }
}
/** `git ls-files` (tracked plus untracked, not ignored); undefined outside a work tree. */
function gitListing(root) {
    const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
    if (inside?.trim() !== 'true')
        return undefined;
    const out = git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
    if (out === undefined)
        return undefined;
    const files = [...new Set(out.split('\0').filter(f => f !== ''))];
    // A directory git ignores (or one not yet added anywhere) lists nothing: walk it instead.
    return files.length > 0 ? files.sort() : undefined;
}
/**
 * `git diff --unified=0 <base> HEAD` in the root: what the checked-out commit changes; undefined
 * when git or the commit is not there.
 */
function gitDiff(root, base) {
    if (!/^[0-9a-f]{7,64}$/i.test(base))
        return undefined;
    if (git(root, ['cat-file', '-e', `${base}^{commit}`]) === undefined)
        return undefined;
    return git(root, [
        '-c',
        'core.quotepath=off',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--unified=0',
        '--relative',
        base,
        'HEAD',
        '--'
    ]);
}
/** Kept for the action's scan mode, which diffs through it. */
const fsScanIo = { diff: gitDiff };

;// CONCATENATED MODULE: ./lib/engine/fs-source.js
// The checkout on disk as a FileSource. A pull request controls every byte of it, so a read
// opens only a regular file whose real path lies inside the checkout's real path: a committed
// symlink to /proc/self/environ, /etc/passwd or a file beside the workspace, a FIFO, a device or
// a socket is never opened (or, for a FIFO, opened non-blocking and closed unread), and the
// type is checked on the opened descriptor, so a swap between check and open changes nothing.
// Each directory is looked up once: a regular file whose directories are all real (no symlink)
// is opened by its path without a realpath, and where the descriptor points (/proc/self/fd)
// confirms it is inside; without /proc every file is resolved before it is opened.




/** Above this many paths a walk stops (git lists everything it tracks). */
const WALK_LIMIT = 200_000;
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'dist', 'coverage', 'vendor', '.venv']);
/** Extensions that are never text: skipped without being opened. */
const BINARY_EXTENSIONS = /\.(png|jpe?g|gif|webp|ico|bmp|tiff?|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|class|so|dylib|dll|exe|bin|o|a|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|mkv|webm|ogg|wav|flac|sqlite3?|db|pyc|node)$/i;
/** Kernel file systems whose "files" are process state, never repository content. */
const KERNEL_ROOTS = ['/proc', '/sys', '/dev'];
/** Don't follow a final symlink; don't wait for a FIFO's writer. (0 where the OS lacks them.) */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const isInside = (root, full) => full === root || full.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep);
const isKernelPath = (full) => KERNEL_ROOTS.some(kernel => isInside(kernel, full));
function realRootOf(root) {
    const absolute = external_node_path_.resolve(root);
    try {
        return external_node_fs_.realpathSync.native(absolute);
    }
    catch {
        return absolute;
    }
}
/** Repo-relative paths of every non-directory entry, breadth-first, symlinks not followed. */
function walkFiles(root, limit = WALK_LIMIT) {
    const paths = [];
    const queue = [''];
    for (let next = 0; next < queue.length; next++) {
        const dir = queue[next] ?? '';
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(external_node_path_.join(root, dir), { withFileTypes: true });
        }
        catch {
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const relative = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    queue.push(relative);
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
function openedPath(fd) {
    try {
        return (0,external_node_fs_.readlinkSync)(`/proc/self/fd/${fd}`);
    }
    catch {
        return undefined;
    }
}
let procFd;
/** Whether `openedPath` can tell where a descriptor points (Linux); looked up once. */
function descriptorsTellPaths() {
    return (procFd ??= (0,external_node_fs_.existsSync)('/proc/self/fd'));
}
/** One buffer for every read (reads are synchronous): no allocation per file. */
let scratch = Buffer.alloc(0);
function readOpened(fd, maxBytes) {
    const stat = (0,external_node_fs_.fstatSync)(fd);
    if (!stat.isFile())
        return { skipped: 'special' };
    if (stat.size > maxBytes)
        return { skipped: 'too-large' };
    if (scratch.length < maxBytes + 1)
        scratch = Buffer.allocUnsafe(maxBytes + 1);
    // Read to EOF but never past the cap: a size of 0 proves nothing. Once the size the file
    // reported is read, it is done (as `readFileSync` does), without one more read to see EOF.
    let total = 0;
    for (;;) {
        const n = (0,external_node_fs_.readSync)(fd, scratch, total, maxBytes + 1 - total, null);
        if (n === 0)
            break;
        total += n;
        if (total > maxBytes)
            return { skipped: 'too-large' };
        if (total === stat.size)
            break;
    }
    if (scratch.subarray(0, Math.min(total, 8000)).includes(0))
        return { skipped: 'binary' };
    return { text: scratch.toString('utf8', 0, total) };
}
/** Directories remembered by `Directories`; it starts over when full. */
const MAX_DIRECTORIES = 4096;
/**
 * The directories of the checkout, each looked up once (one lstat). Needs inference asks for files
 * beside every job (fly.toml, package.json), mostly in directories that do not exist: once one is
 * known missing, nothing under it is looked up again. And a file in a real directory needs no
 * realpath: its path is its real path unless it is itself a symlink, which its lstat tells.
 */
class Directories {
    realRoot;
    #known = new Map();
    constructor(realRoot) {
        this.realRoot = realRoot;
    }
    /** The state of the directory holding `full`, a normalised absolute path inside the root. */
    holding(full) {
        return this.#state(full.slice(0, Math.max(full.lastIndexOf(external_node_path_.sep), 0)));
    }
    #state(dir) {
        if (dir.length <= this.realRoot.length)
            return 'real';
        const known = this.#known.get(dir);
        if (known !== undefined)
            return known;
        const above = this.#state(dir.slice(0, dir.lastIndexOf(external_node_path_.sep)));
        let state;
        if (above === 'missing') {
            state = 'missing';
        }
        else {
            try {
                const info = (0,external_node_fs_.lstatSync)(dir, { throwIfNoEntry: false });
                // Nothing lies under a regular file (`--config app/fly.toml` asks for `fly.toml/fly.toml`).
                state =
                    info === undefined || info.isFile()
                        ? 'missing'
                        : above === 'real' && info.isDirectory()
                            ? 'real'
                            : 'other';
            }
            catch (error) {
                state = error.code === 'ENOTDIR' ? 'missing' : 'other';
            }
        }
        if (this.#known.size >= MAX_DIRECTORIES)
            this.#known.clear();
        this.#known.set(dir, state);
        return state;
    }
}
/** Reads one repo-relative file confined to `realRoot`; see the file comment. */
function readConfined(realRoot, relative, maxBytes, directories = new Directories(realRoot)) {
    if (BINARY_EXTENSIONS.test(relative))
        return { skipped: 'binary' };
    const full = external_node_path_.resolve(realRoot, relative);
    if (!isInside(realRoot, full))
        return { skipped: 'outside' };
    const holding = directories.holding(full);
    if (holding === 'missing')
        return { skipped: 'missing' };
    const missingOrUnreadable = (error) => {
        const code = error.code;
        return { skipped: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable' };
    };
    // Needs inference asks for many files that are not there (fly.toml, package.json beside each
    // job): one lstat answers that, without resolving every component or raising an error.
    let first;
    try {
        first = (0,external_node_fs_.lstatSync)(full, { throwIfNoEntry: false });
    }
    catch (error) {
        return missingOrUnreadable(error);
    }
    if (first === undefined)
        return { skipped: 'missing' };
    let real = full;
    // A regular file in a real directory is its own real path (and where the descriptor opened
    // points is checked below); anything else is resolved first.
    const ownRealPath = holding === 'real' && first.isFile() && descriptorsTellPaths() && !isKernelPath(realRoot);
    if (!ownRealPath) {
        try {
            real = external_node_fs_.realpathSync.native(full);
        }
        catch (error) {
            return missingOrUnreadable(error);
        }
        if (!isInside(realRoot, real))
            return { skipped: 'outside' };
        if (isKernelPath(real))
            return { skipped: 'special' };
        // Devices and sockets are not even opened; the descriptor is checked again below.
        try {
            const info = real === full ? first : (0,external_node_fs_.lstatSync)(real);
            if (!info.isFile())
                return { skipped: 'special' };
        }
        catch {
            return { skipped: 'missing' };
        }
    }
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(real, OPEN_FLAGS);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { skipped: 'missing' };
        // ELOOP: the last component became a symlink after the checks; ENXIO: a socket.
        if (code === 'ELOOP')
            return { skipped: 'outside' };
        return { skipped: code === 'ENXIO' ? 'special' : 'unreadable' };
    }
    try {
        // The descriptor's own path: a directory swapped for a symlink after the checks shows here.
        const opened = openedPath(fd);
        if (opened !== undefined && !isInside(realRoot, opened))
            return { skipped: 'outside' };
        return readOpened(fd, maxBytes);
    }
    catch {
        return { skipped: 'unreadable' };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** The checkout at `root`: `git ls-files` when it is a work tree, else a directory walk. */
function fsFileSource(root, maxBytes = file_source/* MAX_FILE_BYTES */.g) {
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


/***/ }),

/***/ 4598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ sanitizeDetail),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export SECRET_FRAGMENT_LENGTH */
/* harmony import */ var _token_scrub_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8094);
// Makes text from the outside world (Fly's error bodies, network error messages) safe to show in a
// detail: the one scrub, in its strictest form for outside text, on one line of bounded length.


const DETAIL_MAX_LENGTH = 200;
/** Fragments this long or longer of a secret must never survive. */
const SECRET_FRAGMENT_LENGTH = (/* unused pure expression or super */ null && (MIN_FRAGMENT_LENGTH));
/** Raw input beyond this is never looked at: Fly's error texts are short. */
const INPUT_CAP = 4000;
/** Neighbouring cuts, told once. */
const REPEATED_CUTS = /(?:\[redacted\][\s,;:]*){2,}/g;
/**
 * Text safe to put in a detail or finding: whitespace is collapsed, the outside-text scrub cuts
 * every stretch that shares 8+ characters with one of `secrets` and everything token-looking, and
 * the result is at most `maxLength` characters.
 */
function sanitizeDetail(text, secrets = [], maxLength = DETAIL_MAX_LENGTH) {
    const clean = outsideScrub(secrets)(collapseWhitespace(String(text).slice(0, INPUT_CAP)));
    return truncate(clean.replace(REPEATED_CUTS, `${_token_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .SCRUBBED */ .lh} `).trim(), maxLength);
}
/** Control characters and runs of whitespace become one space (no newlines into logs). */
function collapseWhitespace(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\s\x00-\x1f\x7f]+/g, ' ');
}
/** Cuts `text` to `maxLength` characters, marking the cut with an ellipsis. */
function truncate(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    return `${text.slice(0, Math.max(0, maxLength - 1)).trimEnd()}\u2026`;
}
/** The last scrub built, kept: one verification sanitizes many texts with the same secrets. */
let lastScrub;
function outsideScrub(secrets) {
    const key = secrets.join('\n');
    if (lastScrub?.key !== key)
        lastScrub = { key, scrub: (0,_token_scrub_js__WEBPACK_IMPORTED_MODULE_0__/* .createScrub */ .EN)(secrets, { outside: true }) };
    return lastScrub.scrub;
}


/***/ }),

/***/ 5749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findingToJson)
/* harmony export */ });
function findingToJson(finding) {
    return {
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        file: finding.location?.file ?? null,
        line: finding.location?.line ?? null,
        column: finding.location?.column ?? null,
        fix: finding.fix ? { summary: finding.fix.summary, commands: finding.fix.commands } : null,
        ...(finding.subject ? { subject: finding.subject } : {})
    };
}


/***/ }),

/***/ 5930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ sortFindings)
/* harmony export */ });
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3042);

/** Severity (worst first), then file, line, column; findings without a location after located ones. */
function compareFindings(a, b) {
    const bySeverity = (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(b.severity) - (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(a.severity);
    if (bySeverity !== 0)
        return bySeverity;
    const la = a.location;
    const lb = b.location;
    if (la === undefined || lb === undefined) {
        return (la === undefined ? 1 : 0) - (lb === undefined ? 1 : 0);
    }
    if (la.file !== lb.file)
        return la.file < lb.file ? -1 : 1;
    return la.line - lb.line || la.column - lb.column;
}
/** A sorted copy; ties keep their input order (Array.prototype.sort is stable). */
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}


/***/ }),

/***/ 8960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ needsKnown),
/* harmony export */   BZ: () => (/* binding */ storeCommand),
/* harmony export */   Jr: () => (/* binding */ describeRecommendation),
/* harmony export */   Q6: () => (/* binding */ recommendToken),
/* harmony export */   jc: () => (/* binding */ fixFor),
/* harmony export */   ki: () => (/* binding */ buildFix),
/* harmony export */   pq: () => (/* binding */ recommendationFor),
/* harmony export */   tw: () => (/* binding */ jobEnvironment),
/* harmony export */   yT: () => (/* binding */ fixOptionsFrom)
/* harmony export */ });
/* unused harmony export suggestedExpiryHours */
/* harmony import */ var _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(148);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(677);
/* harmony import */ var _token_access_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(439);



/**
 * Lifetime suggested for new tokens: 90 days (`-x 2160h`). Fly advises the shortest expiry that
 * works and rotation on a schedule; a quarter is long enough not to be a chore and short enough
 * that a leaked copy dies on its own. Capped by `max-lifetime-days` so our own advice never trips
 * `excessive-lifetime`.
 */
const DEFAULT_EXPIRY_DAYS = 90;
const APP_PLACEHOLDER = '<APP>';
const ORG_PLACEHOLDER = '<ORG>';
const TOKEN_ID_PLACEHOLDER = '<TOKEN_ID>';
const COMMAND_PLACEHOLDER = '<COMMAND>';
const CLUSTER_PLACEHOLDER = '<CLUSTER>';
/** Token kinds `fly tokens create` can mint. */
const MINT_KINDS = [
    'deploy',
    'org',
    'readonly',
    'ssh',
    'machine-exec',
    'wireguard',
    'litefs-cloud'
];
/** Whether the job's needs are known well enough to judge the token against them. */
function needsKnown(needs) {
    return needs.source !== 'none' && needs.capabilities.length > 0;
}
/** `-x` hours: 90 days, or less when `max-lifetime-days` is lower; at least one hour. */
function suggestedExpiryHours(maxLifetimeDays) {
    const days = Math.min(DEFAULT_EXPIRY_DAYS, maxLifetimeDays ?? DEFAULT_EXPIRY_DAYS);
    return Math.max(1, Math.floor(days * 24));
}
function expiryText(hours) {
    return hours % 24 === 0 ? `${hours / 24} days` : `${hours} hours`;
}
/** A value we put on a command line, or the placeholder when it is absent or looks token-like. */
function safeOr(value, placeholder) {
    return value !== undefined && value.trim() !== '' && !(0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(value, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment)
        ? value
        : placeholder;
}
function kindFromNeeds(needs) {
    switch ((0,_token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .needBreadth */ .hg)(needs.capabilities)) {
        case _token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .Breadth */ .l8.orgWrite:
            return 'org';
        case _token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .Breadth */ .l8.appFull:
            return 'deploy';
        case _token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .Breadth */ .l8.appLimited:
            return needs.capabilities.includes('ssh') ? 'ssh' : 'machine-exec';
        case _token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .Breadth */ .l8.orgRead:
            return 'readonly';
        default:
            return null;
    }
}
function kindFromToken(inspection) {
    return MINT_KINDS.find(kind => kind === inspection.kind) ?? null;
}
/** App token kinds, with the prefix of the token name we suggest for each. */
const APP_KIND_NAME_PREFIX = {
    deploy: '',
    ssh: 'ssh-',
    'machine-exec': 'exec-'
};
/** Apps to mint app tokens for: the named ones, plus `<APP>` when some cannot be told. */
function appTargets(needs) {
    const named = needs.apps.filter(app => safeOr(app, APP_PLACEHOLDER) !== APP_PLACEHOLDER);
    const unknown = needs.unknownApps || named.length < needs.apps.length || named.length === 0;
    return unknown ? [...named, APP_PLACEHOLDER] : named;
}
/** `FLY_API_TOKEN_WEB_STAGING` for app `web-staging` when each app gets its own secret. */
function perAppSecret(base, app) {
    const suffix = app === APP_PLACEHOLDER ? APP_PLACEHOLDER : app.toUpperCase().replace(/\W/g, '_');
    return `${base}_${suffix}`;
}
/** flyctl reads `--command` as a CSV list (pflag StringSlice): quote values with , or ". */
function csvField(value) {
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function commandFlag(flag, command) {
    return command === COMMAND_PLACEHOLDER
        ? `${flag} ${COMMAND_PLACEHOLDER}`
        : `${flag} ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(csvField(command))}`;
}
/** `--command` flags for a machine-exec token: the job's commands, else the current token's. */
function execFlags(needs, inspection, notes) {
    if (needs.commands.length > 0) {
        const commands = needs.commands.map(c => safeOr(c, COMMAND_PLACEHOLDER));
        if (commands.includes(COMMAND_PLACEHOLDER)) {
            notes.push(`Replace ${COMMAND_PLACEHOLDER} with the command the job runs.`);
        }
        return [...new Set(commands)].map(c => commandFlag('--command', c));
    }
    const rules = inspection.kind === 'machine-exec' ? inspection.commands : null;
    if (rules !== null && rules.length > 0 && !(0,_token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .allowsAnyCommand */ .iK)(rules)) {
        return rules.map(rule => commandFlag(rule.exact ? '--command' : '--command-prefix', safeOr(rule.args.map(_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r).join(' '), COMMAND_PLACEHOLDER)));
    }
    notes.push('No command was seen, so this token may run any command: add `--command "..."` to restrict it.');
    return [];
}
function mintLine(kind, subject, name, hours) {
    return [
        'fly tokens create',
        kind,
        ...subject,
        `-x ${hours}h`,
        `--name ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellQuoted */ .x)(name)}`
    ].join(' ');
}
const ENVIRONMENT_PLACEHOLDER = '<ENVIRONMENT>';
function safeEnvironment(options) {
    return options.environment === undefined || options.environment === ''
        ? undefined
        : safeOr(options.environment, ENVIRONMENT_PLACEHOLDER);
}
/** A job's environment name as `--env` takes it; none when absent or computed at run time. */
function jobEnvironment(job) {
    const name = job.environment?.name ?? undefined;
    return name === undefined || name === '' || name.includes('${{') ? undefined : name;
}
/** `gh secret set NAME [--env ENV]`: gh then reads the value from a prompt or stdin. */
function storeCommand(secretName, environment) {
    const name = safeOr(secretName, 'FLY_API_TOKEN');
    const env = safeEnvironment({ secretName: name, environment });
    return `gh secret set ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(name)}${env === undefined ? '' : ` --env ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(env)}`}`;
}
/** The narrowest token(s) for the job, with the exact lines to mint and store them. */
function recommendToken(needs, inspection, options) {
    const notes = [];
    // Needs with an unseen part (`unknown-needs`) are a lower bound: no narrower kind is chosen
    // from them. The same kind is renewed, unless the token cannot even do what can be seen:
    // then the kind for that, never one that is known to fail.
    const partial = needs.source !== 'input' && (needs.opaque?.length ?? 0) > 0;
    const seenKind = needsKnown(needs) ? kindFromNeeds(needs) : null;
    const tokenKind = kindFromToken(inspection);
    const tokenFails = partial && (0,_token_access_js__WEBPACK_IMPORTED_MODULE_1__/* .missingCapabilities */ .lQ)(needs, inspection).length > 0;
    const [kind, basis] = !partial && seenKind !== null
        ? [seenKind, 'needs']
        : tokenKind !== null && !tokenFails
            ? [tokenKind, 'current-token']
            : partial && seenKind !== null
                ? [seenKind, 'seen-needs']
                : [tokenKind ?? 'deploy', tokenKind !== null ? 'current-token' : 'assumed'];
    if (basis === 'seen-needs') {
        notes.push('Part of what the job does with the token cannot be seen: this covers what can be seen, and the unseen part may need more.');
    }
    else if (basis === 'current-token') {
        notes.push(partial
            ? 'Part of what the job does with the token cannot be seen, so this renews the same kind of token.'
            : "The job's needs are not known, so this renews the same kind of token.");
    }
    else if (basis === 'assumed') {
        notes.push("The job's needs are not known; this assumes it deploys one app.");
    }
    const hours = suggestedExpiryHours(options.maxLifetimeDays);
    const secretBase = safeOr(options.secretName, 'FLY_API_TOKEN');
    const environment = safeEnvironment(options);
    const org = safeOr(options.orgSlug, ORG_PLACEHOLDER);
    const tokens = [];
    const prefix = APP_KIND_NAME_PREFIX[kind];
    if (prefix !== undefined) {
        const apps = appTargets(needs);
        const extra = kind === 'machine-exec' ? execFlags(needs, inspection, notes) : [];
        for (const app of apps) {
            const secretName = apps.length > 1 ? perAppSecret(secretBase, app) : secretBase;
            const mint = mintLine(kind, [`-a ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(app)}`], `github-actions-${prefix}${app}`, hours);
            tokens.push({
                kind,
                app,
                secretName,
                mint: [mint, ...extra].join(' '),
                store: storeCommand(secretName, environment)
            });
        }
        if (apps.includes(APP_PLACEHOLDER)) {
            notes.push(`Replace ${APP_PLACEHOLDER} with the app name: the workflow does not say which app it targets.`);
        }
        if (apps.length > 1) {
            notes.push(`Give each step the secret of its app; an org token is the alternative only if the apps must share one secret.`);
        }
    }
    else {
        let subject = [(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(org)];
        let name = `github-actions-${kind}`;
        if (kind === 'litefs-cloud') {
            const clusters = Object.keys(inspection.clusterAccess ?? {}).filter(c => c !== '');
            const cluster = safeOr(clusters[0], CLUSTER_PLACEHOLDER);
            subject = [`--org ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(org)}`, `--cluster ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(cluster)}`];
            name = `github-actions-litefs-${cluster}`;
            if (cluster === CLUSTER_PLACEHOLDER) {
                notes.push(`Replace ${CLUSTER_PLACEHOLDER} with the LiteFS Cloud cluster name.`);
            }
        }
        tokens.push({
            kind,
            app: null,
            secretName: secretBase,
            mint: mintLine(kind, subject, name, hours),
            store: storeCommand(secretBase, environment)
        });
    }
    if (tokens.some(t => t.mint.includes(ORG_PLACEHOLDER))) {
        notes.push(`Replace ${ORG_PLACEHOLDER} with the organization slug (see \`fly orgs list\`).`);
    }
    return { kind, tokens, basis, notes, expiryHours: hours };
}
/** Lines that retire the token now in use, or [] when there is nothing to revoke. */
function revokeCommands(needs, inspection, options) {
    if (inspection.kind === 'malformed')
        return [];
    // A `fly auth token` login token dies with its session; dashboard tokens are revoked there.
    if (inspection.kind === 'personal')
        return ['fly auth logout'];
    const appScoped = ['deploy', 'ssh', 'machine-exec'].includes(inspection.kind) ||
        (inspection.appIds.length > 0 && !/[wcdC]/.test(inspection.orgAccess ?? ''));
    // App tokens are listed per app: the one the online check matched, else the job's only app.
    const list = appScoped
        ? `fly tokens list -a ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(safeOr(options.currentTokenApp ?? (needs.apps.length === 1 ? needs.apps[0] : undefined), APP_PLACEHOLDER))}`
        : `fly tokens list --org ${(0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellWord */ .r)(safeOr(options.orgSlug, ORG_PLACEHOLDER))}`;
    return [list, `fly tokens revoke ${TOKEN_ID_PLACEHOLDER}`];
}
/** "an org token", "an ssh token", "a deploy token". */
function article(kind) {
    return /^(?:org|ssh)/.test(kind) ? 'an' : 'a';
}
/** "a deploy token for web", "an org token", "one deploy token per app (api, web)". */
function describeRecommendation(rec) {
    if (rec.tokens.length > 1) {
        return `one ${rec.kind} token per app (${rec.tokens.map(t => t.app ?? '').join(', ')})`;
    }
    const app = rec.tokens[0]?.app;
    return `${article(rec.kind)} ${rec.kind} token${app != null ? ` for ${app}` : ''}`;
}
function describePlan(rec, options) {
    const first = rec.tokens[0];
    const environment = safeEnvironment(options);
    const where = environment === undefined ? '' : ` of the \`${environment}\` environment`;
    const expiry = expiryText(rec.expiryHours);
    if (rec.tokens.length > 1) {
        const apps = rec.tokens.map(t => t.app ?? '').join(', ');
        const secrets = rec.tokens.map(t => t.secretName).join(', ');
        return `Mint one ${rec.kind} token per app (${apps}), each expiring in ${expiry}, and store each in its own secret${where} (${secrets})`;
    }
    const target = first?.app != null ? ` for ${first.app}` : '';
    return `Mint ${article(rec.kind)} ${rec.kind} token${target} that expires in ${expiry} and store it as the ${first?.secretName ?? 'FLY_API_TOKEN'} secret${where}`;
}
/** The whole fix: mint and store the narrowest token(s), then revoke the old one. */
function buildFix(needs, inspection, options, build = {}) {
    const rec = recommendToken(needs, inspection, options);
    const revoke = build.revokeOld === false ? [] : revokeCommands(needs, inspection, options);
    const sentences = [describePlan(rec, options)];
    if (revoke.length > 0) {
        sentences[0] +=
            inspection.kind === 'personal'
                ? ', then revoke the personal token: `fly auth logout` where it was issued ends a `fly auth token` session, a token made in the Fly.io dashboard is revoked there.'
                : ', then revoke the old token by its id from the list.';
    }
    else {
        sentences[0] += '.';
    }
    // One line per token: `gh secret set` reads the new token from the pipe, never a terminal.
    const commands = [...rec.tokens.map(t => `${t.mint} | ${t.store}`), ...revoke];
    return {
        summary: [...sentences, ...rec.notes].join(' '),
        // Defence in depth: nothing token-like may leave here, whatever the inputs held.
        commands: commands.filter(c => !(0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(c, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment))
    };
}
/** Fix options from a rule context: its options plus what the online checks learned. */
function fixOptionsFrom(context) {
    const options = {
        secretName: context.options.secretName,
        maxLifetimeDays: context.options.maxLifetimeDays
    };
    if (context.options.environment !== undefined)
        options.environment = context.options.environment;
    // Only an org the token itself names: a slug learned for another org would mislead.
    const orgIds = context.inspection.orgIds;
    const slug = context.online?.orgs.find(o => o.slug !== undefined && (orgIds.length === 0 || orgIds.includes(o.orgId)))?.slug;
    if (slug !== undefined)
        options.orgSlug = slug;
    const app = context.online?.apps.find(a => a.idMatchesToken === true)?.app;
    if (app !== undefined)
        options.currentTokenApp = app;
    return options;
}
/**
 * Whether the token is dead of age, so revoking it is pointless. Not for a personal token: its
 * user part outlives the short-lived macaroons bundled with it.
 */
function hasExpired(context) {
    const { kind, expiresAt } = context.inspection;
    return (kind !== 'personal' && expiresAt !== null && Date.parse(expiresAt) <= context.now.getTime());
}
/** The narrowest-token fix for a rule's finding; an expired token is replaced, not revoked. */
function fixFor(context, build = {}) {
    const revokeOld = build.revokeOld !== false && !hasExpired(context);
    return buildFix(context.needs, context.inspection, fixOptionsFrom(context), { revokeOld });
}
/** Whether a fix asks for a new token. */
function mintsToken(fix) {
    return fix?.commands.some(c => c.startsWith('fly tokens create ')) ?? false;
}
/**
 * The `recommendation` output: the `fly tokens create` line(s) for this job, or null when the
 * token already fits (no finding asks for a new one) or when neither the job's needs nor the
 * token's kind say what to mint.
 */
function recommendationFor(context, findings) {
    if (!findings.some(f => mintsToken(f.fix)))
        return null;
    const rec = recommendToken(context.needs, context.inspection, fixOptionsFrom(context));
    return rec.basis === 'assumed' ? null : rec.tokens.map(t => t.mint).join('\n');
}


/***/ }),

/***/ 8654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ ruleMeta),
  N: () => (/* binding */ tokenRules)
});

// EXTERNAL MODULE: ./lib/rules/fix.js
var rules_fix = __webpack_require__(8960);
// EXTERNAL MODULE: ./lib/fly/sanitize.js
var sanitize = __webpack_require__(4598);
// EXTERNAL MODULE: ./lib/token/token-shape.js
var token_shape = __webpack_require__(148);
;// CONCATENATED MODULE: ./lib/rules/online/checks.js


function labelledChecks(online) {
    return [
        ...online.apps.map(app => ({ label: `app ${app.app}`, check: app })),
        { label: 'identity (GraphQL viewer)', check: online.viewer },
        ...online.orgs.map(org => ({ label: `organization ${org.orgId}`, check: org }))
    ];
}
/** Whether Fly said no to the token itself (the same value `valid` and the summary read). */
function tokenRejected(online) {
    return online.acceptance === 'rejected';
}
/** A check's detail, scrubbed and without a trailing full stop (for joining into sentences). */
function detailOf(check, maxLength = 200) {
    const text = (0,token_shape/* redactTokenShapes */.dZ)(check.detail, token_shape/* TOKEN_SHAPE */.y0.fragment)
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/\.$/, '');
    return (0,sanitize/* truncate */.xv)(text, maxLength);
}

;// CONCATENATED MODULE: ./lib/rules/online/invalid-token.js


const invalidToken = {
    id: 'invalid-token',
    defaultSeverity: 'critical',
    title: 'Fly rejects the token',
    help: "Fly's API answered that it does not accept this token: it has been revoked, has expired, " +
        'was never issued by Fly, or was altered. Every flyctl command using it will fail. Only a ' +
        'definite answer from Fly triggers this rule; an unreachable or failing API is reported by ' +
        '`unverified` instead.',
    check(context) {
        const online = context.online;
        if (!online || !tokenRejected(online))
            return [];
        const first = labelledChecks(online).find(({ check }) => check.outcome === 'rejected');
        const said = first ? detailOf(first.check) : 'Fly rejected the token';
        const fix = (0,rules_fix/* fixFor */.jc)(context, { revokeOld: false });
        return [
            {
                rule: 'invalid-token',
                severity: 'critical',
                message: `${said}. The token is revoked, expired or not one Fly issued, so every flyctl command using it will fail.`,
                fix: {
                    summary: `Replace the secret with a new token. ${fix.summary}`,
                    commands: fix.commands
                }
            }
        ];
    }
};

// EXTERNAL MODULE: ./lib/rules/types.js
var types = __webpack_require__(3042);
// EXTERNAL MODULE: ./lib/rules/token/shared.js
var shared = __webpack_require__(7840);
;// CONCATENATED MODULE: ./lib/rules/token/app-match.js



const APP_ID = /^\d+$/;
function tokenAppIds(context) {
    const { inspection } = context;
    return inspection.kind === 'malformed' || inspection.kind === 'personal' ? [] : inspection.appIds;
}
/** `unverified` (info): the job's apps are names, the token's ids; offline they cannot be matched. */
function offlineAppMatch(context) {
    const ids = tokenAppIds(context);
    const names = context.needs.apps.filter(app => !APP_ID.test(app));
    if (context.online || ids.length === 0 || names.length === 0)
        return [];
    const scoped = ids.length === 1 ? `app id ${ids[0]}` : `app ids ${ids.join(', ')}`;
    return [
        {
            rule: 'unverified',
            severity: 'info',
            message: `Not checked that this token is for ${(0,shared/* listApps */.tS)(names)}: the token names ${scoped}, the ` +
                'job names apps by name, and offline the two cannot be matched. App match needs `online: true`.',
            fix: (0,types/* advice */.v9)('Run the check with `online: true` (the default), or give the app ids in the `apps` input to match them offline.')
        }
    ];
}
/** `wrong-target`, offline: an app id given in `apps` that the token is not scoped to. */
function offlineIdMismatch(context) {
    const ids = tokenAppIds(context);
    if (context.online || ids.length === 0)
        return [];
    const scoped = ids.length === 1 ? `app id ${ids[0]}` : `app ids ${ids.join(', ')}`;
    return context.needs.apps
        .filter(app => APP_ID.test(app) && !ids.includes(app))
        .map(app => ({
        rule: 'wrong-target',
        severity: 'high',
        message: `This token cannot be used for app id ${app}, which this job needs: the token is scoped to ${scoped}.`,
        fix: (0,rules_fix/* fixFor */.jc)(context, { revokeOld: false })
    }));
}

;// CONCATENATED MODULE: ./lib/rules/online/unverified.js



/** At most this many distinct reasons are spelled out; the rest are counted. */
const LISTED = 4;
const unverified = {
    id: 'unverified',
    defaultSeverity: 'low',
    title: 'Token could not be verified online',
    help: "An online check could not complete: Fly's API was unreachable, slow, failing (5xx after " +
        'retries), rate limiting, or answered something unreadable, or it would not say (an org slug ' +
        'a deploy token may not read). This says nothing about whether the token is valid; the offline ' +
        'findings still stand.',
    check(context) {
        const online = context.online;
        if (!online)
            return offlineAppMatch(context);
        const open = labelledChecks(online).filter(({ check }) => check.outcome === 'unverified');
        if (open.length === 0)
            return [];
        // Several checks often fail for one reason (Fly down, bad URL): say each reason once.
        const byReason = new Map();
        for (const { label, check } of open) {
            const reason = detailOf(check.reason !== undefined ? { ...check, detail: check.reason } : check, 160);
            byReason.set(reason, [...(byReason.get(reason) ?? []), label]);
        }
        const reasons = [...byReason.entries()];
        const listed = reasons
            .slice(0, LISTED)
            .map(([reason, labels]) => `${labels.join(', ')}: ${reason}`);
        const more = reasons.length > LISTED ? `; and ${reasons.length - LISTED} more` : '';
        const count = open.length === 1 ? 'one online check' : `${open.length} online checks`;
        return [
            {
                rule: 'unverified',
                severity: 'low',
                message: `Could not complete ${count} (${listed.join('; ')}${more}). This is not a verdict on the token.`,
                fix: (0,types/* advice */.v9)("Re-run when Fly's API is reachable. Behind a proxy, set HTTPS_PROXY (and NO_PROXY for hosts that bypass it); with a custom fly-api-url or fly-graphql-url, check the URL.")
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/online/wrong-target.js



const wrongTarget = {
    id: 'wrong-target',
    defaultSeverity: 'high',
    title: 'Token is for another app or organization',
    help: 'Fly accepts the token, but it cannot reach an app this job needs: Fly refuses access (403) ' +
        "or shows no such app to it (404), the app's id is not the one the token is scoped to, or the " +
        "app lives in an organization the token does not name. The job's deploy or command will fail.",
    check(context) {
        const online = context.online;
        // A rejected token fails everywhere: invalid-token says so, blaming the target would mislead.
        if (!online)
            return offlineIdMismatch(context);
        if (tokenRejected(online))
            return [];
        const tokenOrgs = context.inspection.orgIds;
        const tokenApps = context.inspection.appIds;
        const findings = [];
        for (const app of online.apps) {
            const why = mismatch(app, tokenApps, tokenOrgs);
            if (why === null)
                continue;
            findings.push({
                rule: 'wrong-target',
                severity: 'high',
                message: `This token cannot be used for app ${app.app}, which this job needs: ${why}.`,
                fix: (0,rules_fix/* fixFor */.jc)(context, { revokeOld: false })
            });
        }
        return findings;
    }
};
function mismatch(app, tokenApps, tokenOrgs) {
    if (app.outcome === 'forbidden' || app.outcome === 'not-found')
        return detailOf(app);
    if (app.outcome !== 'confirmed')
        return null;
    if (app.idMatchesToken === false) {
        const scoped = tokenApps.length === 1 ? `app id ${tokenApps[0]}` : `app ids ${tokenApps.join(', ')}`;
        return `Fly says its id is ${app.appId ?? 'unknown'}, but the token is scoped to ${scoped}`;
    }
    if (app.orgMatchesToken === false) {
        const owner = app.orgSlug ?? app.orgName ?? app.orgId ?? 'another organization';
        const orgs = tokenOrgs.length === 1
            ? `organization ${tokenOrgs[0]}`
            : `organizations ${tokenOrgs.join(', ')}`;
        return `Fly says it belongs to organization ${owner}, but the token is for ${orgs}`;
    }
    return null;
}

;// CONCATENATED MODULE: ./lib/rules/online/index.js



const onlineRules = [
    invalidToken,
    wrongTarget,
    unverified
];


// EXTERNAL MODULE: ./lib/rules/token/access.js
var access = __webpack_require__(439);
// EXTERNAL MODULE: ./lib/rules/token/needs-text.js
var needs_text = __webpack_require__(8134);
;// CONCATENATED MODULE: ./lib/rules/token/broader-than-needed.js




const broaderThanNeeded = {
    id: 'broader-than-needed',
    defaultSeverity: 'medium',
    title: 'Token broader than the job needs',
    help: 'The token can do more than this job uses: an org token where a deploy token for the app ' +
        'would do, a deploy token where a readonly token would do, a machine-exec token for any ' +
        'command where the job runs a known one. A leaked narrower token exposes less. Personal ' +
        'tokens are reported by `personal-token` instead. When part of what the job does cannot be ' +
        'seen, `unknown-needs` is reported instead: the unseen part may need more.',
    check(context) {
        const { inspection, needs } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        if (!(0,rules_fix/* needsKnown */.$b)(needs))
            return [];
        // What cannot be seen may need more than what can: `unknown-needs` says so instead.
        if ((0,needs_text/* unseenUses */.ho)(needs).length > 0)
            return [];
        const location = (0,shared/* locationFor */.D3)(needs);
        const appsPart = needs.apps.length > 0 ? ` for ${(0,shared/* listApps */.tS)(needs.apps)}` : '';
        const needText = `the job only needs ${(0,shared/* listCapabilities */.jy)(needs.capabilities)}${appsPart}`;
        const finding = (message) => [
            {
                rule: 'broader-than-needed',
                severity: 'medium',
                message,
                ...(location ? { location } : {}),
                fix: (0,rules_fix/* fixFor */.jc)(context)
            }
        ];
        if ((0,access/* tokenBreadth */.ox)(inspection) > (0,access/* needBreadth */.hg)(needs.capabilities)) {
            const rec = (0,rules_fix/* recommendToken */.Q6)(needs, inspection, (0,rules_fix/* fixOptionsFrom */.yT)(context));
            const narrower = rec.tokens.length > 1
                ? `${(0,rules_fix/* describeRecommendation */.Jr)(rec)} would do (an org token only if the apps must share one secret)`
                : `${(0,rules_fix/* describeRecommendation */.Jr)(rec)} would do`;
            return finding(`This ${(0,access/* describeToken */.dE)(inspection)} grants more than the job uses: ${needText}, so ${narrower} and a leak would expose less.`);
        }
        const rules = inspection.commands;
        const knownCommands = needs.capabilities.includes('machine-exec') && needs.commands.length > 0;
        if (rules !== null && (0,access/* allowsAnyCommand */.iK)(rules) && knownCommands) {
            return finding(`This machine-exec token may run any command, but the job runs only ${(0,shared/* listCommands */.FH)(needs.commands)}: a token restricted with \`--command\` would do.`);
        }
        return [];
    }
};

// EXTERNAL MODULE: ./lib/rules/token/time.js
var time = __webpack_require__(9572);
;// CONCATENATED MODULE: ./lib/rules/token/excessive-lifetime.js


const HOUR = 3600;
/** Lifetimes people get without asking, and where they come from (discharges add 30 s). */
const KNOWN_LIFETIMES = [
    { seconds: 175_200 * HOUR, origin: "flyctl's default expiry" },
    { seconds: 876_000 * HOUR, origin: 'as dashboard-made tokens get' },
    { seconds: 999_999 * HOUR, origin: "the `-x 999999h` of Fly's CD guide and `fly launch`" }
];
const KNOWN_SLACK_SECONDS = 120;
function origin(seconds) {
    const known = KNOWN_LIFETIMES.find(k => Math.abs(k.seconds - seconds) <= KNOWN_SLACK_SECONDS);
    return known ? ` (${known.origin})` : '';
}
const excessiveLifetime = {
    id: 'excessive-lifetime',
    defaultSeverity: 'low',
    title: 'Token lifetime too long',
    help: 'The token stays valid for longer than `max-lifetime-days` (default 365). `fly tokens create` ' +
        "defaults to 20 years and Fly's CD guide uses `-x 999999h` (114 years): a copy that leaks " +
        'keeps working for decades. Ask for the shortest expiry that works and rotate on a schedule.',
    check(context) {
        const { inspection, options } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        const limitDays = options.maxLifetimeDays;
        const lifetime = inspection.lifetimeSeconds;
        let message = null;
        if (lifetime === null) {
            // No window anywhere means no expiry at all; a missing discharge (where the window lives
            // in server tokens) means we cannot tell, which `missing-discharge` reports.
            const neverExpires = inspection.expiresAt === null &&
                inspection.macaroonCount > 0 &&
                inspection.dischargePaired !== false;
            if (neverExpires) {
                message = `The token never expires (it has no validity window), above the ${limitDays}-day limit: a leaked copy would work until it is revoked.`;
            }
        }
        else if (lifetime > limitDays * 86400) {
            const expiresAt = (0,time/* parseInstant */.nV)(inspection.expiresAt);
            const until = expiresAt
                ? `, until ${(0,time/* formatDate */.Yq)(expiresAt.toISOString()).replace(/ .*/, '')}`
                : '';
            message = `This is a ${(0,time/* lifetimeLabel */.WY)(lifetime)} token${origin(lifetime)}: valid for ${Math.floor(lifetime / 86400)} days${until}, above the ${limitDays}-day limit, so a leaked copy would keep working that long.`;
        }
        if (message === null)
            return [];
        return [{ rule: 'excessive-lifetime', severity: 'low', message, fix: (0,rules_fix/* fixFor */.jc)(context) }];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/expired.js


const expired = {
    id: 'expired',
    defaultSeverity: 'critical',
    title: 'Token expired',
    help: 'The earliest end of any validity window in the token (permission or discharge) is in the ' +
        'past: Fly rejects the token and every flyctl call with it fails. Personal tokens are left ' +
        'to `personal-token`: their user part outlives the short-lived macaroons bundled with it.',
    check(context) {
        const { inspection, now } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        const expiresAt = (0,time/* parseInstant */.nV)(inspection.expiresAt);
        if (expiresAt === null || expiresAt.getTime() > now.getTime())
            return [];
        return [
            {
                rule: 'expired',
                severity: 'critical',
                message: `The token expired on ${(0,time/* formatDate */.Yq)(expiresAt.toISOString())} (${(0,time/* formatSpan */.QA)(now.getTime() - expiresAt.getTime())} ago): Fly rejects it, so every flyctl call with it fails.`,
                // Nothing to revoke: an expired token is already dead.
                fix: (0,rules_fix/* fixFor */.jc)(context, { revokeOld: false })
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/expiring-soon.js


/** Under this much time left the finding is high: a weekend is enough to miss it. */
const URGENT_EXPIRY_DAYS = 3;
/**
 * Tokens whose whole lifetime is at most this long are short-lived by design (job-scoped tokens
 * from `mode: attenuate`, `fly tokens create -x 30m`): their expiry is the point, not a risk.
 */
const SHORT_LIVED_SECONDS = 24 * 60 * 60;
const expiringSoon = {
    id: 'expiring-soon',
    defaultSeverity: 'medium',
    title: 'Token expires soon',
    help: 'The token expires within `expiry-warning-days` (default 14): rotate it before deploys start ' +
        'failing. The finding is high when under 3 days are left. Tokens that live a day or less ' +
        '(job-scoped tokens) are short-lived on purpose and are not flagged.',
    check(context) {
        const { inspection, now, options } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        const expiresAt = (0,time/* parseInstant */.nV)(inspection.expiresAt);
        if (expiresAt === null)
            return [];
        const lifetime = inspection.lifetimeSeconds;
        if (lifetime !== null && lifetime <= SHORT_LIVED_SECONDS)
            return [];
        const left = expiresAt.getTime() - now.getTime();
        if (left <= 0 || left > options.expiryWarningDays * time/* DAY_MS */.sO)
            return [];
        const severity = left < URGENT_EXPIRY_DAYS * time/* DAY_MS */.sO ? 'high' : 'medium';
        return [
            {
                rule: 'expiring-soon',
                severity,
                message: `The token expires on ${(0,time/* formatDate */.Yq)(expiresAt.toISOString())}, in ${(0,time/* formatSpan */.QA)(left)}: flyctl calls with it fail from then on, so rotate it first.`,
                fix: (0,rules_fix/* fixFor */.jc)(context)
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/decoder-text.js

const PROBLEM_TEXT = {
    empty: 'the value is empty',
    'too-large': 'the value is too large to be a Fly.io token',
    'scheme-only': 'only a scheme, no token after it',
    'no-underscore': 'a piece has no label (Fly tokens start with fm2_ or fo1_)',
    'unknown-label': 'a piece has a label Fly does not use',
    'url-safe-base64': 'URL-safe base64, where Fly uses the standard alphabet (+ and /)',
    'unpadded-base64': 'base64 without its = padding',
    'bad-base64': 'the body is not valid base64',
    truncated: 'the token was cut off',
    'not-msgpack': 'a body is not a macaroon (not MessagePack)',
    'bad-structure': 'a macaroon does not have the structure Fly uses',
    'empty-body': 'a label with an empty body',
    'empty-piece': 'an empty piece between commas',
    'unrecognised-piece': 'a piece that is not a Fly.io token',
    'no-permission-token': 'no permission token, only discharges',
    'missing-discharge': 'a third-party caveat has no discharge',
    'rejected-by-fly': "Fly's verifier rejects a permission token",
    'unregistered-caveat': 'a caveat of a type Fly does not register',
    'analysis-limited': 'the token is too complex to analyse completely',
    'internal-error': 'the token could not be analysed'
};
const FORMATTING_TEXT = {
    'surrounding-whitespace': 'whitespace or a newline around the value',
    'scheme-missing': 'no FlyV1 scheme in front of the macaroons',
    'scheme-doubled': 'the scheme is written twice',
    'bearer-scheme': 'a Bearer scheme, where macaroons take FlyV1',
    'space-after-comma': 'a space after a comma between tokens',
    'line-break-inside': 'a line break inside the value',
    'ignored-piece': 'an extra piece Fly cannot read and drops'
};
function usable(message) {
    const text = (0,token_shape/* redactTokenShapes */.dZ)(message, token_shape/* TOKEN_SHAPE */.y0.fragment).trim().replace(/\.$/, '');
    return text === '' || text.includes('[redacted') ? null : text;
}
function problemText(problem) {
    const own = usable(problem.message);
    if (own !== null)
        return own;
    const text = PROBLEM_TEXT[problem.code] ?? `problem "${problem.code}"`;
    return problem.piece === undefined ? text : `piece ${problem.piece + 1}: ${text}`;
}
function formattingText(issue) {
    return usable(issue.message) ?? FORMATTING_TEXT[issue.code] ?? `formatting "${issue.code}"`;
}

;// CONCATENATED MODULE: ./lib/rules/token/malformed-token.js


const malformedToken = {
    id: 'malformed-token',
    defaultSeverity: 'critical',
    title: 'Token cannot be parsed',
    help: 'The value is not a usable Fly.io token: empty, cut short, a wrong alphabet (URL-safe or ' +
        'unpadded base64), an unknown label, bytes that are not a macaroon. Usually the secret was ' +
        'pasted incompletely or the wrong value was stored.',
    check(context) {
        const { inspection } = context;
        // A missing discharge has its own rule; everything else fatal makes the token unusable.
        const fatal = inspection.problems.filter(p => p.fatal && p.code !== 'missing-discharge');
        if (inspection.kind !== 'malformed' && fatal.length === 0)
            return [];
        const problems = fatal.length > 0 ? fatal : inspection.problems;
        const details = problems.map(problemText);
        const why = details.length > 0
            ? details.join('; ')
            : 'it is not a Fly.io token in any form flyctl accepts';
        const fix = (0,rules_fix/* buildFix */.ki)(context.needs, inspection, (0,rules_fix/* fixOptionsFrom */.yT)(context), { revokeOld: false });
        return [
            {
                rule: 'malformed-token',
                severity: 'critical',
                message: `The token cannot be used: ${why}.`,
                fix: {
                    summary: `Store the complete output of \`fly tokens create\` again (one line, every comma-separated part), or mint a new token. ${fix.summary}`,
                    commands: fix.commands
                }
            }
        ];
    }
};

// EXTERNAL MODULE: ./lib/rules/words.js
var words = __webpack_require__(642);
;// CONCATENATED MODULE: ./lib/rules/token/missing-capability.js




const ID = 'missing-capability';
const missingCapability = {
    id: ID,
    defaultSeverity: 'high',
    title: 'Token cannot do what the job needs',
    help: 'The job runs flyctl commands the token does not allow: a readonly token before `fly deploy`, ' +
        'a machine-exec token for `fly ssh console` (ssh needs the issueCertificate and ' +
        'addWireGuardPeer mutations), a deploy token for one app in a job that deploys two. The step ' +
        'would fail with an authorization error.',
    check(context) {
        const { inspection, needs } = context;
        if (inspection.kind === 'malformed' || !(0,rules_fix/* needsKnown */.$b)(needs))
            return [];
        const fix = (0,rules_fix/* fixFor */.jc)(context);
        const token = (0,access/* describeToken */.dE)(inspection);
        const findings = [];
        for (const { capability, reason } of (0,access/* missingCapabilities */.lQ)(needs, inspection)) {
            const evidence = (0,shared/* evidenceFor */.hF)(needs, capability);
            const from = evidence ? ` (${(0,shared/* describeEvidence */.RQ)(evidence)})` : '';
            const location = evidence?.location;
            findings.push({
                rule: ID,
                severity: 'high',
                message: `The job needs \`${capability}\`${from} but this ${token} ${reason}: that step would fail.`,
                ...(location ? { location } : {}),
                fix
            });
        }
        const granted = (0,access/* tooFewApps */.pK)(needs, inspection);
        if (granted !== null && findings.length === 0) {
            const location = (0,shared/* locationFor */.D3)(needs, access/* PER_APP_CAPABILITIES */.VP);
            findings.push({
                rule: ID,
                severity: 'high',
                message: `The job works on ${needs.apps.length} apps (${(0,shared/* listApps */.tS)(needs.apps)}) but this ${token} is confined to ${(0,words/* plural */.LS)(granted, 'app')}: the steps for the others would fail.`,
                ...(location ? { location } : {}),
                fix
            });
        }
        return findings;
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/missing-discharge.js


/** Locations of the third-party caveats in the permission tokens (e.g. https://api.fly.io/aaa/v1). */
function thirdPartyLocations(inspection) {
    const locations = new Set();
    for (const token of inspection.tokens) {
        if (token.role === 'discharge')
            continue;
        for (const caveat of token.caveats) {
            if (!/third|3p/i.test(caveat.name) && caveat.type !== '11')
                continue;
            const body = caveat.body;
            if (typeof body !== 'object' || body === null)
                continue;
            const record = body;
            const location = record['location'] ?? record['Location'];
            if (typeof location === 'string' && !(0,token_shape/* looksLikeToken */.NM)(location, token_shape/* TOKEN_SHAPE */.y0.fragment)) {
                locations.add(location);
            }
        }
    }
    return [...locations];
}
const missingDischarge = {
    id: 'missing-discharge',
    defaultSeverity: 'high',
    title: 'Third-party caveat without discharge',
    help: "The token has a third-party caveat (for tokens from `fly tokens create`: Fly's auth " +
        'service) but the discharge token that satisfies it is not there. Fly then asks for an ' +
        'interactive login, which CI cannot do. The discharge is the last comma-separated part of ' +
        'what `fly tokens create` prints; it is usually lost when copying.',
    check(context) {
        const { inspection } = context;
        if (inspection.kind === 'malformed' || inspection.kind === 'personal')
            return [];
        const missing = inspection.dischargePaired === false ||
            inspection.problems.some(p => p.code === 'missing-discharge');
        if (!missing)
            return [];
        const locations = thirdPartyLocations(inspection);
        const where = locations.length > 0 ? ` (${locations.join(', ')})` : '';
        const what = inspection.hasDischarge
            ? 'none of its discharge tokens matches it'
            : 'the discharge token that satisfies it is missing';
        return [
            {
                rule: 'missing-discharge',
                severity: 'high',
                message: `The token has a third-party caveat${where} but ${what}: Fly would demand an interactive login, so CI cannot use it. The discharge, the last comma-separated part of what \`fly tokens create\` prints, was probably lost when copying.`,
                fix: (0,rules_fix/* fixFor */.jc)(context)
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/not-yet-valid.js

/** Runner clocks drift and tokens are used seconds after minting: a minute is not a finding. */
const NOT_BEFORE_GRACE_MS = 60_000;
const notYetValid = {
    id: 'not-yet-valid',
    defaultSeverity: 'high',
    title: 'Token not valid yet',
    help: "The token's validity window starts in the future (more than a minute from now): Fly rejects " +
        "it until then. Either it was attenuated with a delayed start, or the runner's clock is far " +
        'behind.',
    check(context) {
        const { inspection, now } = context;
        if (inspection.kind === 'personal' || inspection.kind === 'malformed')
            return [];
        const notBefore = (0,time/* parseInstant */.nV)(inspection.notBefore);
        if (notBefore === null)
            return [];
        const wait = notBefore.getTime() - now.getTime();
        if (wait <= NOT_BEFORE_GRACE_MS)
            return [];
        return [
            {
                rule: 'not-yet-valid',
                severity: 'high',
                message: `The token only becomes valid on ${(0,time/* formatDate */.Yq)(notBefore.toISOString())} (in ${(0,time/* formatSpan */.QA)(wait)}): until then Fly rejects it and flyctl calls fail.`,
                fix: {
                    summary: "Check the runner's clock, or use a token whose validity starts now: tokens from `fly tokens create` start when they are minted.",
                    commands: ['date -u']
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/personal-token.js


const personalToken = {
    id: 'personal-token',
    defaultSeverity: 'high',
    title: 'Personal token used in CI',
    help: 'The token belongs to a person (an fo1_ OAuth token, a legacy personal token or the output of ' +
        '`fly auth token`): it can do everything that user can, in every organization they belong ' +
        'to. CI should hold a token scoped to what the job needs: a deploy token for one app, a ' +
        'readonly token for monitoring.',
    check(context) {
        const { inspection } = context;
        if (inspection.kind !== 'personal')
            return [];
        const what = inspection.macaroonCount > 0
            ? `a user token bundled with ${(0,words/* plural */.LS)(inspection.macaroonCount, 'org macaroon')}, as \`fly auth token\` prints it`
            : 'a personal user token (from `fly auth login`, `fly auth token` or the dashboard)';
        const rec = (0,rules_fix/* recommendToken */.Q6)(context.needs, inspection, (0,rules_fix/* fixOptionsFrom */.yT)(context));
        const instead = rec.basis === 'needs'
            ? ` ${(0,words/* capitalize */.ZH)((0,rules_fix/* describeRecommendation */.Jr)(rec))} would do for this job.`
            : '';
        return [
            {
                rule: 'personal-token',
                severity: 'high',
                message: `This is ${what}: it can do everything its user can in every organization they belong to, so a leak from CI exposes all of them.${instead}`,
                fix: (0,rules_fix/* fixFor */.jc)(context)
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/token-formatting.js


const tokenFormatting = {
    id: 'token-formatting',
    defaultSeverity: 'info',
    title: 'Token stored with sloppy formatting',
    help: 'flyctl accepts the token, but the stored value has surrounding whitespace or a newline, no ' +
        '`FlyV1 ` scheme, a doubled or `Bearer` scheme, or spaces after commas. Other tools (and ' +
        "Fly's own token library, for spaces after commas) may not be as forgiving.",
    check(context) {
        const { inspection, options } = context;
        if (inspection.kind === 'malformed' || inspection.formatting.length === 0)
            return [];
        const details = inspection.formatting.map(formattingText);
        return [
            {
                rule: 'token-formatting',
                severity: 'info',
                message: `The token works but is stored sloppily: ${details.join('; ')}.`,
                fix: {
                    summary: 'Store the token exactly as `fly tokens create` prints it: one line starting with `FlyV1 `, no spaces around commas, no trailing newline.',
                    commands: [(0,rules_fix/* storeCommand */.BZ)(options.secretName, options.environment)]
                }
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/unknown-needs.js


const unknown_needs_ID = 'unknown-needs';
const unknownNeeds = {
    id: unknown_needs_ID,
    defaultSeverity: 'low',
    title: 'What the job does with the token cannot all be seen',
    help: 'Part of what the job does with its Fly token is out of sight: a script that is not in the ' +
        'checkout, a program or container handed the token (`node deploy.js`, `docker run -e ' +
        'FLY_API_TOKEN`), an action this guard does not know, an AI agent with shell access. The ' +
        'token cannot be judged against what cannot be seen, so the check never passes silently: ' +
        'declare what the job needs with the `needs` and `apps` inputs.',
    check(context) {
        const unseen = (0,needs_text/* unseenUses */.ho)(context.needs);
        if (unseen.length === 0)
            return [];
        const needs = context.needs;
        const example = [
            `\`needs: ${needs.capabilities.length > 0 ? needs.capabilities.join(', ') : 'deploy'}\``,
            `\`apps: ${needs.apps.length > 0 ? needs.apps.join(', ') : '<APP>'}\``
        ].join(' and ');
        return [
            {
                rule: unknown_needs_ID,
                severity: 'low',
                message: `This job needs ${(0,needs_text/* seenNeeds */.pd)(needs)}; could not see: ${(0,needs_text/* listUnseen */.PT)(unseen)}. ` +
                    'The token cannot be judged against what it does there.',
                ...(unseen[0] ? { location: unseen[0].location } : {}),
                fix: (0,types/* advice */.v9)(`Declare what the job needs in the guard step (for example ${example}), ` +
                    'adding what the unseen steps do; declared needs are judged as given.')
            }
        ];
    }
};

;// CONCATENATED MODULE: ./lib/rules/token/index.js











const offlineTokenRules = [
    personalToken,
    broaderThanNeeded,
    missingCapability,
    unknownNeeds,
    expired,
    notYetValid,
    expiringSoon,
    excessiveLifetime,
    malformedToken,
    tokenFormatting,
    missingDischarge
];

;// CONCATENATED MODULE: ./lib/rules/registry.js


const tokenRules = [...offlineTokenRules, ...onlineRules];
function ruleMeta(rules) {
    return rules.map(({ id, defaultSeverity, title, help }) => ({
        id,
        defaultSeverity,
        title,
        help
    }));
}


/***/ }),

/***/ 677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ shellWord),
/* harmony export */   x: () => (/* binding */ shellQuoted)
/* harmony export */ });
// Building shell command lines for fixes: quoting (token material is kept out by token-shape.ts).
/**
 * Words that never need quoting in POSIX shells. Placeholders such as `<APP>` stay bare too, so
 * users see (and must replace) them.
 */
const WITH_PLACEHOLDERS = /^(?:[A-Za-z0-9_@%+=:,./-]|<[A-Z_]+>)+$/;
/** Quote one word for a POSIX shell; placeholders and plain words are left as they are. */
function shellWord(word) {
    if (WITH_PLACEHOLDERS.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
/** A double-quoted value as in `--name "github-actions-web"`, or single quotes when needed. */
function shellQuoted(value) {
    return /^[A-Za-z0-9_@%+=:,./<> -]+$/.test(value) ? `"${value}"` : shellWord(value);
}


/***/ }),

/***/ 439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VP: () => (/* binding */ PER_APP_CAPABILITIES),
/* harmony export */   dE: () => (/* binding */ describeToken),
/* harmony export */   hg: () => (/* binding */ needBreadth),
/* harmony export */   iK: () => (/* binding */ allowsAnyCommand),
/* harmony export */   l8: () => (/* binding */ Breadth),
/* harmony export */   lQ: () => (/* binding */ missingCapabilities),
/* harmony export */   ox: () => (/* binding */ tokenBreadth),
/* harmony export */   pK: () => (/* binding */ tooFewApps)
/* harmony export */ });
/* unused harmony exports APP_CAPABILITIES, SSH_MUTATIONS, allows, commandAllowed */
/* harmony import */ var _token_attenuate_command_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4281);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(642);


/** How far a token (or a need) reaches, narrowest first. */
const Breadth = {
    none: 0,
    /** Read the organization (readonly token). */
    orgRead: 1,
    /** One app, but only some operations: ssh, machine-exec, WireGuard peers. */
    appLimited: 2,
    /** Full control of named apps (deploy token); org-level read is part of it. */
    appFull: 3,
    /** Write at org level: every app, creating and deleting apps (org token). */
    orgWrite: 4,
    /** Every org of a person (personal token). */
    user: 5
};
const WRITE_LETTERS = /[wcdC]/;
/** Capabilities that act on one app (as opposed to the org or reading). */
const APP_CAPABILITIES = [
    'deploy',
    'secrets',
    'scale',
    'proxy',
    'ssh',
    'machine-exec'
];
/** What a token confined to some apps does to those apps only: destroying them included. */
const PER_APP_CAPABILITIES = [...APP_CAPABILITIES, 'destroy-app'];
/** Mutations flyctl's ssh token is attenuated to: what `fly ssh console` needs. */
const SSH_MUTATIONS = ['issueCertificate', 'addWireGuardPeer'];
function allows(letters, action) {
    return letters != null && [...action].every(letter => letters.includes(letter));
}
function appLetters(inspection) {
    return Object.values(inspection.appAccess);
}
function orgWide(inspection) {
    return inspection.kind === 'personal' || WRITE_LETTERS.test(inspection.orgAccess ?? '');
}
/** How far the token reaches, from its access fields (not its kind: custom tokens count too). */
function tokenBreadth(inspection) {
    if (inspection.kind === 'personal')
        return Breadth.user;
    if (inspection.kind === 'malformed')
        return Breadth.none;
    if (WRITE_LETTERS.test(inspection.orgAccess ?? ''))
        return Breadth.orgWrite;
    if (appLetters(inspection).some(l => WRITE_LETTERS.test(l)))
        return Breadth.appFull;
    const featureWrite = Object.values(inspection.featureAccess).some(l => WRITE_LETTERS.test(l));
    if (inspection.commands !== null || inspection.mutations !== null || featureWrite) {
        return Breadth.appLimited;
    }
    if (allows(inspection.orgAccess, 'r') || appLetters(inspection).some(l => l.includes('r'))) {
        return Breadth.orgRead;
    }
    return Breadth.none;
}
/** The narrowest breadth that covers every capability the job needs. */
function needBreadth(capabilities) {
    const has = (c) => capabilities.includes(c);
    if (has('org') || has('create-app') || has('destroy-app'))
        return Breadth.orgWrite;
    if (has('deploy') || has('secrets') || has('scale') || has('proxy'))
        return Breadth.appFull;
    // One token kind cannot both ssh and exec: a deploy token is the narrowest that does both.
    if (has('ssh') && has('machine-exec'))
        return Breadth.appFull;
    if (has('ssh') || has('machine-exec'))
        return Breadth.appLimited;
    if (has('read'))
        return Breadth.orgRead;
    return Breadth.none;
}
/**
 * Whether one command line is allowed by machine-exec command rules, split as flyctl splits
 * `--command`; a line flyctl would refuse to split runs nothing, so no rule allows it.
 */
function commandAllowed(command, rules) {
    const split = (0,_token_attenuate_command_line_js__WEBPACK_IMPORTED_MODULE_0__/* .splitCommandLine */ .a)(command);
    if (!split.ok)
        return false;
    const args = split.args;
    return rules.some(rule => rule.exact
        ? rule.args.length === args.length && rule.args.every((a, i) => a === args[i])
        : rule.args.every((a, i) => a === args[i]));
}
function allowsAnyCommand(rules) {
    return rules.some(rule => !rule.exact && rule.args.length === 0);
}
function quoteList(items) {
    return items.map(i => `\`${i}\``).join(', ');
}
/** Why the token cannot do `capability`, or null when it can (or we cannot tell offline). */
function missingReason(capability, inspection, needs) {
    if (orgWide(inspection))
        return null;
    const appWrite = appLetters(inspection).some(l => l.includes('w'));
    const anyRead = allows(inspection.orgAccess, 'r') || appLetters(inspection).some(l => l.includes('r'));
    switch (capability) {
        case 'read':
            return anyRead ? null : 'allows no read access at all';
        case 'deploy':
        case 'secrets':
        case 'scale':
            return appWrite ? null : 'cannot change any app (it has no write access to apps)';
        case 'proxy':
            // flyctl's ssh token keeps the addWireGuardPeer mutation so that it can reach the org's
            // WireGuard network: it can open the tunnel too.
            return appWrite ||
                allows(inspection.featureAccess['wg'], 'w') ||
                (inspection.mutations ?? []).includes('addWireGuardPeer')
                ? null
                : 'cannot open a WireGuard tunnel, which `fly proxy` needs';
        case 'ssh': {
            const mutations = inspection.mutations ?? [];
            if (appWrite || SSH_MUTATIONS.every(m => mutations.includes(m)))
                return null;
            return `lacks the ${SSH_MUTATIONS.join(' and ')} mutations that \`fly ssh console\` needs`;
        }
        case 'machine-exec': {
            if (appWrite)
                return null;
            const rules = inspection.commands;
            if (rules === null)
                return 'allows no commands on machines';
            const denied = needs.commands.filter(c => !commandAllowed(c, rules));
            if (denied.length === 0)
                return null;
            const allowed = rules.map(r => (r.exact ? r.args.join(' ') : `${r.args.join(' ')} \u2026`));
            return `does not allow ${quoteList(denied)} (it allows only ${quoteList(allowed)})`;
        }
        case 'create-app':
            return allows(inspection.orgAccess, 'c') ? null : 'cannot create apps in the organization';
        case 'destroy-app': {
            if (allows(inspection.orgAccess, 'd'))
                return null;
            if (!appLetters(inspection).some(l => l.includes('d')))
                return 'cannot delete apps in the organization';
            // A token with delete on its apps (a deploy token: `Apps{app: rwcdC}`) may destroy those
            // apps: named ones are compared by count (`tooFewApps`), not identity. An app named only
            // at run time (a review app) is not one the token could be minted for.
            const computed = needs.evidence.some(e => e.capability === 'destroy-app' && e.appUnknown);
            return computed
                ? 'can delete only the app it was minted for, not one named at run time'
                : null;
        }
        case 'org':
            // Organization-level commands (`tokens create`, `orgs invite`, add-ons) change something:
            // a token that can change nothing at all cannot run them. Whether an app-limited token's
            // caveats let one through cannot be told offline.
            if (tokenBreadth(inspection) > Breadth.orgRead)
                return null;
            return anyRead
                ? 'can only read, and organization-level commands change the organization'
                : 'has no organization-level access';
    }
}
/** Every capability the job needs that the token cannot provide, with the reason. */
function missingCapabilities(needs, inspection) {
    const missing = [];
    for (const capability of needs.capabilities) {
        const reason = missingReason(capability, inspection, needs);
        if (reason !== null)
            missing.push({ capability, reason });
    }
    return missing;
}
/**
 * When the token is confined to some apps and the job touches more apps than it names, the extra
 * ones fail. Returns how many apps the token names, or null when that is not a problem.
 */
function tooFewApps(needs, inspection) {
    if (orgWide(inspection) || inspection.appIds.length === 0)
        return null;
    const appLevel = needs.capabilities.some(c => PER_APP_CAPABILITIES.includes(c));
    return appLevel && needs.apps.length > inspection.appIds.length ? inspection.appIds.length : null;
}
/** A short phrase for what the token grants, e.g. "deploy token (full control of 1 app)". */
function describeToken(inspection) {
    const apps = inspection.appIds.length;
    const appsText = (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(apps, 'app');
    switch (inspection.kind) {
        case 'personal':
            return 'personal token (everything its user can do, in every organization)';
        case 'org':
            return 'org token (every app of its organization, including creating and deleting apps)';
        case 'deploy':
            return `deploy token (full control of ${appsText}, read on the rest of the organization)`;
        case 'readonly':
            return 'readonly token (read-only access to its organization)';
        case 'ssh':
            return `ssh token (ssh into ${appsText}, read elsewhere)`;
        case 'machine-exec':
            return `machine-exec token (runs allowed commands on the machines of ${appsText})`;
        case 'wireguard':
            return 'wireguard token (WireGuard peers and read access in its organization)';
        case 'litefs-cloud':
            return 'litefs-cloud token (one LiteFS Cloud cluster)';
        case 'custom':
            return 'custom token (an attenuated token)';
        case 'malformed':
            return 'malformed token';
    }
}


/***/ }),

/***/ 8134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ listUnseen),
/* harmony export */   TQ: () => (/* binding */ followedChains),
/* harmony export */   ho: () => (/* binding */ unseenUses),
/* harmony export */   pd: () => (/* binding */ seenNeeds)
/* harmony export */ });
/* unused harmony export chainOf */
/* harmony import */ var _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(148);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7840);


/** At most this many unseen uses are named in a message; the rest are counted. */
const LISTED = 3;
/** The unseen uses the needs carry when they were inferred (declared needs have none). */
function unseenUses(needs) {
    return needs.source === 'input' ? [] : (needs.opaque ?? []);
}
/** `deploy.yml:31` for a workflow (its name is enough), `scripts/deploy.sh:12` for other files. */
function place(location) {
    const file = location.file.startsWith('.github/workflows/')
        ? location.file.slice('.github/workflows/'.length)
        : location.file;
    return `${file}:${location.line}`;
}
/** `deploy.yml:31 \u2192 scripts/deploy.sh:12`: how the workflow reached a line of another file. */
function chainOf(item) {
    if (!item.location)
        return null;
    const hops = [...(item.via ?? []), item.location];
    if (hops.length === 1)
        return `${item.location.file}:${item.location.line}`;
    return hops.map(place).join(' \u2192 ');
}
/** "./bin/release (not in the checkout)", never a token-like text. */
function describeUnseen(use) {
    const what = (0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(use.detail, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment) ? 'a step' : use.detail;
    return use.why ? `${what} (${use.why})` : what;
}
/** "./bin/release (not in the checkout); node deploy.js (...); and 2 more". */
function listUnseen(uses) {
    const named = uses.slice(0, LISTED).map(u => {
        const at = chainOf(u);
        return `${describeUnseen(u)}${at ? ` at ${at}` : ''}`;
    });
    const more = uses.length > LISTED ? `; and ${uses.length - LISTED} more` : '';
    return `${named.join('; ')}${more}`;
}
/** "at least `deploy` on web" / "nothing that can be seen". */
function seenNeeds(needs) {
    if (needs.capabilities.length === 0)
        return 'nothing that can be seen';
    const apps = needs.apps.length > 0 ? ` on ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .listApps */ .tS)(needs.apps)}` : '';
    return `at least ${(0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .listCapabilities */ .jy)(needs.capabilities)}${apps}`;
}
/**
 * Where commands found in the repository's files came from, for a summary: "`flyctl deploy` at
 * deploy.yml:31 \u2192 scripts/deploy.sh:12", at most `max`, each once.
 */
function followedChains(needs, max = 3) {
    const out = [];
    for (const evidence of needs.evidence) {
        if (!evidence.via || evidence.via.length === 0)
            continue;
        const chain = chainOf(evidence);
        const command = (0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(evidence.command, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment)
            ? 'a command'
            : `\`${evidence.command}\``;
        const line = `${command} at ${chain ?? ''}`;
        if (chain && !out.includes(line))
            out.push(line);
        if (out.length >= max)
            break;
    }
    return out;
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ locationFor),
/* harmony export */   FH: () => (/* binding */ listCommands),
/* harmony export */   RQ: () => (/* binding */ describeEvidence),
/* harmony export */   hF: () => (/* binding */ evidenceFor),
/* harmony export */   jy: () => (/* binding */ listCapabilities),
/* harmony export */   tS: () => (/* binding */ listApps)
/* harmony export */ });
/* harmony import */ var _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(148);
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(642);


function evidenceFor(needs, capability) {
    return needs.evidence.find(e => e.capability === capability);
}
/** The first place in the workflow that needs one of `capabilities` (any, when not given). */
function locationFor(needs, capabilities = needs.capabilities) {
    return needs.evidence.find(e => capabilities.includes(e.capability) && e.location)?.location;
}
/**
 * "`flyctl deploy --remote-only` at .github/workflows/deploy.yml:14". Commands come from workflow
 * text, which may hold a literal token (`-t ...`): such a command is not quoted.
 */
function describeEvidence(evidence) {
    const command = (0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(evidence.command, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment)
        ? 'a step'
        : `\`${evidence.command.trim()}\``;
    const at = evidence.location ? ` at ${evidence.location.file}:${evidence.location.line}` : '';
    return `${command}${at}`;
}
/** "web", "api and web", "api, web and worker"; app names that look token-like are left out. */
function listApps(apps) {
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .andList */ .cM)(apps.filter(a => !(0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(a, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment)), 'an app');
}
/** "`deploy` and `secrets`" */
function listCapabilities(capabilities) {
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .andList */ .cM)(capabilities.map(c => `\`${c}\``), 'nothing');
}
/** "`bin/migrate` and `ls /data`"; commands that look token-like are left out. */
function listCommands(commands) {
    const quoted = commands
        .filter(c => !(0,_token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeToken */ .NM)(c, _token_token_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .TOKEN_SHAPE */ .y0.fragment))
        .map(c => `\`${c}\``);
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .andList */ .cM)(quoted, (0,_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(commands.length, 'command'));
}


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QA: () => (/* binding */ formatSpan),
/* harmony export */   WY: () => (/* binding */ lifetimeLabel),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   sO: () => (/* binding */ DAY_MS)
/* harmony export */ });
/* harmony import */ var _words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(642);
// Dates and durations in messages: whole units people read at a glance, always UTC.

const SECOND_MS = 1000;
const HOUR_MS = 3600 * SECOND_MS;
const DAY_MS = 24 * HOUR_MS;
/** A 365-day year: what flyctl's "20 years" (175200h) means. */
const YEAR_SECONDS = 365 * 24 * 3600;
/** Parse an ISO-8601 time from the inspection; null when absent or unreadable. */
function parseInstant(iso) {
    if (iso === null)
        return null;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date;
}
/** "2045-07-04 10:33 UTC"; years beyond 9999 keep their sign and digits ("+275760-09-13 00:00 UTC"). */
function formatDate(iso) {
    const match = /^([+-]?\d{4,6}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
    return match ? `${match[1]} ${match[2]} UTC` : iso;
}
/** A span rounded down to the largest useful unit: "12 days", "1 day", "20 hours", "5 minutes". */
function formatSpan(ms) {
    const abs = Math.abs(ms);
    if (abs >= 2 * DAY_MS)
        return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor(abs / DAY_MS), 'day');
    if (abs >= DAY_MS)
        return `1 day ${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor((abs - DAY_MS) / HOUR_MS), 'hour')}`;
    if (abs >= 2 * HOUR_MS)
        return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor(abs / HOUR_MS), 'hour');
    if (abs >= HOUR_MS)
        return `1 hour ${(0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor((abs - HOUR_MS) / 60_000), 'minute')}`;
    if (abs >= 60 * SECOND_MS)
        return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor(abs / (60 * SECOND_MS)), 'minute');
    return (0,_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(Math.floor(abs / SECOND_MS), 'second');
}
/** "20-year", "114-year" for long lifetimes (365-day years, rounded down), else "45-day", "6-hour". */
function lifetimeLabel(seconds) {
    const years = seconds / YEAR_SECONDS;
    if (years >= 2)
        return `${Math.floor(years)}-year`;
    if (seconds >= 2 * 86400)
        return `${Math.floor(seconds / 86400)}-day`;
    return `${Math.floor(seconds / 3600)}-hour`;
}


/***/ }),

/***/ 642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZH: () => (/* binding */ capitalize),
/* harmony export */   cM: () => (/* binding */ andList)
/* harmony export */ });
// How counts and lists are written in messages and summaries: one spelling for each.
/** "1 finding", "2 findings"; `many` for other plurals ("2 tokens need"). */
function plural(count, word, many = `${word}s`) {
    return `${count} ${count === 1 ? word : many}`;
}
/** "a", "a and b", "a, b and c"; `none` when there is nothing. */
function andList(items, none = '') {
    if (items.length <= 1)
        return items[0] ?? none;
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 4281:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ splitCommandLine)
/* harmony export */ });
// Splitting a command line into arguments as flyctl does for `--command` (google/shlex, POSIX
// style): whitespace separates, '\u2026' is literal, "\u2026" honours \" \\ and \$, a backslash outside
// quotes escapes the next character.
function splitCommandLine(line) {
    const args = [];
    let current = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote === "'") {
            if (ch === "'")
                quote = null;
            else
                current += ch;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = null;
            else if (ch === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1])) {
                current += line[++i];
            }
            else
                current += ch;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                args.push(current);
            current = '';
            inWord = false;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\') {
            if (i + 1 >= line.length)
                return { ok: false, message: 'ends with a lone backslash' };
            current += line[++i];
            inWord = true;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (quote !== null)
        return { ok: false, message: `has an unclosed ${quote === "'" ? 'single' : 'double'} quote` };
    if (inWord)
        args.push(current);
    if (args.length === 0)
        return { ok: false, message: 'is empty' };
    return { ok: true, args };
}


/***/ }),

/***/ 791:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ sortCapabilities),
/* harmony export */   Pr: () => (/* binding */ meaningOf),
/* harmony export */   qW: () => (/* binding */ CAPABILITY_ORDER)
/* harmony export */ });
const m = (capabilities, target, remote = null) => ({
    capabilities,
    target,
    remote
});
/** A command whose needs are known only in part (`capabilities`), for the reason given. */
const partly = (capabilities, target, why) => ({
    ...m(capabilities, target),
    unknown: why
});
const MPG_UNKNOWN = 'what a token needs for Managed Postgres clusters is not known: they are not apps, and no token kind is documented for them';
const ATTACH_UNKNOWN = 'it also registers the attachment on the Postgres app, and what that needs from a token is not known';
const TABLE = {
    deploy: m(['deploy'], 'app'),
    status: m(['read'], 'app'),
    logs: m(['read'], 'app'),
    releases: m(['read'], 'app'),
    dashboard: m(['read'], 'app'),
    open: m(['read'], 'app'),
    checks: m(['read'], 'app'),
    services: m(['read'], 'app'),
    proxy: m(['proxy'], 'app'),
    console: m(['deploy', 'ssh'], 'app', 'ssh'),
    sftp: m(['ssh'], 'app'),
    dig: m(['proxy'], 'none'),
    ping: m(['proxy'], 'none'),
    'apps create': m(['create-app', 'org'], 'create'),
    'apps destroy': m(['destroy-app', 'org'], 'args-or-app'),
    'apps list': m(['read'], 'none'),
    'apps restart': m(['deploy'], 'args-or-app'),
    'apps move': partly(['org'], 'args-or-app', 'it moves the app to another organization, and an org token is confined to one: what it needs is not known'),
    'apps open': m(['read'], 'app'),
    'apps releases': m(['read'], 'app'),
    'apps errors': m(['read'], 'app'),
    'apps show': m(['read'], 'args-or-app'),
    'apps set-platform-version': m(['deploy'], 'app'),
    'secrets set': m(['secrets'], 'app'),
    'secrets unset': m(['secrets'], 'app'),
    'secrets import': m(['secrets'], 'app'),
    'secrets deploy': m(['secrets'], 'app'),
    'secrets sync': m(['secrets'], 'app'),
    'secrets list': m(['read'], 'app'),
    'secrets keys': m(['read'], 'app'),
    'ssh console': m(['ssh'], 'app', 'ssh'),
    'ssh sftp': m(['ssh'], 'app'),
    'ssh issue': m(['ssh', 'org'], 'none'),
    'ssh log': m(['read'], 'none'),
    'machine exec': m(['machine-exec'], 'app', 'exec'),
    'machine run': m(['deploy'], 'app'),
    'machine create': m(['deploy'], 'app'),
    'machine clone': m(['deploy'], 'app'),
    'machine start': m(['deploy'], 'app'),
    'machine stop': m(['deploy'], 'app'),
    'machine restart': m(['deploy'], 'app'),
    'machine destroy': m(['deploy'], 'app'),
    'machine update': m(['deploy'], 'app'),
    'machine kill': m(['deploy'], 'app'),
    'machine cordon': m(['deploy'], 'app'),
    'machine uncordon': m(['deploy'], 'app'),
    'machine suspend': m(['deploy'], 'app'),
    'machine leases': m(['deploy'], 'app'),
    'machine place': m(['read'], 'none'),
    'machine egress-ip': m(['deploy'], 'app'),
    'machine list': m(['read'], 'app'),
    'machine status': m(['read'], 'app'),
    'machine api-proxy': m(['proxy'], 'none'),
    'scale count': m(['scale'], 'app'),
    'scale vm': m(['scale'], 'app'),
    'scale memory': m(['scale'], 'app'),
    'scale show': m(['read'], 'app'),
    scale: m(['scale'], 'app'),
    'postgres create': m(['create-app', 'org'], 'pg-create'),
    'postgres attach': partly(['secrets'], 'app', ATTACH_UNKNOWN),
    'postgres detach': partly(['secrets'], 'app', ATTACH_UNKNOWN),
    'postgres connect': m(['ssh'], 'app'),
    'postgres db': m(['ssh'], 'app'),
    'postgres users': m(['ssh'], 'app'),
    'postgres config': m(['ssh'], 'app'),
    'postgres config show': m(['ssh'], 'app'),
    'postgres config update': m(['deploy', 'ssh'], 'app'),
    'postgres failover': m(['deploy', 'ssh'], 'app'),
    'postgres import': m(['deploy', 'secrets', 'ssh'], 'app'),
    'postgres renew-certs': m(['deploy', 'secrets', 'ssh'], 'app'),
    'postgres backup': m(['deploy'], 'app'),
    'postgres backup create': m(['deploy'], 'app'),
    'postgres backup list': m(['deploy'], 'app'),
    'postgres backup config': m(['deploy'], 'app'),
    'postgres backup config show': m(['deploy'], 'app'),
    'postgres backup config update': m(['deploy'], 'app'),
    'postgres backup enable': m(['secrets', 'org'], 'app'),
    'postgres backup restore': m(['create-app', 'org'], 'create'),
    'postgres barman': m(['ssh'], 'app'),
    'postgres barman create': m(['deploy'], 'app'),
    'postgres barman check': m(['ssh'], 'app'),
    'postgres barman list-backup': m(['ssh'], 'app'),
    'postgres barman show-backup': m(['ssh'], 'app'),
    'postgres barman backup': m(['ssh'], 'app'),
    'postgres barman switch-wal': m(['ssh'], 'app'),
    'postgres barman recover': m(['ssh'], 'app'),
    'postgres restart': m(['deploy'], 'app'),
    'postgres events': m(['read'], 'app'),
    'postgres list': m(['read'], 'none'),
    'mpg create': m(['org'], 'none'),
    'mpg destroy': m(['org'], 'none'),
    'mpg attach': m(['secrets', 'org'], 'app'),
    'mpg connect': partly([], 'none', MPG_UNKNOWN),
    'mpg proxy': partly([], 'none', MPG_UNKNOWN),
    'mpg list': partly([], 'none', MPG_UNKNOWN),
    'mpg status': partly([], 'none', MPG_UNKNOWN),
    'mpg databases': partly([], 'none', MPG_UNKNOWN),
    'mpg users': partly([], 'none', MPG_UNKNOWN),
    'mpg backups': partly([], 'none', MPG_UNKNOWN),
    'volumes create': m(['deploy'], 'app'),
    'volumes destroy': m(['deploy'], 'app'),
    'volumes extend': m(['deploy'], 'app'),
    'volumes update': m(['deploy'], 'app'),
    'volumes fork': m(['deploy'], 'app'),
    'volumes list': m(['read'], 'app'),
    'volumes show': m(['read'], 'app'),
    'volumes snapshots': m(['read'], 'app'),
    'config show': m(['read'], 'app'),
    'config save': m(['read'], 'app'),
    'config env': m(['read'], 'app'),
    'config display': m(['read'], 'app'),
    'config validate': m(['read'], 'app'),
    'image show': m(['read'], 'app'),
    'image update': m(['deploy'], 'app'),
    'ips list': m(['read'], 'app'),
    'ips private': m(['read'], 'app'),
    'ips allocate': m(['deploy'], 'app'),
    'ips allocate-v4': m(['deploy'], 'app'),
    'ips allocate-v6': m(['deploy'], 'app'),
    'ips release': m(['deploy'], 'app'),
    'certs list': m(['read'], 'app'),
    'certs show': m(['read'], 'app'),
    'certs check': m(['read'], 'app'),
    'certs add': m(['deploy'], 'app'),
    'certs remove': m(['deploy'], 'app'),
    'certs setup': m(['deploy'], 'app'),
    'tokens create': m(['org'], 'none'),
    'tokens revoke': m(['org'], 'none'),
    'tokens list': m(['read'], 'none'),
    'wireguard create': m(['org'], 'none'),
    'wireguard remove': m(['org'], 'none'),
    'wireguard reset': m(['org'], 'none'),
    'wireguard token': m(['org'], 'none'),
    'wireguard websockets': m(['org'], 'none'),
    'wireguard list': m(['read'], 'none'),
    'wireguard status': m(['read'], 'none'),
    'orgs list': m(['read'], 'none'),
    'orgs show': m(['read'], 'none'),
    'orgs create': partly(['org'], 'none', 'it creates a new organization, and an org token is confined to its own: what it needs is not known'),
    'orgs delete': m(['org'], 'none'),
    'orgs invite': m(['org'], 'none'),
    redis: m(['org'], 'none'),
    tigris: m(['org'], 'none'),
    storage: m(['org'], 'none'),
    consul: m(['org'], 'none'),
    extensions: m(['org'], 'none')
};
/** Capability order, narrowest first (as in `Capability`). */
const CAPABILITY_ORDER = [
    'read',
    'deploy',
    'secrets',
    'scale',
    'ssh',
    'machine-exec',
    'proxy',
    'create-app',
    'destroy-app',
    'org'
];
function sortCapabilities(caps) {
    const set = new Set(caps);
    return CAPABILITY_ORDER.filter(c => set.has(c));
}
/**
 * Meaning of a canonical subcommand path (`['apps', 'create']`); null when the command needs no
 * capability or is unknown. `launch` depends on its flags: `--no-deploy` drops `deploy`.
 */
function meaningOf(path, flagNames = []) {
    if (path.length === 0)
        return null;
    if (path[0] === 'launch') {
        const capabilities = ['create-app', 'org'];
        if (!flagNames.includes('no-deploy') && !flagNames.includes('build-only'))
            capabilities.push('deploy');
        return m(sortCapabilities(capabilities), 'launch');
    }
    const full = TABLE[path.join(' ')];
    if (full)
        return full;
    // A group with an unknown or missing subcommand (`fly secrets`, `fly scale`): the group entry.
    return path.length === 1 ? (TABLE[path[0] ?? ''] ?? null) : null;
}


/***/ }),

/***/ 3174:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   KC: () => (/* binding */ union),
/* harmony export */   O4: () => (/* binding */ evaluateExpression),
/* harmony export */   cg: () => (/* binding */ MAX_ALTERNATIVES),
/* harmony export */   eO: () => (/* binding */ known),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   pW: () => (/* binding */ findSecretMentions),
/* harmony export */   vN: () => (/* binding */ truthy),
/* harmony export */   zV: () => (/* binding */ findExpressions)
/* harmony export */ });
/* harmony import */ var _actions_expressions__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1859);
/* harmony import */ var _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2049);
/* harmony import */ var _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2083);
/* harmony import */ var _actions_expressions_result__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
/* harmony import */ var _string_shape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8672);
// GitHub Actions `${{ }}` expressions: finding them in strings, finding `secrets.X` inside them,
// and a small evaluator that tells which values an expression can take when its inputs are known
// (matrix values, env literals, step outputs) and says "unknown" otherwise. Expressions are read
// with GitHub's own lexer and parser (@actions/expressions); its evaluator computes one value from
// known contexts, so the "which values, or unknown" reading over its syntax tree is ours.





const QUOTE = 0x27; // '
const CLOSE_BRACE = 0x7d; // }
/** Finds `${{ ... }}` spans; `}}` inside single-quoted expression strings does not close. */
function findExpressions(text) {
    const spans = [];
    let from = 0;
    for (;;) {
        const start = text.indexOf('${{', from);
        if (start < 0)
            break;
        const innerStart = start + 3;
        const close = expressionEnd(text, innerStart);
        const end = close < 0 ? text.length : close + 2;
        spans.push({
            start,
            end,
            inner: text.slice(innerStart, close < 0 ? text.length : close),
            innerStart
        });
        from = end;
    }
    return spans;
}
/** Offset of the `}}` closing an expression whose body starts at `from`, or -1. */
function expressionEnd(text, from) {
    let inString = false;
    for (let i = from; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (inString) {
            if (ch === QUOTE) {
                if (text.charCodeAt(i + 1) === QUOTE)
                    i += 1;
                else
                    inString = false;
            }
            continue;
        }
        if (ch === QUOTE)
            inString = true;
        else if (ch === CLOSE_BRACE && text.charCodeAt(i + 1) === CLOSE_BRACE)
            return i;
    }
    return -1;
}
// ---------------------------------------------------------------------------------------------
// Reading an expression body with GitHub's lexer and parser
/** The named-values a workflow expression may use; GitHub rejects any other. */
const CONTEXTS = 'github env vars secrets inputs matrix strategy steps job jobs runner needs'.split(' ');
/** The functions the runner adds to the library's own (`contains`, `format`, ...). */
const RUNNER_FUNCTIONS = [
    ...['success', 'failure', 'always', 'cancelled'].map(name => ({ name, minArgs: 0, maxArgs: 0 })),
    { name: 'hashFiles', minArgs: 1, maxArgs: 255 }
];
/** The tokens of an expression body; null when GitHub's lexer rejects it. */
function lexed(inner) {
    try {
        return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Lexer */ .JG(inner).lex().tokens;
    }
    catch {
        return null;
    }
}
/** The syntax tree of those tokens; null when they are none or GitHub's parser rejects them. */
function parsed(tokens) {
    if (!tokens)
        return null;
    try {
        return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .Parser */ .iX(tokens, CONTEXTS, RUNNER_FUNCTIONS).parse() ?? null;
    }
    catch {
        return null;
    }
}
// Needs inference evaluates the same few expressions once per step, matrix combination and
// caller, and workflows repeat theirs. A reading depends on the text alone, so readings of short
// bodies are kept in a small table that is emptied when full. Keys are copies: a body is a slice
// of its workflow's text and would keep the whole text alive.
const MAX_KEPT_READINGS = 2048;
const MAX_KEPT_EXPRESSION_CHARS = 256;
const keptReadings = new Map();
function readingOf(inner) {
    if (inner.length > MAX_KEPT_EXPRESSION_CHARS)
        return { tokens: lexed(inner) };
    let reading = keptReadings.get(inner);
    if (reading)
        return reading;
    // Tokens are slices of what is lexed: lex the copy.
    const copy = inner.split('').join('');
    reading = { tokens: lexed(copy) };
    if (keptReadings.size >= MAX_KEPT_READINGS)
        keptReadings.clear();
    keptReadings.set(copy, reading);
    return reading;
}
/** Where each token starts in `inner`: only whitespace lies between two tokens. */
function tokenOffsets(inner, tokens) {
    const offsets = [];
    let at = 0;
    for (const token of tokens) {
        at = token.lexeme === '' ? inner.length : inner.indexOf(token.lexeme, at);
        offsets.push(at);
        at += token.lexeme.length;
    }
    return offsets;
}
/** A string literal's value, read from its source (the lexer undoubles only the first `''`). */
function stringValue(token) {
    return token.lexeme.slice(1, -1).replaceAll("''", "'");
}
/**
 * `secrets.X` / `secrets['X']` mentions inside an expression body, found in its tokens (string
 * literals and `github.secrets` are not mentions); any other `secrets` (`toJSON(secrets)`,
 * `secrets[expr]`) may be any secret (name null). Text GitHub's lexer rejects mentions nothing:
 * GitHub refuses the workflow before any secret is read.
 */
function findSecretMentions(inner, offset = 0) {
    if (!/secrets/i.test(inner))
        return [];
    const reading = readingOf(inner);
    reading.mentions ??= mentionsIn(inner, reading.tokens ?? []);
    return reading.mentions.map(m => ({ ...m, start: m.start + offset, end: m.end + offset }));
}
function mentionsIn(inner, tokens) {
    const starts = tokenOffsets(inner, tokens);
    const type = (i) => tokens[i]?.type;
    const start = (i) => starts[i] ?? inner.length;
    const end = (i) => start(i) + (tokens[i]?.lexeme.length ?? 0);
    const found = [];
    tokens.forEach((token, i) => {
        if (token.type !== _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.IDENTIFIER || token.lexeme.toLowerCase() !== 'secrets')
            return;
        if (type(i - 1) === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.DOT)
            return;
        const key = tokens[i + 2];
        if (type(i + 1) === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.DOT && key?.type === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.IDENTIFIER) {
            found.push({ name: key.lexeme, start: start(i), end: end(i + 2) });
        }
        else if (type(i + 1) === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.LEFT_BRACKET) {
            const close = closingBracket(tokens, i + 1);
            const named = close === i + 3 && key?.type === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.STRING;
            found.push({
                name: named ? stringValue(key) : null,
                start: start(i),
                end: close < 0 ? inner.length : end(close)
            });
        }
        else {
            // `toJSON(secrets)`, `secrets.*`, `secrets` alone: every secret, the Fly token among them.
            found.push({ name: null, start: start(i), end: end(i) });
        }
    });
    return found;
}
/** Index of the `]` closing the `[` at `open`, or -1. */
function closingBracket(tokens, open) {
    let depth = 0;
    for (let i = open; i < tokens.length; i++) {
        const type = tokens[i]?.type;
        if (type === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.LEFT_BRACKET)
            depth++;
        else if (type === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.RIGHT_BRACKET && --depth === 0)
            return i;
    }
    return -1;
}
const UNKNOWN = Object.freeze({ values: [], unknown: true });
/** How many alternatives we track before giving up on a value ("unknown"). */
const MAX_ALTERNATIVES = 32;
function known(...values) {
    return { values: dedupe(values), unknown: false };
}
function union(...items) {
    const values = [];
    let unknown = false;
    for (const item of items) {
        values.push(...item.values);
        unknown ||= item.unknown;
    }
    return capped({ values: dedupe(values), unknown });
}
function capped(r) {
    if (r.values.length <= MAX_ALTERNATIVES)
        return r;
    return { values: r.values.slice(0, MAX_ALTERNATIVES), unknown: true };
}
/** The values without repeats, first occurrences kept (SameValueZero: `1` and `'1'` differ). */
function dedupe(values) {
    return [...new Set(values)];
}
/** A value as GitHub's expression library holds it. */
function toData(value) {
    if (value === null)
        return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Null */ .p.Uv();
    if (typeof value === 'string')
        return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.StringData */ .p.uQ(value);
    if (typeof value === 'number')
        return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.NumberData */ .p.Q9(value);
    return new _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.BooleanData */ .p.bo(value);
}
/** A library value as ours; undefined for arrays and objects, which are not followed. */
function fromData(value) {
    if (value instanceof _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.Null */ .p.Uv)
        return null;
    const scalar = value instanceof _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.StringData */ .p.uQ ||
        value instanceof _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.NumberData */ .p.Q9 ||
        value instanceof _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.BooleanData */ .p.bo;
    return scalar ? value.value : undefined;
}
/** GitHub's string conversion: null -> '', booleans and numbers printed. */
function asString(value) {
    return toData(value).coerceString();
}
/** GitHub's truthiness: false, 0, NaN, '' and null are falsy. */
function truthy(value) {
    return (0,_actions_expressions_result__WEBPACK_IMPORTED_MODULE_3__/* .truthy */ .vN)(toData(value));
}
function looseEquals(a, b) {
    return (0,_actions_expressions_result__WEBPACK_IMPORTED_MODULE_3__/* .equals */ .aI)(toData(a), toData(b));
}
const BOTH = { values: [true, false], unknown: false };
/** Every falsy value: what an unknown value is when it is known to be falsy. */
const FALSY = [false, 0, '', null, Number.NaN];
/** Evaluates an expression body (the text inside `${{ }}`). Text GitHub rejects is unknown. */
function evaluateExpression(inner, lookup) {
    const reading = readingOf(inner);
    if (reading.tree === undefined)
        reading.tree = parsed(reading.tokens);
    const tree = reading.tree;
    if (!tree)
        return UNKNOWN;
    try {
        return tree.accept(new ValuesOf(lookup));
    }
    catch {
        return UNKNOWN;
    }
}
function literalValue({ literal, token }) {
    return token.type === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.STRING ? stringValue(token) : (fromData(literal) ?? null);
}
/** `matrix.app`, `steps['meta'].outputs.tag` as a path; null when a key is computed. */
function contextPath(expr) {
    const keys = [];
    let node = ungrouped(expr);
    for (; node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .IndexAccess */ .p_; node = ungrouped(node.expr)) {
        const key = indexKey(node.index);
        if (key === null)
            return null;
        keys.push(key);
    }
    if (!(node instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .ContextAccess */ .QC))
        return null;
    keys.push(node.name.lexeme.toLowerCase());
    return keys.reverse();
}
function indexKey(index) {
    if (index instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Star */ .FE)
        return '*';
    const key = ungrouped(index);
    return key instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS ? asString(literalValue(key)) : null;
}
/** The expression inside any parentheses. */
function ungrouped(expr) {
    return expr instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Grouping */ .aU ? ungrouped(expr.group) : expr;
}
/** The values an expression can take, node by node. */
class ValuesOf {
    lookup;
    constructor(lookup) {
        this.lookup = lookup;
    }
    of = (expr) => expr.accept(this);
    visitLiteral(literal) {
        return known(literalValue(literal));
    }
    visitUnary(unary) {
        const r = this.of(unary.expr);
        if (r.unknown)
            return BOTH;
        return known(...r.values.map(v => !truthy(v)));
    }
    visitBinary(binary) {
        const left = this.of(binary.left);
        const right = this.of(binary.right);
        const op = binary.operator.type;
        if (op !== _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.EQUAL_EQUAL && op !== _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.BANG_EQUAL)
            return BOTH;
        const outcomes = equalities(left, right);
        if (outcomes === null)
            return BOTH;
        return known(...outcomes.map(equal => (op === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.EQUAL_EQUAL ? equal : !equal)));
    }
    visitLogical(logical) {
        const [first, ...rest] = logical.args;
        if (!first)
            return UNKNOWN;
        const combine = logical.operator.type === _actions_expressions_lexer__WEBPACK_IMPORTED_MODULE_2__/* .TokenType */ .ks.AND ? and : or;
        let value = this.of(first);
        for (const arg of rest)
            value = combine(value, () => this.of(arg));
        return value;
    }
    visitGrouping(grouping) {
        return this.of(grouping.group);
    }
    visitContextAccess(access) {
        return this.lookup([access.name.lexeme.toLowerCase()]);
    }
    visitIndexAccess(access) {
        const path = contextPath(access);
        return path ? this.lookup(path) : UNKNOWN;
    }
    visitFunctionCall(call) {
        return evaluateCall(call.functionName.lexeme.toLowerCase(), call.args, this.of);
    }
}
/**
 * `apply` over every combination of the values of `args` (each known). Unknown past
 * MAX_ALTERNATIVES combinations, or where `apply` throws (GitHub fails the step) or has no value.
 */
function overCombinations(args, apply) {
    let combinations = [[]];
    for (const arg of args) {
        combinations = combinations.flatMap(c => arg.values.map(v => [...c, v]));
        if (combinations.length > MAX_ALTERNATIVES)
            return UNKNOWN;
    }
    const values = [];
    try {
        for (const combination of combinations) {
            const value = apply(combination);
            if (value === undefined)
                return UNKNOWN;
            values.push(value);
        }
    }
    catch {
        return UNKNOWN;
    }
    return known(...values);
}
/** `left || right`: the first truthy value; the right is read only when the left may be falsy. */
function or(left, rightOf) {
    const truthyLeft = left.values.filter(truthy);
    const needRight = left.unknown || left.values.some(v => !truthy(v));
    const right = needRight ? rightOf() : known();
    return capped({
        values: dedupe([...truthyLeft, ...right.values]),
        unknown: left.unknown || right.unknown
    });
}
/** `left && right`: the first falsy value, else the right. */
function and(left, rightOf) {
    const falsyLeft = left.values.filter(v => !truthy(v));
    const needRight = left.unknown || left.values.some(truthy);
    const right = needRight ? rightOf() : known();
    if (left.unknown && !right.unknown && !right.values.some(truthy)) {
        // Falsy whatever the left is: the left's own falsy value, or the right's.
        return capped({ values: dedupe([...FALSY, ...right.values]), unknown: false });
    }
    return capped({
        values: dedupe([...falsyLeft, ...right.values]),
        unknown: left.unknown || right.unknown
    });
}
/**
 * Whether `left == right` can be true and can be false, given every value each side can take;
 * null when a side may be anything. An unknown side of known shapes is compared with the other
 * side's strings: `github.ref_name` (`<n>/merge`) is never `main`.
 */
function equalities(left, right) {
    if (left.unknown && right.unknown)
        return null;
    const outcomes = new Set();
    for (const a of left.values)
        for (const b of right.values)
            outcomes.add(looseEquals(a, b));
    for (const [vague, other] of [
        [left, right],
        [right, left]
    ]) {
        if (!vague.unknown)
            continue;
        const shapes = vague.shapes;
        for (const value of other.values) {
            if (!shapes || typeof value !== 'string')
                return null;
            outcomes.add(false);
            if (shapes.some(shape => (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .shapeMayEqual */ .zh)(shape, value)))
                outcomes.add(true);
        }
    }
    return [...outcomes];
}
function evaluateCall(name, args, valueOf) {
    // The parser has checked the argument counts; a missing one reads as null.
    const arg = (i) => {
        const expr = args[i];
        return expr ? valueOf(expr) : known(null);
    };
    switch (name) {
        case 'contains':
            return containsCall(args[0], arg(1), () => arg(0));
        case 'startswith':
        case 'endswith':
            return stringTest(name, arg(0), arg(1));
        case 'success':
        case 'failure':
        case 'always':
        case 'cancelled':
            return BOTH;
    }
    // `format`, `join`, `toJSON`, `fromJSON`, `case`: GitHub's own, over the values known.
    const definition = Object.hasOwn(_actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .wellKnownFunctions */ .j7, name) ? _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .wellKnownFunctions */ .j7[name] : undefined;
    const values = args.map(valueOf);
    if (!definition || values.some(v => v.unknown))
        return UNKNOWN;
    return overCombinations(values, combination => fromData(definition.call(...combination.map(toData))));
}
/** GitHub's own `contains`, `startsWith` or `endsWith` of two known values. */
function stringHolds(name, subject, part) {
    const holds = _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .wellKnownFunctions */ .j7[name]?.call(toData(subject), toData(part));
    return holds instanceof _actions_expressions__WEBPACK_IMPORTED_MODULE_0__/* .data.BooleanData */ .p.bo && holds.value;
}
function shapeAnswer(name, shape, part) {
    if (name === 'startswith')
        return (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .shapeStartsWith */ .JJ)(shape, part);
    if (name === 'endswith')
        return (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .shapeEndsWith */ .AL)(shape, part);
    return (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .shapeContains */ .DQ)(shape, part);
}
/**
 * `startsWith`, `endsWith` and `contains` on strings, case-insensitive as GitHub's: exact over
 * the values each side can take, and over the shapes of an unknown subject (`startsWith(
 * github.ref, 'refs/tags/')` is false on a pull request). BOTH when the answer is not known.
 */
function stringTest(name, subject, part) {
    if (part.unknown)
        return BOTH;
    const outcomes = new Set();
    for (const p of part.values) {
        const needle = asString(p);
        for (const v of subject.values)
            outcomes.add(stringHolds(name, v, p));
        if (!subject.unknown)
            continue;
        if (!subject.shapes)
            return BOTH;
        for (const shape of subject.shapes) {
            const answer = shapeAnswer(name, shape, needle);
            if (answer !== 'never')
                outcomes.add(true);
            if (answer !== 'always')
                outcomes.add(false);
        }
    }
    return outcomes.size === 0 ? BOTH : known(...outcomes);
}
/** `contains(fromJSON('["OWNER","MEMBER"]'), x)`: membership in a literal array. */
function literalArray(haystack) {
    const expr = haystack && ungrouped(haystack);
    if (!(expr instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .FunctionCall */ .R6) || expr.functionName.lexeme.toLowerCase() !== 'fromjson') {
        return null;
    }
    const arg = expr.args[0] && ungrouped(expr.args[0]);
    const text = arg instanceof _actions_expressions_ast__WEBPACK_IMPORTED_MODULE_1__/* .Literal */ .uS ? literalValue(arg) : null;
    if (expr.args.length !== 1 || typeof text !== 'string')
        return null;
    try {
        const parsed = JSON.parse(text);
        if (!Array.isArray(parsed))
            return null;
        const scalar = (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
        return parsed.every(scalar) ? parsed : null;
    }
    catch {
        return null;
    }
}
function containsCall(haystack, item, haystackValue) {
    const array = literalArray(haystack);
    if (array === null)
        return stringTest('contains', haystackValue(), item);
    const outcomes = new Set();
    for (const v of item.values)
        outcomes.add(array.some(e => looseEquals(e, v)));
    if (item.unknown) {
        if (!item.shapes)
            return BOTH;
        // A shape stands for endlessly many strings: some are not in the array.
        outcomes.add(false);
        const shapes = item.shapes;
        if (array.some(e => typeof e === 'string' && shapes.some(s => (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .shapeMayEqual */ .zh)(s, e)))) {
            outcomes.add(true);
        }
    }
    return known(...outcomes);
}


/***/ }),

/***/ 4885:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ recordInvocation),
/* harmony export */   z: () => (/* binding */ addEvidence)
/* harmony export */ });
/* harmony import */ var _capabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(791);
/* harmony import */ var _fly_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _needs_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2954);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4999);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3353);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9679);
// Turning one flyctl invocation into needs evidence: its capabilities, and the apps it acts on
// (flags, FLY_APP, config files in the working directory), in flyctl's own order.






const VALID_APP = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
function recordInvocation(ctx, inv, location, r, via = []) {
    // `fly deploy --help` / `-h` prints the usage and acts on nothing: no need (and no app).
    if ((0,_fly_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .hasFlag */ .Lt)(inv, 'help'))
        return;
    const accessToken = (0,_fly_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(inv, 'access-token');
    const carrier = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_2__/* .tokenCarrier */ .iD)(r.variable, accessToken ? r.word(accessToken) : null);
    const origin = { via, ...(carrier.secrets ? { secrets: carrier.secrets } : {}) };
    // `flyctl auth docker` logs docker in to registry.fly.io: later pushes deploy with this token.
    if (inv.path[0] === 'auth' && inv.path[1] === 'docker')
        ctx.job.registryLogin = origin;
    // Flags matter to `launch` alone: no list of names for every other call.
    const meaning = (0,_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .meaningOf */ .Pr)(inv.path, inv.path[0] === 'launch' ? inv.flags.map(f => f.name) : []);
    if (!meaning)
        return;
    const apps = appsFor(ctx, inv, meaning.target, r);
    for (const capability of meaning.capabilities)
        addEvidence(ctx.collector, capability, apps, inv.text, location, origin);
    if (meaning.unknown !== undefined) {
        ctx.collector.addOpaque({
            reason: 'command',
            detail: inv.text,
            why: meaning.unknown,
            location,
            ...(via.length > 0 ? { via } : {}),
            ...(carrier.secrets ? { secrets: carrier.secrets } : {})
        });
    }
    // Only fixed commands are recorded: one computed at run time (`$CMD`, `${{ inputs.cmd }}`)
    // cannot be told, and a token restricted to its text as written would refuse it.
    if (meaning.remote === 'ssh') {
        const command = (0,_fly_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(inv, 'command');
        const text = command ? (0,_shell_js__WEBPACK_IMPORTED_MODULE_5__/* .wordLiteral */ .aw)(command) : null;
        if (text !== null)
            ctx.collector.addCommand(text);
    }
    else if (meaning.remote === 'exec') {
        const words = inv.args.length >= 2 ? inv.args.slice(1) : inv.args;
        const command = (0,_fly_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(inv, 'command');
        const texts = (words.length > 0 ? words : command ? [command] : []).map(_shell_js__WEBPACK_IMPORTED_MODULE_5__/* .wordLiteral */ .aw);
        if (texts.length > 0 && texts.every(t => t !== null))
            ctx.collector.addCommand(texts.join(' '));
    }
}
function addEvidence(collector, capability, apps, command, location, origin = {}) {
    if (apps === 'none') {
        collector.add(capability, null, command, location, origin);
        return;
    }
    // All or nothing: when some values cannot be told, the ones that can (a fallback literal, a
    // branch) are not reported as apps the job needs; `unknownApps` says the truth instead.
    const names = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .stringsOf */ .iw)(apps);
    if (apps.unknown || names.length === 0 || !names.every(app => VALID_APP.test(app))) {
        collector.unknownApps = true;
        collector.add(capability, null, command, location, { ...origin, appUnknown: true });
        return;
    }
    for (const app of names)
        collector.add(capability, app, command, location, origin);
}
function appsFor(ctx, inv, target, r) {
    const nameFlag = (0,_fly_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(inv, 'name');
    switch (target) {
        case 'none':
            return 'none';
        case 'args-or-app':
            return inv.args.length > 0
                ? (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KC)(...inv.args.map(a => r.word(a)))
                : appFromContext(ctx, inv, r);
        case 'create': {
            const first = inv.args[0];
            if (first)
                return r.word(first);
            return nameFlag ? r.word(nameFlag) : _resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .UNKNOWN */ .HV;
        }
        case 'launch':
            return nameFlag ? r.word(nameFlag) : configApp(ctx, inv, r);
        case 'pg-create':
            return nameFlag ? r.word(nameFlag) : _resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .UNKNOWN */ .HV;
        case 'app':
            return appFromContext(ctx, inv, r);
    }
}
/** flyctl's order: `-a/--app`, then `FLY_APP`, then the config file's `app`. */
function appFromContext(ctx, inv, r) {
    const flag = (0,_fly_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(inv, 'app');
    if (flag)
        return r.word(flag);
    const flyApp = r.variable('FLY_APP');
    if (flyApp)
        return flyApp;
    return configApp(ctx, inv, r);
}
function configApp(ctx, inv, r) {
    const configWord = (0,_fly_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .flagValue */ .y6)(inv, 'config');
    const config = configWord ? r.word(configWord) : null;
    const configs = config ? (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .stringsOf */ .iw)(config) : [null];
    let dirs = r.cwd;
    // `fly deploy [WORKING_DIRECTORY]` changes directory before reading the config.
    const workDir = inv.path[0] === 'deploy' ? inv.args[0] : undefined;
    if (workDir) {
        const target = r.word(workDir);
        const values = [];
        let unknown = target.unknown || dirs.unknown;
        for (const d of (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .stringsOf */ .iw)(dirs)) {
            for (const t of (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .stringsOf */ .iw)(target)) {
                const joined = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .joinPath */ .uJ)(d, t);
                if (joined === null)
                    unknown = true;
                else
                    values.push(joined);
            }
        }
        dirs = { values, unknown };
    }
    // An absolute config path does not depend on the working directory.
    if (dirs.values.length === 0 && configs.every(c => c !== null && c.startsWith('/')))
        dirs = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .known */ .eO)('');
    const results = [];
    if (dirs.unknown || (config?.unknown ?? false))
        results.push(_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .UNKNOWN */ .HV);
    const hint = r.variable('FLY_APP_NAME');
    for (const dir of (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .stringsOf */ .iw)(dirs)) {
        for (const cfg of configs) {
            const found = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_3__/* .findAppConfig */ .Lc)(ctx.repo, dir, cfg);
            if (found.status === 'found')
                results.push((0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .known */ .eO)(found.app));
            else if (found.status === 'missing' && hint)
                results.push(hint);
            else
                results.push(_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .UNKNOWN */ .HV);
        }
    }
    return results.length > 0 ? (0,_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KC)(...results) : _resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .UNKNOWN */ .HV;
}


/***/ }),

/***/ 463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uw: () => (/* binding */ actionArgsInvocation),
  kz: () => (/* binding */ commandMemo),
  SD: () => (/* binding */ findFlyInvocations),
  y6: () => (/* binding */ flagValue),
  p_: () => (/* binding */ flyInvocationOf),
  dX: () => (/* binding */ flyctlWith),
  Lt: () => (/* binding */ hasFlag),
  L0: () => (/* binding */ joinContinuations),
  mv: () => (/* binding */ shellDashC),
  vr: () => (/* binding */ shellOptions),
  en: () => (/* binding */ wordText)
});

;// CONCATENATED MODULE: ./lib/workflow/flyctl-spec.js
// flyctl's command tree and flag conventions, as far as command parsing needs them: which words
// are subcommands (with their aliases) and which flags take a value.
const leaf = (...aliases) => ({ aliases });
const group = (children, ...aliases) => ({
    aliases,
    children: commands(children)
});
/** In table order: the first entry named or aliased so wins. */
function commands(table) {
    const index = new Map();
    for (const [name, entry] of Object.entries(table)) {
        const node = entry.children ? { name, children: entry.children } : { name };
        for (const word of [name, ...entry.aliases])
            if (!index.has(word))
                index.set(word, node);
    }
    return index;
}
const TREE = commands({
    apps: group({
        create: leaf(),
        destroy: leaf('delete', 'remove', 'rm'),
        list: leaf('ls'),
        restart: leaf(),
        move: leaf(),
        open: leaf(),
        releases: leaf(),
        errors: leaf(),
        show: leaf(),
        'set-platform-version': leaf()
    }, 'app'),
    machine: group({
        run: leaf(),
        exec: leaf(),
        list: leaf('ls'),
        start: leaf(),
        stop: leaf(),
        restart: leaf(),
        destroy: leaf('remove', 'rm'),
        update: leaf(),
        clone: leaf(),
        create: leaf(),
        status: leaf(),
        kill: leaf(),
        cordon: leaf(),
        uncordon: leaf(),
        suspend: leaf(),
        leases: leaf(),
        place: leaf(),
        'api-proxy': leaf(),
        'egress-ip': leaf()
    }, 'machines', 'm'),
    secrets: group({
        set: leaf(),
        unset: leaf('rm', 'remove'),
        import: leaf(),
        list: leaf('ls'),
        deploy: leaf(),
        keys: leaf(),
        sync: leaf()
    }, 'secret'),
    ssh: group({ console: leaf(), issue: leaf(), log: leaf(), sftp: leaf() }),
    postgres: group({
        connect: leaf(),
        create: leaf(),
        attach: leaf(),
        detach: leaf(),
        list: leaf('ls'),
        db: leaf(),
        users: leaf(),
        config: group({ show: leaf(), update: leaf() }),
        restart: leaf(),
        failover: leaf(),
        backup: group({
            create: leaf(),
            list: leaf(),
            enable: leaf(),
            restore: leaf(),
            config: group({ show: leaf(), update: leaf() })
        }, 'backups'),
        import: leaf(),
        barman: group({
            create: leaf(),
            check: leaf(),
            'list-backup': leaf(),
            'show-backup': leaf(),
            backup: leaf(),
            'switch-wal': leaf(),
            recover: leaf()
        }),
        events: leaf(),
        'renew-certs': leaf()
    }, 'pg'),
    mpg: group({
        list: leaf('ls'),
        create: leaf(),
        destroy: leaf(),
        status: leaf(),
        connect: leaf(),
        proxy: leaf(),
        attach: leaf(),
        databases: leaf(),
        users: leaf(),
        backups: leaf()
    }),
    volumes: group({
        create: leaf(),
        list: leaf('ls'),
        destroy: leaf('delete', 'rm'),
        extend: leaf(),
        show: leaf(),
        snapshots: leaf(),
        update: leaf(),
        fork: leaf()
    }, 'volume', 'vol'),
    config: group({ show: leaf(), save: leaf(), validate: leaf(), env: leaf(), display: leaf() }),
    image: group({ show: leaf(), update: leaf() }, 'img'),
    tokens: group({ create: leaf(), list: leaf('ls'), revoke: leaf(), debug: leaf(), attenuate: leaf() }, 'token'),
    auth: group({
        token: leaf(),
        login: leaf(),
        logout: leaf(),
        whoami: leaf(),
        docker: leaf(),
        signup: leaf()
    }),
    wireguard: group({
        create: leaf(),
        list: leaf('ls'),
        remove: leaf('rm'),
        reset: leaf(),
        status: leaf(),
        token: leaf(),
        websockets: leaf()
    }, 'wg'),
    scale: group({ count: leaf(), vm: leaf(), memory: leaf(), show: leaf() }),
    ips: group({
        list: leaf('ls'),
        'allocate-v4': leaf(),
        'allocate-v6': leaf(),
        allocate: leaf(),
        release: leaf(),
        private: leaf()
    }),
    certs: group({
        add: leaf('create'),
        list: leaf('ls'),
        show: leaf(),
        remove: leaf('delete', 'rm'),
        check: leaf(),
        setup: leaf()
    }),
    orgs: group({ list: leaf('ls'), create: leaf(), delete: leaf(), invite: leaf(), show: leaf() }, 'org'),
    deploy: leaf(),
    launch: leaf(),
    status: leaf(),
    logs: leaf(),
    proxy: leaf(),
    console: leaf(),
    dashboard: leaf('dash'),
    open: leaf(),
    releases: leaf(),
    version: leaf(),
    doctor: leaf(),
    regions: leaf(),
    platform: leaf(),
    agent: leaf(),
    checks: leaf(),
    services: leaf(),
    consul: leaf(),
    redis: leaf(),
    tigris: leaf(),
    storage: leaf(),
    extensions: leaf('ext'),
    dig: leaf(),
    ping: leaf(),
    sftp: leaf(),
    help: leaf()
});
/** Old top-level shortcuts for app commands. */
const TOP_LEVEL_SHORTCUTS = new Map([
    ['destroy', ['apps', 'destroy']],
    ['create', ['apps', 'create']],
    ['restart', ['apps', 'restart']],
    ['list', ['apps', 'list']]
]);
// ---------------------------------------------------------------------------------------------
// Flags. Flags not listed as taking a value are booleans, unless written `--flag=value`; so are
// those whose value flyctl makes optional and that are usually written bare (`--ha=false`,
// `--smoke-checks`, `--flycast`, `--build-depot`, `--recreate-builder`).
const VALUE_FLAGS = new Set([
    'app',
    'config',
    'access-token',
    'org',
    'region',
    'regions',
    'image',
    'dockerfile',
    'ignorefile',
    'build-arg',
    'build-secret',
    'build-target',
    'builder',
    'buildpacks',
    'env',
    'strategy',
    'wait-timeout',
    'lease-timeout',
    'release-command-timeout',
    'image-label',
    'vm-size',
    'vm-cpu-kind',
    'vm-cpus',
    'vm-memory',
    'vm-gpu-kind',
    'vm-gpus',
    'file-literal',
    'file-local',
    'file-secret',
    'label',
    'name',
    'network',
    'process-group',
    'process-groups',
    'primary-region',
    'command',
    'timeout',
    'user',
    'machine',
    'port',
    'bind-addr',
    'count',
    'size',
    'volume',
    'snapshot-id',
    'initial-cluster-size',
    'password',
    'fork-from',
    'memory',
    'cpus',
    'output',
    'format',
    'instance',
    'host',
    'max-per-region',
    'from',
    'schedule',
    'restart',
    'entrypoint',
    'metadata',
    'id',
    'autostop',
    'signal',
    'expiry',
    'address',
    'local-port',
    'database',
    'username',
    'cluster',
    'vm-cpukind',
    'image-ref',
    'exit-code',
    'seed',
    'depot-scope',
    'mount',
    'runtime'
]);
const SHORT_FLAGS = {
    a: 'app',
    c: 'config',
    t: 'access-token',
    o: 'org',
    r: 'region',
    i: 'image',
    e: 'env',
    y: 'yes',
    j: 'json',
    n: 'name',
    s: 'select',
    C: 'command',
    u: 'user',
    A: 'address',
    x: 'expiry',
    d: 'detach',
    q: 'quiet',
    m: 'metadata',
    p: 'port',
    v: 'volume',
    b: 'bind-addr',
    h: 'help'
};
/** Per-command short flags that differ from the common ones. */
const SHORT_OVERRIDES = {
    'postgres create': { p: 'password' },
    'postgres connect': { d: 'database', u: 'user', p: 'password' },
    logs: { n: 'no-tail', i: 'instance' },
    'ssh console': { s: 'select' },
    'machine exec': { s: 'select' },
    'volumes create': { s: 'size', n: 'count' },
    'scale count': { r: 'region' }
};

// EXTERNAL MODULE: ./lib/workflow/shell.js
var shell = __webpack_require__(9679);
;// CONCATENATED MODULE: ./lib/workflow/fly-commands.js
// Finds flyctl invocations in shell scripts and parses them: which subcommand, which flags, which
// positional arguments. Works on the statements of `shell.ts`, so continuations, quotes, `$( )`,
// `&&`/`;`/`|` and comments are already handled.


// ---------------------------------------------------------------------------------------------
// Recognising the program
const WRAPPERS_SIMPLE = new Set([
    'sudo',
    'exec',
    'command',
    'nohup',
    'time',
    'builtin',
    'stdbuf',
    'nice'
]);
const WRAPPER_VALUE_FLAGS = {
    sudo: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U']),
    timeout: new Set(['-s', '-k', '--signal', '--kill-after']),
    npx: new Set(['-p', '--package', '-c', '--call']),
    xargs: new Set(['-I', '-n', '-P', '-L', '-d', '-E', '-s', '-a']),
    nice: new Set(['-n']),
    stdbuf: new Set(['-i', '-o', '-e'])
};
/** Display text of a word: literal text, `${{ expr }}` and `$VAR` as written. */
function wordText(word) {
    let s = '';
    for (const p of word.parts) {
        switch (p.kind) {
            case 'literal':
                s += p.text;
                break;
            case 'expression':
                s += '${{' + p.inner + '}}';
                break;
            case 'variable':
                if (p.op === undefined)
                    s += `$${p.name}`;
                else if (p.op === 'length')
                    s += `\${#${p.name}}`;
                else
                    s += `\${${p.name}${p.op}${p.operand ?? ''}}`;
                break;
            case 'substitution':
                s += '$(...)';
                break;
            case 'arithmetic':
                s += '$((...))';
                break;
        }
    }
    return s;
}
function isFlyProgramName(text) {
    // Most commands are not flyctl: every name that is ends in `fly`, `flyctl` or one with `.exe`.
    if (!text.includes('fly'))
        return false;
    if (text === 'fly' || text === 'flyctl')
        return true;
    const base = (text.split('/').pop() ?? '').replace(/\.exe$/i, '');
    return base === 'fly' || base === 'flyctl';
}
/** Skips wrappers (`sudo`, `env X=y`, `npx -y`, `timeout 60`...) and checks the program word. */
function findProgram(words) {
    const assignments = [];
    let i = 0;
    const skipFlags = (wrapper) => {
        const valued = WRAPPER_VALUE_FLAGS[wrapper];
        while (i < words.length) {
            const w = (0,shell/* wordLiteral */.aw)(words[i]);
            if (w === null || !w.startsWith('-') || w === '-')
                return;
            i += 1;
            if (valued?.has(w))
                i += 1;
        }
    };
    for (let guard = 0; guard < 8 && i < words.length; guard++) {
        const word = words[i];
        const literal = (0,shell/* wordLiteral */.aw)(word);
        if (literal === null)
            break;
        if (WRAPPERS_SIMPLE.has(literal)) {
            i += 1;
            skipFlags(literal);
            continue;
        }
        if (literal === 'env') {
            i += 1;
            while (i < words.length) {
                const w = words[i];
                const text = (0,shell/* wordLiteral */.aw)(w);
                if (text !== null && text.startsWith('-')) {
                    i += 1;
                    continue;
                }
                const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(text ?? (0,shell/* literalHead */.a7)(w));
                if (!m)
                    break;
                const value = (0,shell/* wordAfter */.dy)(w, m[0].length);
                assignments.push({ name: m[1] ?? '', value, start: w.start, end: w.end });
                i += 1;
            }
            continue;
        }
        if (literal === 'timeout') {
            i += 1;
            skipFlags('timeout');
            i += 1; // the duration
            continue;
        }
        if (literal === 'npx' || literal === 'bunx' || literal === 'pnpx' || literal === 'xargs') {
            i += 1;
            skipFlags(literal === 'xargs' ? 'xargs' : 'npx');
            continue;
        }
        // `mise exec flyctl@latest -- flyctl deploy`, `mise x -- fly deploy`: the program after `--`.
        const next = words[i + 1];
        if (literal === 'mise' && next && /^(exec|x)$/.test((0,shell/* wordLiteral */.aw)(next) ?? '')) {
            const dashes = words.findIndex((w, k) => k > i + 1 && (0,shell/* wordLiteral */.aw)(w) === '--');
            if (dashes < 0)
                break;
            i = dashes + 1;
            continue;
        }
        if ((literal === 'pnpm' || literal === 'yarn' || literal === 'npm') && i + 1 < words.length) {
            const sub = (0,shell/* wordLiteral */.aw)(words[i + 1]);
            if (sub === 'dlx' || sub === 'exec' || sub === 'x') {
                i += 2;
                skipFlags('npx');
                continue;
            }
        }
        break;
    }
    const program = words[i];
    if (!program)
        return null;
    const text = wordText(program);
    if (!isFlyProgramName(text))
        return null;
    return { programIndex: i, assignments };
}
// ---------------------------------------------------------------------------------------------
// Parsing an invocation
/**
 * Parses the words after the program. `words[0]` is the first argument (`deploy`, `apps`...).
 */
function parseFlyArguments(words) {
    const path = [];
    const pathAsWritten = [];
    const args = [];
    const flags = [];
    let children = TREE;
    let pathDone = false;
    let onlyPositional = false;
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const literal = (0,shell/* wordLiteral */.aw)(word);
        const first = word.parts[0];
        const leading = first?.kind === 'literal' && !first.quoted ? first.text : '';
        if (!onlyPositional && literal === '--') {
            onlyPositional = true;
            continue;
        }
        if (!onlyPositional && leading.startsWith('-') && leading !== '-') {
            const consumed = parseFlag(word, words[i + 1], path, flags);
            i += consumed - 1;
            continue;
        }
        if (!pathDone && literal !== null) {
            const shortcut = path.length === 0 ? TOP_LEVEL_SHORTCUTS.get(literal) : undefined;
            if (shortcut) {
                path.push(...shortcut);
                pathAsWritten.push(literal);
                children = undefined;
                pathDone = true;
                continue;
            }
            const child = children?.get(literal);
            if (child) {
                path.push(child.name);
                pathAsWritten.push(literal);
                children = child.children;
                if (!children)
                    pathDone = true;
                continue;
            }
            if (path.length === 0) {
                // Unknown top-level command: keep it as the path so callers can report it.
                path.push(literal);
                pathAsWritten.push(literal);
                pathDone = true;
                continue;
            }
        }
        pathDone = true;
        args.push(word);
    }
    return { path, pathAsWritten, args, flags };
}
/** Parses one flag word (and maybe its value word); returns how many words it used. */
function parseFlag(word, next, path, flags) {
    const first = word.parts[0];
    if (first?.kind !== 'literal')
        return 1;
    const head = first.text;
    const overrides = SHORT_OVERRIDES[path.join(' ')] ?? {};
    const shortName = (letter) => overrides[letter] ?? SHORT_FLAGS[letter] ?? letter;
    const add = (name, raw, value, end = word.end) => {
        flags.push({ name, raw, value, start: word.start, end });
    };
    const valueAfter = (prefixLength) => {
        // The value is the rest of this word after `--flag=` / `-a=` / `-aVALUE`.
        const parts = [
            { ...first, text: head.slice(prefixLength), start: first.start + prefixLength },
            ...word.parts.slice(1)
        ].filter(p => p.kind !== 'literal' || p.text !== '');
        return {
            parts,
            raw: word.raw.slice(prefixLength),
            start: word.start + prefixLength,
            end: word.end
        };
    };
    if (head.startsWith('--')) {
        const eq = head.indexOf('=');
        const name = (eq < 0 ? head.slice(2) : head.slice(2, eq)).toLowerCase();
        if (eq >= 0)
            add(name, head.slice(0, eq), valueAfter(eq + 1));
        else if (word.parts.length === 1 && VALUE_FLAGS.has(name) && next) {
            add(name, head, next, next.end);
            return 2;
        }
        else
            add(name, head, null);
        return 1;
    }
    // Short flags: `-a app`, `-a=app`, `-aapp`, `-yq`.
    const name = shortName(head.charAt(1));
    const rest = head.slice(2);
    // `-a=app` (and `-y=true`): the value follows the `=`, whatever the flag.
    if (rest.startsWith('='))
        add(name, head.slice(0, 2), valueAfter(3));
    else if (!VALUE_FLAGS.has(name)) {
        add(name, head.slice(0, 2), null);
        for (const extra of rest)
            add(shortName(extra), `-${extra}`, null);
    }
    else if (rest !== '' || word.parts.length > 1)
        add(name, head.slice(0, 2), valueAfter(2));
    else if (next) {
        add(name, head, next, next.end);
        return 2;
    }
    else
        add(name, head, null);
    return 1;
}
/**
 * The flyctl invocation a simple command makes, or null. A script runs once per matrix combination
 * and caller, and the scan rules ask again: each command is read once, and the answer kept on it
 * (`COMMAND_MEMO`). Callers must not change the result.
 */
function flyInvocationOf(command, script) {
    const memo = commandMemo(command, script);
    if (memo.fly === undefined)
        memo.fly = readFlyInvocation(command, script);
    return memo.fly;
}
/** What is kept about a command read against `script` (a fresh record for another script). */
function commandMemo(command, script) {
    let memo = command[shell/* COMMAND_MEMO */.Tb];
    if (memo?.script !== script) {
        memo = { script };
        command[shell/* COMMAND_MEMO */.Tb] = memo;
    }
    return memo;
}
function readFlyInvocation(command, script) {
    const match = findProgram(command.words);
    if (!match)
        return null;
    const programWord = command.words[match.programIndex];
    const firstWord = command.words[0];
    const rest = command.words.slice(match.programIndex + 1);
    const parsed = parseFlyArguments(rest);
    const last = command.words[command.words.length - 1] ?? programWord;
    const start = firstWord.start;
    const end = last.end;
    return {
        program: command.words
            .slice(0, match.programIndex + 1)
            .map(w => w.raw)
            .join(' '),
        ...parsed,
        assignments: [...command.assignments, ...match.assignments],
        start,
        end,
        text: joinContinuations(script.slice(start, end))
    };
}
/** `a \<newline>   b` -> `a b`: the command as one line. */
function joinContinuations(text) {
    return text.replace(/[ \t]*\\\r?\n[ \t]*/g, ' ').trim();
}
/** `bash -c` inside `bash -c` is read this deep. */
const MAX_DASH_C_NESTING = 16;
/**
 * Flyctl invocations among parsed statements (inside `$( )`, `bash -c '...'` too). `commands`:
 * `allCommands(statements)`, when the caller has it already.
 */
function findFlyInvocations(statements, script, commands = (0,shell/* allCommands */.ib)(statements), regionDepth = 0) {
    const found = [];
    for (const command of commands) {
        const invocation = flyInvocationOf(command, script);
        if (invocation) {
            found.push(invocation);
            continue;
        }
        const inner = regionDepth < MAX_DASH_C_NESTING ? shellDashC(command) : null;
        if (!inner)
            continue;
        const region = (0,shell/* parseShellRegion */.K$)(script, inner.start, inner.end);
        for (const nested of findFlyInvocations(region, script, (0,shell/* allCommands */.ib)(region), regionDepth + 1))
            found.push(nested);
    }
    return found.sort((a, b) => a.start - b.start);
}
/** Shell options that take the next word as their value (`-o pipefail`, `--rcfile F`). */
const SHELL_VALUE_OPTIONS = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);
/**
 * How a shell (`bash`, `sh`...) is called, from the words after its name: whether it runs a
 * command string (`-c`, also in a cluster: `-ec`), and the index of the first operand (the command
 * string, or the script file), past option clusters and their values (`-euo pipefail`).
 */
function shellOptions(args) {
    let dashC = false;
    let i = 0;
    while (i < args.length) {
        const flag = (0,shell/* wordLiteral */.aw)(args[i]);
        if (flag === null || !/^[-+]./.test(flag))
            break;
        i += 1;
        if (flag === '--')
            break;
        if (flag.startsWith('--')) {
            if (SHELL_VALUE_OPTIONS.has(flag))
                i += 1;
            continue;
        }
        // A cluster of one-letter options: `c` makes the first operand a command string; each `o`
        // or `O` takes the next word as its value.
        const letters = flag.slice(1);
        if (flag.startsWith('-') && letters.includes('c'))
            dashC = true;
        i += [...letters].filter(l => l === 'o' || l === 'O').length;
    }
    return { dashC, operand: i };
}
/** `bash -c '...'` / `sh -ec "..."`: the region of the script string. */
function shellDashC(command) {
    const words = command.words;
    const program = words[0] ? (0,shell/* wordLiteral */.aw)(words[0]) : null;
    // Every shell named below ends in `sh`: most programs stop at the first test.
    if (program === null || !program.endsWith('sh'))
        return null;
    if (!(0,shell/* isShellName */.Uq)(program.split('/').pop() ?? ''))
        return null;
    const options = shellOptions(words.slice(1));
    const body = options.dashC ? words[options.operand + 1] : undefined;
    if (!body)
        return null;
    const quote = body.raw.charAt(0);
    if ((quote === "'" || quote === '"') && body.raw.endsWith(quote) && body.raw.length >= 2) {
        return { start: body.start + 1, end: body.end - 1 };
    }
    return { start: body.start, end: body.end };
}
/** flyctl run with `words` as its arguments, with no program word (a container, an action). */
function flyctlWith(words, start, end, text) {
    return { program: 'flyctl', ...parseFlyArguments(words), assignments: [], start, end, text };
}
/**
 * The call of `superfly/flyctl-actions`, which runs `flyctl $args`, from its `args` input; null
 * when empty. Offsets are in `text`.
 */
function actionArgsInvocation(text) {
    const words = actionArgsWords(text);
    const start = words[0]?.start ?? 0;
    const end = words[words.length - 1]?.end ?? start;
    if (words.length === 0)
        return null;
    return flyctlWith(words, start, end, `flyctl ${text.slice(start, end)}`.trim());
}
/** The first command's words, `KEY=VALUE` words included (arguments here, not assignments). */
function actionArgsWords(text) {
    for (const s of (0,shell/* parseShell */.aV)(text)) {
        if (s.kind !== 'command')
            continue;
        const assignmentWords = s.assignments.map(a => ({
            parts: [
                {
                    kind: 'literal',
                    text: `${a.name}=`,
                    quoted: false,
                    start: a.start,
                    end: a.start + a.name.length + 1
                },
                ...(a.value?.parts ?? [])
            ],
            raw: text.slice(a.start, a.end),
            start: a.start,
            end: a.end
        }));
        return [...assignmentWords, ...s.words];
    }
    return [];
}
/** First value of a flag (by canonical name), as a word. */
function flagValue(invocation, name) {
    for (const f of invocation.flags)
        if (f.name === name && f.value)
            return f.value;
    return null;
}
function hasFlag(invocation, name) {
    return invocation.flags.some(f => f.name === name);
}


/***/ }),

/***/ 4541:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_LINE_CHARS: () => (/* reexport */ parse_workflow/* MAX_LINE_CHARS */.yL),
  MAX_SECRET_REFERENCES: () => (/* reexport */ parse_workflow/* MAX_SECRET_REFERENCES */.Rg),
  MAX_WORKFLOW_BYTES: () => (/* reexport */ parse_workflow/* MAX_WORKFLOW_BYTES */.lp),
  NeedsInputError: () => (/* reexport */ inputs/* NeedsInputError */.ae),
  callerSecretNames: () => (/* reexport */ callerSecretNames),
  findCalledJobs: () => (/* reexport */ findCalledJobs),
  findFlyInvocations: () => (/* reexport */ fly_commands/* findFlyInvocations */.SD),
  forgetScriptParses: () => (/* reexport */ script_parse/* forgetScriptParses */.ZD),
  inferCalledJobNeeds: () => (/* reexport */ inferCalledJobNeeds),
  inferJobNeeds: () => (/* reexport */ inferJobNeeds),
  inferWorkflowNeeds: () => (/* reexport */ inferWorkflowNeeds),
  locateFlyCommands: () => (/* reexport */ locateFlyCommands),
  locateInValue: () => (/* reexport */ parse_workflow/* locateInValue */.nV),
  normalizePath: () => (/* reexport */ repo_files/* normalizePath */.Fd),
  parseActionFile: () => (/* reexport */ parse_workflow/* parseActionFile */.Eh),
  parseWorkflowFile: () => (/* reexport */ parse_workflow/* parseWorkflowFile */.dx),
  parsedScript: () => (/* reexport */ script_parse/* parsedScript */.NN),
  repoFilesFromRecord: () => (/* reexport */ repo_files/* repoFilesFromRecord */.j1),
  stepDialect: () => (/* reexport */ step_script/* stepDialect */.H2),
  stepScript: () => (/* reexport */ step_script/* stepScript */.MR),
  stepShell: () => (/* reexport */ step_script/* stepShell */.R9),
  unreadableReason: () => (/* reexport */ parse_workflow/* unreadableReason */.Qk),
  wordText: () => (/* reexport */ fly_commands/* wordText */.en),
  workflowNeedsOnDemand: () => (/* reexport */ workflowNeedsOnDemand)
});

// EXTERNAL MODULE: ./lib/workflow/parse-workflow.js + 2 modules
var parse_workflow = __webpack_require__(6292);
// EXTERNAL MODULE: ./lib/workflow/fly-commands.js + 1 modules
var fly_commands = __webpack_require__(463);
// EXTERNAL MODULE: ./lib/workflow/step-script.js
var step_script = __webpack_require__(3875);
;// CONCATENATED MODULE: ./lib/workflow/workflow-commands.js
// Every flyctl command a workflow runs, with its job, step and file position, as written (no
// value resolution), each script read in its dialect. For the scanner: `fly auth token`,
// `-t ${{ secrets.X }}`, and so on.



/**
 * Every flyctl command of the workflow, in job and step order; with `keep`, only those it keeps
 * (located only then: a position costs a source-map lookup).
 */
function locateFlyCommands(workflow, keep = () => true) {
    const found = [];
    for (const job of workflow.jobs) {
        for (const step of job.steps) {
            if (step.run) {
                const run = step.run;
                // Each step in its dialect: a PowerShell step is not read as bash.
                const script = (0,step_script/* stepScript */.MR)(step, [job.defaults, workflow.defaults], job.runsOn);
                if (!script)
                    continue;
                const { statements, text, commands } = script;
                for (const invocation of (0,fly_commands/* findFlyInvocations */.SD)(statements, text, commands)) {
                    if (!keep(invocation))
                        continue;
                    found.push({
                        jobId: job.id,
                        stepIndex: step.index,
                        source: 'run',
                        invocation,
                        location: (0,parse_workflow/* locateInValue */.nV)(workflow.path, run.map, invocation.start, invocation.end)
                    });
                }
                continue;
            }
            const uses = step.uses;
            // (An owner other than `superfly` rules the name out before it is spelled.)
            const isFlyctlAction = uses?.kind === 'action' &&
                uses.owner?.toLowerCase() === 'superfly' &&
                `${uses.owner}/${uses.repo}`.toLowerCase() === 'superfly/flyctl-actions' &&
                (uses.path ?? '') === '';
            if (!isFlyctlAction)
                continue;
            const args = step.with.find(kv => kv.key === 'args');
            if (!args?.isScalar || args.value === null)
                continue;
            const invocation = (0,fly_commands/* actionArgsInvocation */.uw)(args.value);
            if (!invocation || !keep(invocation))
                continue;
            found.push({
                jobId: job.id,
                stepIndex: step.index,
                source: 'action',
                invocation,
                location: (0,parse_workflow/* locateInValue */.nV)(workflow.path, args.valueMap, invocation.start, invocation.end)
            });
        }
    }
    return found;
}

// EXTERNAL MODULE: ./lib/workflow/known-actions.js
var known_actions = __webpack_require__(2528);
// EXTERNAL MODULE: ./lib/workflow/needs-context.js
var needs_context = __webpack_require__(2954);
// EXTERNAL MODULE: ./lib/workflow/repo-files.js
var repo_files = __webpack_require__(4999);
// EXTERNAL MODULE: ./lib/workflow/resolve.js
var resolve = __webpack_require__(3353);
// EXTERNAL MODULE: ./lib/workflow/run-condition.js
var run_condition = __webpack_require__(7568);
// EXTERNAL MODULE: ./lib/workflow/script-run.js + 1 modules
var script_run = __webpack_require__(4967);
;// CONCATENATED MODULE: ./lib/workflow/needs.js







/** GitHub allows four levels of reusable workflows; composite actions are bounded the same way. */
const MAX_CALL_DEPTH = 4;
/** Whether `combo` gives the same answer as `run.combo` to every matrix path the run read. */
function answersAlike(run, combo) {
    for (const path of run.matrixReads.values()) {
        if (!sameResolved((0,resolve/* matrixLookup */.iT)(run.combo, path), (0,resolve/* matrixLookup */.iT)(combo, path)))
            return false;
    }
    return true;
}
function sameResolved(a, b) {
    return (a.unknown === b.unknown &&
        a.values.length === b.values.length &&
        a.values.every((v, i) => Object.is(v, b.values[i])));
}
/** `matrix.*` in one combination, noted so later combinations can tell whether they differ. */
function readMatrix(combo, reads, path) {
    if (reads) {
        const key = JSON.stringify(path);
        if (!reads.has(key))
            reads.set(key, path);
    }
    return (0,resolve/* matrixLookup */.iT)(combo, path);
}
function inferJobNeeds(workflow, jobId, repo, files = (0,needs_context/* newFileCache */.TU)()) {
    const job = workflow.jobs.find(j => j.id === jobId);
    return job ? jobNeeds(workflow, job, repo, files) : new needs_context/* Collector */.gR().toNeeds();
}
function jobNeeds(workflow, job, repo, files) {
    const collector = new needs_context/* Collector */.gR();
    try {
        const call = { inputs: null, depth: 0, stack: [workflow.path] };
        analyzeJob(workflow, job, repo, call, collector, files);
    }
    catch {
        // Inference is best effort: keep what was found, and say the picture may be incomplete.
        collector.unknownApps = true;
    }
    return collector.toNeeds();
}
/**
 * Needs of a job of a called workflow as its caller runs it: the caller's inputs and secrets,
 * only that job (see `findCalledJobs`).
 */
function inferCalledJobNeeds(workflow, called, repo) {
    const [outer, ...inner] = called.callers;
    if (!outer)
        return new needs_context/* Collector */.gR().toNeeds();
    const collector = new needs_context/* Collector */.gR();
    try {
        const call = {
            inputs: null,
            depth: 0,
            stack: [workflow.path],
            only: [...inner.map(j => j.id), called.job.id]
        };
        analyzeJob(workflow, outer, repo, call, collector, (0,needs_context/* newFileCache */.TU)());
    }
    catch {
        collector.unknownApps = true;
    }
    return collector.toNeeds();
}
/**
 * Needs of a workflow's jobs, each inferred when first asked for: the scan asks only for the jobs
 * that hold a Fly secret. The jobs share one file cache and one work budget, as in
 * `inferWorkflowNeeds`.
 */
function workflowNeedsOnDemand(workflow, repo) {
    const inferred = new Map();
    let jobs;
    // The jobs of a workflow read the same scripts: one cache (each job gets a fresh budget).
    let files;
    return {
        get(jobId) {
            const known = inferred.get(jobId);
            if (known)
                return known;
            if (!jobs) {
                // A repeated id names the first job of that id, as `inferJobNeeds` does.
                jobs = new Map();
                for (const j of workflow.jobs)
                    if (!jobs.has(j.id))
                        jobs.set(j.id, j);
            }
            const job = jobs.get(jobId);
            if (!job)
                return undefined;
            files ??= (0,needs_context/* newFileCache */.TU)();
            files.budget = needs_context/* FOLLOW_BUDGET */.gV;
            const needs = jobNeeds(workflow, job, repo, files);
            inferred.set(jobId, needs);
            return needs;
        }
    };
}
/** Needs of every job of a workflow, by job id (for the workflow scanner). */
function inferWorkflowNeeds(workflow, repo) {
    const out = new Map();
    const lookup = workflowNeedsOnDemand(workflow, repo);
    for (const job of workflow.jobs) {
        if (out.has(job.id))
            continue;
        const needs = lookup.get(job.id);
        if (needs)
            out.set(job.id, needs);
    }
    return out;
}
function analyzeJob(workflow, job, repo, call, collector, files) {
    if ((0,run_condition/* neverRuns */.Z)(job.if))
        return;
    const inputs = inputsOf(workflow, call);
    const outerLayers = [
        { kind: 'values', values: job.env, dynamic: job.envExpression !== null },
        { kind: 'values', values: workflow.env, dynamic: workflow.envExpression !== null }
    ];
    const before = collector.evidence.length;
    const hiddenPrograms = [];
    const runs = [];
    for (const combo of (0,resolve/* matrixCombinations */.wl)(job.matrix)) {
        // A combination that answers every matrix question of an earlier run as that run's did would
        // run the same way: its evidence, commands and opaque uses are already collected (the
        // collector keeps each once).
        if (runs.some(run => answersAlike(run, combo)))
            continue;
        const run = { combo, matrixReads: new Map() };
        runs.push(run);
        if (job.uses) {
            analyzeCall(workflow, job, repo, call, collector, inputs, run, outerLayers, files);
            continue;
        }
        const state = (0,needs_context/* newJobState */.rP)(files);
        runSteps({
            file: workflow.path,
            repo,
            collector,
            call,
            inputs,
            combo,
            matrixReads: run.matrixReads,
            outerLayers,
            githubEnv: new Map(),
            defaultWorkingDir: job.defaults.workingDirectory ?? workflow.defaults.workingDirectory,
            defaultShell: job.defaults.shell ?? workflow.defaults.shell,
            runsOn: job.runsOn,
            job: state
        }, job.steps);
        hiddenPrograms.push(...state.hiddenPrograms);
    }
    // A job with no visible Fly use whose env (job or workflow level) holds the token, and which
    // runs programs: the Fly use is in those programs.
    const tokenInJob = [...job.env, ...workflow.env].some(kv => needs_context/* FLY_TOKEN_ENV */.Ux.has(kv.key) || (0,needs_context/* mentionsFlySecret */.zS)(kv.value));
    if (collector.evidence.length === before && tokenInJob) {
        for (const use of hiddenPrograms)
            collector.addOpaque(use);
    }
}
/**
 * `inputs.X`: given by the caller; else, for a workflow run on its own, the `choice` options or
 * booleans of `workflow_dispatch`, and unknown for anything a caller or a person types.
 */
function inputsOf(workflow, call) {
    return name => {
        if (call.inputs) {
            const given = call.inputs.get(name);
            if (given)
                return given;
            for (const trigger of workflow.triggers) {
                if (trigger.event !== 'workflow_call')
                    continue;
                const declared = trigger.inputs.find(i => i.name === name);
                if (declared)
                    return (0,resolve/* known */.eO)(declared.default ?? (declared.type === 'boolean' ? false : ''));
            }
            return resolve/* UNKNOWN */.HV;
        }
        const options = [];
        for (const trigger of workflow.triggers) {
            const declared = trigger.inputs.find(i => i.name === name);
            if (!declared)
                continue;
            if (trigger.event === 'workflow_dispatch' &&
                declared.type === 'choice' &&
                declared.options.length > 0) {
                options.push((0,resolve/* known */.eO)(...declared.options));
            }
            else if (declared.type === 'boolean') {
                options.push((0,resolve/* known */.eO)(true, false));
            }
            else {
                options.push(resolve/* UNKNOWN */.HV);
            }
        }
        return options.length > 0 ? (0,resolve/* union */.KC)(...options) : resolve/* UNKNOWN */.HV;
    };
}
function stepContexts(ctx, outputs) {
    return {
        matrix: path => readMatrix(ctx.combo, ctx.matrixReads, path),
        inputs: ctx.inputs,
        ...(ctx.call.secrets ? { secrets: ctx.call.secrets } : {}),
        ...(ctx.actionPath !== undefined ? { actionPath: ctx.actionPath } : {}),
        steps: path => {
            const [id, kind, key] = path;
            if (path.length === 3 && kind === 'outputs' && id !== undefined && key !== undefined) {
                return outputs.get(id)?.get(key) ?? resolve/* UNKNOWN */.HV;
            }
            return resolve/* UNKNOWN */.HV;
        }
    };
}
function runSteps(ctx, steps) {
    const outputs = new Map();
    const contexts = stepContexts(ctx, outputs);
    for (const step of steps) {
        if ((0,run_condition/* neverRuns */.Z)(step.if))
            continue;
        const layers = [
            { kind: 'values', values: step.env, dynamic: step.envExpression !== null },
            { kind: 'resolved', values: ctx.githubEnv },
            ...ctx.outerLayers
        ];
        const scope = new resolve/* Scope */.HG(layers, contexts);
        const effects = {
            outputs: new Map(),
            env: new Map(),
            sawFly: false,
            ranProgram: false,
            unseen: []
        };
        if (step.run) {
            (0,script_run/* runScript */.j)(ctx, step, scope, effects);
            judgeUnseen(ctx, step, scope, effects);
        }
        else if (step.uses) {
            if (step.uses.kind === 'local')
                runComposite(ctx, step, scope);
            else
                (0,known_actions/* runKnownAction */.R)(ctx, step, scope, effects);
        }
        if (step.id)
            outputs.set(step.id, effects.outputs);
        if (effects.env.size === 0)
            continue;
        const outer = scope.withLayers(ctx.outerLayers);
        for (const [name, value] of effects.env) {
            const previous = ctx.githubEnv.get(name) ?? outer.env(name) ?? (0,resolve/* known */.eO)('');
            ctx.githubEnv.set(name, step.if !== null ? (0,resolve/* union */.KC)(previous, value) : value);
        }
    }
}
/**
 * What a `run:` step runs with the token that cannot be seen, judged: a script that cannot be
 * followed always counts; the repository's own code (`node deploy.js`) counts in a step handed
 * the token; another program (`npx tool`) only when it is handed the token itself, or the step
 * is handed it and shows no Fly use of its own. The rest waits for the whole job (`analyzeJob`:
 * counted when the job shows no Fly use at all). A step handed a Fly secret that runs nothing
 * visible counts as a whole, unless all it runs is the shell's own (a check that the secret is
 * set: `[ -n "$FLY_API_TOKEN" ] || exit 1`).
 */
function judgeUnseen(ctx, step, scope, effects) {
    const handed = (0,needs_context/* passesFlyToken */.CZ)(step);
    let reported = 0;
    for (const { program, code, explicit, reaches, ...use } of effects.unseen) {
        if (!reaches) {
            // Only a Fly secret under another name (`FLY_PREFLIGHT_TOKEN`) can reach it.
            if (!handed || effects.sawFly)
                continue;
            const secrets = use.secrets ?? (0,needs_context/* stepSecrets */.aw)(step, scope);
            ctx.collector.addOpaque({ ...use, ...(secrets ? { secrets } : {}) });
        }
        else if (program && !explicit && (!handed || (effects.sawFly && !code))) {
            ctx.job.hiddenPrograms.push(use);
            continue;
        }
        else
            ctx.collector.addOpaque(use);
        reported++;
    }
    if (!effects.sawFly && reported === 0 && handed && step.run && effects.ranProgram) {
        const secrets = (0,needs_context/* stepSecrets */.aw)(step, scope);
        ctx.collector.addOpaque({
            reason: 'script',
            detail: (step.run.lines.find(l => l.text.trim() !== '')?.text ?? '').trim(),
            why: 'given the token, but runs no Fly command that can be seen',
            location: step.run.location,
            ...(secrets ? { secrets } : {})
        });
    }
}
/** Local composite actions: their steps run as part of the job. */
function runComposite(ctx, step, scope) {
    const uses = step.uses;
    const dir = uses?.path;
    if (!uses || dir === null || dir === undefined)
        return;
    // A local action that cannot be read sees the job's Fly token if any env layer holds one.
    const tokenInScope = [...needs_context/* FLY_TOKEN_ENV */.Ux].some(name => scope.env(name) !== null);
    const opaque = (why) => {
        if ((0,needs_context/* passesFlyToken */.CZ)(step) || tokenInScope) {
            const secrets = (0,needs_context/* stepSecrets */.aw)(step, scope);
            ctx.collector.addOpaque({
                reason: 'action',
                detail: uses.raw,
                why,
                location: uses.location,
                ...(secrets ? { secrets } : {})
            });
        }
    };
    if (ctx.call.depth >= MAX_CALL_DEPTH)
        return opaque('local actions nested too deeply');
    let path = `${dir}/action.yml`;
    let text = (0,needs_context/* safeRead */.aU)(ctx.repo, path);
    if (text === undefined) {
        path = `${dir}/action.yaml`;
        text = (0,needs_context/* safeRead */.aU)(ctx.repo, path);
    }
    if (ctx.call.stack.includes(path))
        return;
    if (text === undefined)
        return opaque('not in the checkout');
    const action = (0,parse_workflow/* parseActionFile */.Eh)(path, text);
    if (action.using !== 'composite')
        return opaque(`a ${action.using ?? 'non-composite'} action`);
    const inputs = new Map();
    for (const input of action.inputs) {
        const given = (0,needs_context/* template */.vs)(scope, (0,needs_context/* withValue */.cO)(step, input.name));
        inputs.set(input.name, given ?? (0,resolve/* known */.eO)(input.default ?? ''));
    }
    runSteps({
        ...ctx,
        file: path,
        call: { ...ctx.call, inputs, depth: ctx.call.depth + 1, stack: [...ctx.call.stack, path] },
        inputs: name => inputs.get(name) ?? resolve/* UNKNOWN */.HV,
        outerLayers: [
            { kind: 'values', values: step.env, dynamic: step.envExpression !== null },
            ...ctx.outerLayers
        ],
        defaultWorkingDir: null,
        defaultShell: null,
        actionPath: (0,repo_files/* normalizePath */.Fd)(dir) ?? dir
    }, action.steps);
}
// ---------------------------------------------------------------------------------------------
// Reusable workflows
function analyzeCall(workflow, job, repo, call, collector, inputs, run, outerLayers, files) {
    const uses = job.uses;
    if (!uses)
        return;
    const scope = new resolve/* Scope */.HG(outerLayers.slice(1), {
        matrix: p => readMatrix(run.combo, run.matrixReads, p),
        inputs,
        steps: () => resolve/* UNKNOWN */.HV,
        ...(call.secrets ? { secrets: call.secrets } : {})
    });
    // `secrets.X` in the callee: the caller's secret of that name (inherit), or what it passes.
    const passed = new Map();
    for (const kv of job.secrets?.values ?? []) {
        passed.set(kv.key, kv.isScalar && kv.value !== null ? scope.template(kv.value) : resolve/* UNKNOWN */.HV);
    }
    const inherit = job.secrets?.inherit === true;
    const passesSecrets = inherit || (job.secrets?.values.some(kv => (0,needs_context/* mentionsFlySecret */.zS)(kv.value)) ?? false);
    const opaque = (why) => {
        if (!passesSecrets)
            return;
        const secrets = inherit ? undefined : [...new Set([...passed.values()].flatMap(resolve/* secretsIn */.VY))];
        collector.addOpaque({
            reason: 'reusable-workflow',
            detail: uses.raw,
            why,
            location: uses.location,
            ...(secrets && secrets.length > 0 ? { secrets } : {})
        });
    };
    if (uses.owner !== null || uses.path === null)
        return opaque('a workflow of another repository');
    const path = (0,repo_files/* normalizePath */.Fd)(uses.path);
    if (path === null || call.stack.includes(path))
        return;
    if (call.depth >= MAX_CALL_DEPTH)
        return opaque('reusable workflows nested too deeply');
    const text = (0,needs_context/* safeRead */.aU)(repo, path);
    if (text === undefined)
        return opaque('not in the checkout');
    const callee = (0,parse_workflow/* parseWorkflowFile */.dx)(path, text);
    const given = new Map();
    for (const kv of job.with) {
        given.set(kv.key, kv.isScalar && kv.value !== null ? scope.template(kv.value) : resolve/* UNKNOWN */.HV);
    }
    const outerSecrets = call.secrets ?? resolve/* secretValue */.aF;
    const [wanted, ...below] = call.only ?? [];
    const next = {
        inputs: given,
        depth: call.depth + 1,
        stack: [...call.stack, path],
        secrets: name => (inherit ? outerSecrets(name) : (passed.get(name) ?? (0,resolve/* known */.eO)(''))),
        ...(below.length > 0 ? { only: below } : {})
    };
    for (const calleeJob of callee.jobs) {
        if (wanted !== undefined && calleeJob.id !== wanted)
            continue;
        analyzeJob(callee, calleeJob, repo, next, collector, files);
    }
}

// EXTERNAL MODULE: ./lib/workflow/secret-needs.js
var secret_needs = __webpack_require__(5801);
;// CONCATENATED MODULE: ./lib/workflow/called-jobs.js




/** GitHub allows four levels of reusable workflows. */
const called_jobs_MAX_CALL_DEPTH = 4;
/**
 * Calls of local reusable workflows followed in all. Workflows calling the next from many jobs
 * make a number of call chains exponential in the depth; past this many the rest is not followed.
 */
const MAX_FOLLOWED_CALLS = 64;
/** Where job `jobId` can run when a job of `workflow` calls a reusable workflow. */
function findCalledJobs(workflow, jobId, repo) {
    const result = { found: [], remote: [] };
    const parsed = new Map();
    let followed = 0;
    const visit = (file, callers, stack) => {
        for (const job of file.jobs) {
            const uses = job.uses;
            if (!uses)
                continue;
            if (uses.owner !== null || uses.path === null) {
                // A called workflow without secrets cannot hand a Fly token to a guard step.
                const passesSecrets = job.secrets?.inherit === true || (job.secrets?.values.length ?? 0) > 0;
                if (callers.length === 0 && passesSecrets)
                    result.remote.push(job);
                continue;
            }
            const path = (0,repo_files/* normalizePath */.Fd)(uses.path);
            if (path === null || stack.includes(path) || callers.length + 1 > called_jobs_MAX_CALL_DEPTH)
                continue;
            if (result.cut)
                return;
            if (followed >= MAX_FOLLOWED_CALLS) {
                result.cut = {
                    reason: 'reusable-workflow',
                    detail: uses.raw,
                    why: `more than ${MAX_FOLLOWED_CALLS} calls of reusable workflows to follow`,
                    location: uses.location
                };
                return;
            }
            followed++;
            const callee = parsed.get(path) ?? parseCallee(repo, path);
            if (callee === undefined)
                continue;
            parsed.set(path, callee);
            const chain = [...callers, job];
            const target = callee.jobs.find(j => j.id === jobId && !j.uses);
            if (target)
                result.found.push({ callers: chain, workflow: callee, job: target });
            visit(callee, chain, [...stack, path]);
        }
    };
    visit(workflow, [], [workflow.path]);
    return result;
}
function parseCallee(repo, path) {
    const text = (0,needs_context/* safeRead */.aU)(repo, path);
    return text === undefined ? undefined : (0,parse_workflow/* parseWorkflowFile */.dx)(path, text, { validate: false });
}
/**
 * The caller's secrets behind secret names of the called job (`secrets: inherit` keeps the name;
 * `secrets: { FLY_API_TOKEN: ${{ secrets.FLY_PROD }} }` maps it), innermost caller first.
 */
function callerSecretNames(callers, names) {
    let current = [...names];
    for (const caller of [...callers].reverse()) {
        if (caller.secrets?.inherit)
            continue;
        const values = caller.secrets?.values ?? [];
        current = current.flatMap(name => (0,secret_needs/* secretsNamed */.LE)(values.find(kv => kv.key === name)?.value ?? null));
    }
    return [...new Set(current)];
}

// EXTERNAL MODULE: ./lib/workflow/inputs.js
var inputs = __webpack_require__(544);
// EXTERNAL MODULE: ./lib/workflow/script-parse.js
var script_parse = __webpack_require__(7060);
;// CONCATENATED MODULE: ./lib/workflow/index.js











/***/ }),

/***/ 544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ unknownNeeds),
/* harmony export */   ae: () => (/* binding */ NeedsInputError),
/* harmony export */   hJ: () => (/* binding */ needsFromInputs),
/* harmony export */   nq: () => (/* binding */ findWorkflowForRef),
/* harmony export */   pn: () => (/* binding */ isAutoNeeds)
/* harmony export */ });
/* harmony import */ var _capabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(791);
/* harmony import */ var _token_scrub_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8094);
// The action's `apps` / `needs` inputs, and finding the running workflow from GITHUB_WORKFLOW_REF.


/** A `needs` input names something that is not a capability. */
class NeedsInputError extends Error {
    invalid;
    name = 'NeedsInputError';
    constructor(
    /** The offending values, as given (trimmed). */
    invalid, message) {
        super(message);
        this.invalid = invalid;
    }
}
/** Echoes what the user gave, but never a pasted token and never a wall of text. */
function shown(value) {
    const safe = (0,_token_scrub_js__WEBPACK_IMPORTED_MODULE_1__/* .scrubTokenForms */ .gD)(value);
    return safe.length > 40 ? `${safe.slice(0, 37)}...` : safe;
}
/** Splits `a, b` / multi-line input values into trimmed, non-empty items. */
function items(values) {
    return values
        .flatMap(v => v.split(/[\s,]+/))
        .map(v => v.trim())
        .filter(v => v !== '');
}
function isCapability(value) {
    return _capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .CAPABILITY_ORDER */ .qW.includes(value);
}
/** `auto` (or nothing) means "infer from the workflow". */
function isAutoNeeds(needs) {
    const list = items(needs).map(v => v.toLowerCase());
    return list.length === 0 || (list.length === 1 && list[0] === 'auto');
}
/**
 * Needs from the action's inputs. `apps`: app names (comma/space/newline separated). `needs`:
 * `auto` or capability names. With `auto`, the capabilities come from `inferred` (when given)
 * and `apps`, if set, replace the inferred apps. Throws `NeedsInputError` for names that are
 * not capabilities (the message lists the valid ones).
 */
function needsFromInputs(apps, needs, inferred) {
    const appList = [...new Set(items(apps))].sort();
    const given = items(needs);
    const names = given.map(v => v.toLowerCase());
    const valid = _capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .CAPABILITY_ORDER */ .qW.join(', ');
    if (names.includes('auto') && names.length > 1) {
        throw new NeedsInputError(given.filter(n => n.toLowerCase() !== 'auto').map(shown), `needs: "auto" cannot be combined with capability names; use "auto" alone or list capabilities (${valid})`);
    }
    const invalid = given
        .filter(n => n.toLowerCase() !== 'auto' && !isCapability(n.toLowerCase()))
        .map(shown);
    if (invalid.length > 0) {
        throw new NeedsInputError(invalid, `needs: unknown capability ${invalid.map(n => JSON.stringify(n)).join(', ')}; valid values are auto or ${valid}`);
    }
    if (isAutoNeeds(needs)) {
        const base = inferred ?? unknownNeeds();
        if (appList.length === 0)
            return base;
        return { ...base, apps: appList, unknownApps: false, source: 'input' };
    }
    return {
        apps: appList.length > 0 ? appList : (inferred?.apps ?? []),
        capabilities: (0,_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .sortCapabilities */ .JP)(names.filter(isCapability)),
        unknownApps: appList.length > 0 ? false : (inferred?.unknownApps ?? false),
        commands: inferred?.commands ?? [],
        evidence: [],
        source: 'input'
    };
}
/**
 * `owner/repo/.github/workflows/deploy.yml@refs/heads/main` -> `.github/workflows/deploy.yml`.
 * Null when the value does not look like a workflow ref.
 */
function findWorkflowForRef(workflowRef) {
    const ref = workflowRef.trim();
    const marker = ref.indexOf('/.github/workflows/');
    if (marker < 0)
        return null;
    const owner = ref.slice(0, marker);
    if (!/^[^/@\s]+\/[^/@\s]+$/.test(owner))
        return null;
    const rest = ref.slice(marker + 1);
    const at = rest.indexOf('@');
    const path = at < 0 ? rest : rest.slice(0, at);
    if (!/^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path))
        return null;
    return path;
}
/** Needs when nothing says what the job does (no workflow, no inputs). */
function unknownNeeds() {
    return {
        apps: [],
        capabilities: [],
        unknownApps: false,
        commands: [],
        evidence: [],
        source: 'none'
    };
}


/***/ }),

/***/ 2528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runKnownAction),
/* harmony export */   X: () => (/* binding */ AGENT_ACTION)
/* harmony export */ });
/* harmony import */ var _capabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(791);
/* harmony import */ var _fly_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(463);
/* harmony import */ var _fly_apps_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4885);
/* harmony import */ var _needs_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2954);
/* harmony import */ var _registry_push_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6107);
/* harmony import */ var _parse_workflow_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6292);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4999);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3353);
/* harmony import */ var _script_run_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4967);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3292);
// Actions whose Fly use we know: superfly/flyctl-actions (`args`), superfly/fly-pr-review-apps
// (review apps: create, deploy, destroy at org level), userbradley/actions-fly (deploy with a
// config file), SebRollen/toml-action (reads fly.toml fields other steps use as app names),
// docker/login-action and docker/build-push-action (a push to registry.fly.io is a deploy).
// Any other action handed the token, and any AI agent the token reaches, is unseen.










/** The owners of the actions below (lower case). */
const KNOWN_OWNERS = new Set(['superfly', 'userbradley', 'sebrollen', 'docker']);
/**
 * AI coding agents (`anthropics/claude-code-action`, `openai/codex-action`, aider and gemini
 * actions...): they run shell commands with the job's environment, so any token that reaches the
 * step is theirs to use, in ways no workflow file shows.
 */
const AGENT_ACTION = /(^|[/-])(claude-code|codex|aider|gemini-cli|opencode|goose|openhands|copilot-agent)/;
/** This action itself: the guard step is no use of the token. */
const GUARD_REPO = 'fly-token-guard';
/** An action that is handed the token (or, for an agent, that the token reaches). */
function unseenAction(ctx, step, scope, agent) {
    const uses = step.uses;
    if (!uses)
        return;
    const reaches = agent && (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenCarrier */ .iD)(name => scope.env(name)).reaches;
    if (!(0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .passesFlyToken */ .CZ)(step) && !reaches)
        return;
    const secrets = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .stepSecrets */ .aw)(step, scope);
    ctx.collector.addOpaque({
        reason: agent ? 'agent' : 'action',
        detail: uses.raw,
        why: agent ? 'an AI agent with shell access' : 'an action not known to this guard',
        location: uses.location,
        ...(secrets ? { secrets } : {})
    });
}
function runKnownAction(ctx, step, scope, effects) {
    const uses = step.uses;
    if (!uses)
        return;
    const name = `${uses.owner ?? ''}/${uses.repo ?? ''}`.toLowerCase();
    if ((uses.repo ?? '').toLowerCase() === GUARD_REPO)
        return;
    if (uses.kind !== 'action')
        return unseenAction(ctx, step, scope, false);
    // Most steps use an action of none of the owners below: they go straight to the last check.
    if (!KNOWN_OWNERS.has((uses.owner ?? '').toLowerCase()))
        return unseenAction(ctx, step, scope, AGENT_ACTION.test(name));
    const sub = (uses.path ?? '').toLowerCase();
    if (name === 'superfly/flyctl-actions' && sub === '') {
        const resolver = {
            word: w => wordValue(scope, w),
            variable: v => scope.env(v),
            cwd: (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .known */ .eO)('')
        };
        const args = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'args');
        if (!args || !args.isScalar || args.value === null)
            return;
        const inv = (0,_fly_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .actionArgsInvocation */ .uw)(args.value);
        if (!inv)
            return;
        effects.sawFly = true;
        const location = (0,_parse_workflow_js__WEBPACK_IMPORTED_MODULE_5__/* .locateInValue */ .nV)(ctx.file, args.valueMap, inv.start, inv.end);
        (0,_fly_apps_js__WEBPACK_IMPORTED_MODULE_2__/* .recordInvocation */ ._)(ctx, inv, location, resolver);
        return;
    }
    const origin = actionOrigin(step, scope);
    if (name === 'superfly/fly-pr-review-apps') {
        effects.sawFly = true;
        const appName = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .template */ .vs)(scope, (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'name'));
        const apps = appName && (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .stringsOf */ .iw)(appName).some(a => a !== '') ? appName : _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV;
        const capabilities = ['create-app', 'deploy', 'destroy-app', 'org'];
        const secrets = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'secrets');
        if (secrets?.value)
            capabilities.push('secrets');
        const postgres = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'postgres');
        if (postgres?.value)
            capabilities.push('secrets', 'ssh');
        for (const capability of (0,_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .sortCapabilities */ .JP)(capabilities)) {
            (0,_fly_apps_js__WEBPACK_IMPORTED_MODULE_2__/* .addEvidence */ .z)(ctx.collector, capability, apps, uses.raw, uses.location, origin);
        }
        effects.outputs.set('name', apps);
        return;
    }
    if (name === 'userbradley/actions-fly') {
        // A composite action that runs `flyctl deploy --config <configFile>` from the workspace.
        effects.sawFly = true;
        const config = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .template */ .vs)(scope, (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'configFile')) ?? (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .known */ .eO)('fly.toml');
        const results = config.unknown ? [_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV] : [];
        for (const cfg of (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .stringsOf */ .iw)(config)) {
            const found = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_6__/* .findAppConfig */ .Lc)(ctx.repo, '', cfg === '' ? 'fly.toml' : cfg);
            results.push(found.status === 'found' ? (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .known */ .eO)(found.app) : _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV);
        }
        (0,_fly_apps_js__WEBPACK_IMPORTED_MODULE_2__/* .addEvidence */ .z)(ctx.collector, 'deploy', (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .union */ .KC)(...results), uses.raw, uses.location, origin);
        return;
    }
    if (name === 'sebrollen/toml-action') {
        effects.outputs.set('value', tomlField(ctx.repo, (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .template */ .vs)(scope, (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'file')), (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .template */ .vs)(scope, (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'field'))));
        return;
    }
    if (name === 'docker/login-action') {
        const registry = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .template */ .vs)(scope, (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'registry'));
        if (registry && (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .stringsOf */ .iw)(registry).includes(_registry_push_js__WEBPACK_IMPORTED_MODULE_4__/* .FLY_REGISTRY_HOST */ .rE)) {
            const password = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .template */ .vs)(scope, (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'password'));
            const carrier = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .tokenCarrier */ .iD)(() => null, password);
            ctx.job.registryLogin = carrier.secrets ? { secrets: carrier.secrets } : {};
        }
        return;
    }
    if (name === 'docker/build-push-action') {
        const push = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .template */ .vs)(scope, (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'push'));
        const tags = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .withValue */ .cO)(step, 'tags');
        if (!push || !(0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .stringsOf */ .iw)(push).includes('true') || !tags?.value)
            return;
        const login = ctx.job.registryLogin ?? {};
        for (const tag of tags.value.split(/[\n,]/)) {
            const apps = (0,_registry_push_js__WEBPACK_IMPORTED_MODULE_4__/* .pushedApps */ ._W)(scope.template(tag.trim()), tag);
            if (!apps)
                continue;
            effects.sawFly = true;
            (0,_fly_apps_js__WEBPACK_IMPORTED_MODULE_2__/* .addEvidence */ .z)(ctx.collector, 'deploy', apps, uses.raw, uses.location, login);
        }
        return;
    }
    unseenAction(ctx, step, scope, false);
}
/** The secrets a Fly action runs with: its token env, or a `with:` value naming a Fly secret. */
function actionOrigin(step, scope) {
    const secrets = (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .stepSecrets */ .aw)(step, scope);
    return secrets ? { secrets } : {};
}
function wordValue(scope, word) {
    return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .concat */ .xW)(word.parts.map(p => {
        if (p.kind === 'literal')
            return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .known */ .eO)(p.text);
        if (p.kind === 'expression')
            return (0,_script_run_js__WEBPACK_IMPORTED_MODULE_8__/* .stringified */ .J)(scope.expression(p.inner));
        if (p.kind === 'variable' && p.op === undefined)
            return scope.env(p.name) ?? _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV;
        return _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV;
    }));
}
/** `SebRollen/toml-action`: the value of `field` in the TOML `file`. */
function tomlField(repo, file, field) {
    if (!file || !field || file.unknown || field.unknown)
        return _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV;
    const [path] = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .stringsOf */ .iw)(file);
    const [key] = (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .stringsOf */ .iw)(field);
    if (path === undefined ||
        key === undefined ||
        (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .stringsOf */ .iw)(file).length !== 1 ||
        (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .stringsOf */ .iw)(field).length !== 1) {
        return _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV;
    }
    const normalized = (0,_repo_files_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePath */ .Fd)(path);
    const text = normalized === null ? undefined : (0,_needs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .safeRead */ .aU)(repo, normalized);
    if (text === undefined)
        return _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV;
    try {
        let value = (0,smol_toml__WEBPACK_IMPORTED_MODULE_9__/* .parse */ .qg)(text);
        for (const segment of key.split('.')) {
            if (typeof value !== 'object' || value === null)
                return _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV;
            value = value[segment];
        }
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
            return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .known */ .eO)(String(value));
        return _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV;
    }
    catch {
        return _resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .UNKNOWN */ .HV;
    }
}


/***/ }),

/***/ 7714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   t$: () => (/* binding */ positionAt)
/* harmony export */ });
/** Offsets at which each line starts (line 1 at 0). */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
/** 1-based line and column of `offset` (binary search over `starts`). */
function positionAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
/** The location running from `first`, a range's first character, to `last`, its last. */
function spanOf(file, first, last) {
    return {
        file,
        line: first.line,
        column: first.column,
        endLine: last.line,
        endColumn: last.column + 1
    };
}


/***/ }),

/***/ 2954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CZ: () => (/* binding */ passesFlyToken),
/* harmony export */   Jr: () => (/* binding */ readCached),
/* harmony export */   TU: () => (/* binding */ newFileCache),
/* harmony export */   Ux: () => (/* binding */ FLY_TOKEN_ENV),
/* harmony export */   aU: () => (/* binding */ safeRead),
/* harmony export */   aw: () => (/* binding */ stepSecrets),
/* harmony export */   cO: () => (/* binding */ withValue),
/* harmony export */   gR: () => (/* binding */ Collector),
/* harmony export */   gV: () => (/* binding */ FOLLOW_BUDGET),
/* harmony export */   iD: () => (/* binding */ tokenCarrier),
/* harmony export */   rP: () => (/* binding */ newJobState),
/* harmony export */   vs: () => (/* binding */ template),
/* harmony export */   zS: () => (/* binding */ mentionsFlySecret)
/* harmony export */ });
/* unused harmony export WORK_BUDGET */
/* harmony import */ var _capabilities_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(791);
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3174);
/* harmony import */ var _token_scrub_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8094);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3353);
// Shared state of needs inference: what has been found so far, what a sequence of steps runs
// with, and how to tell that a step hands a Fly token on.




class Collector {
    evidence = [];
    /** Evidence seen: position, capability, app and secrets. */
    keys = new Set();
    /** Redacted command texts (the same commands are recorded once per matrix combination). */
    redacted = new Map();
    unknownApps = false;
    commands = [];
    opaque = [];
    opaqueKeys = new Set();
    add(capability, app, command, location, origin = {}) {
        // The same line run with two secrets (one script, two steps) is two needs.
        const { file, line, column } = location;
        const secrets = origin.secrets?.join(',') ?? '';
        const key = JSON.stringify([file, line, column, capability, app ?? '', secrets]);
        if (this.keys.has(key))
            return;
        this.keys.add(key);
        this.evidence.push({
            capability,
            app,
            command: this.redact(command),
            location,
            ...(origin.appUnknown ? { appUnknown: true } : {}),
            ...(origin.via && origin.via.length > 0 ? { via: origin.via } : {}),
            ...(origin.secrets ? { secrets: origin.secrets } : {})
        });
    }
    redact(command) {
        let safe = this.redacted.get(command);
        if (safe === undefined) {
            safe = (0,_token_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubTokenForms */ .gD)(command);
            this.redacted.set(command, safe);
        }
        return safe;
    }
    addCommand(command) {
        const safe = (0,_token_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubTokenForms */ .gD)(command);
        if (safe !== '' && !this.commands.includes(safe))
            this.commands.push(safe);
    }
    addOpaque(use) {
        const key = `${use.location.file}:${use.location.line}:${use.location.column}|${use.secrets?.join(',') ?? ''}`;
        if (this.opaqueKeys.has(key))
            return;
        this.opaqueKeys.add(key);
        this.opaque.push({
            ...use,
            detail: (0,_token_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubTokenForms */ .gD)(use.detail),
            ...(use.why !== undefined ? { why: (0,_token_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubTokenForms */ .gD)(use.why) } : {})
        });
    }
    toNeeds() {
        const apps = [
            ...new Set(this.evidence.map(e => e.app).filter((a) => a !== null))
        ].sort();
        const needs = {
            apps,
            capabilities: (0,_capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .sortCapabilities */ .JP)(this.evidence.map(e => e.capability)),
            unknownApps: this.unknownApps,
            commands: [...this.commands],
            evidence: [...this.evidence].sort((a, b) => (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
                (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
                (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
                _capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .CAPABILITY_ORDER */ .qW.indexOf(a.capability) - _capabilities_js__WEBPACK_IMPORTED_MODULE_0__/* .CAPABILITY_ORDER */ .qW.indexOf(b.capability)),
            source: this.evidence.length > 0 ? 'inferred' : 'none'
        };
        if (this.opaque.length > 0)
            needs.opaque = [...this.opaque];
        return needs;
    }
}
/** At most this many scripts, package scripts and targets are followed per job. */
const FOLLOW_BUDGET = 200;
/** At most this many shell commands are interpreted per workflow (see `FileCache.work`). */
const WORK_BUDGET = 200_000;
function newJobState(files = newFileCache()) {
    return { files, limitsReached: new Set(), depth: 0, registryLogin: null, hiddenPrograms: [] };
}
function newFileCache() {
    return { texts: new Map(), parsed: new Map(), budget: FOLLOW_BUDGET, work: WORK_BUDGET };
}
/** A repository file through the job's cache (read once). */
function readCached(ctx, path) {
    const texts = ctx.job.files.texts;
    if (texts.has(path))
        return texts.get(path);
    const text = safeRead(ctx.repo, path);
    texts.set(path, text);
    return text;
}
const FLY_TOKEN_ENV = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN']);
/**
 * The token a command would run with, from its token variables (flyctl reads FLY_ACCESS_TOKEN,
 * then FLY_API_TOKEN) or a `--access-token` value: whether one reaches it at all, and which
 * secrets it can come from (absent when none can be named).
 */
function tokenCarrier(variable, flag = null) {
    const values = flag ? [flag] : [variable('FLY_ACCESS_TOKEN'), variable('FLY_API_TOKEN')];
    const present = values.filter((v) => v !== null && (v.unknown || v.values.some(x => x !== '' && x !== null)));
    if (present.length === 0)
        return { reaches: false };
    const secrets = [...new Set(present.flatMap(_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .secretsIn */ .VY))];
    return secrets.length > 0 ? { reaches: true, secrets } : { reaches: true };
}
function mentionsFlySecret(text) {
    if (text === null || !text.includes('${{'))
        return false;
    return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .findExpressions */ .zV)(text).some(span => (0,_expressions_js__WEBPACK_IMPORTED_MODULE_1__/* .findSecretMentions */ .pW)(span.inner).some(m => m.name !== null && /fly/i.test(m.name)));
}
/** The step itself hands a Fly token to what it runs (step env or `with`). */
function passesFlyToken(step) {
    return (step.env.some(kv => FLY_TOKEN_ENV.has(kv.key) || mentionsFlySecret(kv.value)) ||
        step.with.some(kv => mentionsFlySecret(kv.value)));
}
/**
 * The Fly secrets a step hands its token from: its token env (any layer) and `with:` values that
 * name a Fly secret. Undefined when none can be named.
 */
function stepSecrets(step, scope) {
    const names = new Set(tokenCarrier(name => scope.env(name)).secrets ?? []);
    for (const kv of [...step.with, ...step.env]) {
        if (!mentionsFlySecret(kv.value))
            continue;
        for (const name of (0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .secretsIn */ .VY)(template(scope, kv) ?? (0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .known */ .eO)('')))
            names.add(name);
    }
    return names.size > 0 ? [...names] : undefined;
}
/** A caller's RepoFiles may throw (permissions, I/O); a file we cannot read is a missing file. */
function safeRead(repo, path) {
    try {
        return repo.read(path);
    }
    catch {
        return undefined;
    }
}
function withValue(step, key) {
    return step.with.find(kv => kv.key === key);
}
function template(scope, kv) {
    if (!kv)
        return null;
    if (!kv.isScalar || kv.value === null)
        return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_3__/* .known */ .eO)('');
    return scope.template(kv.value);
}


/***/ }),

/***/ 6292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yL: () => (/* binding */ MAX_LINE_CHARS),
  Rg: () => (/* binding */ MAX_SECRET_REFERENCES),
  lp: () => (/* binding */ MAX_WORKFLOW_BYTES),
  nV: () => (/* binding */ locateInValue),
  Eh: () => (/* binding */ parseActionFile),
  dx: () => (/* binding */ parseWorkflowFile),
  Qk: () => (/* binding */ unreadableReason)
});

// UNUSED EXPORTS: ALIASES_SKIPPED_MESSAGE, MAX_VALIDATED_EXPRESSIONS, TOO_LARGE_MESSAGE, parseUses

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/trace-writer.js
var trace_writer = __webpack_require__(8782);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-context.js + 1 modules
var template_context = __webpack_require__(5071);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/templates/template-reader.js + 2 modules
var template_reader = __webpack_require__(9146);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-constants.js
var workflow_constants = __webpack_require__(3959);
// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/workflows/workflow-schema.js + 14 modules
var workflow_schema = __webpack_require__(4392);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/workflow/expressions.js
var expressions = __webpack_require__(3174);
// EXTERNAL MODULE: ./lib/workflow/fly-commands.js + 1 modules
var fly_commands = __webpack_require__(463);
// EXTERNAL MODULE: ./lib/workflow/script-parse.js
var script_parse = __webpack_require__(7060);
// EXTERNAL MODULE: ./lib/workflow/shell.js
var shell = __webpack_require__(9679);
;// CONCATENATED MODULE: ./lib/workflow/secret-flow.js
// Where a secret goes inside a `run:` script: the command it is an argument of (flyctl or not),
// the flag it is the value of, the variable it is assigned to, a here-document, a redirection.



/** A command's summary, worked out once and kept with what else is known of it. */
function summaryOf(command, script) {
    const memo = (0,fly_commands/* commandMemo */.kz)(command, script);
    let summary = memo.secretFlow;
    if (!summary) {
        const fly = (0,fly_commands/* flyInvocationOf */.p_)(command, script);
        const output = command.redirects.find(r => r.target && !r.op.startsWith('<'));
        summary = {
            fly,
            command: fly
                ? [fly.program, ...fly.pathAsWritten].join(' ')
                : command.words[0]
                    ? (0,fly_commands/* wordText */.en)(command.words[0])
                    : null,
            redirect: output?.target ? (0,fly_commands/* wordText */.en)(output.target) : null
        };
        memo.secretFlow = summary;
    }
    return summary;
}
/**
 * Where a secret at `offset` of a script sits: its command, flag, variable, redirect. Every secret
 * reference of a script asks about the same commands: they are worked out once per script (the
 * parse the rest of the guard uses) and once per command.
 */
function secretFlowInScript(run, offset) {
    const script = run.text;
    const commands = (0,script_parse/* scriptCommands */.q8)(run);
    let best = null;
    for (const c of commands) {
        const inHeredoc = c.redirects.some(r => r.heredoc && offset >= r.heredoc.start && offset < r.heredoc.end);
        const inCommand = offset >= c.start && offset < c.end;
        if ((inCommand || inHeredoc) &&
            (!best || c.end - c.start <= best.end - best.start || inHeredoc))
            best = c;
    }
    if (!best)
        return {};
    const command = best;
    const heredoc = command.redirects.find(r => r.heredoc && offset >= r.heredoc.start && offset < r.heredoc.end);
    const { fly, command: commandText, redirect } = summaryOf(command, script);
    const result = { heredoc: heredoc !== undefined, redirect };
    result.fly = fly !== null;
    result.command = commandText;
    for (const a of command.assignments) {
        if (offset >= a.start && offset < a.end)
            result.variable = a.name;
    }
    const index = command.words.findIndex(w => offset >= w.start && offset < w.end);
    if (index >= 0) {
        const head = (0,shell/* literalHead */.a7)(command.words[index]);
        if (fly) {
            const flag = fly.flags.find(f => offset >= f.start && offset < f.end && f.value);
            if (flag)
                result.flag = flag.raw;
        }
        else if (head.startsWith('-') && head.includes('=')) {
            result.flag = head.slice(0, head.indexOf('='));
        }
        else if (index > 0) {
            const previous = command.words[index - 1];
            const prev = previous ? (0,shell/* wordLiteral */.aw)(previous) : null;
            if (prev !== null && /^--?[A-Za-z]/.test(prev))
                result.flag = prev;
        }
        const program = command.words[0] ? (0,shell/* wordLiteral */.aw)(command.words[0]) : null;
        const assign = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(head);
        if (assign && program !== null && shell/* DECLARATION_COMMANDS */.Or.has(program))
            result.variable = assign[1] ?? null;
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/workflow/source-map.js
/**
 * Value characters and the file offsets they came from, as runs: a `text` run is characters on
 * consecutive offsets from `at` (one value character per UTF-16 unit, never a line break); a
 * `unit` run is one value character (a break, a folding space, an escape; a `\U` escape may be
 * a surrogate pair). A record per character made the replay a large share of the scan's garbage.
 */
class Emitted {
    texts = [];
    ats = [];
    units = [];
    /** One value character at `at`. */
    push(ch, at) {
        this.texts.push(ch);
        this.ats.push(at);
        this.units.push(true);
    }
    /** Characters copied as they are from `at` on. */
    pushText(text, at) {
        if (text === '')
            return;
        if (text.includes('\n')) {
            for (let c = 0; c < text.length; c++)
                this.push(text.charAt(c), at + c);
            return;
        }
        this.texts.push(text);
        this.ats.push(at);
        this.units.push(false);
    }
    /** Drops trailing line breaks. */
    trimBreaks() {
        let last = this.texts.length - 1;
        while (last >= 0 && this.units[last] === true && this.texts[last] === '\n') {
            this.texts.pop();
            this.ats.pop();
            this.units.pop();
            last -= 1;
        }
    }
    /** Whether the characters spell `value` exactly (without building the string). */
    spells(value) {
        let at = 0;
        for (const text of this.texts) {
            // A slice and `===` beat `startsWith(text, at)` several times over on V8.
            if (value.slice(at, at + text.length) !== text)
                return false;
            at += text.length;
        }
        return at === value.length;
    }
}
/** The map of a node's value; a mapping or sequence maps every offset to its start. */
function buildScalarSourceMap(source, node) {
    const range = node.range;
    if (!range)
        return { start: { line: 1, column: 1 }, segments: [] };
    const start = { line: range.start.line, column: range.start.column };
    if (node.kind !== 'scalar')
        return { start, segments: [] };
    const value = node.value === null ? '' : String(node.value);
    try {
        const emitted = replay(source, node, value);
        return { start, segments: emitted ? toSegments(source.lines, emitted) : [] };
    }
    catch {
        return { start, segments: [] };
    }
}
function replay({ text, lines }, scalar, value) {
    const range = scalar.range;
    if (!range || !scalar.offsets)
        return null;
    const [startOffset, endOffset] = scalar.offsets;
    if (scalar.blockHeader !== undefined) {
        const bodyStart = lines.lineStarts[range.start.line] ?? text.length;
        const body = text.slice(bodyStart, Math.max(bodyStart, endOffset));
        const folded = scalar.blockHeader.startsWith('>');
        return replayBlock(body, bodyStart, value, folded);
    }
    const raw = text.slice(startOffset, endOffset);
    const first = raw.charAt(0);
    if (typeof scalar.value === 'string' && (first === '"' || first === "'")) {
        const closing = raw.length >= 2 && raw.endsWith(first) ? 1 : 0;
        const inner = raw.slice(1, raw.length - closing);
        const emitted = replayFlow(inner, startOffset + 1, first === '"' ? 'double' : 'single');
        return emitted.spells(value) ? emitted : null;
    }
    const emitted = replayFlow(raw, startOffset, 'plain');
    if (emitted.spells(value))
        return emitted;
    // Numbers and booleans: the value prints differently from the source (`1.0` vs `1`); the
    // source characters are still the right positions for the text as written.
    return typeof scalar.value === 'string' ? null : emitted;
}
function splitLines(raw, at) {
    const lines = [];
    let lineStart = 0;
    for (;;) {
        const lineEnd = raw.indexOf('\n', lineStart);
        let text = raw.slice(lineStart, lineEnd < 0 ? raw.length : lineEnd);
        if (text.endsWith('\r'))
            text = text.slice(0, -1);
        lines.push({ text, at: at + lineStart });
        if (lineEnd < 0)
            return lines;
        lineStart = lineEnd + 1;
    }
}
const DOUBLE_ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xa0',
    L: '\u2028',
    P: '\u2029'
};
const HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
/** Plain and quoted (flow) scalars: line folding, `''` and backslash escapes. */
function replayFlow(raw, at, style) {
    const out = new Emitted();
    const lines = splitLines(raw, at);
    let pendingBreaks = 0;
    let joinWithoutSpace = false;
    lines.forEach((line, i) => {
        let text = line.text;
        let textAt = line.at;
        const isFirst = i === 0;
        const isLast = i === lines.length - 1;
        if (!isFirst) {
            const lead = /^[ \t]*/.exec(text)?.[0].length ?? 0;
            text = text.slice(lead);
            textAt += lead;
        }
        let escapedBreak = false;
        if (!isLast) {
            if (style === 'double' && endsWithEscape(text)) {
                escapedBreak = true;
                text = text.slice(0, -1);
            }
            else {
                text = text.replace(/[ \t]+$/, '');
            }
        }
        if (!isFirst) {
            if (text === '' && !isLast) {
                if (!joinWithoutSpace)
                    pendingBreaks += 1;
                return;
            }
            if (joinWithoutSpace) {
                // An escaped line break joins the lines directly.
            }
            else if (pendingBreaks === 0) {
                out.push(' ', textAt);
            }
            else {
                for (let b = 0; b < pendingBreaks; b++)
                    out.push('\n', textAt);
            }
        }
        pendingBreaks = 0;
        joinWithoutSpace = escapedBreak;
        emitFlowText(out, text, textAt, style);
    });
    return out;
}
function endsWithEscape(text) {
    let n = 0;
    for (let i = text.length - 1; i >= 0 && text[i] === '\\'; i--)
        n++;
    return n % 2 === 1;
}
function emitFlowText(out, text, at, style) {
    if (style === 'plain') {
        out.pushText(text, at);
        return;
    }
    // Characters from `copied` on are still to emit as they are.
    let copied = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charAt(i);
        if (style === 'single' && ch === "'" && text.charAt(i + 1) === "'") {
            out.pushText(text.slice(copied, i), at + copied);
            out.push("'", at + i);
            i += 1;
            copied = i + 1;
            continue;
        }
        if (style === 'double' && ch === '\\' && i + 1 < text.length) {
            const code = text.charAt(i + 1);
            const simple = DOUBLE_ESCAPES[code];
            if (simple !== undefined) {
                out.pushText(text.slice(copied, i), at + copied);
                out.push(simple, at + i);
                i += 1;
                copied = i + 1;
                continue;
            }
            const hexLength = HEX_ESCAPE_LENGTH[code];
            if (hexLength !== undefined) {
                const hex = text.slice(i + 2, i + 2 + hexLength);
                const point = /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN;
                if (!Number.isNaN(point) && point <= 0x10ffff) {
                    out.pushText(text.slice(copied, i), at + copied);
                    for (const unit of String.fromCodePoint(point))
                        out.push(unit, at + i);
                    i += 1 + hexLength;
                    copied = i + 1;
                    continue;
                }
            }
        }
    }
    out.pushText(text.slice(copied), at + copied);
}
/**
 * Block scalars: strip the indentation and, for `>`, fold lines. The indentation is found by
 * trying the auto-detected width first, then the others, keeping the first replay that matches.
 */
function replayBlock(body, at, value, folded) {
    const lines = splitLines(body, at);
    if (lines.length > 0 && lines[lines.length - 1]?.text === '' && body.endsWith('\n'))
        lines.pop();
    const target = value.replace(/\n+$/, '');
    const firstContent = lines.find(l => l.text.trim() !== '');
    if (!firstContent)
        return target === '' ? new Emitted() : null;
    let detected = 0;
    while (firstContent.text.charCodeAt(detected) === 32)
        detected++;
    const candidates = [detected];
    for (let n = detected - 1; n >= 0; n--)
        candidates.push(n);
    for (const indent of candidates) {
        const emitted = folded ? foldBlock(lines, indent) : literalBlock(lines, indent);
        emitted.trimBreaks();
        if (emitted.spells(target))
            return emitted;
    }
    return null;
}
function stripIndent(line, indent) {
    // Up to `indent` leading spaces.
    let cut = 0;
    while (cut < indent && line.text.charCodeAt(cut) === 32)
        cut++;
    return cut === 0 ? line : { text: line.text.slice(cut), at: line.at + cut };
}
function literalBlock(lines, indent) {
    const out = new Emitted();
    lines.forEach((raw, i) => {
        const line = stripIndent(raw, indent);
        if (i > 0)
            out.push('\n', raw.at);
        out.pushText(line.text, line.at);
    });
    return out;
}
function foldBlock(lines, indent) {
    const out = new Emitted();
    let previous = null;
    let pendingEmpty = 0;
    for (const raw of lines) {
        const line = stripIndent(raw, indent);
        if (line.text === '') {
            pendingEmpty += 1;
            continue;
        }
        const kind = line.text.startsWith(' ') || line.text.startsWith('\t') ? 'more' : 'normal';
        if (previous === null) {
            for (let b = 0; b < pendingEmpty; b++)
                out.push('\n', line.at);
        }
        else if (previous === 'normal' && kind === 'normal') {
            if (pendingEmpty === 0)
                out.push(' ', line.at);
            for (let b = 0; b < pendingEmpty; b++)
                out.push('\n', line.at);
        }
        else {
            for (let b = 0; b <= pendingEmpty; b++)
                out.push('\n', line.at);
        }
        pendingEmpty = 0;
        previous = kind;
        out.pushText(line.text, line.at);
    }
    return out;
}
function toSegments(lines, emitted) {
    const segments = [];
    const { texts, ats, units } = emitted;
    let current;
    let lastAt = -2;
    // Offset in the value of the run's first character.
    let offset = 0;
    for (let r = 0; r < texts.length; r++) {
        const text = texts[r] ?? '';
        const at = ats[r] ?? 0;
        if (current && at === lastAt + 1 && text !== '\n') {
            current.length += 1;
        }
        else {
            const pos = lines.linePos(at);
            current = { offset, line: pos.line, column: pos.col, length: 1 };
            segments.push(current);
        }
        if (units[r] === true) {
            lastAt = at;
            offset += 1;
        }
        else {
            // The rest of a text run continues the segment its first character is in.
            current.length += text.length - 1;
            lastAt = at + text.length - 1;
            offset += text.length;
        }
    }
    return segments;
}
/** File line/column of a value offset (offsets past the end map to the last character's end). */
function locateOffset(map, offset) {
    const segments = map.segments;
    if (segments.length === 0)
        return { ...map.start };
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((segments[mid]?.offset ?? 0) <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    const segment = segments[lo];
    if (!segment)
        return { ...map.start };
    if (offset < segment.offset)
        return { line: segment.line, column: segment.column };
    const within = Math.min(offset - segment.offset, segment.length);
    return { line: segment.line, column: segment.column + within };
}

// EXTERNAL MODULE: ./lib/workflow/yaml-tree.js
var yaml_tree = __webpack_require__(15);
;// CONCATENATED MODULE: ./lib/workflow/parse-workflow.js
// Workflow file -> model with positions. GitHub's workflow parser reads the file once: our
// positioned tree is a walk of its YAML reader's document (yaml-tree.ts), and its template reader
// checks that same parse against the workflow schema, so every problem is GitHub's message at
// GitHub's place. The tree keeps everything that was written even when the file is invalid, so a
// broken file still yields whatever could be read. Never throws.










/** Larger workflow files are not parsed (GitHub's own limit is far below). */
const MAX_WORKFLOW_BYTES = 1024 * 1024;
const TOO_LARGE_MESSAGE = 'workflow file is larger than 1 MiB';
/**
 * Longer lines are not parsed: the YAML library spends time proportional to the line's length on
 * every error it reports on that line, so one 1 MiB line of broken flow syntax took minutes.
 * Real workflows stay far below (GitHub caps an expression at 21,000 characters).
 */
const MAX_LINE_CHARS = 32 * 1024;
/**
 * Secret references one file may hold; the rest are not classified. Each one is placed among the
 * commands of its script, so a file of tens of thousands took minutes. The corpus needs 24.
 */
const MAX_SECRET_REFERENCES = 2000;
const TOO_MANY_SECRETS_MESSAGE = `more than ${MAX_SECRET_REFERENCES} secret references; the rest were not analysed`;
/**
 * Above this many `${{` GitHub's schema check is skipped: its reader recounts the lines before
 * every expression of a block scalar, so a script of thousands of expressions took minutes.
 */
const MAX_VALIDATED_EXPRESSIONS = 1000;
const SCHEMA_SKIPPED_MESSAGE = `more than ${MAX_VALIDATED_EXPRESSIONS} expressions, so GitHub's schema check was skipped`;
/**
 * Above this many node visits for alias lookups (see `YamlTree.aliasSearchNodes`) GitHub's schema
 * check is skipped: its reader searches the whole document for every alias, so a file of tens of
 * thousands of aliases took minutes. Workflows that reuse a few anchors stay far below.
 */
const MAX_VALIDATED_ALIAS_SEARCH = 5_000_000;
const ALIASES_SKIPPED_MESSAGE = "too many aliases for GitHub's schema check (it searches the file for each), so it was skipped";
/** Occurrences of `${{` in `text`, counting no further than `limit`. */
function countExpressions(text, limit) {
    let count = 0;
    for (let at = text.indexOf('${{'); at >= 0 && count < limit; at = text.indexOf('${{', at + 3)) {
        count++;
    }
    return count;
}
function lineTooLongMessage(line) {
    return `line ${line} is longer than ${MAX_LINE_CHARS / 1024} KiB, so the file was not parsed`;
}
/** The 1-based number of the first line longer than MAX_LINE_CHARS (CR, LF or CRLF breaks). */
function firstOverlongLine(text) {
    if (text.length <= MAX_LINE_CHARS)
        return null;
    let line = 1;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
        const code = i < text.length ? text.charCodeAt(i) : 10;
        if (code !== 10 && code !== 13)
            continue;
        if (i - start > MAX_LINE_CHARS)
            return line;
        if (code === 13 && text.charCodeAt(i + 1) === 10)
            i++;
        line++;
        start = i + 1;
    }
    return null;
}
/**
 * Why a parsed workflow could not be read at all (no jobs, and a problem that is not the schema's:
 * not YAML, aliases past the budget, a line or file too long); null when it was read.
 */
function unreadableReason(workflow) {
    if (workflow.jobs.length > 0)
        return null;
    const problem = workflow.errors.find(e => e.kind !== 'schema');
    if (!problem)
        return null;
    return problem.kind === 'yaml'
        ? `${problem.message} (line ${problem.location.line})`
        : problem.message;
}
function parseWorkflowFile(path, text, options = {}) {
    const file = normalizeRepoPath(path);
    const empty = emptyWorkflow(file);
    const limit = sizeLimit(file, text, TOO_LARGE_MESSAGE);
    if (limit) {
        empty.errors.push(limit);
        return empty;
    }
    try {
        return new WorkflowBuilder(file, text).build(options.validate ?? true);
    }
    catch (err) {
        // The builder is written not to throw; this is the last line of defence for odd input.
        empty.errors.push({
            kind: 'yaml',
            message: `could not read the workflow: ${err instanceof Error ? err.message.split('\n')[0] : 'unknown error'}`,
            location: at(file, 1, 1)
        });
        return empty;
    }
}
function emptyWorkflow(path) {
    return {
        path,
        name: null,
        triggers: [],
        env: [],
        envExpression: null,
        defaults: { workingDirectory: null, shell: null },
        permissions: null,
        jobs: [],
        secretRefs: [],
        errors: []
    };
}
/** The problem of a file too large (in UTF-8) or with a line too long to parse; null if none. */
function sizeLimit(file, text, tooLarge) {
    if (text.length > MAX_WORKFLOW_BYTES || Buffer.byteLength(text) > MAX_WORKFLOW_BYTES) {
        return { kind: 'limit', message: tooLarge, location: at(file, 1, 1) };
    }
    const overlong = firstOverlongLine(text);
    if (overlong === null)
        return null;
    return { kind: 'limit', message: lineTooLongMessage(overlong), location: at(file, overlong, 1) };
}
function normalizeRepoPath(path) {
    return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
function at(file, line, column) {
    return { file, line, column };
}
/** Reads an `action.yml` (local composite actions are followed by needs inference). */
function parseActionFile(path, text) {
    const file = normalizeRepoPath(path);
    const result = emptyAction(file);
    const limit = sizeLimit(file, text, 'action file is larger than 1 MiB');
    if (limit) {
        result.errors.push(limit);
        return result;
    }
    try {
        return new WorkflowBuilder(file, text).buildAction();
    }
    catch {
        result.errors.push({
            kind: 'yaml',
            message: 'could not read the action file',
            location: at(file, 1, 1)
        });
        return result;
    }
}
function emptyAction(path) {
    return { path, name: null, using: null, inputs: [], steps: [], secretRefs: [], errors: [] };
}
// What the model builds on first read (source maps, a script's lines) sits behind getters of a
// class. A getter written in an object literal gives each object its own hidden class, kept in the
// old generation, whose closures keep the object's whole workflow alive through young collections:
// a scan of 5,000 workflows promoted three times the bytes, and V8 grew its young generation to
// 2 x 64 MiB.
/** A key and value of a YAML map; the value's source map is built when a finding asks for it. */
class MapEntry {
    key;
    keyLocation;
    value;
    isScalar;
    valueLocation;
    #mapOf;
    #valueMap;
    constructor(key, keyLocation, value, isScalar, valueLocation, mapOf) {
        this.key = key;
        this.keyLocation = keyLocation;
        this.value = value;
        this.isScalar = isScalar;
        this.valueLocation = valueLocation;
        this.#mapOf = mapOf;
    }
    get valueMap() {
        return (this.#valueMap ??= this.#mapOf());
    }
}
/**
 * A step's `run:` script. Its source map and its lines' positions are built on first read: most
 * scripts have no finding, and needs inference asks only where a flyctl call is.
 */
class StepScript {
    text;
    location;
    style;
    #mapOf;
    #map;
    #lines;
    constructor(text, location, style, mapOf) {
        this.text = text;
        this.location = location;
        this.style = style;
        this.#mapOf = mapOf;
    }
    get map() {
        return (this.#map ??= this.#mapOf());
    }
    get lines() {
        if (this.#lines)
            return this.#lines;
        const map = this.map;
        const lines = [];
        let offset = 0;
        for (const line of this.text.split('\n')) {
            const pos = locateOffset(map, offset);
            lines.push({ text: line, offset, line: pos.line, column: pos.column });
            offset += line.length + 1;
        }
        return (this.#lines = lines);
    }
}
class WorkflowBuilder {
    file;
    text;
    secretRefs = [];
    /** Set once MAX_SECRET_REFERENCES were collected. */
    secretsLimited = false;
    /** The YAML reader's line starts, once the file is read. */
    lines = new dist/* LineCounter */.HN();
    constructor(file, text) {
        this.file = file;
        this.text = text;
    }
    build(validate) {
        const workflow = emptyWorkflow(this.file);
        const tree = this.read(validate, workflow.errors);
        const root = tree.root;
        if (root?.kind !== 'map')
            return workflow;
        workflow.name = (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(root, 'name'));
        workflow.triggers = this.triggers((0,yaml_tree/* mapEntry */.BJ)(root, 'on')?.value);
        const env = this.envBlock((0,yaml_tree/* mapGet */.ZX)(root, 'env'));
        workflow.env = env.values;
        workflow.envExpression = env.expression;
        workflow.defaults = this.defaults((0,yaml_tree/* mapGet */.ZX)(root, 'defaults'));
        workflow.permissions = this.permissions((0,yaml_tree/* mapGet */.ZX)(root, 'permissions'));
        const jobs = (0,yaml_tree/* mapGet */.ZX)(root, 'jobs');
        if (jobs?.kind === 'map') {
            for (const entry of jobs.entries)
                workflow.jobs.push(this.job(entry.key, entry.value));
        }
        this.collectSecrets(root, [], workflow.jobs);
        if (this.secretsLimited)
            workflow.errors.push(this.tooManySecrets());
        workflow.secretRefs = this.secretRefs.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
        for (const job of workflow.jobs) {
            job.secretRefs = workflow.secretRefs.filter(r => r.jobId === job.id);
            for (const step of job.steps)
                step.secretRefs = job.secretRefs.filter(r => r.stepIndex === step.index);
        }
        return workflow;
    }
    buildAction() {
        const result = emptyAction(this.file);
        const tree = this.read(false, result.errors);
        const root = tree.root;
        if (root?.kind !== 'map')
            return result;
        result.name = (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(root, 'name'));
        result.inputs = this.inputs((0,yaml_tree/* mapGet */.ZX)(root, 'inputs'));
        const runs = (0,yaml_tree/* mapGet */.ZX)(root, 'runs');
        result.using = (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(runs, 'using'));
        const steps = (0,yaml_tree/* mapGet */.ZX)(runs, 'steps');
        if (steps?.kind === 'seq') {
            steps.items.forEach((node, i) => result.steps.push(this.step(node, i)));
        }
        // Secret references of composite steps: same classification as workflow steps.
        const pseudoJob = this.pseudoJob(result.steps);
        if (runs?.kind === 'map')
            this.collectSecrets(runs, ['jobs', pseudoJob.id], [pseudoJob]);
        if (this.secretsLimited)
            result.errors.push(this.tooManySecrets());
        result.secretRefs = this.secretRefs.map(r => ({ ...r, jobId: null }));
        for (const step of result.steps)
            step.secretRefs = result.secretRefs.filter(r => r.stepIndex === step.index);
        return result;
    }
    pseudoJob(steps) {
        const where = at(this.file, 1, 1);
        return {
            id: '(action)',
            idLocation: where,
            location: where,
            name: null,
            needs: [],
            if: null,
            runsOn: null,
            environment: null,
            env: [],
            envExpression: null,
            defaults: { workingDirectory: null, shell: null },
            permissions: null,
            matrix: null,
            uses: null,
            with: [],
            secrets: null,
            container: null,
            services: [],
            outputs: [],
            steps,
            secretRefs: []
        };
    }
    // -------------------------------------------------------------------------------------------
    // Reading, with GitHub's schema check on the same read
    /**
     * Reads the file into the tree and adds its problems to `errors`: the YAML reader's, then (when
     * `validate` and the YAML is sound) those of GitHub's template reader, run on the same read. A
     * tree cut short by a budget is not checked (the check would expand what the budget stopped).
     */
    read(validate, errors) {
        const tree = (0,yaml_tree/* readYamlTree */._d)(this.text);
        if (tree.lines)
            this.lines = tree.lines;
        for (const e of tree.errors)
            errors.push(this.problem('yaml', e.message, e.range));
        // As `parseWorkflow`: the template reader runs only on a document that is valid YAML.
        if (!validate || !tree.reader || tree.errors.length > 0)
            return tree;
        const skipped = countExpressions(this.text, MAX_VALIDATED_EXPRESSIONS + 1) > MAX_VALIDATED_EXPRESSIONS
            ? SCHEMA_SKIPPED_MESSAGE
            : tree.aliasSearchNodes > MAX_VALIDATED_ALIAS_SEARCH
                ? ALIASES_SKIPPED_MESSAGE
                : null;
        if (skipped) {
            errors.push({ kind: 'limit', message: skipped, location: at(this.file, 1, 1) });
            return tree;
        }
        const context = new template_context/* TemplateContext */.m(new template_context/* TemplateValidationErrors */.R(), (0,workflow_schema/* getWorkflowSchema */.L)(), new trace_writer/* NoOperationTraceWriter */.P());
        (0,template_reader/* readTemplate */.x)(context, workflow_constants/* WORKFLOW_ROOT */.D, tree.reader, context.getFileId(this.file));
        for (const e of context.errors.getErrors()) {
            errors.push(this.problem('schema', (0,yaml_tree/* firstLine */.TM)(e.rawMessage || e.message), e.range));
        }
        return tree;
    }
    problem(kind, message, range) {
        return { kind, message, location: range ? this.loc(range) : at(this.file, 1, 1) };
    }
    // -------------------------------------------------------------------------------------------
    // Positions
    loc(range) {
        if (!range)
            return at(this.file, 1, 1);
        return {
            file: this.file,
            line: range.start.line,
            column: range.start.column,
            endLine: range.end.line,
            endColumn: range.end.column
        };
    }
    nodeLoc(node) {
        return this.loc(node?.range);
    }
    mapOf(node) {
        return buildScalarSourceMap({ text: this.text, lines: this.lines }, node);
    }
    // -------------------------------------------------------------------------------------------
    // Pieces
    keyValues(node) {
        if (node?.kind !== 'map')
            return [];
        return node.entries.map(entry => {
            const value = entry.value;
            const isScalar = value.kind === 'scalar';
            return new MapEntry((0,yaml_tree/* keyText */.Pu)(entry.key), this.loc(entry.key.range), isScalar ? (0,yaml_tree/* scalarText */.ws)(value) : null, isScalar, this.nodeLoc(value), () => this.mapOf(value));
        });
    }
    envBlock(node) {
        if (node?.kind === 'scalar')
            return { values: [], expression: (0,yaml_tree/* scalarText */.ws)(node) };
        return { values: this.keyValues(node), expression: null };
    }
    stringList(node) {
        if (!node)
            return [];
        if (node.kind === 'scalar') {
            const t = (0,yaml_tree/* scalarText */.ws)(node);
            return t === null ? [] : [t];
        }
        if (node.kind === 'seq')
            return node.items.map(yaml_tree/* scalarText */.ws).filter((t) => t !== null);
        return [];
    }
    defaults(node) {
        const run = (0,yaml_tree/* mapGet */.ZX)(node, 'run');
        return {
            workingDirectory: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(run, 'working-directory')),
            shell: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(run, 'shell'))
        };
    }
    permissions(node) {
        if (!node)
            return null;
        if (node.kind === 'scalar')
            return (0,yaml_tree/* scalarText */.ws)(node) ?? '';
        if (node.kind === 'map') {
            const out = {};
            for (const e of node.entries)
                out[(0,yaml_tree/* keyText */.Pu)(e.key)] = (0,yaml_tree/* scalarText */.ws)(e.value) ?? '';
            return out;
        }
        return null;
    }
    inputs(node) {
        if (node?.kind !== 'map')
            return [];
        return node.entries.map(e => {
            const required = (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(e.value, 'required'));
            return {
                name: (0,yaml_tree/* keyText */.Pu)(e.key),
                type: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(e.value, 'type')),
                required: required === 'true',
                default: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(e.value, 'default')),
                options: this.stringList((0,yaml_tree/* mapGet */.ZX)(e.value, 'options')),
                location: this.loc(e.key.range)
            };
        });
    }
    triggers(node) {
        if (!node)
            return [];
        const make = (event, where, config) => {
            const trigger = {
                event,
                location: this.loc(where),
                types: this.stringList((0,yaml_tree/* mapGet */.ZX)(config, 'types')),
                branches: this.stringList((0,yaml_tree/* mapGet */.ZX)(config, 'branches')),
                branchesIgnore: this.stringList((0,yaml_tree/* mapGet */.ZX)(config, 'branches-ignore')),
                tags: this.stringList((0,yaml_tree/* mapGet */.ZX)(config, 'tags')),
                paths: this.stringList((0,yaml_tree/* mapGet */.ZX)(config, 'paths')),
                workflows: this.stringList((0,yaml_tree/* mapGet */.ZX)(config, 'workflows')),
                cron: [],
                inputs: this.inputs((0,yaml_tree/* mapGet */.ZX)(config, 'inputs')),
                secrets: []
            };
            if (event === 'schedule' && config?.kind === 'seq') {
                for (const item of config.items) {
                    const cron = (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(item, 'cron'));
                    if (cron !== null)
                        trigger.cron.push(cron);
                }
            }
            const secrets = (0,yaml_tree/* mapGet */.ZX)(config, 'secrets');
            if (secrets?.kind === 'map') {
                trigger.secrets = secrets.entries.map(e => ({
                    name: (0,yaml_tree/* keyText */.Pu)(e.key),
                    required: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(e.value, 'required')) === 'true',
                    location: this.loc(e.key.range)
                }));
            }
            return trigger;
        };
        if (node.kind === 'scalar') {
            const event = (0,yaml_tree/* scalarText */.ws)(node);
            return event === null ? [] : [make(event, node.range, undefined)];
        }
        if (node.kind === 'seq') {
            return node.items
                .filter((i) => i.kind === 'scalar' && (0,yaml_tree/* scalarText */.ws)(i) !== null)
                .map(i => make((0,yaml_tree/* scalarText */.ws)(i) ?? '', i.range, undefined));
        }
        return node.entries.map(e => make((0,yaml_tree/* keyText */.Pu)(e.key), e.key.range, e.value));
    }
    uses(node, jobLevel) {
        if (node?.kind !== 'scalar')
            return null;
        const raw = (0,yaml_tree/* scalarText */.ws)(node);
        if (raw === null)
            return null;
        return parseUses(raw, this.nodeLoc(node), jobLevel);
    }
    environment(node) {
        if (!node)
            return null;
        if (node.kind === 'scalar') {
            return { name: (0,yaml_tree/* scalarText */.ws)(node), url: null, location: this.nodeLoc(node) };
        }
        if (node.kind === 'map') {
            return {
                name: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'name')),
                url: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'url')),
                location: this.nodeLoc(node)
            };
        }
        return null;
    }
    matrix(node) {
        if (!node)
            return null;
        const base = {
            axes: {},
            include: [],
            exclude: [],
            dynamic: false,
            dynamicKeys: [],
            location: this.nodeLoc(node)
        };
        if (node.kind === 'scalar')
            return { ...base, dynamic: true };
        if (node.kind !== 'map')
            return base;
        for (const entry of node.entries) {
            const key = (0,yaml_tree/* keyText */.Pu)(entry.key);
            if (key === 'include' || key === 'exclude') {
                const list = entry.value.kind === 'seq' ? entry.value.items : [];
                const rows = list
                    .map(item => toMatrixValue(item))
                    .filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
                if (entry.value.kind === 'scalar')
                    base.dynamicKeys.push(key);
                if (key === 'include')
                    base.include = rows;
                else
                    base.exclude = rows;
                continue;
            }
            if (entry.value.kind === 'seq') {
                base.axes[key] = entry.value.items.map(toMatrixValue);
            }
            else {
                base.dynamicKeys.push(key);
            }
        }
        return base;
    }
    runScript(node) {
        if (node?.kind !== 'scalar')
            return null;
        const text = (0,yaml_tree/* scalarText */.ws)(node);
        if (text === null)
            return null;
        const header = node.blockHeader;
        const first = node.source?.charAt(0);
        const style = header !== undefined
            ? header.startsWith('>')
                ? 'folded'
                : 'literal'
            : first === '"'
                ? 'double-quoted'
                : first === "'"
                    ? 'single-quoted'
                    : 'plain';
        return new StepScript(text, this.nodeLoc(node), style, () => this.mapOf(node));
    }
    step(node, index) {
        const env = this.envBlock((0,yaml_tree/* mapGet */.ZX)(node, 'env'));
        return {
            index,
            id: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'id')),
            name: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'name')),
            location: this.nodeLoc(node),
            if: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'if')),
            uses: this.uses((0,yaml_tree/* mapGet */.ZX)(node, 'uses'), false),
            with: this.keyValues((0,yaml_tree/* mapGet */.ZX)(node, 'with')),
            env: env.values,
            envExpression: env.expression,
            run: this.runScript((0,yaml_tree/* mapGet */.ZX)(node, 'run')),
            shell: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'shell')),
            workingDirectory: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'working-directory')),
            continueOnError: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'continue-on-error')),
            secretRefs: []
        };
    }
    job(key, node) {
        const env = this.envBlock((0,yaml_tree/* mapGet */.ZX)(node, 'env'));
        const secretsNode = (0,yaml_tree/* mapGet */.ZX)(node, 'secrets');
        let secrets = null;
        if (secretsNode?.kind === 'scalar') {
            secrets = {
                inherit: (0,yaml_tree/* scalarText */.ws)(secretsNode) === 'inherit',
                values: [],
                location: this.nodeLoc(secretsNode)
            };
        }
        else if (secretsNode?.kind === 'map') {
            secrets = {
                inherit: false,
                values: this.keyValues(secretsNode),
                location: this.nodeLoc(secretsNode)
            };
        }
        const needs = this.stringList((0,yaml_tree/* mapGet */.ZX)(node, 'needs'));
        const container = (0,yaml_tree/* mapGet */.ZX)(node, 'container');
        const services = (0,yaml_tree/* mapGet */.ZX)(node, 'services');
        const steps = (0,yaml_tree/* mapGet */.ZX)(node, 'steps');
        const runsOn = (0,yaml_tree/* mapGet */.ZX)(node, 'runs-on');
        return {
            id: (0,yaml_tree/* keyText */.Pu)(key),
            idLocation: this.loc(key.range),
            location: this.nodeLoc(node),
            name: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'name')),
            needs,
            if: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'if')),
            runsOn: runsOn?.kind === 'scalar' ? (0,yaml_tree/* scalarText */.ws)(runsOn) : this.stringList(runsOn).join(', ') || null,
            environment: this.environment((0,yaml_tree/* mapGet */.ZX)(node, 'environment')),
            env: env.values,
            envExpression: env.expression,
            defaults: this.defaults((0,yaml_tree/* mapGet */.ZX)(node, 'defaults')),
            permissions: this.permissions((0,yaml_tree/* mapGet */.ZX)(node, 'permissions')),
            matrix: this.matrix((0,yaml_tree/* mapGet */.ZX)((0,yaml_tree/* mapGet */.ZX)(node, 'strategy'), 'matrix')),
            uses: this.uses((0,yaml_tree/* mapGet */.ZX)(node, 'uses'), true),
            with: this.keyValues((0,yaml_tree/* mapGet */.ZX)(node, 'with')),
            secrets,
            container: container
                ? {
                    image: container.kind === 'scalar'
                        ? (0,yaml_tree/* scalarText */.ws)(container)
                        : (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(container, 'image')),
                    env: this.keyValues((0,yaml_tree/* mapGet */.ZX)(container, 'env'))
                }
                : null,
            services: services?.kind === 'map'
                ? services.entries.map(e => ({
                    id: (0,yaml_tree/* keyText */.Pu)(e.key),
                    image: (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(e.value, 'image')),
                    env: this.keyValues((0,yaml_tree/* mapGet */.ZX)(e.value, 'env'))
                }))
                : [],
            outputs: this.keyValues((0,yaml_tree/* mapGet */.ZX)(node, 'outputs')),
            steps: steps?.kind === 'seq' ? steps.items.map((s, i) => this.step(s, i)) : [],
            secretRefs: []
        };
    }
    // -------------------------------------------------------------------------------------------
    // Secret references
    tooManySecrets() {
        const last = this.secretRefs[this.secretRefs.length - 1]?.location;
        return {
            kind: 'limit',
            message: TOO_MANY_SECRETS_MESSAGE,
            location: last ? at(this.file, last.line, last.column) : at(this.file, 1, 1)
        };
    }
    collectSecrets(node, path, jobs) {
        if (this.secretsLimited)
            return;
        // One path array for the whole walk (pushed and popped): a copy per node was most of the
        // walk's garbage, and only a secret mention reads the path.
        if (node.kind === 'map') {
            for (const entry of node.entries) {
                path.push((0,yaml_tree/* keyText */.Pu)(entry.key));
                this.collectSecrets(entry.value, path, jobs);
                path.pop();
            }
            return;
        }
        if (node.kind === 'seq') {
            for (let i = 0; i < node.items.length; i++) {
                const item = node.items[i];
                if (item === undefined)
                    continue;
                path.push(i);
                this.collectSecrets(item, path, jobs);
                path.pop();
            }
            return;
        }
        if (typeof node.value !== 'string' || !node.value.includes('${{'))
            return;
        const value = node.value;
        let map = null;
        for (const span of (0,expressions/* findExpressions */.zV)(value)) {
            const mentions = (0,expressions/* findSecretMentions */.pW)(span.inner, span.innerStart);
            if (mentions.length === 0)
                continue;
            map ??= this.mapOf(node);
            for (const mention of mentions) {
                if (this.secretRefs.length >= MAX_SECRET_REFERENCES) {
                    this.secretsLimited = true;
                    return;
                }
                const context = this.flowOf(path, jobs, mention.start);
                this.secretRefs.push({
                    name: mention.name,
                    expression: value.slice(span.start, span.end),
                    location: locateInValue(this.file, map, mention.start, mention.end),
                    expressionLocation: locateInValue(this.file, map, span.start, span.end),
                    flow: context.flow,
                    jobId: context.jobId,
                    stepIndex: context.stepIndex
                });
            }
        }
    }
    scriptFlow(step, offset) {
        return step.run ? secretFlowInScript(step.run, offset) : {};
    }
    flowOf(path, jobs, offset) {
        const flow = {
            kind: 'other',
            scope: 'workflow',
            key: null,
            uses: null,
            command: null,
            flag: null,
            variable: null,
            fly: false,
            heredoc: false,
            redirect: null,
            path: pathText(path)
        };
        const str = (i) => {
            const s = path[i];
            return typeof s === 'string' ? s : null;
        };
        if (path[0] === 'env' && path.length === 2) {
            return { flow: { ...flow, kind: 'env', key: str(1) }, jobId: null, stepIndex: null };
        }
        if (path[0] !== 'jobs' || path.length < 2)
            return { flow, jobId: null, stepIndex: null };
        const jobId = str(1);
        const job = jobs.find(j => j.id === jobId);
        const base = { ...flow, scope: 'job' };
        const rest = path.slice(2);
        const done = (f, stepIndex = null) => ({
            flow: f,
            jobId,
            stepIndex
        });
        if (rest[0] === 'env' && rest.length === 2)
            return done({ ...base, kind: 'env', key: str(3) });
        if (rest[0] === 'with' && rest.length === 2) {
            return done({ ...base, kind: 'with', key: str(3), uses: job?.uses?.raw ?? null });
        }
        if (rest[0] === 'secrets' && rest.length === 2) {
            return done({ ...base, kind: 'secrets', key: str(3), uses: job?.uses?.raw ?? null });
        }
        if (rest[0] === 'container' && rest[1] === 'env' && rest.length === 3) {
            return done({ ...base, kind: 'env', scope: 'container', key: str(4) });
        }
        if (rest[0] === 'services' && rest[2] === 'env' && rest.length === 4) {
            return done({ ...base, kind: 'env', scope: 'service', key: str(5) });
        }
        if (rest[0] === 'steps' && typeof rest[1] === 'number') {
            const stepIndex = rest[1];
            const step = job?.steps[stepIndex];
            const stepBase = { ...base, scope: 'step' };
            if (rest[2] === 'env' && rest.length === 4)
                return done({ ...stepBase, kind: 'env', key: str(5) }, stepIndex);
            if (rest[2] === 'with' && rest.length === 4) {
                return done({ ...stepBase, kind: 'with', key: str(5), uses: step?.uses?.raw ?? null }, stepIndex);
            }
            if (rest[2] === 'run' && rest.length === 3 && step?.run) {
                return done({ ...stepBase, ...this.scriptFlow(step, offset), kind: 'run' }, stepIndex);
            }
            return done(stepBase, stepIndex);
        }
        return done(base);
    }
}
function pathText(path) {
    let s = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            s += `[${segment}]`;
        else
            s += s === '' ? segment : `.${segment}`;
    }
    return s;
}
function toMatrixValue(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toMatrixValue);
    const out = {};
    for (const e of node.entries)
        out[(0,yaml_tree/* keyText */.Pu)(e.key)] = toMatrixValue(e.value);
    return out;
}
/** Parses a `uses:` value. */
function parseUses(raw, location, jobLevel) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('./') || trimmed.startsWith('.\\')) {
        const path = normalizeRepoPath(trimmed).replace(/\/+$/, '');
        const isWorkflow = jobLevel || /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
        return {
            raw,
            kind: isWorkflow ? 'reusable-workflow' : 'local',
            owner: null,
            repo: null,
            path,
            ref: null,
            pinnedToSha: false,
            location
        };
    }
    if (trimmed.startsWith('docker://')) {
        return {
            raw,
            kind: 'docker',
            owner: null,
            repo: null,
            path: trimmed.slice(9),
            ref: null,
            pinnedToSha: false,
            location
        };
    }
    const atSign = trimmed.lastIndexOf('@');
    const name = atSign < 0 ? trimmed : trimmed.slice(0, atSign);
    const ref = atSign < 0 ? null : trimmed.slice(atSign + 1);
    const [owner, repo, ...rest] = name.split('/');
    return {
        raw,
        kind: jobLevel ? 'reusable-workflow' : 'action',
        owner: owner || null,
        repo: repo || null,
        path: rest.length > 0 ? rest.join('/') : null,
        ref,
        pinnedToSha: ref !== null && /^[0-9a-f]{40}$/i.test(ref),
        location
    };
}
/** File position of an offset in a scalar value (run scripts, with/env values). */
function locateInValue(file, map, start, end = start) {
    const from = locateOffset(map, start);
    const to = end > start ? locateOffset(map, end - 1) : from;
    return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1 };
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _W: () => (/* binding */ pushedApps),
/* harmony export */   _b: () => (/* binding */ flyRegistryLogin),
/* harmony export */   eD: () => (/* binding */ pushedImageWords),
/* harmony export */   rE: () => (/* binding */ FLY_REGISTRY_HOST)
/* harmony export */ });
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9679);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3353);
// Pushing an image to Fly's registry is a deploy: `flyctl auth docker` (or `docker login
// registry.fly.io`) then `docker push registry.fly.io/<app>:tag`, or a build action whose tags
// name `registry.fly.io/<app>`. The app is the first path segment of the reference.


const FLY_REGISTRY_HOST = 'registry.fly.io';
/** `registry.fly.io/web:v1` -> `web`; null for another registry or no app segment. */
function registryApp(reference) {
    const ref = reference.trim().replace(/^docker:\/\//, '');
    if (!ref.startsWith(`${FLY_REGISTRY_HOST}/`))
        return null;
    const app = /^[^/:@\s]+/.exec(ref.slice(FLY_REGISTRY_HOST.length + 1))?.[0];
    return app ?? null;
}
/**
 * The apps pushed to, from the values an image reference can take: known names, unknown when a
 * Fly-registry reference's app cannot be told. Null when nothing points at Fly's registry.
 */
function pushedApps(references, asWritten) {
    const apps = [];
    for (const value of (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .stringsOf */ .iw)(references)) {
        if (!value.includes(FLY_REGISTRY_HOST))
            continue;
        const app = registryApp(value);
        apps.push(app === null || app.includes('\u0000') ? _resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV : (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(app));
    }
    if (apps.length > 0)
        return (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KC)(...apps, references.unknown ? _resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV : (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)());
    if (!asWritten.includes(`${FLY_REGISTRY_HOST}/`))
        return null;
    // `registry.fly.io/web:${{ github.sha }}`: the tag is unknown, the app is written out.
    const written = registryApp(asWritten.replace(/^["']/, ''));
    return written !== null && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(written)
        ? (0,_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .known */ .eO)(written)
        : _resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV;
}
/** The image words a `docker` command pushes: `push`, `image push`, `build`/`buildx build --push -t`. */
function pushedImageWords(args) {
    const literal = (i) => (args[i] ? (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .wordLiteral */ .aw)(args[i]) : null);
    let i = 0;
    if (literal(0) === 'image' || literal(0) === 'buildx')
        i = 1;
    const sub = literal(i);
    if (sub === 'push') {
        const rest = args.slice(i + 1).filter(w => !((0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .wordLiteral */ .aw)(w) ?? '').startsWith('-'));
        return rest.slice(0, 1);
    }
    if (sub !== 'build')
        return [];
    const words = args.slice(i + 1);
    const pushes = words.some(w => {
        const text = (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .wordLiteral */ .aw)(w);
        return text === '--push' || text === '--output=type=registry' || text === '--push=true';
    });
    if (!pushes)
        return [];
    const tags = [];
    words.forEach((w, k) => {
        const text = (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .wordLiteral */ .aw)(w) ?? '';
        const next = words[k + 1];
        if ((text === '-t' || text === '--tag') && next)
            tags.push(next);
        else if (text.startsWith('--tag=') || text.startsWith('-t='))
            tags.push((0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .wordAfter */ .dy)(w, text.indexOf('=') + 1));
    });
    return tags;
}
/** `docker login registry.fly.io ...`: the password word (or null: read from stdin). */
function flyRegistryLogin(args) {
    if (args[0] ? (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .wordLiteral */ .aw)(args[0]) !== 'login' : true)
        return null;
    let password = null;
    let host = null;
    for (let i = 1; i < args.length; i++) {
        const text = (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .wordLiteral */ .aw)(args[i]);
        if (text === '-p' || text === '--password')
            password = args[++i] ?? null;
        else if (text === '-u' || text === '--username')
            i++;
        else if (text !== null && !text.startsWith('-'))
            host = text;
    }
    return host === FLY_REGISTRY_HOST ? { password } : null;
}


/***/ }),

/***/ 4999:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* reexport safe */ _repo_paths_js__WEBPACK_IMPORTED_MODULE_2__.Fd),
/* harmony export */   Lc: () => (/* binding */ findAppConfig),
/* harmony export */   j1: () => (/* reexport safe */ _repo_paths_js__WEBPACK_IMPORTED_MODULE_2__.j1),
/* harmony export */   uJ: () => (/* reexport safe */ _repo_paths_js__WEBPACK_IMPORTED_MODULE_2__.uJ),
/* harmony export */   un: () => (/* reexport safe */ _repo_paths_js__WEBPACK_IMPORTED_MODULE_2__.un)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _repo_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4916);
/* harmony import */ var _yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15);
// Reading the repository without doing I/O here: callers hand in a `RepoFiles` (the action and
// the CLI implement it with fs; tests with a record of strings). Fly configs are read here; the
// paths and the interface live in repo-paths.ts, which loads no parser.




/** Reads the `app` of a Fly config file (TOML, or JSON/YAML by extension). Never throws. */
function readAppConfig(repo, path) {
    let text;
    try {
        text = repo.read(path);
    }
    catch {
        text = undefined;
    }
    if (text === undefined)
        return { status: 'missing' };
    const app = appNameOf(path, text);
    if (app === undefined)
        return { status: 'broken', path };
    if (app === null)
        return { status: 'no-app', path };
    return { status: 'found', path, app };
}
/** The app name in a config text; null when absent; undefined when the file cannot be parsed. */
function appNameOf(path, text) {
    try {
        if (/\.json$/i.test(path)) {
            const parsed = JSON.parse(text);
            const app = typeof parsed === 'object' && parsed !== null
                ? parsed['app']
                : undefined;
            return typeof app === 'string' && app.trim() !== '' ? app.trim() : null;
        }
        if (/\.ya?ml$/i.test(path)) {
            const tree = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .readYamlTree */ ._d)(text);
            if (tree.errors.length > 0)
                return undefined;
            const app = (0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarText */ .ws)((0,_yaml_tree_js__WEBPACK_IMPORTED_MODULE_1__/* .mapGet */ .ZX)(tree.root, 'app'));
            return app !== null && app.trim() !== '' ? app.trim() : null;
        }
        const parsed = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
        const app = parsed['app'];
        return typeof app === 'string' && app.trim() !== '' ? app.trim() : null;
    }
    catch {
        return undefined;
    }
}
/**
 * The config flyctl would load: `--config P` tries `P` then `P/fly.toml`; without it, the
 * working directory's `fly.toml`, `fly.json`, `fly.yaml`.
 */
function findAppConfig(repo, workingDir, configFlag) {
    const candidates = [];
    if (configFlag !== null) {
        const p = (0,_repo_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .joinPath */ .uJ)(workingDir, configFlag);
        if (p === null)
            return { status: 'missing' };
        candidates.push(p, p === '' ? 'fly.toml' : `${p}/fly.toml`);
    }
    else {
        const prefix = workingDir === '' ? '' : `${workingDir}/`;
        candidates.push(`${prefix}fly.toml`, `${prefix}fly.json`, `${prefix}fly.yaml`);
    }
    for (const candidate of candidates) {
        const found = readAppConfig(repo, candidate);
        if (found.status !== 'missing')
            return found;
    }
    return { status: 'missing' };
}


/***/ }),

/***/ 4916:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ normalizePath),
/* harmony export */   j1: () => (/* binding */ repoFilesFromRecord),
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   un: () => (/* binding */ WORKSPACE)
/* harmony export */ });
// Repository paths and the `RepoFiles` interface: what the file sources and the workflow room
// share. Pure and light (no parser), so a run that reads no workflow never loads one.
/** A `RepoFiles` over an in-memory record (tests, callers that already read the files). */
function repoFilesFromRecord(files) {
    const normalized = new Map();
    for (const [path, text] of Object.entries(files))
        normalized.set(normalizePath(path) ?? path, text);
    return {
        read: path => normalized.get(normalizePath(path) ?? path),
        list: () => [...normalized.keys()]
    };
}
/** Where `$GITHUB_WORKSPACE` / `${{ github.workspace }}` point; paths under it are repo paths. */
const WORKSPACE = '/github/workspace';
/**
 * Normalizes a repo-relative path: `./a/../b/` -> `b`, the workspace prefix removed. Null for
 * paths that leave the repository (absolute elsewhere, `~`, too many `..`). The root is `''`.
 */
function normalizePath(path) {
    if (isNormalized(path))
        return path;
    let p = path.replace(/\\/g, '/');
    if (p === WORKSPACE || p.startsWith(`${WORKSPACE}/`))
        p = p.slice(WORKSPACE.length);
    else if (p.startsWith('/') || p.startsWith('~'))
        return null;
    const out = [];
    for (const segment of p.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (out.length === 0)
                return null;
            out.pop();
            continue;
        }
        out.push(segment);
    }
    return out.join('/');
}
/**
 * Whether `path` is already what `normalizePath` makes of it: relative, forward slashes, no empty,
 * `.` or `..` segment. Most paths are (every path of a listing), and the scan asks for each.
 */
function isNormalized(path) {
    const first = path.charCodeAt(0);
    if (path === '' || first === 47 /* / */ || first === 126 /* ~ */)
        return false;
    let segment = 0;
    for (let i = 0; i <= path.length; i++) {
        const code = i < path.length ? path.charCodeAt(i) : 47;
        if (code === 92 /* \ */)
            return false;
        if (code !== 47)
            continue;
        const length = i - segment;
        const dots = path.charCodeAt(segment) === 46 && (length === 1 || path.charCodeAt(segment + 1) === 46);
        if (length === 0 || (length <= 2 && dots))
            return false;
        segment = i + 1;
    }
    return true;
}
/** `dir` + `path` (path may be absolute under the workspace). */
function joinPath(dir, path) {
    if (path.startsWith('/') || path.startsWith('~'))
        return normalizePath(path);
    return normalizePath(dir === '' ? path : `${dir}/${path}`);
}


/***/ }),

/***/ 3353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HG: () => (/* binding */ Scope),
/* harmony export */   HV: () => (/* reexport safe */ _expressions_js__WEBPACK_IMPORTED_MODULE_0__.HV),
/* harmony export */   KC: () => (/* reexport safe */ _expressions_js__WEBPACK_IMPORTED_MODULE_0__.KC),
/* harmony export */   VY: () => (/* binding */ secretsIn),
/* harmony export */   X5: () => (/* binding */ workspacePath),
/* harmony export */   aF: () => (/* binding */ secretValue),
/* harmony export */   eO: () => (/* reexport safe */ _expressions_js__WEBPACK_IMPORTED_MODULE_0__.eO),
/* harmony export */   iT: () => (/* binding */ matrixLookup),
/* harmony export */   iw: () => (/* binding */ stringsOf),
/* harmony export */   wl: () => (/* binding */ matrixCombinations),
/* harmony export */   xW: () => (/* binding */ concat)
/* harmony export */ });
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3174);
/* harmony import */ var _repo_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4999);
// Telling which values a `${{ }}` template, an env variable or a matrix key can take at a given
// point of a job. Everything unknowable (vars, secrets, event payloads, command output) is
// "unknown"; literal matrices, env values, step outputs written with literal values and
// `choice` inputs are followed.



/** String forms of the values, deduplicated. */
function stringsOf(r) {
    return [...new Set(r.values.map(_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ))];
}
/** Concatenation of alternatives: the cartesian product, capped. */
function concat(parts) {
    let values = [''];
    let unknown = false;
    for (const part of parts) {
        unknown ||= part.unknown;
        const options = stringsOf(part);
        const product = [];
        for (const prefix of values)
            for (const option of options)
                product.push(prefix + option);
        values = product;
        if (values.length > _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_ALTERNATIVES */ .cg)
            return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
    }
    return { values: [...new Set(values)], unknown };
}
/** A repo-relative directory as the runner sees it (under `$GITHUB_WORKSPACE`). */
function workspacePath(dir) {
    return dir === '' ? _repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKSPACE */ .un : `${_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKSPACE */ .un}/${dir}`;
}
function githubContext(path) {
    if (path[0] === 'workspace')
        return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(_repo_files_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKSPACE */ .un);
    return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
}
// ---------------------------------------------------------------------------------------------
// Secrets
/**
 * A secret's value stands for "unknown text" that remembers the secret's name: a marker no real
 * value holds (NUL bytes), flagged unknown, so every rule that needs a known value (app names,
 * paths, tests) still sees an unknown one, while the token a command runs with can still be told
 * apart from another (`secretsIn`).
 */
const MARK = '\u0000secrets.';
const MARK_END = '\u0000';
function secretValue(name) {
    return { values: [`${MARK}${name}${MARK_END}`], unknown: true };
}
/** The names of the secrets a value may hold, in order, without duplicates. */
function secretsIn(r) {
    const names = [];
    for (const v of r.values) {
        if (typeof v !== 'string')
            continue;
        for (let at = v.indexOf(MARK); at >= 0; at = v.indexOf(MARK, at + 1)) {
            const end = v.indexOf(MARK_END, at + MARK.length);
            if (end < 0)
                break;
            const name = v.slice(at + MARK.length, end);
            if (!names.includes(name))
                names.push(name);
        }
    }
    return names;
}
const MAX_DEPTH = 24;
/**
 * A point in a job where expressions are evaluated: env layers (innermost first: step, values
 * written to GITHUB_ENV, job, workflow) plus the other contexts.
 */
class Scope {
    layers;
    contexts;
    depth;
    constructor(layers, contexts, depth = 0) {
        this.layers = layers;
        this.contexts = contexts;
        this.depth = depth;
    }
    /** Value of an env variable; null when no layer defines it. */
    env(name) {
        if (this.depth > MAX_DEPTH)
            return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
        for (let i = 0; i < this.layers.length; i++) {
            const layer = this.layers[i];
            if (!layer)
                continue;
            if (layer.kind === 'resolved') {
                const found = layer.values.get(name);
                if (found)
                    return found;
                continue;
            }
            const entry = layer.values.find(kv => kv.key === name);
            if (entry) {
                // A value sees the layers outside its own (`env.X` in job env reads workflow env).
                const outer = new Scope(this.layers.slice(i + 1), this.contexts, this.depth + 1);
                return entry.isScalar && entry.value !== null ? outer.template(entry.value) : (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)('');
            }
            if (layer.dynamic)
                return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
        }
        return null;
    }
    lookup = (path) => {
        const [head, ...rest] = path;
        switch (head) {
            case 'env':
                return rest.length === 1 ? (this.env(rest[0] ?? '') ?? _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV) : _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
            case 'matrix':
                return this.contexts.matrix(rest);
            case 'inputs':
                return rest.length === 1 ? this.contexts.inputs(rest[0] ?? '') : _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
            case 'steps':
                return this.contexts.steps(rest);
            case 'secrets': {
                const name = rest.length === 1 ? rest[0] : undefined;
                if (name === undefined)
                    return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
                return this.contexts.secrets ? this.contexts.secrets(name) : secretValue(name);
            }
            case 'github':
                if (rest[0] === 'event' && rest[1] === 'inputs' && rest.length === 3) {
                    return this.contexts.inputs(rest[2] ?? '');
                }
                if (rest[0] === 'action_path' &&
                    rest.length === 1 &&
                    this.contexts.actionPath !== undefined)
                    return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(workspacePath(this.contexts.actionPath));
                return githubContext(rest);
            default:
                return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
        }
    };
    /** A string with `${{ }}` parts, as GitHub would substitute it. */
    template(text) {
        if (this.depth > MAX_DEPTH)
            return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
        const spans = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .findExpressions */ .zV)(text);
        if (spans.length === 0)
            return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(text);
        const parts = [];
        let last = 0;
        // Empty text between expressions adds nothing to the concatenation.
        for (const span of spans) {
            if (span.start > last)
                parts.push((0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(text.slice(last, span.start)));
            parts.push((0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(span.inner, this.lookup));
            last = span.end;
        }
        if (last < text.length)
            parts.push((0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(text.slice(last)));
        return concat(parts);
    }
    /** The value of one expression body (a shell word's `${{ }}` part). */
    expression(inner) {
        return this.template('${{' + inner + '}}');
    }
    withLayers(layers) {
        return new Scope(layers, this.contexts, this.depth);
    }
}
const MAX_COMBINATIONS = 64;
/** The combinations GitHub would run (include/exclude applied); one empty one without matrix. */
function matrixCombinations(matrix) {
    const none = { values: {}, unknownKeys: new Set(), allUnknown: false };
    if (!matrix)
        return [none];
    if (matrix.dynamic || matrix.dynamicKeys.includes('include')) {
        return [{ values: {}, unknownKeys: new Set(), allUnknown: true }];
    }
    const unknownKeys = new Set(matrix.dynamicKeys.filter(k => k !== 'exclude'));
    const axes = Object.entries(matrix.axes);
    let combos = cartesian(axes);
    if (combos === null)
        return [{ values: {}, unknownKeys, allUnknown: true }];
    combos = combos.filter(combo => !matrix.exclude.some(rule => matches(combo, rule)));
    const original = new Set(axes.map(([k]) => k));
    for (const include of matrix.include) {
        let merged = false;
        for (const combo of combos) {
            const conflicts = Object.entries(include).some(([k, v]) => original.has(k) && k in combo && !sameValue(combo[k] ?? null, v));
            if (!conflicts && axes.length > 0) {
                Object.assign(combo, include);
                merged = true;
            }
        }
        if (!merged)
            combos.push({ ...include });
    }
    if (combos.length === 0)
        return [{ values: {}, unknownKeys, allUnknown: false }];
    if (combos.length > MAX_COMBINATIONS)
        return [{ values: {}, unknownKeys, allUnknown: true }];
    return combos.map(values => ({ values, unknownKeys, allUnknown: false }));
}
/**
 * Every combination of the axes' values, the first axis varying slowest; null when there would be
 * more than MAX_COMBINATIONS (counted axis by axis, as they are multiplied out).
 */
function cartesian(axes) {
    let count = axes.length > 0 ? 1 : 0;
    for (const [, values] of axes) {
        count *= values.length;
        if (count > MAX_COMBINATIONS)
            return null;
    }
    if (count === 0)
        return [];
    let combos = [{}];
    for (const [key, values] of axes) {
        combos = combos.flatMap(combo => values.map(v => ({ ...combo, [key]: v })));
    }
    return combos;
}
function matches(combo, rule) {
    return Object.entries(rule).every(([k, v]) => k in combo && sameValue(combo[k] ?? null, v));
}
function sameValue(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** `matrix.<key>.<sub>` in one combination. */
function matrixLookup(combo, path) {
    if (combo.allUnknown)
        return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
    const [key, ...rest] = path;
    if (key === undefined)
        return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
    if (combo.unknownKeys.has(key))
        return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
    let value = combo.values[key];
    if (value === undefined)
        return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(null);
    for (const segment of rest) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(null);
        value = value[segment];
        if (value === undefined)
            return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(null);
    }
    if (value !== null && typeof value === 'object')
        return _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV;
    return (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .known */ .eO)(value);
}


/***/ }),

/***/ 7568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ mayHold),
/* harmony export */   Z: () => (/* binding */ neverRuns)
/* harmony export */ });
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3174);
// Whether a job's or step's `if:` can hold. GitHub reads an `if:` as an expression with or without
// `${{ }}`, and puts `success() &&` in front of one that calls no status function: `success()` is
// an unknown boolean here (as `always()` and the others), so that cannot make a false `if:` true.
// Text around a `${{ }}` makes a non-empty string, which is true.

/**
 * Whether an `if:` may hold when the contexts have the values `lookup` gives (by default every
 * value unknown). No `if:`, an empty one, text GitHub rejects or we cannot decide: it may.
 */
function mayHold(condition, lookup = () => _expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV) {
    const text = condition?.trim() ?? '';
    const spans = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .findExpressions */ .zV)(text);
    const only = spans[0];
    // Text around the expression, a second one, or no closing `}}`.
    const whole = only && only.start === 0 && only.innerStart + only.inner.length + 2 === text.length;
    if (spans.length > 1 || (only && !whole))
        return true;
    const body = only ? only.inner : text;
    if (body.trim() === '')
        return true;
    const result = (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateExpression */ .O4)(body, lookup);
    return result.unknown || result.values.some(_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .truthy */ .vN);
}
/** A job or step whose `if:` is false whatever the run (`if: false`, `${{ 1 == 2 }}`): it never runs. */
function neverRuns(condition) {
    return !mayHold(condition);
}


/***/ }),

/***/ 9020:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jw: () => (/* binding */ AGENTS),
  te: () => (/* binding */ followCommand),
  aU: () => (/* binding */ onlyValue),
  pA: () => (/* binding */ parsedOnce)
});

// EXTERNAL MODULE: ./lib/workflow/fly-commands.js + 1 modules
var fly_commands = __webpack_require__(463);
;// CONCATENATED MODULE: ./lib/workflow/make-file.js
// Makefiles, as far as following `make TARGET` needs: rules (targets, prerequisites, recipe
// lines), simple variables (`=`, `:=`, `?=`, `+=`) and their expansion in recipe lines. Not make:
// conditionals keep both branches, pattern rules and functions are unknown text.
const ASSIGNMENT = /^(?:export\s+|override\s+)*([A-Za-z_][A-Za-z0-9_.-]*)\s*([:!?+]?=|::=)\s*(.*)$/;
/**
 * `targets: prerequisites` (`:` or `::`, never `:=`): the target text before the first colon
 * without its trailing blanks, and the rest after the colon(s) and blanks. What
 * `/^([^:=#\t][^:=#]*?)\s*::?(?!=)\s*(.*)$/` matches, read in one pass: that regex's lazy target
 * followed by `\s*` was quadratic on a long line of blanks.
 */
function ruleOf(line) {
    const colon = line.indexOf(':');
    if (colon < 1 || line.startsWith('\t'))
        return null;
    const target = line.slice(0, colon);
    if (target.includes('=') || target.includes('#'))
        return null;
    let after = colon + 1;
    // `::` unless `::=`, then `:` when no `=` follows (`a::=b` reads as `a` with rest `:=b`).
    if (line[after] === ':' && line[after + 1] !== '=')
        after += 1;
    else if (line[after] === '=')
        return null;
    const rest = line.slice(after).trimStart();
    if (/[\n\r\u2028\u2029]/.test(rest))
        return null;
    return [target.slice(0, 1) + target.slice(1).trimEnd(), rest];
}
/** Reads the rules and variables of a Makefile. Never throws. */
function parseMakefile(text) {
    const rules = new Map();
    const variables = new Map();
    let defaultTarget = null;
    let current = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const lineNumber = i + 1;
        let line = (lines[i] ?? '').replace(/\r$/, '');
        // Continuation lines join with one space (recipes keep theirs for the shell, the same).
        while (line.endsWith('\\') && i + 1 < lines.length) {
            i++;
            line = `${line.slice(0, -1)} ${(lines[i] ?? '').replace(/\r$/, '').trimStart()}`;
        }
        if (line.startsWith('\t')) {
            if (current.length === 0)
                continue;
            const body = line.slice(1);
            const prefix = /^[@+\-\s]*/.exec(body)?.[0].length ?? 0;
            const recipe = { text: body.slice(prefix), line: lineNumber, column: 2 + prefix };
            if (recipe.text.trim() !== '' && !recipe.text.trimStart().startsWith('#'))
                for (const rule of current)
                    rule.recipe.push(recipe);
            continue;
        }
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        if (/^define\s/.test(trimmed)) {
            while (i + 1 < lines.length && !/^\s*endef\b/.test(lines[i + 1] ?? ''))
                i++;
            i++;
            current = [];
            continue;
        }
        if (/^(ifeq|ifneq|ifdef|ifndef|else|endif|include|-include|sinclude|vpath)\b/.test(trimmed))
            continue;
        const assignment = ASSIGNMENT.exec(trimmed);
        if (assignment) {
            const [, name = '', op = '=', value = ''] = assignment;
            const previous = variables.get(name);
            if (op === '?=' && previous !== undefined)
                continue;
            variables.set(name, op === '+=' && previous !== undefined ? `${previous} ${value}` : value);
            current = [];
            continue;
        }
        const rule = ruleOf(trimmed);
        if (!rule) {
            current = [];
            continue;
        }
        const [targetText, rest] = rule;
        // `target: VAR = value` sets a variable for that target only: not a rule of its own.
        if (/^(?:export\s+|override\s+|private\s+)*[A-Za-z_][A-Za-z0-9_.-]*\s*(?:[:?+!]|::)?=/.test(rest)) {
            current = [];
            continue;
        }
        const [prerequisites = '', inline] = splitInlineRecipe(rest);
        current = [];
        for (const target of targetText.split(/\s+/).filter(t => t !== '')) {
            let ruleOf = rules.get(target);
            if (!ruleOf) {
                ruleOf = { target, prerequisites: [], recipe: [] };
                rules.set(target, ruleOf);
            }
            ruleOf.prerequisites.push(...prerequisites
                .replace(/\|/g, ' ')
                .split(/\s+/)
                .filter(p => p !== ''));
            if (inline !== undefined && inline.trim() !== '') {
                ruleOf.recipe.push({ text: inline.trim(), line: lineNumber, column: 1 });
            }
            current.push(ruleOf);
            if (defaultTarget === null && !target.startsWith('.') && !target.includes('%'))
                defaultTarget = target;
        }
    }
    return { rules, defaultTarget, variables };
}
/** `target: prereqs ; recipe` */
function splitInlineRecipe(rest) {
    const semi = rest.indexOf(';');
    return semi < 0
        ? [rest.replace(/#.*$/, ''), undefined]
        : [rest.slice(0, semi), rest.slice(semi + 1)];
}
/** A shell word no one defines: what an unknown function or variable expands to. */
const UNKNOWN_TEXT = '${__unknown__}';
/**
 * A recipe line with make's `$(VAR)`, `${VAR}`, `$@`, `$$` expanded. A variable neither the
 * command line nor the Makefile defines comes from the environment: it is left as a shell
 * variable (`${NAME}`) for the shell interpreter to resolve.
 */
function expandMake(text, makefile, context) {
    return expand(text, makefile, context, 0);
}
function expand(text, makefile, context, depth) {
    if (depth > 10 || !text.includes('$'))
        return text;
    let out = '';
    for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        if (c !== '$') {
            out += c;
            continue;
        }
        const next = text.charAt(i + 1);
        if (next === '$') {
            out += '$';
            i++;
            continue;
        }
        if (next === '(' || next === '{') {
            const close = closing(text, i + 1);
            if (close < 0) {
                out += text.slice(i);
                break;
            }
            out += variable(text.slice(i + 2, close), makefile, context, depth);
            i = close;
            continue;
        }
        if (next === '@')
            out += context.target;
        else if (/[<^?*+|%]/.test(next))
            out += '';
        else
            out += variable(next, makefile, context, depth);
        i++;
    }
    return out;
}
function closing(text, open) {
    const opener = text.charAt(open);
    const closer = opener === '(' ? ')' : '}';
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text.charAt(i) === opener)
            depth++;
        else if (text.charAt(i) === closer && --depth === 0)
            return i;
    }
    return -1;
}
function variable(name, makefile, context, depth) {
    const trimmed = name.trim();
    if (trimmed === 'MAKE')
        return 'make';
    if (trimmed === 'CURDIR')
        return context.curdir;
    if (/\s|,/.test(trimmed))
        return UNKNOWN_TEXT; // a function call: $(shell ...), $(word ...)
    const value = context.overrides.get(trimmed) ?? makefile.variables.get(trimmed);
    if (value !== undefined)
        return expand(value, makefile, context, depth + 1);
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(trimmed) ? `\${${trimmed}}` : UNKNOWN_TEXT;
}

;// CONCATENATED MODULE: ./lib/workflow/templates.js
// `{{\u2026}}` templates (Task, just) found in linear time. The regex `/\{\{(.*?)\}\}/g` rescans the
// rest of the line from every `{{` that has no `}}`, so one committed line of braces cost seconds
// per line (quadratic); this reads each character a bounded number of times and matches the same.
/** What ends a line for the regex `.`: a template never spans one. */
const LINE_END = /[\n\r\u2028\u2029]/g;
/**
 * `text` with each one-line `{{inner}}` replaced by `replace(inner)`, the first `}}` after each
 * `{{` closing it: what `text.replace(/\{\{(.*?)\}\}/g, (_, inner) => replace(inner))` returns.
 */
function replaceTemplates(text, replace) {
    let out = '';
    let from = 0;
    let search = 0;
    // The next `}}` and the next line end at or after the current `{{`, kept while still ahead.
    let close = -1;
    let lineEnd = -1;
    for (;;) {
        const open = text.indexOf('{{', search);
        if (open === -1)
            break;
        if (close < open + 2)
            close = text.indexOf('}}', open + 2);
        if (close === -1)
            break;
        if (lineEnd < open + 2) {
            LINE_END.lastIndex = open + 2;
            lineEnd = LINE_END.exec(text)?.index ?? text.length;
        }
        if (lineEnd < close) {
            // No `{{` before this line end can close on its line.
            search = lineEnd + 1;
            continue;
        }
        out += text.slice(from, open) + replace(text.slice(open + 2, close));
        from = search = close + 2;
    }
    return out + text.slice(from);
}

;// CONCATENATED MODULE: ./lib/workflow/just-file.js
// justfiles, as far as following `just RECIPE` needs: recipes (parameters, dependencies, body
// lines or a shebang body), `name := "value"` variables, aliases and `{{ }}` interpolation of
// names, string literals and `+`. Anything else interpolated is unknown text.


const HEADER = /^@?([A-Za-z_][A-Za-z0-9_-]*)((?:\s+[^:]*)?)\s*:(?!=)\s*(.*)$/;
const VARIABLE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_-]*)\s*:=\s*(.*)$/;
const ALIAS = /^alias\s+([A-Za-z_][A-Za-z0-9_-]*)\s*:=\s*([A-Za-z_][A-Za-z0-9_-]*)\s*$/;
/** Reads a justfile's recipes and variables. Never throws. */
function parseJustfile(text) {
    const recipes = new Map();
    const variables = new Map();
    const aliases = new Map();
    let first = null;
    const lines = text.split('\n').map(l => l.replace(/\r$/, ''));
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        if (line.trim() === '' || /^\s/.test(line) || line.startsWith('#') || line.startsWith('['))
            continue;
        const alias = ALIAS.exec(line);
        if (alias) {
            aliases.set(alias[1] ?? '', alias[2] ?? '');
            continue;
        }
        const variable = VARIABLE.exec(line);
        if (variable) {
            variables.set(variable[1] ?? '', evaluate(variable[2] ?? '', variables, new Map()));
            continue;
        }
        if (/^(set|import|mod)\s/.test(line))
            continue;
        const header = HEADER.exec(line);
        if (!header)
            continue;
        const recipe = {
            name: header[1] ?? '',
            parameters: parameters(header[2] ?? ''),
            dependencies: [...(header[3] ?? '').replace(/#.*$/, '').matchAll(/[A-Za-z_][\w-]*/g)].map(m => m[0]),
            lines: [],
            shebang: null
        };
        let indent = null;
        while (i + 1 < lines.length && (/^\s/.test(lines[i + 1] ?? '') || lines[i + 1] === '')) {
            i++;
            const body = lines[i] ?? '';
            if (body.trim() === '')
                continue;
            indent ??= /^\s*/.exec(body)?.[0] ?? '';
            const content = body.startsWith(indent) ? body.slice(indent.length) : body.trimStart();
            if (recipe.lines.length === 0 && recipe.shebang === null && content.startsWith('#!')) {
                recipe.shebang = interpreterOf(content);
                continue;
            }
            if (recipe.shebang === null && content.startsWith('#'))
                continue;
            const prefix = recipe.shebang === null ? (/^[@-]*/.exec(content)?.[0].length ?? 0) : 0;
            recipe.lines.push({
                text: content.slice(prefix),
                line: i + 1,
                column: body.length - content.length + prefix + 1
            });
        }
        recipes.set(recipe.name, recipe);
        first ??= recipe.name;
    }
    for (const [alias, target] of aliases) {
        const recipe = recipes.get(target);
        if (recipe && !recipes.has(alias))
            recipes.set(alias, recipe);
    }
    return { recipes, defaultRecipe: recipes.has('default') ? 'default' : first, variables };
}
function parameters(text) {
    const out = [];
    for (const m of text.matchAll(/([+*]?)\$?([A-Za-z_][\w-]*)(?:=("[^"]*"|'[^']*'|[^\s"']+))?/g)) {
        const raw = m[3];
        out.push({
            name: m[2] ?? '',
            default: raw === undefined ? null : raw.replace(/^(["'])(.*)\1$/, '$2'),
            variadic: m[1] !== ''
        });
    }
    return out;
}
/** `#!/usr/bin/env python3` -> `python3`; `#!/bin/bash -eu` -> `bash`. */
function interpreterOf(shebang) {
    const words = shebang.slice(2).trim().split(/\s+/);
    const program = words[0]?.endsWith('/env')
        ? words.find((w, i) => i > 0 && !w.startsWith('-'))
        : words[0];
    return (program ?? '').split('/').pop() ?? '';
}
/**
 * The value of a just expression of names, string literals and `+`; unknown text otherwise
 * (backticks, function calls, conditionals).
 */
function evaluate(expression, variables, parameters) {
    const parts = expression.trim().split(/\s*\+\s*/);
    let out = '';
    for (const part of parts) {
        const literal = /^(["'])(.*)\1$/.exec(part);
        if (literal)
            out += literal[2] ?? '';
        else if (/^[A-Za-z_][\w-]*$/.test(part)) {
            const value = parameters.get(part) ?? variables.get(part);
            if (value === undefined)
                return UNKNOWN_TEXT;
            out += value;
        }
        else
            return UNKNOWN_TEXT;
    }
    return out;
}
/** A recipe line with `{{ expr }}` replaced (`{{{{` is a literal `{{`). */
function interpolate(text, variables, parameters) {
    return text
        .split('{{{{')
        .map(piece => replaceTemplates(piece, inner => evaluate(inner, variables, parameters)))
        .join('{{');
}

// EXTERNAL MODULE: ./lib/workflow/needs-context.js
var needs_context = __webpack_require__(2954);
// EXTERNAL MODULE: ./lib/workflow/line-index.js
var line_index = __webpack_require__(7714);
// EXTERNAL MODULE: ./lib/workflow/repo-files.js
var repo_files = __webpack_require__(4999);
// EXTERNAL MODULE: ./lib/workflow/script-sources.js
var script_sources = __webpack_require__(3037);
// EXTERNAL MODULE: ./lib/workflow/yaml-tree.js
var yaml_tree = __webpack_require__(15);
;// CONCATENATED MODULE: ./lib/workflow/package-scripts.js
// package.json scripts, as `npm run`, `yarn`, `pnpm` and `bun run` find them: the package of a
// directory (or the nearest one above it), workspaces by name or path, and each script's line.




/** The package.json of `dir`; null when there is none; 'broken' when it does not parse. */
function readPackage(files, dir) {
    const path = dir === '' ? 'package.json' : `${dir}/package.json`;
    const text = files.read(path);
    if (text === undefined)
        return null;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return 'broken';
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return 'broken';
    const record = parsed;
    const scripts = new Map();
    const raw = record['scripts'];
    if (typeof raw === 'object' && raw !== null) {
        for (const [key, value] of Object.entries(raw)) {
            if (typeof value === 'string')
                scripts.set(key, value);
        }
    }
    return {
        dir,
        path,
        name: typeof record['name'] === 'string' ? record['name'] : null,
        scripts,
        workspaces: workspaceGlobs(files, dir, record['workspaces']),
        text
    };
}
function workspaceGlobs(files, dir, declared) {
    const globs = [];
    const add = (list) => {
        if (Array.isArray(list))
            for (const g of list)
                if (typeof g === 'string')
                    globs.push(g);
    };
    add(declared);
    if (typeof declared === 'object' && declared !== null && !Array.isArray(declared))
        add(declared['packages']);
    const pnpm = files.read(dir === '' ? 'pnpm-workspace.yaml' : `${dir}/pnpm-workspace.yaml`);
    if (pnpm !== undefined) {
        const packages = (0,yaml_tree/* mapGet */.ZX)((0,yaml_tree/* readYamlTree */._d)(pnpm).root, 'packages');
        if (packages?.kind === 'seq') {
            for (const item of packages.items) {
                if (item.kind === 'scalar' && typeof item.value === 'string')
                    globs.push(item.value);
            }
        }
    }
    return globs;
}
/** `dir`, then each directory above it up to the repository root (`''`). */
function* dirAndAbove(dir) {
    let current = dir;
    for (;;) {
        yield current;
        if (current === '')
            return;
        const slash = current.lastIndexOf('/');
        current = slash < 0 ? '' : current.slice(0, slash);
    }
}
/** The package a command in `dir` runs scripts of: `dir`'s, else the nearest one above it. */
function nearestPackage(files, dir) {
    for (const current of dirAndAbove(dir)) {
        const found = readPackage(files, current);
        if (found !== null)
            return found;
    }
    return null;
}
/**
 * The workspace packages of `root` that `selector` names: a path (`packages/api`, `./api`), a
 * package name (`@acme/api`), or a pnpm filter pattern (`@acme/*`, `api...`).
 */
function findWorkspaces(files, root, selector) {
    const wanted = selector.replace(/^\{(.*)\}$/, '$1').replace(/\.\.\.$/, '');
    const asPath = (0,repo_files/* joinPath */.uJ)(root.dir, wanted);
    if (asPath !== null && (wanted.startsWith('.') || wanted.includes('/'))) {
        const byPath = readPackage(files, asPath);
        if (byPath !== null && byPath !== 'broken')
            return [byPath];
    }
    const pattern = globPattern(wanted);
    return workspacePackages(files, root).filter(p => (p.name !== null && pattern.test(p.name)) || p.dir === asPath);
}
/** Every workspace package of `root` (globs expanded over the repository's file list). */
function workspacePackages(files, root) {
    const out = [];
    const seen = new Set();
    const add = (dir) => {
        if (seen.has(dir))
            return;
        seen.add(dir);
        const found = readPackage(files, dir);
        if (found !== null && found !== 'broken')
            out.push(found);
    };
    let listed;
    for (const glob of root.workspaces) {
        if (glob.startsWith('!'))
            continue;
        const dir = (0,repo_files/* joinPath */.uJ)(root.dir, glob.replace(/\/$/, ''));
        if (dir === null)
            continue;
        if (!/[*?{[]/.test(dir)) {
            add(dir);
            continue;
        }
        listed ??= files.list() ?? [];
        const pattern = globPattern(dir, true);
        for (const file of listed) {
            if (!file.endsWith('/package.json') || file.includes('node_modules/'))
                continue;
            const packageDir = file.slice(0, -'/package.json'.length);
            if (pattern.test(packageDir))
                add(packageDir);
        }
    }
    return out;
}
/** `*` within a segment, `**` across segments (paths), `*` anything (names). */
function globPattern(glob, path = false) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob.charAt(i);
        if (c === '*' && glob.charAt(i + 1) === '*') {
            out += '.*';
            i++;
        }
        else if (c === '*')
            out += path ? '[^/]*' : '.*';
        else if (c === '?')
            out += path ? '[^/]' : '.';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
/** A script of a package as shell text, located at its line in package.json. */
function packageScriptSource(pkg, name) {
    const value = pkg.scripts.get(name);
    if (value === undefined)
        return null;
    const at = scriptValueOffset(pkg.text, name);
    if (at === null)
        return (0,script_sources/* embeddedSource */.s)(pkg.path, value, 1, 1, false);
    const { line, column } = (0,line_index/* positionAt */.t$)((0,line_index/* lineStarts */._$)(pkg.text), at.offset);
    return (0,script_sources/* embeddedSource */.s)(pkg.path, value, line, column, at.plain);
}
/**
 * Where the value of script `name` starts in package.json (just after its opening quote), and
 * whether it is written without escapes (so columns inside it are exact). Looks after the
 * `"scripts"` key, which is where npm reads it.
 */
function scriptValueOffset(text, name) {
    const scripts = /"scripts"\s*:\s*\{/.exec(text);
    if (!scripts)
        return null;
    const key = JSON.stringify(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const entry = new RegExp(`${key}\\s*:\\s*"`, 'g');
    entry.lastIndex = scripts.index + scripts[0].length;
    const found = entry.exec(text);
    if (!found)
        return null;
    const offset = found.index + found[0].length;
    let end = offset;
    while (end < text.length && text.charAt(end) !== '"')
        end += text.charAt(end) === '\\' ? 2 : 1;
    return { offset, plain: !text.slice(offset, end).includes('\\') };
}

// EXTERNAL MODULE: ./lib/workflow/resolve.js
var resolve = __webpack_require__(3353);
// EXTERNAL MODULE: ./lib/workflow/shell.js
var workflow_shell = __webpack_require__(9679);
;// CONCATENATED MODULE: ./lib/workflow/task-file.js
// Taskfiles (go-task), as far as following `task NAME` needs: each task's commands (strings or
// `cmd:`), the tasks it calls (`task:` in `cmds`, `deps`), its `dir`, and `vars` with literal
// values; `{{.NAME}}` templates. Anything dynamic (`sh:` vars, other template functions) is
// unknown text.



/** Reads a Taskfile's tasks. Null when it is not YAML with a `tasks` mapping. */
function parseTaskfile(text) {
    const tree = (0,yaml_tree/* readYamlTree */._d)(text);
    const tasks = (0,yaml_tree/* mapGet */.ZX)(tree.root, 'tasks');
    if (tree.errors.length > 0 || tasks?.kind !== 'map')
        return null;
    const out = new Map();
    for (const entry of tasks.entries) {
        const name = (0,yaml_tree/* scalarText */.ws)(entry.key);
        if (name === null)
            continue;
        const body = entry.value;
        const task = { name, steps: [], dir: null, vars: new Map() };
        if (body.kind === 'scalar' || body.kind === 'seq') {
            addCommands(task, body);
        }
        else {
            for (const dep of items((0,yaml_tree/* mapGet */.ZX)(body, 'deps'))) {
                const call = callOf(dep);
                if (call)
                    task.steps.push(call);
            }
            addCommands(task, (0,yaml_tree/* mapGet */.ZX)(body, 'cmds') ?? (0,yaml_tree/* mapGet */.ZX)(body, 'cmd'));
            task.dir = (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(body, 'dir'));
            task.vars = literalVars((0,yaml_tree/* mapGet */.ZX)(body, 'vars'));
        }
        out.set(name, task);
    }
    return { tasks: out, vars: literalVars((0,yaml_tree/* mapGet */.ZX)(tree.root, 'vars')) };
}
function items(node) {
    if (!node)
        return [];
    return node.kind === 'seq' ? node.items : [node];
}
function addCommands(task, node) {
    for (const item of items(node)) {
        if (item.kind === 'scalar') {
            const command = commandOf(item);
            if (command)
                task.steps.push(command);
            continue;
        }
        const call = callOf(item);
        if (call) {
            task.steps.push(call);
            continue;
        }
        const cmd = (0,yaml_tree/* mapGet */.ZX)(item, 'cmd');
        if (cmd?.kind === 'scalar') {
            const command = commandOf(cmd);
            if (command)
                task.steps.push(command);
        }
    }
}
function callOf(node) {
    if (node.kind === 'scalar') {
        const name = (0,yaml_tree/* scalarText */.ws)(node);
        return name === null ? null : { kind: 'task', name, vars: new Map() };
    }
    const name = (0,yaml_tree/* scalarText */.ws)((0,yaml_tree/* mapGet */.ZX)(node, 'task'));
    return name === null ? null : { kind: 'task', name, vars: literalVars((0,yaml_tree/* mapGet */.ZX)(node, 'vars')) };
}
function commandOf(scalar) {
    const text = (0,yaml_tree/* scalarText */.ws)(scalar);
    if (text === null || text.trim() === '')
        return null;
    const start = scalar.range?.start ?? { line: 1, column: 1 };
    const block = scalar.blockHeader !== undefined;
    const quoted = /^["']/.test(scalar.source ?? '');
    if (block) {
        // The body starts on the next line, at the indentation of its first line.
        const indent = /^[ \t]*/.exec(scalar.source ?? '')?.[0].length ?? 0;
        return {
            kind: 'cmd',
            text,
            line: start.line + 1,
            column: indent + 1,
            continuationColumn: indent + 1,
            exact: !scalar.blockHeader?.startsWith('>')
        };
    }
    return {
        kind: 'cmd',
        text,
        line: start.line,
        column: start.column + (quoted ? 1 : 0),
        continuationColumn: 1,
        exact: !quoted && !text.includes('\n')
    };
}
function literalVars(node) {
    const vars = new Map();
    if (node?.kind !== 'map')
        return vars;
    for (const entry of node.entries) {
        const name = (0,yaml_tree/* scalarText */.ws)(entry.key);
        if (name === null)
            continue;
        const value = entry.value.kind === 'scalar' ? (0,yaml_tree/* scalarText */.ws)(entry.value) : null;
        vars.set(name, value ?? UNKNOWN_TEXT);
    }
    return vars;
}
/**
 * A command with `{{.NAME}}` replaced: a known var's value, else `${NAME}` (Task gives templates
 * the environment too, which the shell interpreter resolves). Other templates are unknown text.
 */
function expandTask(text, vars) {
    return replaceTemplates(text, template => {
        const name = /^\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(template.trim())?.[1];
        if (name === undefined)
            return UNKNOWN_TEXT;
        const value = vars.get(name);
        if (value !== undefined)
            return value.includes('{{') ? UNKNOWN_TEXT : value;
        return `\${${name}}`;
    });
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./lib/workflow/mise-file.js
// mise tasks, as far as following `mise run NAME` needs: TOML tasks (`[tasks.NAME]` with `run` as
// a string or a list, `depends`, `dir`, `file`; or `tasks.NAME = "..."`) of a mise config file,
// and file tasks (an executable in `mise-tasks/`, `.mise/tasks/`... named by its path with `:`).
// Templates (`{{arg(...)}}`, `{{vars.x}}`) stay as written: unknown text to the interpreter.

/** Config files mise reads in a directory, nearest first. */
const MISE_CONFIG_NAMES = [
    'mise.local.toml',
    'mise.toml',
    '.mise.toml',
    'mise/config.toml',
    '.mise/config.toml',
    '.config/mise.toml',
    '.config/mise/config.toml'
];
/** Directories of file tasks, relative to the config's directory. */
const MISE_TASK_DIRS = [
    'mise-tasks',
    '.mise-tasks',
    'mise/tasks',
    '.mise/tasks',
    '.config/mise/tasks'
];
/** A config file's tasks by name; null when it is not TOML. */
function parseMiseTasks(text) {
    let data;
    try {
        data = (0,dist/* parse */.qg)(text);
    }
    catch {
        return null;
    }
    const tasks = new Map();
    const table = data.tasks;
    if (typeof table !== 'object' || table === null)
        return tasks;
    for (const [name, value] of Object.entries(table)) {
        const definition = typeof value === 'string' || Array.isArray(value)
            ? { run: value }
            : typeof value === 'object' && value !== null
                ? value
                : {};
        const runs = strings(definition.run);
        tasks.set(name, {
            name,
            run: runs.map(run => locate(text, name, run)),
            depends: strings(definition.depends).flatMap(d => d.split(/\s+/).slice(0, 1)),
            dir: typeof definition.dir === 'string' ? definition.dir : null,
            file: typeof definition.file === 'string' ? definition.file : null
        });
    }
    return tasks;
}
function strings(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((v) => typeof v === 'string');
    return [];
}
/** Where a command's text sits in the file: after its task's name, as written when it can be. */
function locate(text, task, command) {
    const header = Math.max(text.indexOf(`tasks.${task}`), text.indexOf(`[tasks.${quoted(task)}`), 0);
    const exactAt = text.indexOf(command, header);
    const at = exactAt >= 0 ? exactAt : header;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    return { text: command, line, column, exact: exactAt >= 0 && !command.includes('\n') };
}
function quoted(task) {
    return /^[A-Za-z0-9_-]+$/.test(task) ? task : `"${task}"`;
}
/** The file task path for a task name (`db:migrate` -> `db/migrate`). */
function fileTaskPath(name) {
    return name.split(':').join('/');
}

;// CONCATENATED MODULE: ./lib/workflow/script-follow.js
// What a shell command runs of the repository's own code, so needs inference can follow it:
// shell scripts (`./x.sh`, `bash x.sh`, `source x.sh`), package scripts (`npm run X`, `yarn X`,
// `pnpm --filter W X`, `bun run X`), Makefile targets, just recipes and Taskfile tasks. What
// cannot be followed (a script not in the checkout, a Python program, a container given the
// token, an agent) is reported to the host as unseen, with why.











/** An argument that names a file of code (`deploy.js`, `./scripts/x`, `main.go`). */
const CODE_FILE = /\/|\.(?:[cm]?[jt]sx?|py|rb|go|pl|php|exs?)$/;
/** Programs that run code the shell interpreter cannot read (`node deploy.js`, `go run .`). */
const PROGRAMS = new Set([
    'node',
    'nodejs',
    'deno',
    'python',
    'python2',
    'python3',
    'ruby',
    'perl',
    'php',
    'go',
    'cargo',
    'dotnet',
    'java',
    'mix',
    'elixir',
    'dagger',
    'tsx',
    'ts-node',
    'npx',
    'bunx',
    'pnpx',
    'uv',
    'poetry',
    'pipenv'
]);
/**
 * Task runners that run the repository's own tasks from definitions this guard does not read
 * (`nx affected -t deploy`, `turbo run deploy`, `rake deploy`): any task may run flyctl.
 */
const TASK_RUNNERS = new Set([
    'nx',
    'turbo',
    'lerna',
    'moon',
    'rush',
    'rushx',
    'rake',
    'mage',
    'earthly',
    'bazel',
    'bazelisk',
    'gradle',
    'invoke'
]);
/** Package runners that run another program: `npx -y nx ...`, `pnpm exec turbo ...`. */
const EXEC_WRAPPERS = new Set(['npx', 'bunx', 'pnpx']);
const EXEC_SUBCOMMANDS = new Set(['exec', 'dlx', 'x']);
const EXEC_VALUE_FLAGS = new Set(['-p', '--package', '-c', '--call', '--filter', '-F', '-C']);
/** The program a package runner runs (`npx -y nx` -> `nx`), or null. */
function execTarget(base, args) {
    let i = 0;
    if (!EXEC_WRAPPERS.has(base)) {
        if (!['npm', 'pnpm', 'yarn', 'bun'].includes(base))
            return null;
        while (i < args.length && ((0,workflow_shell/* wordLiteral */.aw)(args[i]) ?? '').startsWith('-'))
            i++;
        const sub = args[i];
        if (!sub || !EXEC_SUBCOMMANDS.has((0,workflow_shell/* wordLiteral */.aw)(sub) ?? ''))
            return null;
        i++;
    }
    for (; i < args.length; i++) {
        const text = (0,workflow_shell/* wordLiteral */.aw)(args[i]);
        if (text === null)
            return null;
        if (text === '--')
            continue;
        if (!text.startsWith('-'))
            return (text
                .replace(/@[^/]*$/, '')
                .split('/')
                .pop() ?? text);
        if (EXEC_VALUE_FLAGS.has(text))
            i++;
    }
    return null;
}
/** A task runner, called directly or through a package runner: true when reported. */
function taskRunner(host, cmd, base, args) {
    return runnerUnseen(host, cmd, TASK_RUNNERS.has(base) ? base : execTarget(base, args));
}
function runnerUnseen(host, cmd, runner) {
    if (runner === null || !TASK_RUNNERS.has(runner))
        return false;
    host.unseen(firstLine(cmd), `${runner} runs tasks this guard does not read`, 'runner');
    return true;
}
/** AI coding agents run from a shell: they can run anything with the job's environment. */
const AGENTS = new Set([
    'claude',
    'codex',
    'aider',
    'gemini',
    'opencode',
    'goose',
    'cursor-agent'
]);
/**
 * Follows `cmd` when it runs the repository's code (or says why it cannot). Returns false when the
 * command is none of those, for the interpreter's other cases.
 */
function followCommand(host, cmd, program) {
    const args = cmd.words.slice(1);
    const base = program.split('/').pop() ?? program;
    if (program === 'source' || program === '.')
        return shellFile(host, cmd, args, true);
    if ((0,workflow_shell/* isShellName */.Uq)(base))
        return shellFile(host, cmd, args, false);
    if (program.includes('/'))
        return shellFile(host, cmd, [cmd.words[0], ...args], false);
    if (taskRunner(host, cmd, base, args))
        return true;
    switch (base) {
        case 'npm':
        case 'yarn':
        case 'pnpm':
        case 'bun':
            return packageScript(host, cmd, base, args);
        case 'make':
        case 'gmake':
            return makeTargets(host, cmd, args);
        case 'just':
            return justRecipe(host, cmd, args);
        case 'task':
        case 'go-task':
            return taskRun(host, cmd, args);
        case 'mise':
            return miseRun(host, cmd, args);
        case 'docker':
        case 'podman':
            return container(host, cmd, args);
        default:
            break;
    }
    if (AGENTS.has(base)) {
        host.unseen(firstLine(cmd), 'an AI agent with shell access', 'agent', true);
        return true;
    }
    if (PROGRAMS.has(base) || /^python\d/.test(base)) {
        const operands = args.map(w => (0,workflow_shell/* wordLiteral */.aw)(w) ?? '').filter(a => !a.startsWith('-'));
        const code = (base === 'go' && operands[0] === 'run') ||
            (!['npx', 'bunx', 'pnpx', 'uv', 'poetry', 'pipenv'].includes(base) &&
                CODE_FILE.test(operands[0] ?? ''));
        host.unseen(firstLine(cmd), 'a program that receives the token', code ? 'code' : 'program');
        return true;
    }
    return false;
}
/** The command as written, on one line, short. */
function firstLine(cmd) {
    const words = cmd.words.map(w => ((0,workflow_shell/* wordLiteral */.aw)(w) ?? (0,fly_commands/* wordText */.en)(w)).replace(/\s+/g, ' '));
    const text = words.join(' ');
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
/** The value when it is known to be exactly one, else null. */
function onlyValue(r) {
    const values = (0,resolve/* stringsOf */.iw)(r);
    return !r.unknown && values.length === 1 ? (values[0] ?? null) : null;
}
/** The single known value of a word, or null. */
function single(host, word) {
    return word ? onlyValue(host.word(word)) : null;
}
/** The working directories the command may run in; null when one cannot be told. */
function dirs(host) {
    return host.cwd.unknown ? null : (0,resolve/* stringsOf */.iw)(host.cwd);
}
/** The directories a task runner may start in; null, told as unseen, when they are unknown. */
function runDirectories(host, cmd) {
    const cwds = dirs(host);
    if (cwds === null)
        host.unseen(firstLine(cmd), 'cannot tell which directory it runs in', 'missing');
    return cwds;
}
function files(host) {
    return {
        read: path => (0,needs_context/* readCached */.Jr)(host.ctx, path),
        list: () => {
            try {
                return host.ctx.repo.list?.();
            }
            catch {
                return undefined;
            }
        }
    };
}
/** What `make` reads from a repository file, worked out once per job (keyed by `key`). */
function parsedOnce(ctx, key, make) {
    const cache = ctx.job.files.parsed;
    if (cache.has(key))
        return cache.get(key);
    const value = make();
    cache.set(key, value);
    return value;
}
// ---------------------------------------------------------------------------------------------
// Shell scripts
function shellFile(host, cmd, args, sourced) {
    let i = 0;
    if (!sourced) {
        const options = (0,fly_commands/* shellOptions */.vr)(args);
        if (options.dashC)
            return false;
        i = options.operand;
    }
    const fileWord = args[i];
    // `bash <<EOF` / `bash -s`: the script comes on stdin (the interpreter reads here-documents).
    if (!fileWord)
        return false;
    const detail = firstLine(cmd);
    const names = host.word(fileWord);
    const cwds = dirs(host);
    if (names.unknown || cwds === null) {
        host.unseen(detail, 'cannot tell which script it runs', 'missing');
        return true;
    }
    const positional = args.slice(i + 1).map(w => host.word(w));
    for (const cwd of cwds) {
        for (const name of (0,resolve/* stringsOf */.iw)(names)) {
            const path = (0,repo_files/* joinPath */.uJ)(cwd, name);
            if (path === null || path.startsWith('node_modules/') || path.includes('/node_modules/')) {
                host.unseen(detail, 'a program outside the checkout', 'program');
                continue;
            }
            const text = (0,needs_context/* readCached */.Jr)(host.ctx, path);
            if (text === undefined) {
                host.unseen((0,fly_commands/* wordText */.en)(fileWord), 'not in the checkout', 'missing');
                continue;
            }
            const interpreter = shebangOf(text);
            const shell = sourced || (0,workflow_shell/* isShellName */.Uq)(program(cmd)) || interpreter === '' || (0,workflow_shell/* isShellName */.Uq)(interpreter);
            if (!shell || text.includes('\u0000')) {
                const what = interpreter === '' ? 'a program' : `a ${interpreter} program`;
                host.unseen((0,fly_commands/* wordText */.en)(fileWord), `${what} that receives the token`, 'code');
                continue;
            }
            host.run([(0,script_sources/* wholeFileSource */.f)(path, text)], { key: path, shared: sourced, cwd, positional });
        }
    }
    return true;
}
function program(cmd) {
    const first = cmd.words[0] ? (0,workflow_shell/* wordLiteral */.aw)(cmd.words[0]) : null;
    return (first ?? '').split('/').pop() ?? '';
}
// ---------------------------------------------------------------------------------------------
// Package scripts
const NPM_RUN = new Set(['run', 'run-script', 'rum', 'urn']);
const NPM_SCRIPT_COMMANDS = {
    start: 'start',
    test: 'test',
    t: 'test',
    tst: 'test',
    stop: 'stop',
    restart: 'restart'
};
const YARN_BUILTINS = new Set(('add audit autoclean bin cache check config constraints create dedupe dlx exec explain ' +
    'generate-lock-entry global help import info init install licenses link list login logout ' +
    'node npm outdated owner pack patch patch-commit plugin policies publish rebuild remove ' +
    'search set stage team unlink unplug up upgrade upgrade-interactive version versions why ' +
    'workspaces').split(' '));
const PNPM_BUILTINS = new Set(('add audit bin config create deploy dlx env exec fetch i import init install install-test ' +
    'it licenses link list ls outdated pack patch patch-commit prune publish rb rebuild remove ' +
    'rm root server setup store un uninstall unlink up update why').split(' '));
const BUN_BUILTINS = new Set('add build create exec init install link pm remove test unlink update upgrade x'.split(' '));
/** Package manager flags read here: every workspace, a directory, workspaces, or a value to skip. */
const PM_FLAGS = new Map(Object.entries({
    all: '-ws --workspaces -r --recursive -A --all',
    dir: '--prefix --cwd -C --dir',
    selector: '-w --workspace --filter -F',
    value: '--loglevel --reporter'
}).flatMap(([effect, flags]) => flags.split(' ').map(flag => [flag, effect])));
/** The ones npm still reads after the script name (before `--`). */
const NPM_FLAGS_AFTER_SCRIPT = new Set(['--prefix', '-w', '--workspace', '-ws', '--workspaces']);
function packageScript(host, cmd, manager, args) {
    const run = readPackageRun(host, manager, args);
    if (run === null)
        return false;
    if (run === 'unknown') {
        host.unseen(firstLine(cmd), 'cannot tell which script it runs', 'missing');
        return true;
    }
    const cwds = runDirectories(host, cmd);
    if (cwds === null)
        return true;
    const repo = files(host);
    for (const cwd of cwds) {
        const dir = run.dir === null ? cwd : (0,repo_files/* joinPath */.uJ)(cwd, run.dir);
        const nearest = dir === null ? null : nearestPackage(repo, dir);
        if (nearest === null || nearest === 'broken') {
            const where = dir === null || dir === '' ? 'the repository root' : dir;
            const why = nearest === 'broken'
                ? `${where}/package.json does not parse`
                : `no package.json in ${where}`;
            host.unseen(firstLine(cmd), why, 'missing');
            continue;
        }
        // yarn, pnpm and bun run a package's binary when it has no script of that name
        // (`pnpm turbo deploy`).
        const selected = run.all || run.selectors.length > 0;
        if (manager !== 'npm' && !selected && !nearest.scripts.has(run.script)) {
            runnerUnseen(host, cmd, run.script);
            continue;
        }
        let packages = [nearest];
        if (run.all)
            packages = workspacePackages(repo, nearest).filter(p => p.scripts.has(run.script));
        else if (run.selectors.length > 0) {
            packages = [];
            for (const selector of run.selectors) {
                const found = findWorkspaces(repo, nearest, selector);
                if (found.length === 0)
                    host.unseen(firstLine(cmd), `workspace ${selector} not found`, 'missing');
                packages.push(...found);
            }
        }
        for (const pkg of packages)
            runPackageScript(host, pkg, run);
    }
    return true;
}
/** Runs `preX`, `X` (with the extra arguments) and `postX` of a package. */
function runPackageScript(host, pkg, run) {
    if (!pkg.scripts.has(run.script))
        return;
    const extra = run.extra.map(w => w.raw).join(' ');
    for (const name of [`pre${run.script}`, run.script, `post${run.script}`]) {
        const source = packageScriptSource(pkg, name);
        if (!source)
            continue;
        const text = name === run.script && extra !== '' ? `${source.text} ${extra}` : source.text;
        host.run([{ ...source, text }], { key: `${pkg.path}#${name}`, shared: false, cwd: pkg.dir });
    }
}
/** What `npm run X --prefix D`, `yarn workspace W X`, `pnpm -F W X`... run; null: no script. */
function readPackageRun(host, manager, args) {
    const run = { script: '', dir: null, selectors: [], all: false, extra: [] };
    let i = 0;
    const value = (word) => single(host, word);
    for (; i < args.length; i++) {
        const word = args[i];
        const text = value(word);
        if (text === null)
            return 'unknown';
        if (!text.startsWith('-')) {
            if (manager === 'yarn' && text === 'workspace') {
                const selector = value(args[i + 1]);
                if (selector === null)
                    return 'unknown';
                run.selectors.push(selector);
                i++;
                continue;
            }
            if (manager === 'yarn' && text === 'workspaces' && value(args[i + 1]) === 'foreach') {
                run.all = true;
                i++;
                continue;
            }
            break;
        }
        // pnpm -w: the workspace root, no value.
        const last = readPmFlag(run, args, i, text, value, flag => flag !== '-w' || manager !== 'pnpm');
        if (last === 'unknown')
            return 'unknown';
        i = last;
    }
    const sub = value(args[i]);
    if (sub === null)
        return i < args.length ? 'unknown' : null;
    let scriptIndex;
    if (NPM_RUN.has(sub) || (manager !== 'npm' && sub === 'run'))
        scriptIndex = i + 1;
    else if (manager === 'npm') {
        const script = NPM_SCRIPT_COMMANDS[sub];
        if (!script)
            return null;
        run.script = script;
        scriptIndex = i;
    }
    else if ((manager === 'yarn' && YARN_BUILTINS.has(sub)) ||
        (manager === 'pnpm' && PNPM_BUILTINS.has(sub)) ||
        (manager === 'bun' && (BUN_BUILTINS.has(sub) || /\.[cm]?[jt]sx?$/.test(sub)))) {
        return null;
    }
    else
        scriptIndex = i;
    // Flags between `run` and the script name (`npm run --silent build`).
    while (scriptIndex < args.length && (value(args[scriptIndex]) ?? '').startsWith('-')) {
        const effect = PM_FLAGS.get(value(args[scriptIndex]) ?? '');
        scriptIndex += effect && effect !== 'all' ? 2 : 1;
        if (effect === 'dir')
            run.dir = value(args[scriptIndex - 1]);
    }
    if (!run.script) {
        const script = value(args[scriptIndex]);
        if (script === null)
            return scriptIndex < args.length ? 'unknown' : null;
        run.script = script;
    }
    const rest = args.slice(scriptIndex + 1);
    // npm passes what follows `--`; yarn, pnpm and bun pass everything after the name.
    const dashes = rest.findIndex(w => (0,workflow_shell/* wordLiteral */.aw)(w) === '--');
    const passed = dashes >= 0 ? rest.slice(dashes + 1) : manager === 'npm' ? [] : rest;
    for (let k = 0; manager === 'npm' && k < rest.length && (dashes < 0 || k < dashes); k++) {
        const text = value(rest[k]) ?? '';
        const last = readPmFlag(run, rest, k, text, value, flag => NPM_FLAGS_AFTER_SCRIPT.has(flag));
        if (last === 'unknown')
            return 'unknown';
        k = last;
    }
    run.extra = passed;
    return run;
}
/**
 * Applies the flag `text` at `args[i]` (`--flag value` or `--flag=value`) to `run` when it is one
 * `reads` accepts; returns the index of its last word, or 'unknown' when its value is not known.
 */
function readPmFlag(run, args, i, text, value, reads) {
    const eq = text.indexOf('=');
    const flag = eq > 0 ? text.slice(0, eq) : text;
    const effect = reads(flag) ? PM_FLAGS.get(flag) : undefined;
    if (effect === undefined)
        return i;
    if (effect === 'all') {
        run.all = true;
        return i;
    }
    const given = eq > 0 ? text.slice(eq + 1) : value(args[i + 1]);
    if (given === null)
        return 'unknown';
    if (effect === 'selector')
        run.selectors.push(given);
    else if (effect === 'dir')
        run.dir = given;
    return i + (eq > 0 ? 0 : 1);
}
// ---------------------------------------------------------------------------------------------
// make
const MAKE_VALUE_FLAGS = new Set([
    '-C',
    '--directory',
    '-f',
    '--file',
    '--makefile',
    '-I',
    '-o',
    '-W',
    '-l'
]);
const MAKEFILE_NAMES = ['GNUmakefile', 'makefile', 'Makefile'];
function makeTargets(host, cmd, args) {
    let directory = null;
    let file = null;
    const targets = [];
    const overrides = new Map();
    for (let i = 0; i < args.length; i++) {
        const text = single(host, args[i]);
        if (text === null) {
            host.unseen(firstLine(cmd), 'cannot tell which target it runs', 'missing');
            return true;
        }
        if (text === '-n' || text === '--dry-run' || text === '--just-print')
            return true;
        if (text.startsWith('-')) {
            const eq = text.indexOf('=');
            const flag = eq > 0 ? text.slice(0, eq) : text.slice(0, 2);
            let given = null;
            if (MAKE_VALUE_FLAGS.has(flag)) {
                given =
                    eq > 0
                        ? text.slice(eq + 1)
                        : text.length > 2 && !text.startsWith('--')
                            ? text.slice(2)
                            : single(host, args[++i]);
            }
            if (flag === '-C' || flag === '--directory')
                directory = given;
            if (flag === '-f' || flag === '--file' || flag === '--makefile')
                file = given;
            continue;
        }
        const assignment = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(text);
        if (assignment)
            overrides.set(assignment[1] ?? '', assignment[2] ?? '');
        else
            targets.push(text);
    }
    const cwds = runDirectories(host, cmd);
    if (cwds === null)
        return true;
    for (const cwd of cwds) {
        const dir = directory === null ? cwd : (0,repo_files/* joinPath */.uJ)(cwd, directory);
        if (dir === null) {
            host.unseen(firstLine(cmd), 'runs outside the checkout', 'missing');
            continue;
        }
        const candidates = file !== null ? [file] : MAKEFILE_NAMES;
        const path = candidates
            .map(name => (0,repo_files/* joinPath */.uJ)(dir, name))
            .find((p) => p !== null && (0,needs_context/* readCached */.Jr)(host.ctx, p) !== undefined);
        if (path === undefined) {
            host.unseen(firstLine(cmd), `no Makefile in ${dir === '' ? 'the repository root' : dir}`, 'missing');
            continue;
        }
        const makefile = parsedOnce(host.ctx, `make:${path}`, () => parseMakefile((0,needs_context/* readCached */.Jr)(host.ctx, path) ?? ''));
        const wanted = targets.length > 0 ? targets : makefile.defaultTarget ? [makefile.defaultTarget] : [];
        const done = new Set();
        for (const target of wanted)
            runMakeTarget(host, cmd, makefile, path, dir, target, overrides, done);
    }
    return true;
}
function runMakeTarget(host, cmd, makefile, path, dir, target, overrides, done) {
    if (done.has(target))
        return;
    done.add(target);
    const rule = makefile.rules.get(target);
    if (!rule) {
        // A file prerequisite (`build: src/main.go`) has no rule: nothing to run. A target asked for
        // by name that has none comes from a pattern rule or an included file we did not read.
        if (done.size === 1)
            host.unseen(firstLine(cmd), `target ${target} not found in ${path}`, 'missing');
        return;
    }
    for (const prerequisite of rule.prerequisites) {
        if (makefile.rules.has(prerequisite))
            runMakeTarget(host, cmd, makefile, path, dir, prerequisite, overrides, done);
    }
    const context = { target, overrides, curdir: dir === '' ? repo_files/* WORKSPACE */.un : `${repo_files/* WORKSPACE */.un}/${dir}` };
    const sources = rule.recipe.map(line => {
        const text = expandMake(line.text, makefile, context);
        return (0,script_sources/* embeddedSource */.s)(path, text, line.line, line.column, text === line.text);
    });
    if (sources.length > 0)
        host.run(sources, { key: `${path}#${target}`, shared: false, cwd: dir });
}
// ---------------------------------------------------------------------------------------------
// just
const JUSTFILE_NAMES = ['justfile', 'Justfile', '.justfile', 'JUSTFILE'];
function justRecipe(host, cmd, args) {
    let file = null;
    let workdir = null;
    const words = [];
    const overrides = new Map();
    for (let i = 0; i < args.length; i++) {
        const text = single(host, args[i]);
        if (text === null) {
            host.unseen(firstLine(cmd), 'cannot tell which recipe it runs', 'missing');
            return true;
        }
        if (text === '-f' || text === '--justfile')
            file = single(host, args[++i]);
        else if (text === '-d' || text === '--working-directory')
            workdir = single(host, args[++i]);
        else if (text === '--set') {
            const name = single(host, args[++i]);
            const value = single(host, args[++i]);
            if (name !== null && value !== null)
                overrides.set(name, value);
        }
        else if (text === '-n' || text === '--dry-run' || text === '-l' || text === '--list')
            return true;
        else if (text.startsWith('-'))
            continue;
        else if (words.length === 0 && /^[A-Za-z_][\w-]*=/.test(text)) {
            const eq = text.indexOf('=');
            overrides.set(text.slice(0, eq), text.slice(eq + 1));
        }
        else
            words.push(text);
    }
    const cwds = runDirectories(host, cmd);
    if (cwds === null)
        return true;
    for (const cwd of cwds) {
        const found = runnerFile(host, cmd, cwd, file, JUSTFILE_NAMES, 'justfile');
        if (!found)
            continue;
        const { path, text } = found;
        const parsed = parsedOnce(host.ctx, `just:${path}`, () => parseJustfile(text));
        // The parse is shared by every `just` call of the job: overrides go on a copy.
        const justfile = { ...parsed, variables: new Map([...parsed.variables, ...overrides]) };
        const name = words[0] ?? justfile.defaultRecipe;
        if (name === null || !justfile.recipes.has(name)) {
            host.unseen(firstLine(cmd), `recipe ${name ?? '(default)'} not found in ${path}`, 'missing');
            continue;
        }
        const dir = (workdir !== null ? (0,repo_files/* joinPath */.uJ)(cwd, workdir) : null) ?? dirOf(path);
        runJustRecipe(host, cmd, justfile, path, dir, name, words.slice(1), new Set());
    }
    return true;
}
function runJustRecipe(host, cmd, justfile, path, dir, name, args, done) {
    const recipe = justfile.recipes.get(name);
    if (!recipe || done.has(name))
        return;
    done.add(name);
    for (const dependency of recipe.dependencies)
        runJustRecipe(host, cmd, justfile, path, dir, dependency, [], done);
    const parameters = new Map();
    recipe.parameters.forEach((p, i) => {
        const value = p.variadic ? args.slice(i).join(' ') : (args[i] ?? p.default);
        if (value !== null && value !== undefined)
            parameters.set(p.name, value);
    });
    const expanded = recipe.lines.map(l => ({
        ...l,
        text: interpolate(l.text, justfile.variables, parameters)
    }));
    if (recipe.shebang !== null && !(0,workflow_shell/* isShellName */.Uq)(recipe.shebang)) {
        host.unseen(`just ${name}`, `a ${recipe.shebang} recipe that receives the token`, 'program');
        return;
    }
    const sources = recipe.shebang !== null
        ? [
            (0,script_sources/* embeddedSource */.s)(path, expanded.map(l => l.text).join('\n'), expanded[0]?.line ?? 1, expanded[0]?.column ?? 1, false)
        ]
        : expanded.map((l, i) => (0,script_sources/* embeddedSource */.s)(path, l.text, l.line, l.column, l.text === recipe.lines[i]?.text));
    if (sources.length > 0)
        host.run(sources, { key: `${path}#${name}`, shared: false, cwd: dir });
}
/**
 * A task runner's file, read: `file` (given, relative to `dir`) or the first of `names` from `dir`
 * up. Null, told as unseen, when it is not in the checkout.
 */
function runnerFile(host, cmd, dir, file, names, what) {
    const path = dir === null ? null : file !== null ? (0,repo_files/* joinPath */.uJ)(dir, file) : findUpwards(host, dir, names);
    const text = path === null ? undefined : (0,needs_context/* readCached */.Jr)(host.ctx, path);
    if (path !== null && text !== undefined)
        return { path, text };
    host.unseen(firstLine(cmd), `no ${what} in the checkout`, 'missing');
    return null;
}
function findUpwards(host, dir, names) {
    for (const current of dirAndAbove(dir)) {
        for (const name of names) {
            const path = current === '' ? name : `${current}/${name}`;
            if ((0,needs_context/* readCached */.Jr)(host.ctx, path) !== undefined)
                return path;
        }
    }
    return null;
}
/** The directory of a repo-relative file path (`''` at the root). */
function dirOf(path) {
    return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}
/** The interpreter a file's `#!` line names; '' without one. */
function shebangOf(text) {
    return text.startsWith('#!') ? interpreterOf(text.split('\n')[0] ?? '') : '';
}
// ---------------------------------------------------------------------------------------------
// Task (go-task)
const TASKFILE_NAMES = [
    'Taskfile.yml',
    'taskfile.yml',
    'Taskfile.yaml',
    'taskfile.yaml',
    'Taskfile.dist.yml',
    'taskfile.dist.yml',
    'Taskfile.dist.yaml',
    'taskfile.dist.yaml'
];
function taskRun(host, cmd, args) {
    let file = null;
    let workdir = null;
    const names = [];
    const vars = new Map();
    for (let i = 0; i < args.length; i++) {
        const text = single(host, args[i]);
        if (text === null) {
            host.unseen(firstLine(cmd), 'cannot tell which task it runs', 'missing');
            return true;
        }
        if (text === '--')
            break;
        if (text === '-t' || text === '--taskfile')
            file = single(host, args[++i]);
        else if (text === '-d' || text === '--dir')
            workdir = single(host, args[++i]);
        else if (text === '-n' || text === '--dry' || text === '-l' || text === '--list')
            return true;
        else if (text.startsWith('-'))
            continue;
        else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) {
            const eq = text.indexOf('=');
            vars.set(text.slice(0, eq), text.slice(eq + 1));
        }
        else
            names.push(text);
    }
    const cwds = runDirectories(host, cmd);
    if (cwds === null)
        return true;
    for (const cwd of cwds) {
        const base = workdir === null ? cwd : (0,repo_files/* joinPath */.uJ)(cwd, workdir);
        const found = runnerFile(host, cmd, base, file, TASKFILE_NAMES, 'Taskfile');
        if (!found)
            continue;
        const { path, text } = found;
        const taskfile = parsedOnce(host.ctx, `task:${path}`, () => parseTaskfile(text));
        if (taskfile === null) {
            host.unseen(firstLine(cmd), `${path} cannot be read`, 'missing');
            continue;
        }
        const fileDir = dirOf(path);
        for (const name of names.length > 0 ? names : ['default']) {
            if (!taskfile.tasks.has(name)) {
                host.unseen(firstLine(cmd), `task ${name} not found in ${path}`, 'missing');
                continue;
            }
            runTask(host, taskfile, path, fileDir, name, vars, { stack: [], calls: 0 });
        }
    }
    return true;
}
/** How deep tasks may call tasks, and how many task calls one `task` command may make in all. */
const MAX_TASK_DEPTH = 16;
const MAX_TASK_CALLS = 256;
function runTask(host, taskfile, path, fileDir, name, given, walk) {
    const task = taskfile.tasks.get(name);
    // A task calling itself (directly or through others) adds nothing its first run did not show;
    // calls fanning out (each task calling the next several times) are cut by the call budget.
    if (!task || walk.stack.includes(name) || walk.stack.length > MAX_TASK_DEPTH)
        return;
    if (walk.calls >= MAX_TASK_CALLS) {
        if (walk.calls++ === MAX_TASK_CALLS)
            host.unseen(`task ${name}`, `more than ${MAX_TASK_CALLS} task calls to follow`, 'missing');
        return;
    }
    walk.calls++;
    walk.stack.push(name);
    const vars = new Map([...taskfile.vars, ...task.vars, ...given]);
    const dir = task.dir === null ? fileDir : ((0,repo_files/* joinPath */.uJ)(fileDir, expandTask(task.dir, vars)) ?? fileDir);
    const sources = [];
    const flush = () => {
        if (sources.length > 0)
            host.run(sources.splice(0), { key: `${path}#${name}`, shared: false, cwd: dir });
    };
    for (const step of task.steps) {
        if (step.kind === 'task') {
            flush();
            runTask(host, taskfile, path, fileDir, expandTask(step.name, vars), new Map([...given, ...step.vars]), walk);
            continue;
        }
        const text = expandTask(step.text, vars);
        sources.push((0,script_sources/* embeddedSource */.s)(path, text, step.line, step.column, step.exact && text === step.text, step.continuationColumn));
    }
    flush();
    walk.stack.pop();
}
// ---------------------------------------------------------------------------------------------
// mise
/** mise's own subcommands (anything else is a task: `mise deploy` runs the task `deploy`). */
const MISE_COMMANDS = new Set(('activate alias backends bin-paths cache completion config deactivate doctor en env exec ' +
    'fmt generate global implode install install-into latest link local ls ls-remote mcp ' +
    'outdated plugins prune registry reshim search self-update set settings shell sync tool ' +
    'tool-stub trust uninstall unset unuse upgrade usage use version watch where which x').split(' '));
const MISE_VALUE_FLAGS = new Set([
    '-C',
    '--cd',
    '-E',
    '--env',
    '-j',
    '--jobs',
    '-o',
    '--output',
    '-t',
    '--tool',
    '-p',
    '--profile'
]);
function miseRun(host, cmd, args) {
    let directory = null;
    const names = [];
    let i = 0;
    let sawRun = false;
    for (; i < args.length; i++) {
        const text = single(host, args[i]);
        if (text === null) {
            host.unseen(firstLine(cmd), 'cannot tell which task it runs', 'missing');
            return true;
        }
        if (text === '-n' || text === '--dry-run')
            return true;
        if (text.startsWith('-')) {
            const eq = text.indexOf('=');
            const flag = eq > 0 ? text.slice(0, eq) : text;
            const given = MISE_VALUE_FLAGS.has(flag)
                ? eq > 0
                    ? text.slice(eq + 1)
                    : single(host, args[++i])
                : null;
            if (flag === '-C' || flag === '--cd')
                directory = given;
            continue;
        }
        if (!sawRun && names.length === 0) {
            if (text === 'run' || text === 'r') {
                sawRun = true;
                continue;
            }
            if (text === 'tasks' || text === 'task' || text === 't') {
                if (single(host, args[i + 1]) !== 'run')
                    return false;
                sawRun = true;
                i++;
                continue;
            }
            if (MISE_COMMANDS.has(text))
                return false;
        }
        names.push(text);
        // `mise run a ::: b`: several tasks; other words are the task's arguments.
        while (i + 1 < args.length && single(host, args[i + 1]) !== ':::')
            i++;
        if (i + 1 < args.length)
            i++;
    }
    if (names.length === 0) {
        host.unseen(firstLine(cmd), 'runs a task chosen at run time', 'missing');
        return true;
    }
    const cwds = runDirectories(host, cmd);
    if (cwds === null)
        return true;
    for (const cwd of cwds) {
        const base = directory === null ? cwd : (0,repo_files/* joinPath */.uJ)(cwd, directory);
        if (base === null) {
            host.unseen(firstLine(cmd), 'runs outside the checkout', 'missing');
            continue;
        }
        const configs = miseConfigs(host, base);
        for (const name of names)
            runMiseTask(host, cmd, configs, base, name, new Set());
    }
    return true;
}
/** Every mise config from `dir` up to the repository root, nearest first. */
function miseConfigs(host, dir) {
    const found = [];
    for (const current of dirAndAbove(dir)) {
        for (const name of MISE_CONFIG_NAMES) {
            const path = current === '' ? name : `${current}/${name}`;
            const text = (0,needs_context/* readCached */.Jr)(host.ctx, path);
            if (text === undefined)
                continue;
            const tasks = parsedOnce(host.ctx, `mise:${path}`, () => parseMiseTasks(text));
            if (tasks)
                found.push({ root: current, path, tasks });
        }
    }
    return found;
}
function runMiseTask(host, cmd, configs, base, name, done) {
    if (done.has(name))
        return;
    done.add(name);
    const config = configs.find(c => c.tasks.has(name));
    const task = config?.tasks.get(name);
    if (config && task) {
        for (const dependency of task.depends)
            runMiseTask(host, cmd, configs, base, dependency, done);
        const dir = task.dir === null ? config.root : ((0,repo_files/* joinPath */.uJ)(config.root, task.dir) ?? config.root);
        if (task.file !== null) {
            miseFileTask(host, cmd, (0,repo_files/* joinPath */.uJ)(config.root, task.file), dir);
            return;
        }
        const sources = task.run.map(r => (0,script_sources/* embeddedSource */.s)(config.path, r.text, r.line, r.column, r.exact));
        if (sources.length > 0)
            host.run(sources, { key: `${config.path}#${name}`, shared: false, cwd: dir });
        return;
    }
    // A file task: an executable under one of mise's task directories, from here up.
    const roots = [...new Set([base, ...configs.map(c => c.root)])];
    for (const root of roots) {
        for (const taskDir of MISE_TASK_DIRS) {
            const path = (0,repo_files/* joinPath */.uJ)(root, `${taskDir}/${fileTaskPath(name)}`);
            if (path !== null && (0,needs_context/* readCached */.Jr)(host.ctx, path) !== undefined) {
                miseFileTask(host, cmd, path, root);
                return;
            }
        }
    }
    host.unseen(firstLine(cmd), `mise task ${name} not found in the checkout`, 'missing');
}
function miseFileTask(host, cmd, path, cwd) {
    const text = path === null ? undefined : (0,needs_context/* readCached */.Jr)(host.ctx, path);
    if (path === null || text === undefined) {
        host.unseen(firstLine(cmd), `${path ?? 'a task file'} not in the checkout`, 'missing');
        return;
    }
    const interpreter = shebangOf(text);
    if (interpreter !== '' && !(0,workflow_shell/* isShellName */.Uq)(interpreter)) {
        host.unseen(path, `a ${interpreter} task that receives the token`, 'code');
        return;
    }
    host.run([(0,script_sources/* wholeFileSource */.f)(path, text)], { key: path, shared: false, cwd });
}
// ---------------------------------------------------------------------------------------------
// Containers
const TOKEN_ENV = /^(FLY_API_TOKEN|FLY_ACCESS_TOKEN)(=|$)/;
/** `docker run -e FLY_API_TOKEN ...`: a container that receives the token. */
function container(host, cmd, args) {
    const sub = args[0] ? (0,workflow_shell/* wordLiteral */.aw)(args[0]) : null;
    if (sub !== 'run' &&
        sub !== 'exec' &&
        !(sub === 'container' && (0,workflow_shell/* wordLiteral */.aw)(args[1]) === 'run'))
        return false;
    for (let i = 1; i < args.length; i++) {
        const text = (0,fly_commands/* wordText */.en)(args[i]);
        const value = /^(-e|--env)$/.test(text)
            ? (0,fly_commands/* wordText */.en)(args[i + 1] ?? args[i])
            : /^(--env|-e)=?(.*)$/.exec(text)?.[2];
        if (value !== undefined &&
            (TOKEN_ENV.test(value) || /secrets\.[A-Za-z0-9_]*fly/i.test(value))) {
            host.unseen(firstLine(cmd), 'a container that receives the token', 'program', true);
            return true;
        }
        if (text === '--env-file' || text.startsWith('--env-file=')) {
            host.unseen(firstLine(cmd), 'a container that may receive the token (--env-file)', 'program');
            return true;
        }
    }
    return false;
}


/***/ }),

/***/ 7060:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ parsedScript),
/* harmony export */   ZD: () => (/* binding */ forgetScriptParses),
/* harmony export */   q8: () => (/* binding */ scriptCommands)
/* harmony export */ });
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9679);

/**
 * The slot holding a script's parse: a non-enumerable symbol property, so it is no part of the
 * model's data (JSON, test equality). A slot costs nothing to find, where a WeakMap from scripts
 * cost a lookup, an insertion and a deletion per script and digest.
 */
const PARSE = Symbol('shell parse');
/** Scripts that cannot take the slot (a frozen object from a caller). */
const fallback = new WeakMap();
function scriptParse(run) {
    const holder = run;
    const kept = holder[PARSE] ?? fallback.get(run);
    if (kept)
        return kept;
    const parse = { statements: (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .parseShell */ .aV)(run.text) };
    if (Object.hasOwn(holder, PARSE))
        holder[PARSE] = parse;
    else if (Object.isExtensible(holder)) {
        Object.defineProperty(holder, PARSE, {
            value: parse,
            writable: true,
            configurable: true,
            enumerable: false
        });
    }
    else
        fallback.set(run, parse);
    return parse;
}
/** The statements of a script, parsed once. Callers must not change them. */
function parsedScript(run) {
    return scriptParse(run).statements;
}
/** `allCommands(parsedScript(run))`, worked out once. Callers must not change it. */
function scriptCommands(run) {
    const parse = scriptParse(run);
    parse.commands ??= (0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .allCommands */ .ib)(parse.statements);
    return parse.commands;
}
/** Releases the parses of these steps' scripts (they are parsed again if asked for). */
function forgetScriptParses(steps) {
    for (const step of steps) {
        const run = step.run;
        if (!run)
            continue;
        if (run[PARSE] !== undefined)
            run[PARSE] = undefined;
        else
            fallback.delete(run);
    }
}


/***/ }),

/***/ 4967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ runScript),
  J: () => (/* binding */ stringified)
});

// EXTERNAL MODULE: ./lib/workflow/fly-commands.js + 1 modules
var fly_commands = __webpack_require__(463);
// EXTERNAL MODULE: ./lib/workflow/shell.js
var shell = __webpack_require__(9679);
;// CONCATENATED MODULE: ./lib/workflow/flyctl-image.js
// `docker run ... flyio/flyctl deploy -a web`: Fly's flyctl image runs flyctl with the words after
// the image, so the command is as visible as a flyctl call in the script. Only what `-e` passes
// reaches it, and it runs in the directory `-w` names (the checkout only through a `-v` mount).


/** Images whose entrypoint is flyctl (any tag or digest). */
const FLYCTL_IMAGE = /^(?:(?:docker\.io|registry-1\.docker\.io)\/)?flyio\/flyctl(?:[:@].*)?$|^ghcr\.io\/superfly\/flyctl(?:[:@].*)?$/;
/** `docker run` options that take a value (the next word unless written `--opt=value`). */
const VALUE_OPTIONS = new Set([
    '-e',
    '--env',
    '-v',
    '--volume',
    '-w',
    '--workdir',
    '--name',
    '--network',
    '--net',
    '-p',
    '--publish',
    '--entrypoint',
    '--env-file',
    '-u',
    '--user',
    '--platform',
    '--mount',
    '-l',
    '--label',
    '--add-host',
    '--cpus',
    '-m',
    '--memory',
    '--restart',
    '--pull',
    '-h',
    '--hostname',
    '--dns',
    '--cidfile',
    '--log-driver',
    '--log-opt',
    '--gpus',
    '--ulimit',
    '--tmpfs',
    '--device',
    '--cap-add',
    '--cap-drop',
    '--security-opt',
    '--stop-signal',
    '--shm-size',
    '--ipc',
    '--pid',
    '--runtime',
    '-a',
    '--attach',
    '--label-file',
    '--group-add'
]);
/** The flyctl call a `docker run` / `podman run` makes, or null (another image, `--entrypoint`). */
function flyctlContainer(args) {
    const sub = args[0] ? (0,shell/* wordLiteral */.aw)(args[0]) : null;
    const containerRun = sub === 'container' && args[1] && (0,shell/* wordLiteral */.aw)(args[1]) === 'run';
    if (sub !== 'run' && !containerRun)
        return null;
    let i = containerRun ? 2 : 1;
    const found = { flyWords: [], env: [], workdir: null, volumes: [] };
    for (; i < args.length; i++) {
        const word = args[i];
        const text = (0,fly_commands/* wordText */.en)(word);
        if (!text.startsWith('-'))
            break;
        const eq = text.indexOf('=');
        const option = text.startsWith('--') && eq > 0 ? text.slice(0, eq) : text;
        if (!VALUE_OPTIONS.has(option))
            continue;
        if (option === '--entrypoint' || option === '--env-file')
            return null;
        const value = option !== text ? null : (args[++i] ?? null);
        if (option === '-e' || option === '--env') {
            const raw = value ? (0,fly_commands/* wordText */.en)(value) : text.slice(eq + 1);
            const m = /^([A-Za-z_][A-Za-z0-9_]*)(=?)/.exec(raw);
            // `-e NAME=value`, `--env=NAME=value`: the value; `-e NAME`: the host's value (null).
            const valueWord = value
                ? (0,shell/* wordAfter */.dy)(value, m?.[0].length ?? 0)
                : (0,shell/* wordAfter */.dy)(word, eq + 1 + (m?.[0].length ?? 0));
            if (m?.[1])
                found.env.push({ name: m[1], value: m[2] ? valueWord : null });
        }
        else if (option === '-w' || option === '--workdir')
            found.workdir = value;
        else if ((option === '-v' || option === '--volume') && value)
            found.volumes.push(value);
    }
    const image = args[i];
    if (!image || !FLYCTL_IMAGE.test((0,shell/* wordLiteral */.aw)(image) ?? ''))
        return null;
    found.flyWords = args.slice(i + 1);
    return found;
}

// EXTERNAL MODULE: ./lib/workflow/fly-apps.js
var fly_apps = __webpack_require__(4885);
// EXTERNAL MODULE: ./lib/workflow/needs-context.js
var needs_context = __webpack_require__(2954);
// EXTERNAL MODULE: ./lib/workflow/parse-workflow.js + 2 modules
var parse_workflow = __webpack_require__(6292);
// EXTERNAL MODULE: ./lib/workflow/registry-push.js
var registry_push = __webpack_require__(6107);
// EXTERNAL MODULE: ./lib/token/scrub.js
var scrub = __webpack_require__(8094);
// EXTERNAL MODULE: ./lib/workflow/repo-files.js
var repo_files = __webpack_require__(4999);
// EXTERNAL MODULE: ./lib/workflow/resolve.js
var resolve = __webpack_require__(3353);
// EXTERNAL MODULE: ./lib/workflow/script-follow.js + 6 modules
var script_follow = __webpack_require__(9020);
// EXTERNAL MODULE: ./lib/workflow/shell-dialect.js
var shell_dialect = __webpack_require__(2948);
// EXTERNAL MODULE: ./lib/workflow/step-script.js
var step_script = __webpack_require__(3875);
;// CONCATENATED MODULE: ./lib/workflow/script-run.js
// Interpreting a `run:` script just enough for needs inference: variables and `cd` in order,
// `if` tests with known operands, loops over literal lists, values written to $GITHUB_OUTPUT /
// $GITHUB_ENV, every flyctl invocation with the state it runs in, and the repository's own
// scripts, package scripts and task runners it calls (followed, through `script-follow.ts`).













/** How deep scripts may call scripts (workflow -> script -> package script -> ...). */
const MAX_FOLLOW_DEPTH = 8;
/**
 * How deep statement lists may be interpreted inside one another, all kinds together (blocks,
 * `$( )`, `bash -c` and here-document regions, followed scripts): the stack stays bounded.
 */
const MAX_EXEC_DEPTH = 256;
/**
 * The shell's own commands that cannot hand a token to anything: a step running only these does
 * nothing with it out of sight (variables they set, and `$( )` inside them, are followed).
 */
const SHELL_OWN = new Set([
    '[',
    '[[',
    'test',
    'echo',
    'printf',
    'exit',
    'return',
    'true',
    'false',
    ':',
    'set',
    'shift',
    'read',
    'unset',
    'cd',
    'pushd',
    'popd',
    ...shell/* DECLARATION_COMMANDS */.Or
]);
/** `bash -c '...'` and here-documents fed to a shell, inside one another (each is parsed again). */
const MAX_REGION_NESTING = 16;
const TOO_DEEP = 'shell nested too deeply to follow';
function runScript(ctx, step, scope, effects) {
    const run = step.run;
    if (!run)
        return;
    const workingDir = step.workingDirectory ?? ctx.defaultWorkingDir;
    let cwd = (0,resolve/* known */.eO)('');
    if (workingDir !== null)
        cwd = mapDirs(scope.template(workingDir), d => (0,repo_files/* normalizePath */.Fd)(d));
    const state = { vars: new Map(), cwd };
    const locate = (start, end) => (0,parse_workflow/* locateInValue */.nV)(ctx.file, run.map, start, end);
    const dialect = (0,shell_dialect/* shellDialect */.R)(step.shell ?? ctx.defaultShell ?? null, ctx.runsOn ?? null);
    if (dialect === 'other') {
        // `shell: python`: a program in the step itself, handed whatever the step's env holds.
        effects.unseen.push({
            reason: 'script',
            detail: `shell: ${step.shell ?? ctx.defaultShell ?? ''}`,
            why: 'a script in a language other than shell',
            location: run.location,
            ...(0,needs_context/* tokenCarrier */.iD)(name => scope.env(name)),
            program: true,
            code: true,
            explicit: false
        });
        return;
    }
    const script = (0,step_script/* scriptInDialect */.B_)(run, dialect);
    if (!script)
        return;
    new ScriptRun(ctx, script.text, scope, state, effects, locate, { via: [], trail: [] }).exec(script.statements, false);
}
function mapDirs(r, f) {
    const values = [];
    let unknown = r.unknown;
    for (const v of (0,resolve/* stringsOf */.iw)(r)) {
        const mapped = f(v);
        if (mapped === null)
            unknown = true;
        else
            values.push(mapped);
    }
    return { values: [...new Set(values)], unknown };
}
/** Shell text of repository files, parsed once per job (a script runs once per matrix value). */
function parsedSource(ctx, source) {
    return (0,script_follow/* parsedOnce */.pA)(ctx, `sh:${source.file}\u0000${source.text}`, () => (0,shell/* parseShell */.aV)(source.text));
}
class ScriptRun {
    ctx;
    script;
    scope;
    state;
    effects;
    locate;
    frame;
    /** `bash -c` / here-document regions being run inside one another. */
    regions = 0;
    constructor(ctx, script, scope, state, effects, locate, frame) {
        this.ctx = ctx;
        this.script = script;
        this.scope = scope;
        this.state = state;
        this.effects = effects;
        this.locate = locate;
        this.frame = frame;
    }
    exec(statements, conditional) {
        const job = this.ctx.job;
        const [first] = statements;
        if (!first)
            return;
        if (job.depth >= MAX_EXEC_DEPTH)
            return this.limitReached(first, TOO_DEEP);
        job.depth++;
        try {
            this.execList(statements, conditional);
        }
        finally {
            job.depth--;
        }
    }
    execList(statements, conditional) {
        for (const s of statements) {
            switch (s.kind) {
                case 'command':
                    this.command(s, conditional);
                    break;
                case 'if': {
                    let decided = false;
                    let open = false;
                    for (const clause of s.clauses) {
                        this.exec(clause.condition, conditional || open);
                        const truth = this.staticTest(clause.condition);
                        if (truth === false)
                            continue;
                        if (truth === true) {
                            this.exec(clause.body, conditional || open);
                            decided = true;
                            break;
                        }
                        open = true;
                        this.exec(clause.body, true);
                    }
                    if (!decided && s.elseBody)
                        this.exec(s.elseBody, conditional || open);
                    break;
                }
                case 'loop': {
                    if (s.variable) {
                        const items = s.items.map(w => this.word(w));
                        this.setVar(s.variable, items.length > 0 ? (0,resolve/* union */.KC)(...items) : resolve/* UNKNOWN */.HV, false);
                    }
                    this.exec(s.condition, true);
                    this.exec(s.body, true);
                    break;
                }
                case 'case':
                    for (const arm of s.arms)
                        this.exec(arm.body, true);
                    break;
                case 'group':
                    this.exec(s.body, conditional);
                    break;
            }
        }
    }
    /** `$( )` in a command's assignments, words and redirect targets, in that order. */
    runSubstitutions(cmd, conditional) {
        for (const a of cmd.assignments)
            this.runSubstitutionsIn(a.value, conditional);
        for (const w of cmd.words)
            this.runSubstitutionsIn(w, conditional);
        for (const r of cmd.redirects)
            this.runSubstitutionsIn(r.target, conditional);
    }
    runSubstitutionsIn(w, conditional) {
        if (!w)
            return;
        for (const p of w.parts) {
            if (p.kind !== 'substitution')
                continue;
            if (p.tooDeep)
                this.limitReached(p, TOO_DEEP);
            else
                this.exec(p.body, conditional);
        }
    }
    command(cmd, conditional) {
        if (this.ctx.job.files.work <= 0)
            return this.limitReached(cmd, 'too much shell to follow');
        this.ctx.job.files.work--;
        this.runSubstitutions(cmd, conditional);
        if (cmd.words.length === 0) {
            for (const a of cmd.assignments)
                this.setVar(a.name, a.value ? this.word(a.value) : resolve/* UNKNOWN */.HV, conditional);
            return;
        }
        const fly = (0,fly_commands/* flyInvocationOf */.p_)(cmd, this.script);
        if (fly) {
            this.effects.sawFly = true;
            const local = this.assigned(fly.assignments);
            (0,fly_apps/* recordInvocation */._)(this.ctx, fly, this.locate(fly.start, fly.end), this.resolver(local), this.frame.via);
            return;
        }
        const inner = (0,fly_commands/* shellDashC */.mv)(cmd);
        if (inner) {
            this.execRegion(cmd, inner, conditional);
            return;
        }
        const program = (0,shell/* wordLiteral */.aw)(cmd.words[0]);
        if (program === null || !SHELL_OWN.has(program))
            this.effects.ranProgram = true;
        if (program === null) {
            // `$SCRIPT` / `"$DIR/deploy.sh"`: a program named by a variable.
            if (cmd.words[0] && /\//.test((0,fly_commands/* wordText */.en)(cmd.words[0])))
                (0,script_follow/* followCommand */.te)(this.host(cmd, conditional), cmd, (0,fly_commands/* wordText */.en)(cmd.words[0]));
            return;
        }
        const args = cmd.words.slice(1);
        if (program === 'docker' || program === 'podman') {
            if (this.registry(cmd, args))
                return;
            const container = flyctlContainer(args);
            if (container)
                return this.containerFly(cmd, container);
        }
        // `bash <<EOF ... EOF`, `sh -s <<'EOF'`: the here-document is the script.
        const stdinScript = (0,shell/* isShellName */.Uq)(program.split('/').pop() ?? '')
            ? cmd.redirects.find(r => r.heredoc)?.heredoc
            : undefined;
        if (stdinScript && (0,fly_commands/* shellOptions */.vr)(args).operand >= args.length) {
            this.execRegion(cmd, stdinScript, conditional);
            return;
        }
        if ((0,script_follow/* followCommand */.te)(this.host(cmd, conditional), cmd, program))
            return;
        if (shell/* DECLARATION_COMMANDS */.Or.has(program)) {
            for (const w of args) {
                const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec((0,shell/* literalHead */.a7)(w));
                if (m)
                    this.setVar(m[1] ?? '', this.word((0,shell/* wordAfter */.dy)(w, m[0].length)), conditional);
            }
            return;
        }
        switch (program) {
            case 'read':
            case 'readarray':
            case 'mapfile':
                for (const w of args) {
                    const name = (0,shell/* wordLiteral */.aw)(w);
                    if (name !== null && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
                        this.setVar(name, resolve/* UNKNOWN */.HV, false);
                }
                return;
            case 'unset':
                for (const w of args) {
                    const name = (0,shell/* wordLiteral */.aw)(w);
                    if (name !== null)
                        this.state.vars.set(name, (0,resolve/* known */.eO)(''));
                }
                return;
            case 'cd':
            case 'pushd': {
                const target = args.find(w => !((0,shell/* wordLiteral */.aw)(w) ?? '').startsWith('-'));
                const next = target ? this.changeDir(this.word(target)) : resolve/* UNKNOWN */.HV;
                this.state.cwd = conditional ? (0,resolve/* union */.KC)(this.state.cwd, next) : next;
                return;
            }
            case 'popd':
                this.state.cwd = resolve/* UNKNOWN */.HV;
                return;
            case 'echo':
            case 'printf':
                this.echo(cmd, program, args, conditional);
                return;
            default:
                return;
        }
    }
    /**
     * A limit on what a repository's shell may make us do was reached at `at`: what lies past it is
     * unseen, said once per job and per limit, and always counted (it may hold any Fly command).
     */
    limitReached(at, why) {
        const reached = this.ctx.job.limitsReached;
        if (reached.has(why))
            return;
        reached.add(why);
        // Scrubbed before it is cut: a token cut short no longer reads as one.
        const line = this.script.slice(at.start, at.end).split('\n')[0] ?? '';
        const text = (0,scrub/* scrubTokenForms */.gD)(line).trim();
        const detail = text.length > 80 ? `${text.slice(0, 77)}...` : text;
        this.effects.unseen.push({
            reason: 'script',
            detail,
            why,
            location: this.locate(at.start, at.end),
            ...(this.frame.via.length > 0 ? { via: this.frame.via } : {}),
            program: false,
            code: false,
            explicit: true,
            reaches: true
        });
    }
    /** Runs a region of this script (`bash -c '...'`, a here-document) at its own offsets. */
    execRegion(cmd, region, conditional) {
        if (this.regions >= MAX_REGION_NESTING)
            return this.limitReached(cmd, TOO_DEEP);
        this.regions++;
        try {
            this.exec((0,shell/* parseShellRegion */.K$)(this.script, region.start, region.end), conditional);
        }
        finally {
            this.regions--;
        }
    }
    /** `docker push registry.fly.io/app`, `docker login registry.fly.io`: true when handled. */
    registry(cmd, args) {
        const login = (0,registry_push/* flyRegistryLogin */._b)(args);
        if (login) {
            const carrier = (0,needs_context/* tokenCarrier */.iD)(name => this.lookupVar(name), login.password ? this.word(login.password) : null);
            this.ctx.job.registryLogin = carrier.secrets ? { secrets: carrier.secrets } : {};
            return true;
        }
        const images = (0,registry_push/* pushedImageWords */.eD)(args);
        let pushed = false;
        for (const image of images) {
            const apps = (0,registry_push/* pushedApps */._W)(this.word(image), image.raw);
            if (!apps)
                continue;
            pushed = true;
            this.effects.sawFly = true;
            const login = this.ctx.job.registryLogin;
            (0,fly_apps/* addEvidence */.z)(this.ctx.collector, 'deploy', apps, this.script.slice(cmd.start, cmd.end).split('\n')[0]?.trim() ?? 'docker push', this.locate(cmd.start, cmd.end), { via: this.frame.via, ...(login?.secrets ? { secrets: login.secrets } : {}) });
        }
        return pushed;
    }
    /** `docker run flyio/flyctl ARGS`: flyctl with the container's env and directory. */
    containerFly(cmd, container) {
        const env = new Map();
        for (const e of container.env)
            env.set(e.name, e.value ? this.word(e.value) : (this.lookupVar(e.name) ?? (0,resolve/* known */.eO)('')));
        const start = cmd.words[0]?.start ?? cmd.start;
        const end = cmd.words[cmd.words.length - 1]?.end ?? cmd.end;
        const text = (0,fly_commands/* joinContinuations */.L0)(this.script.slice(start, end));
        const invocation = (0,fly_commands/* flyctlWith */.dX)(container.flyWords, start, end, text);
        this.effects.sawFly = true;
        (0,fly_apps/* recordInvocation */._)(this.ctx, invocation, this.locate(start, end), {
            word: w => this.word(w),
            variable: name => env.get(name) ?? null,
            cwd: this.containerDir(container)
        }, this.frame.via);
    }
    /** The checkout directory a container works in: its `-w`, when a `-v` mounts the checkout there. */
    containerDir(container) {
        const workdir = container.workdir ? this.single(container.workdir) : null;
        if (workdir === null)
            return resolve/* UNKNOWN */.HV;
        for (const volume of container.volumes) {
            const [hostPath, mountPath] = (0,resolve/* stringsOf */.iw)(this.word(volume))[0]?.split(':') ?? [];
            if (this.word(volume).unknown || hostPath === undefined || mountPath === undefined)
                continue;
            if (workdir !== mountPath && !workdir.startsWith(`${mountPath}/`))
                continue;
            const inside = workdir.slice(mountPath.length).replace(/^\//, '');
            const dir = hostPath === repo_files/* WORKSPACE */.un
                ? ''
                : hostPath.startsWith(`${repo_files/* WORKSPACE */.un}/`)
                    ? hostPath.slice(repo_files/* WORKSPACE */.un.length + 1)
                    : null;
            const joined = dir === null ? null : (0,repo_files/* joinPath */.uJ)(dir, inside === '' ? '.' : inside);
            return joined === null ? resolve/* UNKNOWN */.HV : (0,resolve/* known */.eO)(joined);
        }
        return resolve/* UNKNOWN */.HV;
    }
    single(word) {
        return word ? (0,script_follow/* onlyValue */.aU)(this.word(word)) : null;
    }
    /** What following a command needs from this run. */
    host(cmd, conditional) {
        return {
            ctx: this.ctx,
            cwd: this.state.cwd,
            word: w => this.word(w),
            run: (sources, options) => this.runSources(cmd, sources, options, conditional),
            unseen: (detail, why, kind, explicit) => this.unseen(cmd, detail, why, kind, explicit)
        };
    }
    /** Runs shell text from the repository's files, one level deeper. */
    runSources(cmd, sources, options, conditional) {
        if (this.frame.trail.includes(options.key))
            return;
        const files = this.ctx.job.files;
        if (this.frame.via.length >= MAX_FOLLOW_DEPTH || files.budget <= 0) {
            const why = files.budget <= 0 ? 'too many scripts to follow' : 'scripts call scripts too deeply';
            this.unseen(cmd, options.key, why, 'missing');
            return;
        }
        files.budget--;
        const frame = {
            via: [...this.frame.via, this.locate(cmd.start, cmd.end)],
            trail: [...this.frame.trail, options.key]
        };
        for (const source of sources) {
            const state = options.shared
                ? this.state
                : { vars: new Map(this.state.vars), cwd: (0,resolve/* known */.eO)(options.cwd) };
            if (options.positional) {
                options.positional.forEach((value, i) => state.vars.set(String(i + 1), value));
                state.vars.set('#', (0,resolve/* known */.eO)(String(options.positional.length)));
                state.vars.set('@', options.positional.length > 0 ? resolve/* UNKNOWN */.HV : (0,resolve/* known */.eO)(''));
            }
            const run = new ScriptRun({ ...this.ctx, file: source.file }, source.text, this.scope, state, this.effects, source.locate, frame);
            run.exec(parsedSource(this.ctx, source), conditional);
        }
    }
    /**
     * Something run with the token whose Fly use cannot be seen: noted when the token reaches it
     * (the step's env, this script's variables, the command's own assignments).
     */
    unseen(cmd, detail, why, kind, explicit = false) {
        const local = this.assigned(cmd.assignments);
        const carrier = (0,needs_context/* tokenCarrier */.iD)(name => this.lookupVar(name, local));
        const setHere = [...needs_context/* FLY_TOKEN_ENV */.Ux].some(n => local.has(n) || this.state.vars.has(n));
        this.effects.unseen.push({
            reason: kind === 'agent' ? 'agent' : 'script',
            detail,
            why,
            location: this.locate(cmd.start, cmd.end),
            ...(this.frame.via.length > 0 ? { via: this.frame.via } : {}),
            ...(carrier.secrets ? { secrets: carrier.secrets } : {}),
            program: kind === 'program' || kind === 'code',
            code: kind === 'code',
            explicit: explicit || kind === 'agent' || setHere,
            reaches: carrier.reaches || explicit
        });
    }
    /** The values of a command's own assignments (`FLY_APP=x flyctl ...`). */
    assigned(assignments) {
        const local = new Map();
        for (const a of assignments)
            local.set(a.name, a.value ? this.word(a.value) : (0,resolve/* known */.eO)(''));
        return local;
    }
    changeDir(target) {
        const values = [];
        let unknown = target.unknown || this.state.cwd.unknown;
        for (const dir of (0,resolve/* stringsOf */.iw)(this.state.cwd)) {
            for (const t of (0,resolve/* stringsOf */.iw)(target)) {
                const joined = (0,repo_files/* joinPath */.uJ)(dir, t);
                if (joined === null)
                    unknown = true;
                else
                    values.push(joined);
            }
        }
        return { values: [...new Set(values)], unknown };
    }
    setVar(name, value, conditional) {
        if (!conditional) {
            this.state.vars.set(name, value);
            return;
        }
        const previous = this.state.vars.get(name) ?? this.scope.env(name) ?? (0,resolve/* known */.eO)('');
        this.state.vars.set(name, (0,resolve/* union */.KC)(previous, value));
    }
    /** Values a shell word can take. */
    word(word, local) {
        return (0,resolve/* concat */.xW)(word.parts.map(p => this.part(p, local)));
    }
    part(part, local) {
        switch (part.kind) {
            case 'literal':
                return (0,resolve/* known */.eO)(part.text);
            case 'expression':
                return stringified(this.scope.expression(part.inner));
            case 'variable':
                return this.variable(part, local);
            default:
                return resolve/* UNKNOWN */.HV;
        }
    }
    /** A shell variable: script assignments, then the step's env chain. Null when undefined. */
    lookupVar(name, local) {
        const found = local?.get(name) ?? this.state.vars.get(name) ?? this.scope.env(name);
        if (found)
            return found;
        if (name === 'GITHUB_WORKSPACE')
            return (0,resolve/* known */.eO)(repo_files/* WORKSPACE */.un);
        if (name === 'GITHUB_ACTION_PATH' && this.ctx.actionPath !== undefined)
            return (0,resolve/* known */.eO)((0,resolve/* workspacePath */.X5)(this.ctx.actionPath));
        if (name === 'PWD')
            return mapDirs(this.state.cwd, d => (d === '' ? repo_files/* WORKSPACE */.un : `${repo_files/* WORKSPACE */.un}/${d}`));
        return null;
    }
    variable(part, local) {
        const value = this.lookupVar(part.name, local);
        if (part.op === undefined)
            return value ?? resolve/* UNKNOWN */.HV;
        if ([':-', '-', ':=', '='].includes(part.op)) {
            const operand = part.operand ?? '';
            const fallback = /[$`]/.test(operand)
                ? resolve/* UNKNOWN */.HV
                : (0,resolve/* known */.eO)(operand.replace(/^(['"])(.*)\1$/, '$2'));
            if (value === null)
                return fallback;
            const emptyCounts = part.op.startsWith(':');
            const kept = value.values.filter(v => !(emptyCounts && (v === '' || v === null)));
            const needsFallback = kept.length < value.values.length;
            return (0,resolve/* union */.KC)({ values: kept, unknown: value.unknown }, needsFallback ? fallback : (0,resolve/* known */.eO)());
        }
        return resolve/* UNKNOWN */.HV;
    }
    resolver(local) {
        return {
            word: w => this.word(w, local),
            variable: name => this.lookupVar(name, local),
            cwd: this.state.cwd
        };
    }
    /** `[ a = b ]`, `[[ a != b ]]`, `test -z a`... with fully known operands; null otherwise. */
    staticTest(condition) {
        if (condition.length !== 1)
            return null;
        const cmd = condition[0];
        if (cmd?.kind !== 'command' || cmd.words.length === 0)
            return null;
        const words = cmd.words;
        const program = (0,shell/* wordLiteral */.aw)(words[0]);
        if (program === 'true' || program === ':')
            return true;
        if (program === 'false')
            return false;
        const last = (0,shell/* wordLiteral */.aw)(words[words.length - 1]);
        let inner;
        if ((program === '[' && last === ']') || (program === '[[' && last === ']]'))
            inner = words.slice(1, -1);
        else if (program === 'test')
            inner = words.slice(1);
        else
            return null;
        let negate = false;
        if (inner.length > 0 && (0,shell/* wordLiteral */.aw)(inner[0]) === '!') {
            negate = true;
            inner = inner.slice(1);
        }
        let result = null;
        if (inner.length === 3) {
            const op = (0,shell/* wordLiteral */.aw)(inner[1]);
            const left = this.single(inner[0]);
            const right = this.single(inner[2]);
            if (left === null || right === null || /[*?[]/.test(right))
                return null;
            if (op === '=' || op === '==')
                result = left === right;
            else if (op === '!=')
                result = left !== right;
        }
        else if (inner.length === 2) {
            const op = (0,shell/* wordLiteral */.aw)(inner[0]);
            const operand = this.single(inner[1]);
            if (operand === null)
                return null;
            if (op === '-z')
                result = operand === '';
            else if (op === '-n')
                result = operand !== '';
        }
        if (result === null)
            return null;
        return negate ? !result : result;
    }
    echo(cmd, program, args, conditional) {
        let words = args;
        if (program === 'echo') {
            while (words.length > 0 && /^-[neE]+$/.test((0,shell/* wordLiteral */.aw)(words[0]) ?? ''))
                words = words.slice(1);
        }
        else if (words.length !== 1) {
            return;
        }
        const target = cmd.redirects.find(r => (r.op === '>>' || r.op === '>') && r.target);
        const file = target?.target ? (0,fly_commands/* wordText */.en)(target.target) : null;
        const sink = file === '$GITHUB_OUTPUT'
            ? this.effects.outputs
            : file === '$GITHUB_ENV'
                ? this.effects.env
                : null;
        const parts = [];
        words.forEach((w, i) => {
            if (i > 0)
                parts.push((0,resolve/* known */.eO)(' '));
            parts.push(this.word(w));
        });
        const content = (0,resolve/* concat */.xW)(parts);
        if (sink) {
            writeKeyValues(sink, content, words[0], conditional);
            return;
        }
        if (file === null) {
            // Legacy `echo "::set-output name=K::V"`.
            for (const v of (0,resolve/* stringsOf */.iw)(content)) {
                const m = /^::set-output name=([A-Za-z0-9_-]+)::(.*)$/s.exec(v);
                if (m)
                    putValue(this.effects.outputs, m[1] ?? '', (0,resolve/* known */.eO)(m[2] ?? ''), conditional);
            }
            if (content.unknown && words[0]) {
                const m = /^::set-output name=([A-Za-z0-9_-]+)::/.exec((0,shell/* literalHead */.a7)(words[0]));
                if (m)
                    putValue(this.effects.outputs, m[1] ?? '', resolve/* UNKNOWN */.HV, conditional);
            }
        }
    }
}
function stringified(r) {
    return { values: (0,resolve/* stringsOf */.iw)(r), unknown: r.unknown };
}
function putValue(sink, key, value, conditional) {
    const previous = sink.get(key);
    sink.set(key, conditional && previous ? (0,resolve/* union */.KC)(previous, value) : value);
}
/** `echo "key=value" >> $GITHUB_OUTPUT` (and `$GITHUB_ENV`): record what can be told. */
function writeKeyValues(sink, content, first, conditional) {
    const written = new Map();
    for (const v of (0,resolve/* stringsOf */.iw)(content)) {
        for (const line of v.split('\n')) {
            const pair = /^([A-Za-z_][A-Za-z0-9_-]*)=(.*)$/s.exec(line);
            if (pair) {
                const key = pair[1] ?? '';
                written.set(key, (0,resolve/* union */.KC)(written.get(key) ?? (0,resolve/* known */.eO)(), (0,resolve/* known */.eO)(pair[2] ?? '')));
                continue;
            }
            const heredoc = /^([A-Za-z_][A-Za-z0-9_-]*)<</.exec(line);
            if (heredoc)
                written.set(heredoc[1] ?? '', resolve/* UNKNOWN */.HV);
        }
    }
    if (content.unknown && first) {
        const m = /^([A-Za-z_][A-Za-z0-9_-]*)(=|<<)/.exec((0,shell/* literalHead */.a7)(first));
        if (m)
            written.set(m[1] ?? '', (0,resolve/* union */.KC)(written.get(m[1] ?? '') ?? (0,resolve/* known */.eO)(), resolve/* UNKNOWN */.HV));
    }
    for (const [key, value] of written) {
        const previous = sink.get(key);
        sink.set(key, conditional ? (0,resolve/* union */.KC)(previous ?? (0,resolve/* known */.eO)(), value) : value);
    }
}


/***/ }),

/***/ 3037:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ wholeFileSource),
/* harmony export */   s: () => (/* binding */ embeddedSource)
/* harmony export */ });
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7714);
// Shell text found in the repository's own files (a script, a package.json script, a Makefile
// recipe line, a justfile recipe, a Taskfile command), with a way back from an offset in that text
// to the line of the file it came from, so evidence points at the line that runs flyctl.

/** A whole file of shell: offsets are file offsets. */
function wholeFileSource(file, text) {
    let starts;
    return {
        file,
        text,
        locate(start, end) {
            starts ??= (0,_line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lineStarts */ ._$)(text);
            return (0,_line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(file, (0,_line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(starts, start), (0,_line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(starts, Math.max(start, end - 1)));
        }
    };
}
/**
 * Text that sits at `line`:`column` of a file, maybe over several lines (a block scalar, a
 * recipe): an offset maps to the line it is on, and to its column when `exactColumns` (the text
 * is as written in the file, no variables expanded, no escapes).
 */
function embeddedSource(file, text, line, column, exactColumns, 
/** Column of the text's second and later lines (block scalars: their indentation + 1). */
continuationColumn = column) {
    let starts;
    const at = (offset) => {
        starts ??= (0,_line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lineStarts */ ._$)(text);
        const p = (0,_line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(starts, offset);
        const first = p.line === 1;
        const base = first ? column : continuationColumn;
        return { line: line + p.line - 1, column: exactColumns ? base + p.column - 1 : base };
    };
    return {
        file,
        text,
        locate: (start, end) => (0,_line_index_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(file, at(start), at(Math.max(start, end - 1)))
    };
}


/***/ }),

/***/ 5801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LE: () => (/* binding */ secretsNamed),
/* harmony export */   eG: () => (/* binding */ guardedSecrets),
/* harmony export */   qu: () => (/* binding */ secretsOfNeeds),
/* harmony export */   sc: () => (/* binding */ needsForSecrets)
/* harmony export */ });
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3174);
/* harmony import */ var _capabilities_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(791);
// Each Fly secret judged on its own: a job that deploys `api-dev` with FLY_API_DEV_TOKEN and `api`
// with FLY_API_TOKEN needs one app per token. The needs of one secret are the commands that run
// with it, plus those whose token cannot be traced to a secret (they may run with any of them).


function runsWith(item, secrets) {
    return item.secrets === undefined || item.secrets.some(s => secrets.includes(s));
}
/** The needs of the token stored in any of `secrets` (a guard step may name `A || B`). */
function needsForSecrets(needs, secrets) {
    if (secrets.length === 0 || needs.source === 'input')
        return needs;
    const evidence = needs.evidence.filter(e => runsWith(e, secrets));
    const opaque = needs.opaque?.filter(o => runsWith(o, secrets));
    const apps = [...new Set(evidence.map(e => e.app).filter((a) => a !== null))].sort();
    const out = {
        apps,
        capabilities: (0,_capabilities_js__WEBPACK_IMPORTED_MODULE_1__/* .sortCapabilities */ .JP)(evidence.map(e => e.capability)),
        unknownApps: evidence.some(e => e.appUnknown === true),
        commands: needs.commands,
        evidence,
        source: evidence.length > 0 ? 'inferred' : 'none'
    };
    if (opaque && opaque.length > 0)
        out.opaque = opaque;
    return out;
}
/** The Fly secrets the needs name, in order of first use. */
function secretsOfNeeds(needs) {
    const names = [];
    for (const item of [...needs.evidence, ...(needs.opaque ?? [])])
        for (const s of item.secrets ?? [])
            if (!names.includes(s))
                names.push(s);
    return names;
}
/** The secrets an expression-bearing value names (`${{ secrets.A || secrets.B }}` -> A, B). */
function secretsNamed(value) {
    if (value === null || !value.includes('${{'))
        return [];
    const names = [];
    for (const span of (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .findExpressions */ .zV)(value)) {
        for (const m of (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .findSecretMentions */ .pW)(span.inner))
            if (m.name !== null && !names.includes(m.name))
                names.push(m.name);
    }
    return names;
}
const GUARD_REPO = 'fly-token-guard';
const TOKEN_ENV = ['FLY_ACCESS_TOKEN', 'FLY_API_TOKEN'];
function isCheckGuard(step) {
    if ((step.uses?.repo ?? '').toLowerCase() !== GUARD_REPO)
        return false;
    const mode = step.with.find(kv => kv.key === 'mode')?.value ?? 'check';
    return mode.trim().toLowerCase() === 'check';
}
/**
 * The guard step running now: the one whose `id` is GITHUB_ACTION, or the n-th step of this action
 * without an id (`__owner_repo`, `__owner_repo_2`...), or the only one.
 */
function currentGuard(job, action) {
    const guards = job.steps.filter(isCheckGuard);
    if (guards.length <= 1 || action === undefined)
        return guards.length === 1 ? guards[0] : undefined;
    const byId = guards.find(s => s.id === action);
    if (byId)
        return byId;
    const generated = /^__[^_].*?(?:_(\d+))?$/.exec(action);
    if (!generated)
        return undefined;
    const anonymous = guards.filter(s => s.id === null);
    return anonymous[Number(generated[1] ?? '1') - 1];
}
function envValue(layers, name) {
    for (const layer of layers) {
        const found = layer.find(kv => kv.key === name);
        if (found)
            return found;
    }
    return undefined;
}
/**
 * The secrets the guard step of this job checks: its `token:` input's `${{ secrets.X }}`, else
 * the env it falls back to (FLY_ACCESS_TOKEN, then FLY_API_TOKEN: step, job, workflow). Empty when
 * that cannot be told (no guard step, several, a token from a step output).
 */
function guardedSecrets(workflow, job, action) {
    const guard = currentGuard(job, action);
    if (!guard)
        return [];
    const token = guard.with.find(kv => kv.key === 'token');
    if (token?.value)
        return secretsNamed(token.value);
    const layers = [guard.env, job.env, workflow.env];
    for (const name of TOKEN_ENV) {
        const found = envValue(layers, name);
        if (found)
            return secretsNamed(found.value);
    }
    return [];
}


/***/ }),

/***/ 2948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ shellDialect)
/* harmony export */ });
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9679);
// `run:` steps are not all bash: `shell: pwsh` (the default on Windows runners), `shell: cmd`,
// `shell: python`. Every reader of commands reads bash, so a PowerShell or cmd script is first
// rewritten into the bash that runs the same commands (`windowsAsBash`, through `step-script.ts`).
// A script in another language is not read as shell at all.

/**
 * The dialect of a step's script: its `shell:` (or the defaults'), else the runner's default
 * (PowerShell on Windows, bash elsewhere).
 */
function shellDialect(shell, runsOn) {
    if (shell === null || shell.trim() === '' || shell.includes('${{')) {
        return /windows/i.test(runsOn ?? '') ? 'pwsh' : 'sh';
    }
    // `bash -e {0}`, `/usr/bin/env pwsh`: the program's base name.
    const words = shell.trim().split(/\s+/);
    const program = (words[0] === 'env' || /\/env$/.test(words[0] ?? '') ? words[1] : words[0]) ?? '';
    const base = (program.split(/[/\\]/).pop() ?? '').replace(/\.exe$/i, '').toLowerCase();
    if ((0,_shell_js__WEBPACK_IMPORTED_MODULE_0__/* .isShellName */ .Uq)(base))
        return 'sh';
    if (base === 'pwsh' || base === 'powershell')
        return 'pwsh';
    if (base === 'cmd')
        return 'cmd';
    return 'other';
}


/***/ }),

/***/ 9679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K$: () => (/* binding */ parseShellRegion),
/* harmony export */   Or: () => (/* binding */ DECLARATION_COMMANDS),
/* harmony export */   Tb: () => (/* binding */ COMMAND_MEMO),
/* harmony export */   Uq: () => (/* binding */ isShellName),
/* harmony export */   a7: () => (/* binding */ literalHead),
/* harmony export */   aV: () => (/* binding */ parseShell),
/* harmony export */   aw: () => (/* binding */ wordLiteral),
/* harmony export */   dy: () => (/* binding */ wordAfter),
/* harmony export */   ib: () => (/* binding */ allCommands)
/* harmony export */ });
// A forgiving parser for the bash that lives in `run:` blocks. It is not a shell: it finds simple
// commands (words, prefix assignments, redirections) and the control structures around them
// (if/elif/else, loops, case, groups), with offsets into the script, so callers can find flyctl
// invocations, follow simple variable assignments and point at exact columns.
//
// GitHub substitutes `${{ }}` before the shell runs, so expressions are opaque word parts
// everywhere, even inside single quotes. Nothing here throws on odd input: unknown syntax becomes
// literal text.
/**
 * Where readers of a command keep what they work out from it (its flyctl invocation is asked for
 * once per matrix combination and again by the scan rules). A slot on the command costs nothing
 * to find; the WeakMap from commands it replaces (an insertion per command, a lookup per question,
 * and the garbage collector's work on its entries) cost several percent of a scan's CPU.
 * Symbol-keyed: it is no part of the command's data (JSON, test equality).
 */
const COMMAND_MEMO = Symbol('command memo');
/** Nested `$( )` deeper than this is kept as opaque text (marked `tooDeep`). */
const MAX_NESTING = 16;
/** `if`, loops, `case`, groups nested deeper than this are read as plain commands. */
const MAX_COMPOUND_NESTING = 24;
/** Quotes and brackets followed this deep when looking for a closing bracket. */
const MAX_CLOSE_NESTING = 64;
function parseShell(script) {
    return parseAt(script, 0, script.length, 0);
}
/**
 * The statements of `script.slice(start, end)` (`bash -c '...'`, a here-document), with offsets
 * in the whole script. Parsed in place: a padded copy per region made a script of many regions
 * cost its length squared.
 */
function parseShellRegion(script, start, end) {
    return parseAt(script, Math.max(0, start), Math.min(end, script.length), 0);
}
function parseAt(text, from, to, depth) {
    const tokens = new Lexer(text, from, to, depth).lex();
    return new Parser(tokens).parseProgram();
}
const OPERATORS = [
    ';;&',
    '&>>',
    '<<<',
    '<<-',
    '&&',
    '||',
    ';;',
    ';&',
    '|&',
    '<<',
    '>>',
    '<&',
    '>&',
    '<>',
    '>|',
    '&>',
    '&',
    '|',
    ';',
    '(',
    ')',
    '<',
    '>'
];
/** The first characters of OPERATORS. */
const OPERATOR_STARTS = ';&|()<>';
const REDIRECT_OPS = new Set([
    '<<<',
    '<<-',
    '<<',
    '>>',
    '<&',
    '>&',
    '<>',
    '>|',
    '&>',
    '&>>',
    '<',
    '>'
]);
/**
 * Characters `readWord` copies as they are: not a word end, quote, escape, `$`, backtick or
 * the `<`/`>` of a process substitution.
 */
function isPlainWordChar(code) {
    switch (code) {
        case 0x20: // space
        case 0x09: // \t
        case 0x0a: // \n
        case 0x0d: // \r
        case 0x3b: // ;
        case 0x26: // &
        case 0x7c: // |
        case 0x28: // (
        case 0x29: // )
        case 0x3c: // <
        case 0x3e: // >
        case 0x5c: // \
        case 0x27: // '
        case 0x22: // "
        case 0x24: // $
        case 0x60: // `
            return false;
        default:
            return true;
    }
}
/** The `$'...'` escapes the lexer decodes; any other escaped character stands for itself. */
const ANSI_ESCAPES = {
    n: '\n',
    t: '\t',
    r: '\r',
    "'": "'",
    '\\': '\\'
};
class Lexer {
    text;
    to;
    depth;
    i;
    tokens = [];
    pendingHeredocs = [];
    expectDelimiter = null;
    constructor(text, from, to, depth) {
        this.text = text;
        this.to = to;
        this.depth = depth;
        this.i = from;
    }
    lex() {
        const { text } = this;
        while (this.i < this.to) {
            const c = text.charAt(this.i);
            if (c === ' ' || c === '\t' || c === '\r') {
                this.i++;
                continue;
            }
            if (c === '\\' && this.isLineContinuation(this.i)) {
                this.i += text.charAt(this.i + 1) === '\r' ? 3 : 2;
                continue;
            }
            if (c === '\n') {
                this.tokens.push({ kind: 'newline', start: this.i });
                this.i++;
                if (this.pendingHeredocs.length > 0)
                    this.readHeredocs();
                continue;
            }
            if (c === '#') {
                while (this.i < this.to && text.charAt(this.i) !== '\n')
                    this.i++;
                continue;
            }
            if ((c === '<' || c === '>') && text.charAt(this.i + 1) === '(') {
                this.tokens.push({ kind: 'word', word: this.readWord() });
                continue;
            }
            // Only a digit can start a file descriptor, and only these characters an operator: most
            // words skip the regex and the operator search.
            const fd = c >= '0' && c <= '9'
                ? /^\d+(?=>>|>&|>|<&|<)/.exec(text.slice(this.i, Math.min(this.to, this.i + 4)))
                : null;
            const opStart = fd ? this.i + fd[0].length : this.i;
            const op = OPERATOR_STARTS.includes(text.charAt(opStart))
                ? OPERATORS.find(o => text.startsWith(o, opStart) && opStart + o.length <= this.to)
                : undefined;
            if (op && (fd === null || REDIRECT_OPS.has(op))) {
                this.tokens.push({ kind: 'op', op, start: this.i, end: opStart + op.length });
                this.i = opStart + op.length;
                if (op === '<<' || op === '<<-')
                    this.expectDelimiter = { stripTabs: op === '<<-' };
                continue;
            }
            const word = this.readWord();
            if (this.expectDelimiter) {
                this.pendingHeredocs.push({
                    delimiter: word.parts.map(p => (p.kind === 'literal' ? p.text : '')).join(''),
                    stripTabs: this.expectDelimiter.stripTabs
                });
                this.expectDelimiter = null;
            }
            this.tokens.push({ kind: 'word', word });
        }
        return this.tokens;
    }
    isLineContinuation(at) {
        const next = this.text.charAt(at + 1);
        return next === '\n' || (next === '\r' && this.text.charAt(at + 2) === '\n');
    }
    /** Consumes here-document bodies after a newline; a delimiter line may be indented. */
    readHeredocs() {
        const { text } = this;
        for (const heredoc of this.pendingHeredocs) {
            const start = this.i;
            let bodyEnd = this.to;
            let next = this.to;
            while (this.i < this.to) {
                const lineEnd = text.indexOf('\n', this.i);
                const end = lineEnd < 0 || lineEnd > this.to ? this.to : lineEnd;
                const line = text.slice(this.i, end).replace(/\r$/, '');
                if (line.trim() === heredoc.delimiter) {
                    bodyEnd = this.i;
                    next = Math.min(end + 1, this.to);
                    break;
                }
                this.i = end + 1;
            }
            this.tokens.push({ kind: 'heredoc', body: text.slice(start, bodyEnd), start, end: bodyEnd });
            this.i = Math.min(next, this.to);
        }
        this.pendingHeredocs = [];
    }
    // The word being read (`readWord` and the quoted-string readers it calls): its parts so far
    // and the literal text not yet made a part. Fields, not closures: a script has many words.
    parts = [];
    literal = '';
    literalStart = 0;
    literalQuoted = false;
    flush() {
        if (this.literal !== '') {
            this.parts.push({
                kind: 'literal',
                text: this.literal,
                quoted: this.literalQuoted,
                start: this.literalStart,
                end: this.i
            });
        }
        this.literal = '';
        this.literalQuoted = false;
        this.literalStart = this.i;
    }
    // Quoted and unquoted runs stay separate parts: `FOO="bar"` is an assignment, `"FOO=bar"` not.
    addLiteral(s, quoted) {
        if (this.literal !== '' && this.literalQuoted !== quoted)
            this.flush();
        if (this.literal === '') {
            this.literalStart = this.i;
            this.literalQuoted = quoted;
        }
        this.literal += s;
    }
    /** `${{` at `at` (like `text.startsWith('${{', at)`, without the call). */
    expressionAt(at) {
        const { text } = this;
        return (text.charCodeAt(at) === 0x24 &&
            text.charCodeAt(at + 1) === 0x7b &&
            text.charCodeAt(at + 2) === 0x7b);
    }
    readWord() {
        const { text } = this;
        const start = this.i;
        this.parts = [];
        this.literal = '';
        this.literalStart = this.i;
        this.literalQuoted = false;
        while (this.i < this.to) {
            const c = text.charCodeAt(this.i);
            if (c === 0x24 && this.expressionAt(this.i)) {
                // The expression reader moves `i`: the part must be made before the literal restarts.
                this.flush();
                this.parts.push(this.readExpression());
                this.literalStart = this.i;
                continue;
            }
            if (c === 0x20 || // space
                c === 0x09 || // \t
                c === 0x0a || // \n
                c === 0x0d || // \r
                c === 0x3b || // ;
                c === 0x26 || // &
                c === 0x7c || // |
                c === 0x28 || // (
                c === 0x29 // )
            ) {
                break;
            }
            if (c === 0x3c || c === 0x3e) {
                // < >
                if (text.charCodeAt(this.i + 1) === 0x28) {
                    this.flush();
                    this.parts.push(this.readSubstitution(this.i, this.i + 2));
                    this.literalStart = this.i;
                    continue;
                }
                break;
            }
            if (c === 0x5c) {
                // \
                if (this.isLineContinuation(this.i)) {
                    this.i += text.charAt(this.i + 1) === '\r' ? 3 : 2;
                    continue;
                }
                const next = text.charAt(this.i + 1);
                this.addLiteral(next, true);
                this.i += next === '' ? 1 : 2;
                continue;
            }
            if (c === 0x27) {
                this.readSingleQuoted();
                continue;
            }
            if (c === 0x22) {
                this.readDoubleQuoted();
                continue;
            }
            if (c === 0x24) {
                if (text.charCodeAt(this.i + 1) === 0x27) {
                    this.readAnsiQuoted();
                    continue;
                }
                const part = this.readDollar();
                if (part) {
                    // (Flushed after the read, as it always was: the literal's end is the part's.)
                    this.flush();
                    this.parts.push(part);
                    this.literalStart = this.i;
                    continue;
                }
            }
            if (c === 0x60) {
                // `
                this.flush();
                this.parts.push(this.readBackticks());
                this.literalStart = this.i;
                continue;
            }
            // A run of characters none of the cases above looks at is one literal piece.
            let runEnd = this.i + 1;
            while (runEnd < this.to && isPlainWordChar(text.charCodeAt(runEnd)))
                runEnd++;
            this.addLiteral(text.slice(this.i, runEnd), false);
            this.i = runEnd;
        }
        this.flush();
        return { parts: this.parts, raw: text.slice(start, this.i), start, end: this.i };
    }
    readExpression() {
        const { text } = this;
        const start = this.i;
        const close = findExpressionClose(text, start + 3, this.to);
        const end = close < 0 ? this.to : close + 2;
        this.i = end;
        return {
            kind: 'expression',
            inner: text.slice(start + 3, close < 0 ? this.to : close),
            start,
            end
        };
    }
    readSingleQuoted() {
        const { text } = this;
        this.i++;
        // An empty '' still makes a (quoted, empty) word.
        this.addLiteral('', true);
        while (this.i < this.to) {
            const c = text.charCodeAt(this.i);
            if (c === 0x27)
                break;
            if (c === 0x24 && this.expressionAt(this.i)) {
                this.flush();
                this.parts.push(this.readExpression());
                continue;
            }
            // Everything up to the closing quote or a `$` is copied as it is, as one piece.
            let runEnd = this.i + 1;
            while (runEnd < this.to) {
                const d = text.charCodeAt(runEnd);
                if (d === 0x27 || d === 0x24)
                    break;
                runEnd++;
            }
            this.addLiteral(text.slice(this.i, runEnd), true);
            this.i = runEnd;
        }
        this.i = Math.min(this.i + 1, this.to);
    }
    readAnsiQuoted() {
        const { text } = this;
        this.i += 2;
        this.addLiteral('', true);
        while (this.i < this.to && text.charAt(this.i) !== "'") {
            if (text.charAt(this.i) === '\\' && this.i + 1 < this.to) {
                const next = text.charAt(this.i + 1);
                this.addLiteral(ANSI_ESCAPES[next] ?? next, true);
                this.i += 2;
                continue;
            }
            this.addLiteral(text.charAt(this.i), true);
            this.i++;
        }
        this.i = Math.min(this.i + 1, this.to);
    }
    readDoubleQuoted() {
        const { text } = this;
        this.i++;
        this.addLiteral('', true);
        while (this.i < this.to) {
            const c = text.charCodeAt(this.i);
            if (c === 0x22)
                break;
            if (c === 0x24 && this.expressionAt(this.i)) {
                this.flush();
                this.parts.push(this.readExpression());
                continue;
            }
            if (c === 0x5c) {
                // \
                const next = text.charAt(this.i + 1);
                if (this.isLineContinuation(this.i)) {
                    this.i += next === '\r' ? 3 : 2;
                    continue;
                }
                if ('$`"\\'.includes(next) && next !== '') {
                    this.addLiteral(next, true);
                    this.i += 2;
                    continue;
                }
                this.addLiteral('\\', true);
                this.i++;
                continue;
            }
            if (c === 0x24) {
                const part = this.readDollar();
                if (part) {
                    this.flush();
                    this.parts.push(part);
                    continue;
                }
            }
            if (c === 0x60) {
                this.flush();
                this.parts.push(this.readBackticks());
                continue;
            }
            // Up to the next character the cases above look at: copied as it is, as one piece.
            let runEnd = this.i + 1;
            while (runEnd < this.to) {
                const d = text.charCodeAt(runEnd);
                if (d === 0x22 || d === 0x24 || d === 0x5c || d === 0x60)
                    break;
                runEnd++;
            }
            this.addLiteral(text.slice(this.i, runEnd), true);
            this.i = runEnd;
        }
        this.i = Math.min(this.i + 1, this.to);
    }
    /** `$NAME`, `${...}`, `$(...)`, `$((...))`, `$1`, `$?`...; null for a lone `$`. */
    readDollar() {
        const { text } = this;
        const start = this.i;
        const next = text.charAt(this.i + 1);
        if (next === '(') {
            if (text.charAt(this.i + 2) === '(') {
                const close = findClose(text, this.i + 3, this.to, '(', ')');
                const end = close < 0 ? this.to : Math.min(close + 2, this.to);
                this.i = end;
                return { kind: 'arithmetic', start, end };
            }
            return this.readSubstitution(start, start + 2);
        }
        if (next === '{') {
            const close = findClose(text, this.i + 2, this.to, '{', '}');
            const end = close < 0 ? this.to : close + 1;
            const body = text.slice(this.i + 2, close < 0 ? this.to : close);
            this.i = end;
            const m = /^(#?)([A-Za-z_][A-Za-z0-9_]*|\d+|[@*#?$!-])(.*)$/s.exec(body);
            if (!m)
                return { kind: 'variable', name: '', op: '?', operand: body, start, end };
            const name = m[2] ?? '';
            const rest = m[3] ?? '';
            if (m[1] === '#')
                return { kind: 'variable', name, op: 'length', start, end };
            if (rest === '')
                return { kind: 'variable', name, start, end };
            const op = /^(:-|:=|:\?|:\+|-|=|\?|\+|##|#|%%|%|\/\/|\/#|\/%|\/|:|\^\^|\^|,,|,|\[)/.exec(rest);
            const opText = op?.[0] ?? '?';
            return { kind: 'variable', name, op: opText, operand: rest.slice(opText.length), start, end };
        }
        const name = /^([A-Za-z_][A-Za-z0-9_]*|\d|[@*#?$!-])/.exec(text.slice(this.i + 1, this.to));
        if (!name)
            return null;
        this.i += 1 + (name[0]?.length ?? 0);
        return { kind: 'variable', name: name[0] ?? '', start, end: this.i };
    }
    readSubstitution(start, bodyStart) {
        const close = findClose(this.text, bodyStart, this.to, '(', ')');
        const bodyEnd = close < 0 ? this.to : close;
        this.i = close < 0 ? this.to : close + 1;
        return this.substitution(bodyStart, bodyEnd, start, this.i);
    }
    substitution(bodyStart, bodyEnd, start, end) {
        const depth = this.depth + 1;
        if (depth > MAX_NESTING)
            return { kind: 'substitution', body: [], tooDeep: true, start, end };
        return {
            kind: 'substitution',
            body: parseAt(this.text, bodyStart, bodyEnd, depth),
            start,
            end
        };
    }
    readBackticks() {
        const { text } = this;
        const start = this.i;
        let j = this.i + 1;
        while (j < this.to && text.charAt(j) !== '`')
            j += text.charAt(j) === '\\' ? 2 : 1;
        const bodyEnd = Math.min(j, this.to);
        this.i = Math.min(j + 1, this.to);
        return this.substitution(start + 1, bodyEnd, start, this.i);
    }
}
function findExpressionClose(text, from, to) {
    let inString = false;
    for (let i = from; i < to; i++) {
        const ch = text.charAt(i);
        if (inString) {
            if (ch === "'")
                inString = false;
            continue;
        }
        if (ch === "'")
            inString = true;
        else if (ch === '}' && text.charAt(i + 1) === '}' && i + 1 < to)
            return i;
    }
    return -1;
}
/** Offset of the bracket closing one opened just before `from`, honouring quotes and nesting. */
function findClose(text, from, to, open, close, nesting = 0) {
    if (nesting > MAX_CLOSE_NESTING)
        return -1;
    let depth = 1;
    let i = from;
    while (i < to) {
        const c = text.charAt(i);
        if (text.startsWith('${{', i)) {
            const end = findExpressionClose(text, i + 3, to);
            i = end < 0 ? to : end + 2;
            continue;
        }
        if (c === '\\') {
            i += 2;
            continue;
        }
        if (c === "'" && open === '(') {
            const end = text.indexOf("'", i + 1);
            i = end < 0 || end >= to ? to : end + 1;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            while (j < to && text.charAt(j) !== '"') {
                if (text.charAt(j) === '\\')
                    j += 2;
                else if (text.startsWith('$(', j)) {
                    const inner = findClose(text, j + 2, to, '(', ')', nesting + 1);
                    j = inner < 0 ? to : inner + 1;
                }
                else
                    j += 1;
            }
            i = j + 1;
            continue;
        }
        if (c === open)
            depth++;
        else if (c === close) {
            depth--;
            if (depth === 0)
                return i;
        }
        i++;
    }
    return -1;
}
// ---------------------------------------------------------------------------------------------
// Parser
const SEPARATORS = new Set([';', '&', '&&', '||', '|', '|&']);
/** Text of a word whose parts are all literal (quotes removed); null otherwise. */
function wordLiteral(word) {
    let s = '';
    for (const p of word.parts) {
        if (p.kind !== 'literal')
            return null;
        s += p.text;
    }
    return s;
}
/** A word that is a reserved word: unquoted literal text. */
function keywordOf(token) {
    if (token?.kind !== 'word')
        return null;
    const w = token.word;
    if (w.parts.length !== 1)
        return null;
    const p = w.parts[0];
    return p?.kind === 'literal' && !p.quoted ? p.text : null;
}
class Parser {
    tokens;
    pos = 0;
    /** Compound commands open around the one being parsed. */
    nesting = 0;
    pendingHeredocs = [];
    constructor(tokens) {
        this.tokens = tokens;
    }
    parseProgram() {
        const statements = [];
        while (this.pos < this.tokens.length) {
            // One by one: a list may be longer than a spread's arguments can be.
            for (const statement of this.parseList(new Set(), new Set()))
                statements.push(statement);
            // Anything the list refused (a stray `fi`, `)`...) is skipped.
            if (this.pos < this.tokens.length)
                this.pos++;
        }
        return statements;
    }
    peek() {
        return this.tokens[this.pos];
    }
    /** The token after `token` (at `pos`) is operator `op`, written right after it: `((`. */
    adjacentOp(token, op) {
        const next = this.tokens[this.pos + 1];
        return token.kind === 'op' && next?.kind === 'op' && next.op === op && next.start === token.end;
    }
    isOp(token, ...ops) {
        return token?.kind === 'op' && ops.includes(token.op);
    }
    skipSeparators() {
        for (;;) {
            const t = this.peek();
            if (t?.kind === 'newline')
                this.pos++;
            else if (t?.kind === 'heredoc') {
                const target = this.pendingHeredocs.shift();
                if (target)
                    target.heredoc = { body: t.body, start: t.start, end: t.end };
                this.pos++;
            }
            else if (t?.kind === 'op' && SEPARATORS.has(t.op))
                this.pos++;
            else
                return;
        }
    }
    /** Statements until a stop keyword or stop operator (not consumed). */
    parseList(stopWords, stopOps) {
        const out = [];
        for (;;) {
            this.skipSeparators();
            const t = this.peek();
            if (!t)
                break;
            const kw = keywordOf(t);
            if (kw !== null && stopWords.has(kw))
                break;
            if (t.kind === 'op' && stopOps.has(t.op))
                break;
            const before = this.pos;
            const statement = this.parseCommand();
            if (statement)
                out.push(statement);
            if (this.pos === before) {
                // Unexpected token: leave it to an enclosing construct if it can stop there.
                if (t.kind === 'op' && (t.op === ')' || t.op.startsWith(';;')))
                    break;
                this.pos++;
            }
        }
        return out;
    }
    parseCommand() {
        this.skipPrefixes();
        const t = this.peek();
        if (!t)
            return null;
        const kw = keywordOf(t);
        const arithmetic = this.isOp(t, '(') && this.adjacentOp(t, '(');
        const compound = (kw !== null && ['if', 'for', 'select', 'while', 'until', 'case', '{'].includes(kw)) ||
            (this.isOp(t, '(') && !arithmetic);
        if (!compound)
            return arithmetic ? this.skipArithmeticCommand() : this.parseSimple();
        // Deeper than this, the construct's keyword is skipped and its body read as plain commands
        // (still seen, never lost): nesting chosen by the script cannot exhaust the stack.
        if (this.nesting >= MAX_COMPOUND_NESTING)
            return null;
        this.nesting++;
        try {
            return this.parseCompound(kw);
        }
        finally {
            this.nesting--;
        }
    }
    /** `!`, `time`, `function f`, `f()`: what may stand before a command, however many. */
    skipPrefixes() {
        for (let t = this.peek(); t; t = this.peek()) {
            const kw = keywordOf(t);
            if (kw === '!' || kw === 'time') {
                this.pos++;
            }
            else if (kw === 'function') {
                this.pos++;
                if (this.peek()?.kind === 'word')
                    this.pos++;
                if (this.isOp(this.peek(), '(') && this.isOp(this.tokens[this.pos + 1], ')'))
                    this.pos += 2;
                this.skipSeparators();
            }
            else if (
            // `name() { ... }` function definitions: the body is analysed as if it ran.
            t.kind === 'word' &&
                this.isOp(this.tokens[this.pos + 1], '(') &&
                this.isOp(this.tokens[this.pos + 2], ')')) {
                this.pos += 3;
                this.skipSeparators();
            }
            else
                return;
        }
    }
    parseCompound(kw) {
        switch (kw) {
            case 'if':
                return this.parseIf();
            case 'for':
            case 'select':
                return this.parseFor(kw);
            case 'while':
            case 'until':
                return this.parseWhile(kw);
            case 'case':
                return this.parseCase();
            case '{':
                return this.parseGroup();
            default:
                return this.parseSubshell();
        }
    }
    expectKeyword(word) {
        if (keywordOf(this.peek()) === word)
            this.pos++;
    }
    parseIf() {
        const start = this.startOf(this.peek());
        const clauses = [];
        let elseBody = null;
        const bodyStops = new Set(['elif', 'else', 'fi']);
        do {
            this.pos++; // `if` or `elif`
            const condition = this.parseList(new Set(['then']), new Set());
            this.expectKeyword('then');
            clauses.push({ condition, body: this.parseList(bodyStops, new Set()) });
        } while (keywordOf(this.peek()) === 'elif');
        if (keywordOf(this.peek()) === 'else') {
            this.pos++;
            elseBody = this.parseList(new Set(['fi']), new Set());
        }
        this.expectKeyword('fi');
        this.skipTrailingRedirects();
        return { kind: 'if', clauses, elseBody, start, end: this.endOfPrevious() };
    }
    parseFor(keyword) {
        const start = this.startOf(this.peek());
        this.pos++;
        let variable = null;
        const items = [];
        if (this.isOp(this.peek(), '(')) {
            // C-style `for ((...))`: skip the header.
            while (this.peek() && keywordOf(this.peek()) !== 'do')
                this.pos++;
        }
        else {
            const name = this.peek();
            if (name?.kind === 'word') {
                variable = wordLiteral(name.word);
                this.pos++;
            }
            while (this.peek()?.kind === 'newline')
                this.pos++;
            if (keywordOf(this.peek()) === 'in') {
                this.pos++;
                for (let t = this.peek(); t?.kind === 'word' && keywordOf(t) !== 'do'; t = this.peek()) {
                    items.push(t.word);
                    this.pos++;
                }
            }
        }
        this.skipSeparators();
        const body = this.loopBody();
        return {
            kind: 'loop',
            keyword,
            variable,
            items,
            condition: [],
            body,
            start,
            end: this.endOfPrevious()
        };
    }
    /** `do ... done` and the redirections after it. */
    loopBody() {
        this.expectKeyword('do');
        const body = this.parseList(new Set(['done']), new Set());
        this.expectKeyword('done');
        this.skipTrailingRedirects();
        return body;
    }
    parseWhile(keyword) {
        const start = this.startOf(this.peek());
        this.pos++;
        const condition = this.parseList(new Set(['do']), new Set());
        const body = this.loopBody();
        return {
            kind: 'loop',
            keyword,
            variable: null,
            items: [],
            condition,
            body,
            start,
            end: this.endOfPrevious()
        };
    }
    parseCase() {
        const start = this.startOf(this.peek());
        this.pos++;
        let subject = null;
        const first = this.peek();
        if (first?.kind === 'word') {
            subject = first.word;
            this.pos++;
        }
        while (this.peek()?.kind === 'newline')
            this.pos++;
        this.expectKeyword('in');
        const arms = [];
        for (;;) {
            while (this.peek()?.kind === 'newline' || this.isOp(this.peek(), ';;', ';&', ';;&'))
                this.pos++;
            const t = this.peek();
            if (!t || keywordOf(t) === 'esac')
                break;
            if (this.isOp(t, '('))
                this.pos++;
            const patterns = [];
            for (let p = this.peek(); p && !this.isOp(p, ')'); p = this.peek()) {
                if (p.kind === 'word')
                    patterns.push(p.word);
                else if (!this.isOp(p, '|'))
                    break;
                this.pos++;
            }
            if (!this.isOp(this.peek(), ')'))
                break;
            this.pos++;
            const body = this.parseList(new Set(['esac']), new Set([';;', ';&', ';;&']));
            arms.push({ patterns, body });
        }
        this.expectKeyword('esac');
        this.skipTrailingRedirects();
        return { kind: 'case', subject, arms, start, end: this.endOfPrevious() };
    }
    parseGroup() {
        const start = this.startOf(this.peek());
        this.pos++;
        const body = this.parseList(new Set(['}']), new Set());
        this.expectKeyword('}');
        this.skipTrailingRedirects();
        return { kind: 'group', body, subshell: false, start, end: this.endOfPrevious() };
    }
    parseSubshell() {
        const start = this.startOf(this.peek());
        this.pos++;
        const body = this.parseList(new Set(), new Set([')']));
        if (this.isOp(this.peek(), ')'))
            this.pos++;
        this.skipTrailingRedirects();
        return { kind: 'group', body, subshell: true, start, end: this.endOfPrevious() };
    }
    /** `(( i++ ))` as a command: nothing to analyse. */
    skipArithmeticCommand() {
        let depth = 0;
        for (let t = this.peek(); t; t = this.peek()) {
            if (this.isOp(t, '('))
                depth++;
            else if (this.isOp(t, ')')) {
                depth--;
                if (depth <= 0) {
                    this.pos++;
                    break;
                }
            }
            else if (t.kind === 'newline' && depth <= 0)
                break;
            this.pos++;
        }
        return null;
    }
    skipTrailingRedirects() {
        for (let t = this.peek(); t?.kind === 'op' && REDIRECT_OPS.has(t.op); t = this.peek()) {
            this.pos++;
            if (this.peek()?.kind === 'word')
                this.pos++;
        }
    }
    parseSimple() {
        const assignments = [];
        const words = [];
        const redirects = [];
        const first = this.peek();
        const start = this.startOf(first);
        let isTest = false;
        for (let t = this.peek(); t; t = this.peek()) {
            if (t.kind === 'word') {
                if (words.length === 0 && !isTest) {
                    const assignment = this.asAssignment(t.word);
                    if (assignment) {
                        this.pos++;
                        if (assignment.value &&
                            assignment.value.parts.length === 0 &&
                            this.isOp(this.peek(), '(')) {
                            this.skipArray();
                            assignment.value = null;
                            assignment.end = this.endOfPrevious();
                        }
                        assignments.push(assignment);
                        continue;
                    }
                }
                if (words.length === 0 && wordLiteral(t.word) === '[[')
                    isTest = true;
                words.push(t.word);
                this.pos++;
                if (isTest && wordLiteral(t.word) === ']]')
                    isTest = false;
                continue;
            }
            if (t.kind === 'op' && REDIRECT_OPS.has(t.op)) {
                this.pos++;
                const target = this.peek();
                const redirect = { op: t.op, target: null, start: t.start, end: t.end };
                if (target?.kind === 'word') {
                    redirect.target = target.word;
                    redirect.end = target.word.end;
                    this.pos++;
                }
                if (t.op === '<<' || t.op === '<<-')
                    this.pendingHeredocs.push(redirect);
                redirects.push(redirect);
                continue;
            }
            if (isTest && t.kind === 'op') {
                // Inside `[[ ... ]]`, `&&`, `||`, `<`, `(`... are part of the test.
                words.push({
                    parts: [{ kind: 'literal', text: t.op, quoted: false, start: t.start, end: t.end }],
                    raw: t.op,
                    start: t.start,
                    end: t.end
                });
                this.pos++;
                continue;
            }
            break;
        }
        if (assignments.length === 0 && words.length === 0 && redirects.length === 0)
            return null;
        return {
            kind: 'command',
            assignments,
            words,
            redirects,
            start,
            end: this.endOfPrevious(),
            // Present from the start, so every command has the same shape.
            [COMMAND_MEMO]: undefined
        };
    }
    skipArray() {
        let depth = 0;
        for (let t = this.peek(); t; t = this.peek()) {
            this.pos++;
            if (this.isOp(t, '('))
                depth++;
            else if (this.isOp(t, ')')) {
                depth--;
                if (depth <= 0)
                    return;
            }
        }
    }
    asAssignment(word) {
        const first = word.parts[0];
        if (first?.kind !== 'literal' || first.quoted)
            return null;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?\+?=/.exec(first.text);
        if (!m)
            return null;
        return {
            name: m[1] ?? '',
            value: wordAfter(word, m[0].length),
            start: word.start,
            end: word.end
        };
    }
    startOf(token) {
        if (!token)
            return 0;
        return token.kind === 'word' ? token.word.start : token.start;
    }
    endOfPrevious() {
        const t = this.tokens[this.pos - 1];
        if (!t)
            return 0;
        if (t.kind === 'word')
            return t.word.end;
        if (t.kind === 'newline')
            return t.start;
        return t.end;
    }
}
// ---------------------------------------------------------------------------------------------
// Helpers for callers
/** The literal text a word starts with (`NAME=` of `NAME=$x`); '' when it starts otherwise. */
function literalHead(word) {
    const first = word.parts[0];
    return first?.kind === 'literal' ? first.text : '';
}
/**
 * The word without the first `length` characters of its leading literal (`NAME=` of
 * `NAME=value`); the word itself when that literal is shorter.
 */
function wordAfter(word, length) {
    const [first, ...rest] = word.parts;
    if (first?.kind !== 'literal' || first.text.length < length)
        return word;
    const parts = first.text.length > length
        ? [{ ...first, text: first.text.slice(length), start: first.start + length }, ...rest]
        : rest;
    return { parts, raw: word.raw.slice(length), start: word.start + length, end: word.end };
}
/** Builtins whose `NAME=value` arguments set variables. */
const DECLARATION_COMMANDS = new Set([
    'export',
    'declare',
    'local',
    'readonly',
    'typeset'
]);
/** `bash`, `sh`, `zsh`, `dash`, `ksh`: a base name of a shell that reads this syntax. */
function isShellName(base) {
    return /^(ba|z|da|k)?sh$/.test(base);
}
/** Every simple command, in source order, including those inside `$( )` and control bodies. */
function allCommands(statements) {
    const out = [];
    const visitWord = (w) => {
        if (!w)
            return;
        for (const p of w.parts)
            if (p.kind === 'substitution')
                walk(p.body);
    };
    const walk = (list) => {
        for (const s of list) {
            switch (s.kind) {
                case 'command':
                    out.push(s);
                    s.assignments.forEach(a => visitWord(a.value));
                    s.words.forEach(visitWord);
                    s.redirects.forEach(r => visitWord(r.target));
                    break;
                case 'if':
                    for (const c of s.clauses) {
                        walk(c.condition);
                        walk(c.body);
                    }
                    if (s.elseBody)
                        walk(s.elseBody);
                    break;
                case 'loop':
                    s.items.forEach(visitWord);
                    walk(s.condition);
                    walk(s.body);
                    break;
                case 'case':
                    visitWord(s.subject);
                    for (const arm of s.arms)
                        walk(arm.body);
                    break;
                case 'group':
                    walk(s.body);
                    break;
            }
        }
    };
    walk(statements);
    return out.sort((a, b) => a.start - b.start);
}


/***/ }),

/***/ 3875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B_: () => (/* binding */ scriptInDialect),
/* harmony export */   H2: () => (/* binding */ stepDialect),
/* harmony export */   MR: () => (/* binding */ stepScript),
/* harmony export */   R9: () => (/* binding */ stepShell)
/* harmony export */ });
/* harmony import */ var _script_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7060);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9679);
/* harmony import */ var _shell_dialect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2948);
/* harmony import */ var _windows_script_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5810);




/** The shell a step runs in: its own `shell:`, else the first default (job, then workflow). */
function stepShell(step, defaults) {
    return step.shell ?? defaults.find(d => d.shell !== null)?.shell ?? null;
}
/** The dialect of a step's script (see shellDialect). */
function stepDialect(step, defaults, runsOn) {
    return (0,_shell_dialect_js__WEBPACK_IMPORTED_MODULE_2__/* .shellDialect */ .R)(stepShell(step, defaults), runsOn);
}
/** PowerShell and cmd readings, once per script (bash ones are kept by script-parse). */
const windowsReadings = new WeakMap();
/** A script's commands in `dialect`; null for a language that is not a shell. */
function scriptInDialect(run, dialect) {
    if (dialect === 'other')
        return null;
    if (dialect === 'sh') {
        return {
            dialect,
            text: run.text,
            statements: (0,_script_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parsedScript */ .NN)(run),
            commands: (0,_script_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .scriptCommands */ .q8)(run)
        };
    }
    const kept = windowsReadings.get(run);
    if (kept?.dialect === dialect)
        return kept;
    const text = (0,_windows_script_js__WEBPACK_IMPORTED_MODULE_3__/* .windowsAsBash */ .Cu)(run.text, dialect);
    const statements = (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .parseShell */ .aV)(text);
    const reading = { dialect, text, statements, commands: (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .allCommands */ .ib)(statements) };
    windowsReadings.set(run, reading);
    return reading;
}
/** A step's script in its dialect; null without a `run:` or in another language. */
function stepScript(step, defaults, runsOn) {
    return step.run ? scriptInDialect(step.run, stepDialect(step, defaults, runsOn)) : null;
}


/***/ }),

/***/ 8672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ shapeEndsWith),
/* harmony export */   DQ: () => (/* binding */ shapeContains),
/* harmony export */   JJ: () => (/* binding */ shapeStartsWith),
/* harmony export */   pP: () => (/* binding */ shapeOfBranchPattern),
/* harmony export */   zh: () => (/* binding */ shapeMayEqual)
/* harmony export */ });
// What is known about a string whose exact value is not: its shape. `github.ref_name` on a
// `pull_request` run is `<number>/merge` for some number; a base branch filtered by
// `branches: [release/*]` starts with `release/`. A shape is a fixed prefix, a middle of some
// class and a fixed suffix; the questions a condition asks of it (`==`, `startsWith`, `endsWith`,
// `contains`) are answered "always", "never" or "maybe", comparing without case as GitHub does.
const DIGIT = /[0-9]/;
function lower(shape) {
    return { ...shape, prefix: shape.prefix.toLowerCase(), suffix: shape.suffix.toLowerCase() };
}
/** Whether some string of the shape is `text` (GitHub's `==` on strings ignores case). */
function shapeMayEqual(shape, text) {
    const { prefix, middle, suffix } = lower(shape);
    const value = text.toLowerCase();
    if (value.length < prefix.length + suffix.length)
        return false;
    if (!value.startsWith(prefix) || !value.endsWith(suffix))
        return false;
    const rest = value.slice(prefix.length, value.length - suffix.length);
    if (middle === 'digits')
        return /^[0-9]+$/.test(rest);
    if (middle === 'some')
        return rest.length > 0;
    return true;
}
/** Whether some string of the shape starts with `start` (lower case on both sides). */
function mayStartWith({ prefix, middle, suffix }, start) {
    if (start.length <= prefix.length)
        return prefix.startsWith(start);
    if (!start.startsWith(prefix))
        return false;
    const rest = start.slice(prefix.length);
    if (middle !== 'digits')
        return true;
    let digits = 0;
    while (digits < rest.length && DIGIT.test(rest.charAt(digits)))
        digits++;
    if (digits === rest.length)
        return true;
    if (digits === 0)
        return false;
    return suffix.startsWith(rest.slice(digits));
}
const reversed = (text) => [...text].reverse().join('');
/** `startsWith(value, start)` for every value of the shape. */
function shapeStartsWith(shape, start) {
    const low = lower(shape);
    const needle = start.toLowerCase();
    if (low.prefix.startsWith(needle))
        return 'always';
    return mayStartWith(low, needle) ? 'maybe' : 'never';
}
/** `endsWith(value, end)` for every value of the shape. */
function shapeEndsWith(shape, end) {
    const low = lower(shape);
    const needle = end.toLowerCase();
    if (low.suffix.endsWith(needle))
        return 'always';
    const mirror = {
        prefix: reversed(low.suffix),
        middle: low.middle,
        suffix: reversed(low.prefix)
    };
    return mayStartWith(mirror, reversed(needle)) ? 'maybe' : 'never';
}
/** `contains(value, part)` for every value of the shape. */
function shapeContains(shape, part) {
    const { prefix, middle, suffix } = lower(shape);
    const needle = part.toLowerCase();
    if (prefix.includes(needle) || suffix.includes(needle))
        return 'always';
    if (middle !== 'digits')
        return 'maybe';
    // Every character of such a value is a digit or one of the fixed parts' characters.
    const possible = new Set([...prefix, ...suffix, ...'0123456789']);
    return [...needle].every(c => possible.has(c)) ? 'maybe' : 'never';
}
/**
 * The shape of the names a branch filter pattern (`main`, `release/*`, `feature/**`) matches, or
 * null when the pattern is not one run of `*` between literal text: other patterns (`?`, `+`,
 * `[...]`, several wildcards) are not modelled, and the caller must treat the name as unknown.
 */
function shapeOfBranchPattern(pattern) {
    if (!/[*?+[\]!\\]/.test(pattern))
        return pattern;
    const star = /\*+/.exec(pattern);
    if (!star)
        return null;
    const prefix = pattern.slice(0, star.index);
    const suffix = pattern.slice(star.index + star[0].length);
    if (/[*?+[\]!\\]/.test(prefix + suffix))
        return null;
    return { prefix, middle: 'any', suffix };
}


/***/ }),

/***/ 5810:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ windowsAsBash),
/* harmony export */   GX: () => (/* binding */ statementsOf),
/* harmony export */   _k: () => (/* binding */ CMD_SEPARATORS),
/* harmony export */   b2: () => (/* binding */ maskCmd),
/* harmony export */   fi: () => (/* binding */ maskPwsh),
/* harmony export */   gV: () => (/* binding */ PWSH_SEPARATORS),
/* harmony export */   vx: () => (/* binding */ PWSH_ASSIGNMENT)
/* harmony export */ });
/* harmony import */ var _expressions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3174);
// PowerShell and cmd `run:` scripts read word by word (there is no PowerShell or cmd parser here):
// the script with what is not code blanked, cut into statements and pipeline segments. The
// token-leak reader works on the segments; `windowsAsBash` turns them into the bash that runs the
// same commands and sets the same environment variables, so every reader of bash (needs
// inference, flyctl invocations, agents, programs run) reads a PowerShell or cmd step without
// reading it as bash.

/** Where PowerShell and cmd end a statement (a pipeline of segments). */
const PWSH_SEPARATORS = /[\n;{}]/;
const CMD_SEPARATORS = /[\n&()]/;
function maskPwsh(script) {
    const code = script.split('');
    const quoted = new Array(script.length).fill(false);
    const literals = [];
    const blank = (from, to) => {
        for (let k = from; k < to; k++)
            if (code[k] !== '\n')
                code[k] = ' ';
    };
    let i = 0;
    while (i < script.length) {
        const c = script[i];
        const rest = script.slice(i, i + 2);
        if (rest === '<#') {
            const end = script.indexOf('#>', i + 2);
            const stop = end < 0 ? script.length : end + 2;
            blank(i, stop);
            i = stop;
        }
        else if (c === '#') {
            const end = script.indexOf('\n', i);
            const stop = end < 0 ? script.length : end;
            blank(i, stop);
            i = stop;
        }
        else if (rest === "@'" || c === "'") {
            const close = rest === "@'" ? "\n'@" : "'";
            const end = script.indexOf(close, i + rest.length);
            const stop = end < 0 ? script.length : end + close.length;
            if (rest !== "@'")
                literals.push([i, stop]);
            blank(i, stop);
            i = stop;
        }
        else if (rest === '${') {
            // `${{ expression }}` and `${env:NAME}`: one word, whose braces separate nothing.
            const close = script.startsWith('${{', i) ? '}}' : '}';
            const end = script.indexOf(close, i + 2);
            const stop = end < 0 ? script.length : end + close.length;
            for (let q = i; q < stop; q++)
                quoted[q] = true;
            i = stop;
        }
        else if (c === '`') {
            // An escape: the next character is literal; a backtick ending a line continues it.
            const width = script.startsWith('\r\n', i + 1) ? 3 : 2;
            for (let k = i; k < Math.min(i + width, script.length); k++)
                code[k] = ' ';
            i += width;
        }
        else if (rest === '@"' || c === '"') {
            const here = rest === '@"';
            let k = i + (here ? 2 : 1);
            while (k < script.length) {
                if (script[k] === '`') {
                    blank(k, Math.min(k + 2, script.length));
                    k += 2;
                    continue;
                }
                if (here ? script.startsWith('\n"@', k) : script[k] === '"')
                    break;
                k++;
            }
            const stop = Math.min(script.length, k + (here ? 3 : 1));
            for (let q = i; q < stop; q++)
                quoted[q] = true;
            i = stop;
        }
        else {
            i++;
        }
    }
    return { code: code.join(''), quoted, literals };
}
/** Statements: split at unquoted newlines, `;`, `{` and `}`, each cut into pipeline segments. */
function statementsOf(masked, separators) {
    const { code, quoted } = masked;
    const statements = [];
    let segments = [];
    let from = 0;
    const endSegment = (to) => {
        const words = wordsOf(masked, from, to);
        if (words.length > 0)
            segments.push({ start: words[0]?.start ?? from, end: to, words });
    };
    for (let i = 0; i <= code.length; i++) {
        const c = code[i];
        if (i < code.length && (quoted[i] || c === undefined))
            continue;
        // A line ending in `|` goes on with the next command of the pipeline.
        if (c === '\n' && endsInPipe(masked, i))
            continue;
        if (i === code.length || separators.test(c ?? '')) {
            endSegment(i);
            if (segments.length > 0)
                statements.push(segments);
            segments = [];
            from = i + 1;
        }
        else if (c === '|' && code[i + 1] !== '|' && code[i - 1] !== '|') {
            endSegment(i);
            from = i + 1;
        }
    }
    return statements;
}
/** Whether the last code before `at` on its line is an unquoted `|`. */
function endsInPipe(masked, at) {
    let k = at - 1;
    while (k >= 0 && /[ \t\r]/.test(masked.code[k] ?? ''))
        k--;
    return masked.code[k] === '|' && !masked.quoted[k];
}
/** Whitespace-separated words of code[from, to), quoted strings kept whole. */
function wordsOf(masked, from, to) {
    const words = [];
    let start = -1;
    for (let i = from; i <= to; i++) {
        const space = i === to || (!masked.quoted[i] && /\s/.test(masked.code[i] ?? ''));
        if (space && start >= 0) {
            words.push({ text: masked.code.slice(start, i), start });
            start = -1;
        }
        else if (!space && start < 0) {
            start = i;
        }
    }
    return words;
}
/** cmd has no single quotes or escapes worth masking; `rem` and `::` lines are comments. */
function maskCmd(script) {
    const code = script.replace(/^([ \t]*@?)(rem\b|::)[^\n]*/gim, m => ' '.repeat(m.length));
    const quoted = new Array(script.length).fill(false);
    let open = false;
    for (let i = 0; i < code.length; i++) {
        if (code[i] === '\n')
            open = false;
        else if (code[i] === '"')
            open = !open;
        quoted[i] = open || code[i] === '"';
    }
    // A `${{ }}` expression is one word: its parentheses and `&&` separate nothing.
    for (const span of (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .findExpressions */ .zV)(code))
        quoted.fill(true, span.start, span.end);
    return { code, quoted, literals: [] };
}
/** `$name =`, `$env:NAME =`, `${env:NAME} =` at the start of a PowerShell statement. */
const PWSH_ASSIGNMENT = /^\$(?:\{env:([A-Za-z_][A-Za-z0-9_]*)\}|env:([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))\s*=(?!=)/i;
/** Statements that open with a PowerShell keyword: headers and conditions, no command to read. */
const PWSH_KEYWORDS = new Set([
    'begin',
    'break',
    'catch',
    'class',
    'continue',
    'do',
    'else',
    'elseif',
    'end',
    'enum',
    'filter',
    'finally',
    'for',
    'foreach',
    'function',
    'if',
    'param',
    'process',
    'return',
    'switch',
    'throw',
    'trap',
    'try',
    'until',
    'while'
]);
/** cmd's `if` conditions that take one operand after their keyword. */
const CMD_CONDITIONS = new Set(['errorlevel', 'exist', 'defined', 'cmdextversion']);
const CMD_COMPARISONS = new Set(['==', 'equ', 'neq', 'lss', 'leq', 'gtr', 'geq']);
/**
 * A PowerShell or cmd script as the bash that runs the same commands, of the same length (every
 * offset, hence every reported position, holds). Each statement keeps its command and arguments;
 * what is not code (comments, here-strings, escapes), what runs nothing (an assignment's value
 * that is no command, a keyword's header) and the separators bash would read differently become
 * blanks and line ends: `$t = fly auth token` is the command `fly auth token`, `<# ... #>` is
 * nothing. Environment variables are bash's: `$env:NAME = "x"` and `set NAME=x` set `NAME`,
 * `$env:NAME` and `${env:NAME}` read it. Outside `${{ }}` expressions (kept as written), backslashes
 * become slashes (a path separator there, an escape in bash) and cmd's `'` (no quote there) an
 * underscore.
 */
function windowsAsBash(script, dialect) {
    // A caret ending a cmd line continues the command: the line end is read as a blank.
    const masked = dialect === 'pwsh'
        ? maskPwsh(script)
        : maskCmd(script.replace(/\^\r?\n/g, m => ' '.repeat(m.length)));
    const out = script.split('').map(c => (c === '\n' ? '\n' : ' '));
    const kept = new Array(script.length).fill(false);
    const separators = dialect === 'pwsh' ? PWSH_SEPARATORS : CMD_SEPARATORS;
    for (const statement of statementsOf(masked, separators)) {
        const first = statement[0];
        const last = statement[statement.length - 1];
        if (!first || !last)
            continue;
        const start = dialect === 'pwsh' ? pwshCommandStart(masked, first) : cmdCommandStart(masked, first);
        if (start === null)
            continue;
        for (let i = start.at; i < last.end; i++) {
            out[i] = masked.code[i] ?? ' ';
            kept[i] = true;
        }
        for (const i of start.blank)
            out[i] = ' ';
        if (start.assigns) {
            const { name, value } = start.assigns;
            const set = padded(value - start.at, `${name}=`);
            for (let k = 0; k < set.length; k++)
                out[start.at + k] = set[k] ?? ' ';
        }
        if (last.end < script.length)
            out[last.end] = '\n';
    }
    // Single-quoted strings are literal in PowerShell as in bash: the arguments they are come back.
    for (const [from, to] of masked.literals) {
        if (!kept[from])
            continue;
        for (let i = from; i < to; i++)
            if (script[i] !== '\n')
                out[i] = script[i] ?? ' ';
    }
    const inExpression = new Array(script.length).fill(false);
    for (const span of (0,_expressions_js__WEBPACK_IMPORTED_MODULE_0__/* .findExpressions */ .zV)(script))
        inExpression.fill(true, span.start, span.end);
    const bash = out.map((c, i) => inExpression[i] ? c : c === '\\' ? '/' : dialect === 'cmd' && c === "'" ? '_' : c);
    const text = bash.join('');
    return dialect === 'pwsh' ? withEnvironmentReads(text, masked.literals) : text;
}
/**
 * PowerShell's reads of environment variables as bash's, outside single-quoted literals:
 * `$env:NAME` as `${NAME:-}`, `${env:NAME}` as `${NAME:-}""` (same lengths, same values).
 */
function withEnvironmentReads(text, literals) {
    const literal = (at) => literals.some(([from, to]) => at >= from && at < to);
    return text.replace(/\$(?:env:([A-Za-z_][A-Za-z0-9_]*)|\{env:([A-Za-z_][A-Za-z0-9_]*)\})/gi, (read, bare, braced, at) => {
        if (literal(at))
            return read;
        return bare ? `\${${bare}:-}` : `\${${braced ?? ''}:-}""`;
    });
}
/** Spaces, then `replacement`, `width` characters in all. */
function padded(width, replacement) {
    return ' '.repeat(Math.max(0, width - replacement.length)) + replacement;
}
function pwshCommandStart(masked, segment) {
    const code = masked.code;
    let at = segment.start;
    const assignment = PWSH_ASSIGNMENT.exec(code.slice(at, segment.end));
    const valueFrom = at + (assignment?.[0].length ?? 0);
    if (assignment)
        at = skipBlanks(code, valueFrom, segment.end);
    const name = assignment?.[1] ?? assignment?.[2];
    // `$env:NAME = 'text'` (blanked in the code: a literal): the variable set to a value.
    const literal = masked.literals.find(([from]) => from >= valueFrom && from < segment.end && code.slice(valueFrom, from).trim() === '');
    if (assignment && literal) {
        return name ? { at: segment.start, blank: [], assigns: { name, value: literal[0] } } : null;
    }
    // The call operator: `& flyctl ...`, `& "C:\...\flyctl.exe" ...` (a quoted program).
    const called = code[at] === '&' && /[ \t]/.test(code[at + 1] ?? '');
    if (called)
        at = skipBlanks(code, at + 1, segment.end);
    const head = /^[^\s]*/.exec(code.slice(at, segment.end))?.[0] ?? '';
    if (head === '' || PWSH_KEYWORDS.has(head.toLowerCase()))
        return null;
    if (called)
        return { at, blank: [] };
    // `$t = $(fly auth token)`, `(flyctl version)`: the command inside the parentheses.
    const opener = head.startsWith('$(') ? 2 : head.startsWith('(') ? 1 : 0;
    if (opener > 0) {
        const close = closingParen(masked, at + opener - 1, segment.end);
        const blank = [at, at + opener - 1];
        if (close !== null)
            blank.push(close);
        return { at, blank };
    }
    // A value (`"text"`, `$var`, `@(...)`, `[type]::X`, a number) runs no command; one given to
    // an environment variable sets it for the commands after.
    if (/^[$"@[\d'-]/.test(head)) {
        return name ? { at: segment.start, blank: [], assigns: { name, value: at } } : null;
    }
    return { at, blank: [] };
}
function skipBlanks(code, at, end) {
    let i = at;
    while (i < end && /[ \t\r]/.test(code[i] ?? ''))
        i++;
    return i;
}
/** The `)` closing the `(` at `open`, outside strings; null when the statement has none. */
function closingParen(masked, open, end) {
    let depth = 0;
    for (let i = open; i < end; i++) {
        if (masked.quoted[i])
            continue;
        const c = masked.code[i];
        if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return i;
    }
    return null;
}
function cmdCommandStart(masked, segment) {
    // `for %%f in (a b) do ...`: the set in parentheses is a list, not a command.
    if (/\bin\s*\($/i.test(masked.code.slice(Math.max(0, segment.start - 40), segment.start))) {
        return null;
    }
    const words = segment.words.map(w => 
    // `@echo off`: the `@` only hides the command from the log.
    w.text.startsWith('@') ? { text: w.text.slice(1), start: w.start + 1 } : w);
    let i = 0;
    for (;;) {
        const word = (words[i]?.text ?? '').toLowerCase();
        // `set NAME=value` sets the variable: bash's `NAME=value`.
        if (word === 'set' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i + 1]?.text ?? '')) {
            const assignment = words[i + 1];
            if (assignment)
                return { at: assignment.start, blank: [] };
        }
        if (word === 'call' || word === 'else' || word === 'do')
            i++;
        else if (word === 'if')
            i = afterCmdCondition(words, i + 1);
        else if (word === 'for') {
            const body = words.findIndex((w, k) => k > i && w.text.toLowerCase() === 'do');
            if (body < 0)
                return null;
            i = body + 1;
        }
        else
            break;
    }
    const command = words[i];
    // A `:label` is no command.
    if (!command || command.text === '' || command.text.startsWith(':'))
        return null;
    return { at: command.start, blank: [] };
}
/** The index of the word after an `if` condition (`if /i not "%A%"=="b" command`). */
function afterCmdCondition(words, from) {
    let i = from;
    while (/^(\/i|not)$/i.test(words[i]?.text ?? ''))
        i++;
    const word = (words[i]?.text ?? '').toLowerCase();
    if (CMD_CONDITIONS.has(word))
        return i + 2;
    if (word.includes('=='))
        return word.endsWith('==') ? i + 2 : i + 1;
    const next = (words[i + 1]?.text ?? '').toLowerCase();
    if (CMD_COMPARISONS.has(next))
        return i + 3;
    if (next.startsWith('=='))
        return i + 2;
    return i + 1;
}


/***/ }),

/***/ 15:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ mapEntry),
/* harmony export */   Pu: () => (/* binding */ keyText),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   ZX: () => (/* binding */ mapGet),
/* harmony export */   _d: () => (/* binding */ readYamlTree),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony exports MAX_YAML_NODES, MAX_YAML_EXPANDED_CHARS */
/* harmony import */ var _actions_workflow_parser_workflows_yaml_object_reader__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(589);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
// Reads a YAML document once, with GitHub's own YAML reader (`YamlObjectReader` of
// @actions/workflow-parser, on the `yaml` library), into a small positioned tree. The tree is a walk
// of that reader's document, positioned as the reader positions its tokens; the reader comes back
// with its events unread, so GitHub's schema check reads the same parse. Unlike `parseWorkflow`, it
// keeps going when the YAML is broken (the reader's event stream drops keys whose value is missing
// or an unresolved alias; the document keeps them) and it keeps the keys the schema does not know,
// so odd files still give a useful model.


/** Aliases are expanded by the reader; this bounds the work a "billion laughs" file can cause. */
const MAX_YAML_NODES = 200_000;
/**
 * Characters of scalar text (keys included) one document may expand to. The node budget alone let
 * a 25 KB file alias one 6 KB `run:` script a thousand times (seconds of shell parsing, hundreds of
 * MiB); without aliases a file can never reach this, as it is twice the 1 MiB file limit.
 */
const MAX_YAML_EXPANDED_CHARS = 2 * 1024 * 1024;
const BUDGET_MESSAGE = 'YAML document expands to too many nodes (aliases?); reading stopped';
const TEXT_BUDGET_MESSAGE = 'YAML document expands to too much text (aliases?); reading stopped';
class BudgetExceeded extends Error {
}
/** Never throws: problems come back in `errors`. */
function readYamlTree(text) {
    let reader;
    try {
        reader = new _actions_workflow_parser_workflows_yaml_object_reader__WEBPACK_IMPORTED_MODULE_0__/* .YamlObjectReader */ .M(undefined, text);
    }
    catch (err) {
        return {
            root: undefined,
            errors: [{ message: describe(err) }],
            truncated: true,
            aliasSearchNodes: 0
        };
    }
    const errors = reader.errors.map(e => ({
        message: firstLine(e.message),
        ...(e.range ? { range: e.range } : {})
    }));
    try {
        const walk = new TreeWalk(reader);
        const root = walk.root();
        const lines = privateOf(reader).lineCounter;
        return {
            root,
            errors,
            truncated: false,
            reader,
            lines,
            aliasSearchNodes: walk.aliasSearchNodes
        };
    }
    catch (err) {
        errors.push({
            message: err instanceof BudgetExceeded ? err.message : `YAML reader stopped: ${describe(err)}`
        });
        return { root: undefined, errors, truncated: true, aliasSearchNodes: 0 };
    }
}
/**
 * GitHub's reader's internals. Reading them is what lets one parse serve both the tree and the
 * schema check, with the reader's own positions; a parser version without them fails here,
 * loudly, rather than parsing every file twice.
 */
function privateOf(reader) {
    const internals = reader;
    if (!internals.doc || !internals.lineCounter || typeof internals.getRange !== 'function') {
        throw new Error('@actions/workflow-parser no longer keeps its YAML document');
    }
    return internals;
}
/** The document as a YamlTree, within the node and text budgets. */
class TreeWalk {
    nodeBudget = MAX_YAML_NODES;
    textBudget = MAX_YAML_EXPANDED_CHARS;
    /** Each alias's anchored node, found in one pass (`Alias.resolve` searches the document). */
    targets;
    documentNodes = 0;
    aliasesMet = 0;
    doc;
    reader;
    constructor(reader) {
        this.reader = privateOf(reader);
        this.doc = this.reader.doc;
    }
    root() {
        const contents = this.doc.contents;
        return contents ? this.node(contents, new Set()) : undefined;
    }
    get aliasSearchNodes() {
        return this.aliasesMet * this.documentNodes;
    }
    /** As `Alias.resolve`: the last node with the alias's anchor before it in the document. */
    target(alias) {
        if (!this.targets) {
            const targets = new Map();
            const anchors = new Map();
            (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(this.doc, {
                Node: (_key, node) => {
                    this.documentNodes++;
                    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(node)) {
                        const target = anchors.get(node.source);
                        if (target)
                            targets.set(node, target);
                    }
                    else if (node.anchor) {
                        anchors.set(node.anchor, node);
                    }
                }
            });
            this.targets = targets;
        }
        return this.targets.get(alias);
    }
    /** GitHub's token range of a node: its start and value end as 1-based line/column. */
    range(node) {
        const range = this.reader.getRange(node);
        return range ? { range } : {};
    }
    scalar(node, missingAt) {
        if (!node)
            return { kind: 'scalar', value: null, ...(missingAt ? { range: missingAt } : {}) };
        const raw = node.value;
        const value = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean'
            ? raw
            : raw === null || raw === undefined
                ? null
                : String(raw);
        if (typeof value === 'string') {
            this.textBudget -= value.length;
            if (this.textBudget < 0)
                throw new BudgetExceeded(TEXT_BUDGET_MESSAGE);
        }
        const out = { kind: 'scalar', value, ...this.range(node) };
        if (node.range)
            out.offsets = [node.range[0], node.range[1]];
        // As GitHub's tokens: the scalar's source (block scalars: the body) and block header.
        const token = node.srcToken;
        const source = token?.source;
        if (typeof value === 'string' && typeof source === 'string')
            out.source = source;
        if (token?.type === 'block-scalar') {
            const header = token.props.find(p => p.type === 'block-scalar-header');
            if (header && 'source' in header)
                out.blockHeader = header.source;
        }
        return out;
    }
    node(input, aliasStack) {
        this.nodeBudget -= 1;
        if (this.nodeBudget < 0)
            throw new BudgetExceeded(BUDGET_MESSAGE);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isAlias */ .Vj)(input)) {
            this.aliasesMet++;
            const target = this.target(input);
            if (!target || aliasStack.has(target))
                return undefined;
            aliasStack.add(target);
            try {
                return this.node(target, aliasStack);
            }
            finally {
                aliasStack.delete(target);
            }
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(input))
            return this.scalar(input);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(input)) {
            const map = { kind: 'map', entries: [], ...this.range(input) };
            for (const pair of input.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(pair) || !(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(pair.key))
                    continue;
                const key = this.scalar(pair.key);
                const value = pair.value === null || pair.value === undefined
                    ? undefined
                    : this.node(pair.value, aliasStack);
                // A key without a value (or with an unresolved alias) keeps an empty value where it ends.
                const missing = key.range ? { start: key.range.end, end: key.range.end } : undefined;
                map.entries.push({ key, value: value ?? this.scalar(null, missing) });
            }
            return map;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(input)) {
            const seq = { kind: 'seq', items: [], ...this.range(input) };
            for (const item of input.items) {
                const value = this.node(item, aliasStack);
                if (value)
                    seq.items.push(value);
            }
            return seq;
        }
        return undefined;
    }
}
/** The YAML library's messages carry a multi-line excerpt; keep the sentence only. */
function firstLine(message) {
    const line = message.split('\n', 1)[0] ?? message;
    return line.replace(/ at line \d+, column \d+:?\s*$/, '').trim();
}
function describe(err) {
    return err instanceof Error ? firstLine(err.message) : 'unknown error';
}
// Small accessors used by the model builder.
function mapGet(node, key) {
    if (node?.kind !== 'map')
        return undefined;
    for (const entry of node.entries)
        if (entry.key.value === key)
            return entry.value;
    return undefined;
}
function mapEntry(node, key) {
    if (node?.kind !== 'map')
        return undefined;
    return node.entries.find(e => e.key.value === key);
}
/** String form of a scalar (numbers and booleans as JavaScript prints them); null otherwise. */
function scalarText(node) {
    if (node?.kind !== 'scalar' || node.value === null)
        return null;
    return String(node.value);
}
function keyText(key) {
    return key.value === null ? '' : String(key.value);
}


/***/ })

};
;