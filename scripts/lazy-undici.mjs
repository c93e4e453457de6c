// Loads undici on first use in an entry bundle. @actions/core imports @actions/http-client (for
// OIDC tokens), which imports undici, so ncc requires the whole of undici while the entry starts:
// ~30 Node built-ins (http2, worker_threads, zlib...) and its llhttp WebAssembly compile, a
// sizable part of an offline check that never sends a request. The one eager require becomes an
// object that requires undici when a property is first read; our Fly client and Octokit live in
// lazy chunks that require undici themselves. The same undici, loaded once, only later.
const EAGER_UNDICI =
  /^(\/\/ EXTERNAL MODULE: \.\/node_modules\/undici\/index\.js\n)var (\w+) = __nccwpck_require__\((\d+)\);$/m;

/** `code` (an entry bundle) with its top-level require of undici deferred to first use. */
export function lazyUndici(code) {
  const found = EAGER_UNDICI.exec(code);
  if (!found) return code;
  const [statement, comment, name, id] = found;
  const lazy =
    `${comment}// Required on first use (scripts/lazy-undici.mjs).\n` +
    `var ${name} = new Proxy({}, { get: (_, key) => __nccwpck_require__(${id})[key] });`;
  const patched = code.replace(statement, lazy);
  if (EAGER_UNDICI.test(patched)) throw new Error('the entry bundle requires undici eagerly twice');
  return patched;
}
