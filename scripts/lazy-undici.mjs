// Loads undici, and what else the entry bundle requires for code a check never runs, on first use.
// @actions/core imports @actions/http-client (for OIDC tokens), which imports undici, tunnel, http
// and https, and @actions/exec and @actions/io (for platform details), which import child_process
// and assert; ncc requires them all while the entry starts: ~30 Node built-ins (http2, tls,
// worker_threads, zlib...) and undici's llhttp WebAssembly compile, a sizable part of an offline
// check that never sends a request nor starts a process.
//
// Two steps, the same libraries loaded once, only later:
// - each of these eager requires becomes an object that requires the module when a property is
//   first read (our Fly client and Octokit live in lazy chunks that require undici themselves);
// - undici's and tunnel's modules (940 KB of the 1.3 MB entry) move to files of their own, read
//   and compiled only when first required: Node compiles a whole file before it runs a line.
//   The parts of undici our Fly client requires by path (its agent and request API, see
//   src/fly/dispatcher.ts) and what they require go to one file; the rest of undici (fetch,
//   WebSocket, caches, mocks: what @actions/http-client and Octokit use) and tunnel to another,
//   so a check that asks Fly reads only the first. A module is moved only when nothing else
//   requires it (the entry's other modules and every chunk are looked at), so a start that never
//   asks for them never reads those files.
import { constants as http2Constants } from 'node:http2';

/** The other requires deferred (ncc's comment names each), and the packages among them moved. */
const DEFERRED_REQUIRES = [
  './node_modules/tunnel/index.js',
  'external "http"',
  'external "https"',
  'external "assert"'
];
const MOVED_PACKAGES = ['./node_modules/undici/index.js', './node_modules/tunnel/index.js'];
/** Built-ins deferred wherever they are required: in the entry and in every chunk. */
const DEFERRED_EXTERNALS = ['child_process', 'node:child_process'];

/**
 * undici's HTTP/2 client reads these header names from `http2.constants` as it loads (a client
 * is HTTP/1 unless asked otherwise); they are HTTP/2's own names (RFC 9113), checked against
 * this Node's at build time, so node:http2, a sizable built-in, loads only if HTTP/2 is spoken.
 */
const HTTP2_HEADER_NAMES = {
  HTTP2_HEADER_AUTHORITY: ':authority',
  HTTP2_HEADER_METHOD: ':method',
  HTTP2_HEADER_PATH: ':path',
  HTTP2_HEADER_SCHEME: ':scheme',
  HTTP2_HEADER_CONTENT_LENGTH: 'content-length',
  HTTP2_HEADER_EXPECT: 'expect',
  HTTP2_HEADER_STATUS: ':status'
};
const HTTP2_STUB = 'module.exports = require("node:http2");';

/** The entry with its one-line module for node:http2 made lazy but for HTTP2_HEADER_NAMES. */
export function deferHttp2(code) {
  for (const [name, value] of Object.entries(HTTP2_HEADER_NAMES)) {
    if (http2Constants[name] !== value) {
      throw new Error(`node:http2 names ${name} ${http2Constants[name]}, not ${value}`);
    }
  }
  const load = 'require("node:http2")';
  const lazy =
    `const names = ${JSON.stringify(HTTP2_HEADER_NAMES)};\n` +
    `const constants = new Proxy({}, { get: (_, key) => Object.hasOwn(names, key) ? names[key] : ${load}.constants[key] });\n` +
    `module.exports = new Proxy({}, { get: (_, key) => key === "constants" ? constants : ${load}[key] });`;
  return code.split(HTTP2_STUB).join(lazy);
}

/** The files undici's modules move to, beside the entry (the chunks' naming), in load order. */
export const CORE_FILE = 'undici-core.index.cjs.js';
export const DEFERRED_FILE = 'undici.index.cjs.js';
/** A require of one of undici's own files by path, as webpack writes it in an ES module. */
const UNDICI_PART =
  /^\/\* harmony import \*\/ var undici_lib_\w+__WEBPACK_IMPORTED_MODULE_\d+__ = __(?:webpack|nccwpck)_require__\((\d+)\);$|^\/\/ EXTERNAL MODULE: \.\/node_modules\/undici\/lib\/[^\n]*\nvar \w+ = __(?:webpack|nccwpck)_require__\((\d+)\);$/gm;

const MAP_OPEN = 'var __webpack_modules__ = ({\n';
const MAP_CLOSE = '\n/******/ 	});\n';
const MODULE_HEAD = /^\/\*\*\*\/ (\d+):$/gm;
// Every way webpack's code names a module: a require, or a require bound for a lazy import.
const MODULE_REFERENCE =
  /(?:__nccwpck_require__|__webpack_require__)(?:\((\d+)\)|\.bind\([^,()]+, (\d+)\))/g;
const RUN_MODULE =
  '/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);';
const MODULE_CACHE = '/******/ 	var __webpack_module_cache__ = {};\n';

const referencesIn = text => [...text.matchAll(MODULE_REFERENCE)].map(m => m[1] ?? m[2]);

/** The module map of an ncc entry bundle: each module's source text, by id. */
function moduleMap(code) {
  const start = code.indexOf(MAP_OPEN);
  const end = code.indexOf(MAP_CLOSE, start);
  if (start < 0 || end < 0) throw new Error('the entry bundle has no module map where ncc puts it');
  const from = start + MAP_OPEN.length;
  const body = code.slice(from, end);
  const heads = [...body.matchAll(MODULE_HEAD)];
  const modules = new Map();
  heads.forEach((head, i) => {
    const next = i + 1 < heads.length ? heads[i + 1].index : body.length;
    modules.set(head[1], body.slice(head.index, next).replace(/,\s*$/, ''));
  });
  return { modules, from, end, outside: code.slice(0, from) + code.slice(end) };
}

