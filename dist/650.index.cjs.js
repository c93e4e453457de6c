"use strict";
exports.id = 650;
exports.ids = [650];
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
/** Texts kept for needs inference (many workflows read the same few fly.toml), by total size. */
const CACHE_CHARS = 4 * 1024 * 1024;
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
            if (cached + size > CACHE_CHARS) {
                cache.clear();
                cached = 0;
            }
            cache.set(path, text);
            cached += size;
            return text;
        }
    };
}


/***/ }),

/***/ 7877:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HP: () => (/* binding */ fsFileSource)
/* harmony export */ });
/* unused harmony exports walkFiles, readConfined */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _file_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6610);
/* harmony import */ var _scan_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3486);
// The checkout on disk as a FileSource. A pull request controls every byte of it, so a read
// opens only a regular file whose real path lies inside the checkout's real path: a committed
// symlink to /proc/self/environ, /etc/passwd or a file beside the workspace, a FIFO, a device or
// a socket is never opened (or, for a FIFO, opened non-blocking and closed unread), and the
// type is checked on the opened descriptor, so a swap between check and open changes nothing.




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
    // Read to EOF but never past the cap: a size of 0 proves nothing.
    let total = 0;
    for (;;) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, scratch, total, maxBytes + 1 - total, null);
        if (n === 0)
            break;
        total += n;
        if (total > maxBytes)
            return { skipped: 'too-large' };
    }
    if (scratch.subarray(0, Math.min(total, 8000)).includes(0))
        return { skipped: 'binary' };
    return { text: scratch.toString('utf8', 0, total) };
}
/** Reads one repo-relative file confined to `realRoot`; see the file comment. */
function readConfined(realRoot, relative, maxBytes) {
    if (BINARY_EXTENSIONS.test(relative))
        return { skipped: 'binary' };
    const full = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(realRoot, relative);
    if (!isInside(realRoot, full))
        return { skipped: 'outside' };
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
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(full);
    }
    catch (error) {
        return missingOrUnreadable(error);
    }
    if (!isInside(realRoot, real))
        return { skipped: 'outside' };
    if (KERNEL_ROOTS.some(kernel => isInside(kernel, real)))
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
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, OPEN_FLAGS);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { skipped: 'missing' };
        // ELOOP: the last component became a symlink after realpath; ENXIO: a socket.
        if (code === 'ELOOP')
            return { skipped: 'outside' };
        return { skipped: code === 'ENXIO' ? 'special' : 'unreadable' };
    }
    try {
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
    return {
        list() {
            const fromGit = (0,_scan_io_js__WEBPACK_IMPORTED_MODULE_2__/* .gitListing */ .L$)(realRoot);
            return fromGit ? { paths: fromGit } : walkFiles(realRoot);
        },
        read: relative => readConfined(realRoot, relative, maxBytes)
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
 * textconv drivers on `diff`. Neither is needed to list or diff; both are switched off.
 */
const NO_REPOSITORY_PROGRAMS = ['-c', 'core.fsmonitor=false'];
function git(root, args) {
    try {
        return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', [...NO_REPOSITORY_PROGRAMS, ...args], {
            cwd: root,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: GIT_TIMEOUT_MS,
            maxBuffer: GIT_MAX_BUFFER,
            env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
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
/** `git diff --unified=0 <base>` in the root; undefined when git or the commit is not there. */
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
/* harmony export */   zV: () => (/* binding */ findExpressions)
/* harmony export */ });
/* unused harmony export expressionEnd */
/* harmony import */ var _string_shape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8672);
// GitHub Actions `${{ }}` expressions: finding them in strings, finding `secrets.X` inside them,
// and a small evaluator that tells which values an expression can take when its inputs are known
// (matrix values, env literals, step outputs) and says "unknown" otherwise.

const QUOTE = 0x27; // '
const CLOSE_BRACE = 0x7d; // }
const LOWER_S = 0x73; // s
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
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
/** `secrets.X` / `secrets['X']` mentions inside an expression body (string literals skipped). */
function findSecretMentions(inner, offset = 0) {
    const found = [];
    let inString = false;
    for (let i = 0; i < inner.length; i++) {
        const ch = inner.charCodeAt(i);
        if (inString) {
            if (ch === QUOTE) {
                if (inner.charCodeAt(i + 1) === QUOTE)
                    i += 1;
                else
                    inString = false;
            }
            continue;
        }
        if (ch === QUOTE) {
            inString = true;
            continue;
        }
        // `startsWith` is a call: made only where an `s` could begin the word.
        if (ch !== LOWER_S || !inner.startsWith('secrets', i))
            continue;
        const before = inner.charAt(i - 1);
        const after = inner.charAt(i + 7);
        if (/[A-Za-z0-9_.-]/.test(before) || /[A-Za-z0-9_-]/.test(after))
            continue;
        let j = i + 7;
        while (/\s/.test(inner.charAt(j)))
            j++;
        if (inner.charAt(j) === '.') {
            j++;
            while (/\s/.test(inner.charAt(j)))
                j++;
            IDENT.lastIndex = j;
            const m = IDENT.exec(inner);
            if (m) {
                found.push({ name: m[0], start: offset + i, end: offset + j + m[0].length });
                i = j + m[0].length - 1;
            }
        }
        else if (inner.charAt(j) === '[') {
            const literal = /^\[\s*'([^']*)'\s*\]/.exec(inner.slice(j));
            if (literal) {
                found.push({
                    name: literal[1] ?? null,
                    start: offset + i,
                    end: offset + j + literal[0].length
                });
            }
            else {
                const close = inner.indexOf(']', j);
                found.push({
                    name: null,
                    start: offset + i,
                    end: offset + (close < 0 ? inner.length : close + 1)
                });
            }
        }
    }
    return found;
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
/** GitHub's string conversion: null -> '', booleans and numbers printed. */
function asString(value) {
    if (value === null)
        return '';
    return String(value);
}
function truthy(value) {
    if (value === null || value === false || value === '' || value === 0)
        return false;
    if (typeof value === 'number' && Number.isNaN(value))
        return false;
    return true;
}
function tokenize(src) {
    const toks = [];
    let i = 0;
    while (i < src.length) {
        const ch = src.charAt(i);
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        if (ch === "'") {
            let s = '';
            i++;
            for (;;) {
                if (i >= src.length)
                    return null;
                const c = src.charAt(i);
                if (c === "'") {
                    if (src.charAt(i + 1) === "'") {
                        s += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                s += c;
                i++;
            }
            toks.push({ kind: 'string', text: s });
            continue;
        }
        const num = /^(0x[0-9a-fA-F]+|-?\d+(\.\d+)?([eE][+-]?\d+)?)/.exec(src.slice(i));
        if (num && /[0-9-]/.test(ch) && !(ch === '-' && !/\d/.test(src.charAt(i + 1)))) {
            toks.push({ kind: 'number', text: num[0] });
            i += num[0].length;
            continue;
        }
        const ident = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
        if (ident) {
            toks.push({ kind: 'ident', text: ident[0] });
            i += ident[0].length;
            continue;
        }
        const op = /^(\|\||&&|==|!=|<=|>=|[<>!().,[\]*])/.exec(src.slice(i));
        if (op) {
            toks.push({ kind: 'op', text: op[0] });
            i += op[0].length;
            continue;
        }
        return null;
    }
    toks.push({ kind: 'end', text: '' });
    return toks;
}
class ExprParser {
    toks;
    pos = 0;
    constructor(toks) {
        this.toks = toks;
    }
    parse() {
        const ast = this.or();
        return ast && this.peek().kind === 'end' ? ast : null;
    }
    peek() {
        return this.toks[this.pos] ?? { kind: 'end', text: '' };
    }
    take(text) {
        const t = this.peek();
        if (text !== undefined && !(t.kind === 'op' && t.text === text))
            return null;
        this.pos++;
        return t;
    }
    binary(next, ops) {
        let left = next();
        while (left) {
            const t = this.peek();
            if (t.kind !== 'op' || !ops.includes(t.text))
                break;
            this.pos++;
            const right = next();
            if (!right)
                return null;
            left = { kind: 'binary', op: t.text, left, right };
        }
        return left;
    }
    or = () => this.binary(this.and, ['||']);
    and = () => this.binary(this.equality, ['&&']);
    equality = () => this.binary(this.comparison, ['==', '!=']);
    comparison = () => this.binary(this.unary, ['<', '<=', '>', '>=']);
    unary = () => {
        if (this.take('!')) {
            const operand = this.unary();
            return operand ? { kind: 'not', operand } : null;
        }
        return this.postfix();
    };
    postfix() {
        const primary = this.primary();
        if (!primary)
            return null;
        const segments = [];
        for (;;) {
            if (this.take('.')) {
                const t = this.peek();
                if (t.kind === 'ident')
                    segments.push(t.text);
                else if (t.kind === 'op' && t.text === '*')
                    segments.push('*');
                else
                    return null;
                this.pos++;
            }
            else if (this.take('[')) {
                if (this.take('*'))
                    segments.push('*');
                else {
                    const index = this.or();
                    if (!index)
                        return null;
                    segments.push(index.kind === 'literal' ? asString(index.value) : index);
                }
                if (!this.take(']'))
                    return null;
            }
            else
                break;
        }
        if (segments.length === 0)
            return primary;
        if (primary.kind === 'path')
            return { ...primary, segments: [...primary.segments, ...segments] };
        return { kind: 'index', target: primary, segments };
    }
    primary() {
        const t = this.peek();
        if (t.kind === 'string') {
            this.pos++;
            return { kind: 'literal', value: t.text };
        }
        if (t.kind === 'number') {
            this.pos++;
            return { kind: 'literal', value: Number(t.text) };
        }
        if (t.kind === 'ident') {
            this.pos++;
            if (t.text === 'true' || t.text === 'false')
                return { kind: 'literal', value: t.text === 'true' };
            if (t.text === 'null')
                return { kind: 'literal', value: null };
            if (this.take('(')) {
                const args = [];
                if (!this.take(')')) {
                    for (;;) {
                        const arg = this.or();
                        if (!arg)
                            return null;
                        args.push(arg);
                        if (this.take(')'))
                            break;
                        if (!this.take(','))
                            return null;
                    }
                }
                return { kind: 'call', name: t.text.toLowerCase(), args };
            }
            return { kind: 'path', head: t.text, segments: [] };
        }
        if (this.take('(')) {
            const inner = this.or();
            return inner && this.take(')') ? inner : null;
        }
        return null;
    }
}
const BOTH = { values: [true, false], unknown: false };
/** Every falsy value: what an unknown value is when it is known to be falsy. */
const FALSY = [false, 0, '', null, Number.NaN];
// Needs inference evaluates the same few expressions once per step, matrix combination and
// caller. The syntax tree depends on the text alone (evaluation never changes it), so parses of
// short expressions are kept in a small table that is emptied when full. Keys are copied: an
// expression is a slice of its workflow's text and would keep the whole text alive.
const MAX_KEPT_PARSES = 2048;
const MAX_KEPT_EXPRESSION_CHARS = 256;
const keptParses = new Map();
function parsedExpression(inner) {
    if (inner.length > MAX_KEPT_EXPRESSION_CHARS)
        return parseExpression(inner);
    const kept = keptParses.get(inner);
    if (kept !== undefined)
        return kept;
    // The tree's strings are slices of what is parsed: parse the copy.
    const copy = inner.split('').join('');
    const ast = parseExpression(copy);
    if (keptParses.size >= MAX_KEPT_PARSES)
        keptParses.clear();
    keptParses.set(copy, ast);
    return ast;
}
function parseExpression(inner) {
    const toks = tokenize(inner);
    return toks ? new ExprParser(toks).parse() : null;
}
/** Evaluates an expression body (the text inside `${{ }}`). Unparseable text is unknown. */
function evaluateExpression(inner, lookup) {
    const ast = parsedExpression(inner);
    if (!ast)
        return UNKNOWN;
    try {
        return evaluate(ast, lookup, 0);
    }
    catch {
        return UNKNOWN;
    }
}
function evaluate(ast, lookup, depth) {
    if (depth > 50)
        return UNKNOWN;
    switch (ast.kind) {
        case 'literal':
            return known(ast.value);
        case 'path': {
            const path = [ast.head.toLowerCase()];
            for (const s of ast.segments) {
                if (typeof s !== 'string')
                    return UNKNOWN;
                path.push(s);
            }
            return lookup(path);
        }
        case 'index':
            return UNKNOWN;
        case 'not': {
            const r = evaluate(ast.operand, lookup, depth + 1);
            if (r.unknown)
                return BOTH;
            return known(...r.values.map(v => !truthy(v)));
        }
        case 'binary':
            return evaluateBinary(ast.op, ast.left, ast.right, lookup, depth);
        case 'call':
            return evaluateCall(ast.name, ast.args, lookup, depth);
    }
}
function evaluateBinary(op, leftAst, rightAst, lookup, depth) {
    const left = evaluate(leftAst, lookup, depth + 1);
    if (op === '||') {
        const truthyLeft = left.values.filter(truthy);
        const needRight = left.unknown || left.values.some(v => !truthy(v));
        const right = needRight ? evaluate(rightAst, lookup, depth + 1) : known();
        return capped({
            values: dedupe([...truthyLeft, ...right.values]),
            unknown: left.unknown || right.unknown
        });
    }
    if (op === '&&') {
        const falsyLeft = left.values.filter(v => !truthy(v));
        const needRight = left.unknown || left.values.some(truthy);
        const right = needRight ? evaluate(rightAst, lookup, depth + 1) : known();
        if (left.unknown && !right.unknown && !right.values.some(truthy)) {
            // Falsy whatever the left is: the left's own falsy value, or the right's.
            return capped({ values: dedupe([...FALSY, ...right.values]), unknown: false });
        }
        return capped({
            values: dedupe([...falsyLeft, ...right.values]),
            unknown: left.unknown || right.unknown
        });
    }
    const right = evaluate(rightAst, lookup, depth + 1);
    if (op === '==' || op === '!=') {
        const outcomes = equalities(left, right);
        if (outcomes === null)
            return BOTH;
        return known(...outcomes.map(equal => (op === '==' ? equal : !equal)));
    }
    return BOTH;
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
            if (shapes.some(shape => (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeMayEqual */ .zh)(shape, value)))
                outcomes.add(true);
        }
    }
    return [...outcomes];
}
function looseEquals(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a.toLowerCase() === b.toLowerCase();
    if (typeof a === typeof b)
        return a === b;
    const num = (v) => v === null ? 0 : typeof v === 'boolean' ? (v ? 1 : 0) : Number(v === '' ? 0 : v);
    return num(a) === num(b);
}
function evaluateCall(name, args, lookup, depth) {
    switch (name) {
        case 'format': {
            const parts = args.map(a => evaluate(a, lookup, depth + 1));
            const [fmt, ...rest] = parts;
            if (!fmt || fmt.unknown || fmt.values.length !== 1)
                return UNKNOWN;
            if (rest.some(r => r.unknown))
                return UNKNOWN;
            const template = asString(fmt.values[0] ?? null);
            let results = [''];
            const pieces = template.split(/(\{\d+\})/);
            for (const piece of pieces) {
                const m = /^\{(\d+)\}$/.exec(piece);
                const options = m ? (rest[Number(m[1])]?.values.map(asString) ?? ['']) : [piece];
                const next = [];
                for (const r of results)
                    for (const o of options)
                        next.push(r + o);
                results = next;
                if (results.length > MAX_ALTERNATIVES)
                    return UNKNOWN;
            }
            return known(...results.map(r => r.replace(/\{\{/g, '{').replace(/\}\}/g, '}')));
        }
        case 'contains':
            return containsCall(args, lookup, depth);
        case 'startswith':
        case 'endswith':
            return stringTest(name, evaluate(args[0] ?? NULL_LITERAL, lookup, depth + 1), evaluate(args[1] ?? NULL_LITERAL, lookup, depth + 1));
        case 'success':
        case 'failure':
        case 'always':
        case 'cancelled':
            return BOTH;
        case 'fromjson': {
            const arg = args[0] ? evaluate(args[0], lookup, depth + 1) : UNKNOWN;
            if (arg.unknown || arg.values.length !== 1)
                return UNKNOWN;
            try {
                const parsed = JSON.parse(asString(arg.values[0] ?? null));
                if (parsed === null || ['string', 'number', 'boolean'].includes(typeof parsed)) {
                    return known(parsed);
                }
            }
            catch {
                return UNKNOWN;
            }
            return UNKNOWN;
        }
        default:
            return UNKNOWN;
    }
}
const NULL_LITERAL = { kind: 'literal', value: null };
function stringHolds(name, subject, part) {
    const a = subject.toLowerCase();
    const b = part.toLowerCase();
    if (name === 'startswith')
        return a.startsWith(b);
    if (name === 'endswith')
        return a.endsWith(b);
    return a.includes(b);
}
function shapeAnswer(name, shape, part) {
    if (name === 'startswith')
        return (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeStartsWith */ .JJ)(shape, part);
    if (name === 'endswith')
        return (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeEndsWith */ .AL)(shape, part);
    return (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeContains */ .DQ)(shape, part);
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
            outcomes.add(stringHolds(name, asString(v), needle));
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
function literalArray(ast) {
    if (ast?.kind !== 'call' || ast.name !== 'fromjson')
        return null;
    const arg = ast.args[0];
    if (ast.args.length !== 1 || arg?.kind !== 'literal' || typeof arg.value !== 'string') {
        return null;
    }
    try {
        const parsed = JSON.parse(arg.value);
        if (!Array.isArray(parsed))
            return null;
        const scalar = (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
        return parsed.every(scalar) ? parsed : null;
    }
    catch {
        return null;
    }
}
function containsCall(args, lookup, depth) {
    const item = evaluate(args[1] ?? NULL_LITERAL, lookup, depth + 1);
    const array = literalArray(args[0]);
    if (array === null) {
        return stringTest('contains', evaluate(args[0] ?? NULL_LITERAL, lookup, depth + 1), item);
    }
    const outcomes = new Set();
    for (const v of item.values)
        outcomes.add(array.some(e => looseEquals(e, v)));
    if (item.unknown) {
        if (!item.shapes)
            return BOTH;
        // A shape stands for endlessly many strings: some are not in the array.
        outcomes.add(false);
        const shapes = item.shapes;
        if (array.some(e => typeof e === 'string' && shapes.some(s => (0,_string_shape_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeMayEqual */ .zh)(s, e)))) {
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
/* harmony export */   uJ: () => (/* binding */ joinPath),
/* harmony export */   un: () => (/* binding */ WORKSPACE)
/* harmony export */ });
/* unused harmony export repoFilesFromRecord */
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
/** `dir` + `path` (path may be absolute under the workspace). */
function joinPath(dir, path) {
    if (path.startsWith('/') || path.startsWith('~'))
        return normalizePath(path);
    return normalizePath(dir === '' ? path : `${dir}/${path}`);
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