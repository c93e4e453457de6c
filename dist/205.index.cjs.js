"use strict";
exports.id = 205;
exports.ids = [205];
exports.modules = {

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

/***/ 7877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ fsFileSource)
/* harmony export */ });
/* unused harmony export Directories */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6610);
/* harmony import */ var _scan_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3486);
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
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const isInside = (root, full) => full === root || full.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
const isKernelPath = (full) => KERNEL_ROOTS.some(kernel => isInside(kernel, full));
function realRootOf(root) {
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(absolute);
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
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, dir), { withFileTypes: true });
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`/proc/self/fd/${fd}`);
    }
    catch {
        return undefined;
    }
}
let procFd;
/** Whether `openedPath` can tell where a descriptor points (Linux); looked up once. */
function descriptorsTellPaths() {
    return (procFd ??= (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('/proc/self/fd'));
}
/** One buffer for every read (reads are synchronous): no allocation per file. */
let scratch = Buffer.alloc(0);
function readOpened(fd, maxBytes) {
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
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
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, scratch, total, maxBytes + 1 - total, null);
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
        return this.#state(full.slice(0, Math.max(full.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_1__.sep), 0)));
    }
    #state(dir) {
        if (dir.length <= this.realRoot.length)
            return 'real';
        const known = this.#known.get(dir);
        if (known !== undefined)
            return known;
        const above = this.#state(dir.slice(0, dir.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)));
        let state;
        if (above === 'missing') {
            state = 'missing';
        }
        else {
            try {
                const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir, { throwIfNoEntry: false });
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
    const full = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(realRoot, relative);
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
        first = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full, { throwIfNoEntry: false });
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
            real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(full);
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
            const info = real === full ? first : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(real);
            if (!info.isFile())
                return { skipped: 'special' };
        }
        catch {
            return { skipped: 'missing' };
        }
    }
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, OPEN_FLAGS);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The checkout at `root`: `git ls-files` when it is a work tree, else a directory walk. */
function fsFileSource(root, maxBytes = _file_source_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_FILE_BYTES */ .g) {
    const realRoot = realRootOf(root);
    const directories = new Directories(realRoot);
    return {
        list() {
            const fromGit = (0,_scan_io_js__WEBPACK_IMPORTED_MODULE_2__/* .gitListing */ .L$)(realRoot);
            return fromGit ? { paths: fromGit } : walkFiles(realRoot);
        },
        read: relative => readConfined(realRoot, relative, maxBytes, directories)
    };
}


/***/ }),

/***/ 3486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ gitListing),
/* harmony export */   LA: () => (/* binding */ fsScanIo)
/* harmony export */ });
/* unused harmony export gitDiff */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
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
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', [...NO_REPOSITORY_PROGRAMS, ...args], {
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


/***/ })

};
;