/** The ids reachable from `seeds` through the module map, never passing through `stops`. */
function reachable(modules, seeds, stops = new Set()) {
  const seen = new Set();
  const pending = [...seeds];
  while (pending.length > 0) {
    const id = pending.pop();
    if (seen.has(id) || stops.has(id) || !modules.has(id)) continue;
    seen.add(id);
    pending.push(...referencesIn(modules.get(id)));
  }
  return seen;
}

const escape = text => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const lazyObject = load => `new Proxy({}, { get: (_, key) => ${load}[key] })`;

/**
 * `code` with the eager require ncc writes after `// EXTERNAL MODULE: <name>` made lazy; the
 * module's id, or undefined when the entry does not require it.
 */
function deferRequire(code, name) {
  const eager = new RegExp(
    `^(// EXTERNAL MODULE: ${escape(name)}\\n)var (\\w+) = __nccwpck_require__\\((\\d+)\\);$`,
    'gm'
  );
  const found = [...code.matchAll(eager)];
  if (found.length === 0) return { code, id: undefined };
  if (found.length > 1) throw new Error(`the entry bundle requires ${name} eagerly twice`);
  const [statement, comment, variable, id] = found[0];
  const lazy =
    `${comment}// Required on first use (scripts/lazy-undici.mjs).\n` +
    `var ${variable} = ${lazyObject(`__nccwpck_require__(${id})`)};`;
  return { code: code.replace(statement, () => lazy), id };
}

/**
 * The same for a built-in: required directly inside a concatenated module, or by the one-line
 * module ncc writes for it (what other modules and the chunks require).
 */
export function deferExternal(code, name) {
  const load = `require(${JSON.stringify(name)})`;
  const direct = new RegExp(`^const (\\w+) = ${escape(load)};$`, 'gm');
  const stub = new RegExp(`^module\\.exports = ${escape(load)};$`, 'gm');
  return code
    .replace(direct, (_, variable) => `const ${variable} = ${lazyObject(load)};`)
    .replace(stub, () => `module.exports = ${lazyObject(load)};`);
}

/**
 * `code` (an entry bundle) with these requires deferred and undici's and tunnel's modules moved
 * out. `chunks` are the texts of the other bundle files beside it. Returns the new entry, and the
 * text of each file the modules moved to, by name (empty when there is nothing to move).
 */
export function lazyUndici(code, chunks = []) {
  let patched = code;
  const moving = [];
  for (const name of [...MOVED_PACKAGES, ...DEFERRED_REQUIRES]) {
    const deferred = deferRequire(patched, name);
    patched = deferred.code;
    if (deferred.id !== undefined && MOVED_PACKAGES.includes(name)) moving.push(deferred.id);
  }
  for (const name of DEFERRED_EXTERNALS) patched = deferExternal(patched, name);
  patched = deferHttp2(patched);
  if (moving.length === 0) return { entry: patched, deferred: {} };

  const { modules, from, end, outside } = moduleMap(patched);
  const parts = [patched, ...chunks]
    .flatMap(text => [...text.matchAll(UNDICI_PART)].map(m => m[1] ?? m[2]))
    .filter(id => modules.has(id));
  const roots = new Set([...moving, ...parts]);
  const reach = reachable(modules, roots);
  // Everything required without going through undici stays: by the entry's own code and its
  // other modules, and by every chunk (a chunk may use a built-in only undici shares).
  const others = [outside, ...chunks];
  for (const [id, text] of modules) if (!reach.has(id)) others.push(text);
  const kept = reachable(modules, others.flatMap(referencesIn), roots);
  const moved = new Set([...reach].filter(id => !kept.has(id)));
  const core = new Set([...reachable(modules, parts)].filter(id => moved.has(id)));
  if (!patched.includes(RUN_MODULE) || !patched.includes(MODULE_CACHE))
    throw new Error("the entry bundle's require function is not the one ncc writes");

  const files = [
    [CORE_FILE, 'the parts of undici the Fly client requires', [...core]],
    [DEFERRED_FILE, 'the rest of undici, and tunnel', [...moved].filter(id => !core.has(id))]
  ].filter(([, , ids]) => ids.length > 0);
  const stay = [...modules].filter(([id]) => !moved.has(id)).map(([, text]) => text);
  const loader =
    MODULE_CACHE +
    `/******/ 	// undici's and tunnel's modules, read on first use (scripts/lazy-undici.mjs)\n` +
    `/******/ 	function __deferred_module__(moduleId) {\n` +
    files
      .map(
        ([file]) =>
          `/******/ 		if (!__webpack_modules__[moduleId]) Object.assign(__webpack_modules__, require("./${file}").modules);\n`
      )
      .join('') +
    `/******/ 		return __webpack_modules__[moduleId];\n` +
    `/******/ 	}\n`;
  const entry = (patched.slice(0, from) + stay.join(',\n\n') + patched.slice(end))
    .replace(MODULE_CACHE, () => loader)
    .replace(RUN_MODULE, () =>
      RUN_MODULE.replace(
        '__webpack_modules__[moduleId].call',
        '(__webpack_modules__[moduleId] || __deferred_module__(moduleId)).call'
      )
    );
  const deferred = Object.fromEntries(
    files.map(([file, what, ids]) => [
      file,
      `"use strict";\n// ${what}, moved out of the entry bundle (scripts/lazy-undici.mjs).\n` +
        `exports.modules = {\n\n${ids.map(id => modules.get(id)).join(',\n\n')}\n\n};\n`
    ])
  );
  return { entry, deferred };
}
