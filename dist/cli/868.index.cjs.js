"use strict";
exports.id = 868;
exports.ids = [868];
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

/***/ 5971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAttenuateCli: () => (/* binding */ runAttenuateCli),
  runAttenuateCommand: () => (/* binding */ runAttenuateCommand)
});

// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/token/scrub.js
var scrub = __webpack_require__(8094);
// EXTERNAL MODULE: ./lib/fly/verify.js + 5 modules
var verify = __webpack_require__(1073);
;// CONCATENATED MODULE: ./lib/token/attenuate/types.js
const ATTENUATION_ACCESSES = [
    'deploy',
    'readonly',
    'ssh',
    'machine-exec'
];
const MIN_TTL_SECONDS = 60;
const MAX_TTL_SECONDS = 24 * 60 * 60;
/** The new window starts this long before `now`, for clock skew between CI and Fly. */
const CLOCK_SKEW_SECONDS = 60;

// EXTERNAL MODULE: ./lib/token/index.js + 6 modules
var lib_token = __webpack_require__(6700);
// EXTERNAL MODULE: ./lib/token/limits.js
var limits = __webpack_require__(6485);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@msgpack/msgpack/dist.cjs/index.cjs
var dist_cjs = __webpack_require__(6435);
;// CONCATENATED MODULE: ./lib/token/attenuate/msgpack-write.js
// MessagePack as Fly's Go library writes it (vmihailenco/msgpack, compact ints, structs as arrays).
// Fly verifies a token by re-encoding each caveat and chaining HMACs over those bytes, so an
// appended caveat verifies only when we hashed exactly Go's encoding. Scalars come from
// @msgpack/msgpack, which picks the same smallest forms for safe integers, strings, bins and
// bools. What stays here is what it cannot do: splice already-encoded bytes (existing caveats,
// whose exact bytes the signature covers) into arrays, write maps with integer keys (Apps) in
// Go's key order, and write a bigint compactly (it writes every bigint in 9 bytes).

/** Safe integers in their smallest form, as Go's EncodeInt/EncodeUint. */
const compact = new dist_cjs/* Encoder */.Nz();
/** Integers beyond 2^53: uint64/int64 in 9 bytes, which is also Go's form for them. */
const wide = new dist_cjs/* Encoder */.Nz({ useBigInt64: true });
/** One scalar: an integer, a UTF-8 string (str), bytes (bin) or a bool. */
function scalar(value) {
    if (typeof value !== 'bigint')
        return compact.encode(value);
    if (value < -(1n << 63n) || value >= 1n << 64n)
        throw new RangeError('integer out of range');
    const safe = value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER);
    return safe ? compact.encode(Number(value)) : wide.encode(value);
}
/** An array or map header (fix, 16-bit or 32-bit length). */
function header(length, fix, codes) {
    if (length < 16)
        return Uint8Array.of(fix | length);
    const out = Buffer.alloc(length <= 0xffff ? 3 : 5);
    out[0] = length <= 0xffff ? codes[0] : codes[1];
    out.writeUIntBE(length, 1, out.length - 1);
    return out;
}
function arrayHeader(length) {
    return header(length, 0x90, [0xdc, 0xdd]);
}
function mapHeader(length) {
    return header(length, 0x80, [0xde, 0xdf]);
}
/** An array of already-encoded items. */
function array(items) {
    return Buffer.concat([arrayHeader(items.length), ...items]);
}

;// CONCATENATED MODULE: ./lib/token/attenuate/caveat-bytes.js
// The caveats attenuation appends, encoded as the Go library encodes them (structs as arrays,
// resource-set keys sorted) so the bytes match what `fly tokens create ...` appends.

/** Flat caveat array `[type0, body0, type1, body1, ...]` (a CaveatSet). */
function caveatSet(caveats) {
    return array(caveats.flatMap(c => [scalar(c.type), c.body]));
}
/** Type 0, `Organization{id, mask}`. */
function organizationCaveat(orgId, mask) {
    return { type: 0n, body: array([scalar(orgId), scalar(mask)]) };
}
/** The map of a resource set, keys in Go's order: ids numerically, names by their UTF-8 bytes. */
function resourceSet(entries) {
    const sorted = [...entries].sort(([a], [b]) => typeof a === 'bigint' && typeof b === 'bigint'
        ? Number(a > b) - Number(a < b)
        : Buffer.compare(Buffer.from(String(a)), Buffer.from(String(b))));
    return Buffer.concat([
        mapHeader(sorted.length),
        ...sorted.flatMap(([key, mask]) => [scalar(key), scalar(mask)])
    ]);
}
/** Type 3, `Apps{id: mask, ...}`. */
function appsCaveat(entries) {
    return { type: 3n, body: array([resourceSet(entries)]) };
}
/** Type 5, `FeatureSet{feature: mask, ...}`. */
function featureSetCaveat(entries) {
    return { type: 5n, body: array([resourceSet(entries)]) };
}
/** Type 13, `IfPresent{ifs, else}`. */
function ifPresentCaveat(ifs, otherwise) {
    return { type: 13n, body: array([caveatSet(ifs), scalar(otherwise)]) };
}
/** Type 4, `ValidityWindow{notBefore, notAfter}` (Unix seconds). */
function validityWindowCaveat(notBefore, notAfter) {
    return { type: 4n, body: array([scalar(notBefore), scalar(notAfter)]) };
}
/** Type 26, `Action(mask)`: a bare mask every access must stay within. */
function actionCaveat(mask) {
    return { type: 26n, body: scalar(mask) };
}
/** Type 6, `Mutations[...]`: the GraphQL mutations the token may run. */
function mutationsCaveat(mutations) {
    return { type: 6n, body: array([array(mutations.map(scalar))]) };
}
/** Type 27, `Commands[{args, exact}, ...]` (Go encodes `exact` even when false: structs are arrays). */
function commandsCaveat(commands) {
    return {
        type: 27n,
        body: array(commands.map(c => array([array(c.args.map(scalar)), scalar(c.exact)])))
    };
}

// EXTERNAL MODULE: ./lib/token/json.js
var json = __webpack_require__(2823);
;// CONCATENATED MODULE: ./lib/token/attenuate/chain.js
// Appending caveats the way `Macaroon.Add` does: each new caveat extends the signature chain,
// tail' = HMAC-SHA256(key = tail, caveat encoded as a one-caveat set). Needs no key of Fly's:
// the current tail is the key for the next link, which is what makes offline attenuation work
// and what stops anyone from removing a caveat (that would need the tail before it).




/** An existing caveat as a one-caveat set (`0x92 || type || body`), from its exact bytes. */
function oneSetOfRaw(raw) {
    return (0,json/* toHex */.nj)(Uint8Array.of(0x92, ...raw.type, ...raw.body));
}
/**
 * Append caveats to a macaroon. Like the Go library, a caveat byte-identical to one already in the
 * token (or earlier in this batch) is skipped: caveats intersect, so a repeat adds nothing.
 */
function appendCaveats(parts, caveats) {
    const seen = new Set(parts.caveats.map(oneSetOfRaw));
    const appended = [];
    let tail = parts.tail;
    for (const caveat of caveats) {
        const set = caveatSet([caveat]);
        if (seen.has((0,json/* toHex */.nj)(set)))
            continue;
        seen.add((0,json/* toHex */.nj)(set));
        appended.push({ type: scalar(caveat.type), body: caveat.body });
        tail = Uint8Array.from((0,external_node_crypto_.createHmac)('sha256', tail).update(set).digest());
    }
    return { ...parts, caveats: [...parts.caveats, ...appended], tail };
}

// EXTERNAL MODULE: ./lib/token/caveats/caveat.js
var caveat = __webpack_require__(8367);
// EXTERNAL MODULE: ./lib/token/caveats/validity-window.js
var validity_window = __webpack_require__(8902);
// EXTERNAL MODULE: ./lib/token/facts.js
var facts = __webpack_require__(2846);
// EXTERNAL MODULE: ./lib/token/actions.js
var actions = __webpack_require__(598);
;// CONCATENATED MODULE: ./lib/token/attenuate/plan.js
// Which caveats each access appends: the ones `fly tokens create <kind>` (superfly/flyctl,
// internal/command/tokens) puts on a token, plus our short validity window.
//   deploy        IfPresent{[Apps{app: rwcdC, ...}, FeatureSet{builder: rwcdC, wg: rwcdC}], else r}
//                 (the layout of Fly's server-issued deploy tokens)
//   machine-exec  deploy + IfPresent{[Commands[...]], else r}
//   ssh           deploy, then two permission tokens: + Action{r} and + Mutations[issueCertificate,
//                 addWireGuardPeer] (flyctl's runSSH split)
//   readonly      Organization{org, r}



const SSH_MUTATIONS = ['issueCertificate', 'addWireGuardPeer'];
const DEPLOY_FEATURES = ['builder', 'wg'];
/** Full control of the apps, remote builders and WireGuard; read on the rest of the org. */
function deployCaveat(appIds) {
    return ifPresentCaveat([
        appsCaveat(appIds.map(id => [id, actions/* ACTION_ALL */.zq])),
        featureSetCaveat(DEPLOY_FEATURES.map(f => [f, actions/* ACTION_ALL */.zq]))
    ], actions/* ACTION_READ */.SG);
}
/** `ValidityWindow{now - skew, now + ttl}`. */
function windowCaveat(request) {
    return validityWindowCaveat(request.now - BigInt(CLOCK_SKEW_SECONDS), request.now + BigInt(request.ttlSeconds));
}
/**
 * The caveat lists to append to one permission token, one list per token it becomes (ssh makes
 * two). `orgId` is that token's org (readonly only).
 */
function caveatVariants(request, orgId) {
    const window = windowCaveat(request);
    const deploy = () => deployCaveat(request.appIds);
    switch (request.access) {
        case 'deploy':
            return [[deploy(), window]];
        case 'machine-exec':
            return [[deploy(), ifPresentCaveat([commandsCaveat(request.commands)], actions/* ACTION_READ */.SG), window]];
        case 'ssh':
            return [
                [deploy(), actionCaveat(actions/* ACTION_READ */.SG), window],
                [deploy(), mutationsCaveat(SSH_MUTATIONS), window]
            ];
        case 'readonly':
            if (orgId === null)
                throw new Error('readonly needs the org of the token');
            return [[organizationCaveat(orgId, actions/* ACTION_READ */.SG), window]];
    }
}

// EXTERNAL MODULE: ./lib/token/time.js
var time = __webpack_require__(8140);
;// CONCATENATED MODULE: ./lib/token/attenuate/grantable.js
// Can this token grant what is asked? Attenuation only ever removes power, so asking for
// something the token cannot do would yield a token that fails at the first deploy. These checks
// ask the access evaluator (the same one `inspect` uses) and explain refusals in plain words.







const OK = { ok: true };
const WRITE_BITS = (0,lib_token/* actionMask */.vQ)('wcdC');
/** Any machine: the probe only needs the access to name one. */
const PROBE_MACHINE = 'any-machine';
function describeAllowed(letters) {
    return letters === '' ? 'nothing' : `only '${letters}'`;
}
/** The union of what the bundle allows for `target` in any of its orgs. */
function allowedAnywhere(token, target) {
    const orgs = [...new Set(token.grants.flatMap(grantOrgIds))];
    let mask = 0;
    for (const orgId of orgs.length ? orgs : [0n])
        mask |= (0,lib_token/* actionMask */.vQ)((0,lib_token/* bundleAllows */.bu)(token, { ...target, orgId }));
    return mask;
}
function cannot(reason) {
    return { ok: false, code: 'cannot-grant', reason };
}
/** deploy: the token must already write each app. */
function checkDeploy(token, appId) {
    const app = allowedAnywhere(token, { appId });
    if ((app & (0,lib_token/* actionMask */.vQ)('w')) !== 0)
        return OK;
    const allowed = describeAllowed((0,lib_token/* actionLetters */.oF)(app));
    return cannot(`the token cannot write app ${appId} (it allows ${allowed} there), so it cannot deploy it`);
}
/** ssh: the token must already issue SSH certificates for each app. */
function checkSsh(token, appId) {
    const ssh = allowedAnywhere(token, { appId, mutation: SSH_MUTATIONS[0] });
    if ((ssh & WRITE_BITS) !== 0)
        return OK;
    return cannot(`the token cannot issue SSH certificates for app ${appId}, so it cannot be narrowed to ssh for it`);
}
/** machine-exec: the token must already run each requested command on the app's machines. */
function checkExec(token, appId, commands) {
    for (const [index, command] of commands.entries()) {
        const any = command.args.length === 0;
        const access = { appId, machine: PROBE_MACHINE, command: any ? ['sh'] : [...command.args] };
        if ((allowedAnywhere(token, access) & WRITE_BITS) !== 0)
            continue;
        if (any) {
            return cannot(`the token cannot run arbitrary commands on machines of app ${appId}: name the commands it may run`);
        }
        const which = commands.length === 1 ? 'the command' : `command ${index + 1}`;
        return cannot(`the token cannot run ${which} on machines of app ${appId}`);
    }
    return OK;
}
function checkApps(token, request) {
    for (const appId of request.appIds) {
        const verdict = request.access === 'ssh'
            ? checkSsh(token, appId)
            : request.access === 'machine-exec'
                ? checkExec(token, appId, request.commands)
                : checkDeploy(token, appId);
        if (!verdict.ok)
            return verdict;
    }
    return OK;
}
/** The org ids a permission token's own caveats name (IfPresent included; 0 = any is not an org). */
function grantOrgIds(grant) {
    return (0,facts/* mergeResources */.U)([grant.token]).orgIds;
}
/** readonly: every permission token names exactly one org, and the token may read it. */
function checkReadonly(token) {
    for (const grant of token.grants) {
        const orgs = grantOrgIds(grant);
        const which = token.grants.length === 1 ? 'the token' : `permission token ${grant.token.index + 1}`;
        if (orgs.length === 0) {
            return cannot(`${which} names no organization, so it cannot be narrowed to readonly (which is "read this org")`);
        }
        if (orgs.length > 1)
            return cannot(`${which} names several organizations; readonly needs exactly one`);
        const orgId = orgs[0];
        if (!(0,lib_token/* bundleAllows */.bu)(token, { orgId }).includes('r')) {
            return cannot(`the token cannot read organization ${orgId}, so a readonly token made from it would be useless`);
        }
    }
    return OK;
}
function checkGrantable(token, request) {
    return request.access === 'readonly' ? checkReadonly(token) : checkApps(token, request);
}
/** The new window intersected with every window already in the bundle must still hold `now`. */
function checkValidity(token, request) {
    const windows = token.macaroons
        .flatMap(m => (0,caveat/* allCaveats */.Dp)(m.caveats))
        .filter((c) => c instanceof validity_window/* ValidityWindowCaveat */.J);
    let notAfter = request.now + BigInt(request.ttlSeconds);
    let notBefore = request.now - BigInt(CLOCK_SKEW_SECONDS);
    for (const w of windows) {
        if (w.notAfter < notAfter)
            notAfter = w.notAfter;
        if (w.notBefore > notBefore)
            notBefore = w.notBefore;
    }
    if (notAfter < request.now) {
        return {
            ok: false,
            code: 'expired',
            reason: `the token expired at ${(0,time/* isoFromUnix */.o)(notAfter)}; narrowing cannot make it valid again`
        };
    }
    if (notBefore > notAfter) {
        return {
            ok: false,
            code: 'never-valid',
            reason: `the token is not valid before ${(0,time/* isoFromUnix */.o)(notBefore)}, after the requested lifetime ends: the new token would never be usable`
        };
    }
    return OK;
}

// EXTERNAL MODULE: ./lib/token/attenuate/command-line.js
var command_line = __webpack_require__(4281);
;// CONCATENATED MODULE: ./lib/token/attenuate/ttl.js
// Lifetimes as people write them for flyctl's `-x`: `30m`, `2h`, `90s`, `1h30m`.

const DURATION = /^(?:(\d{1,6})h)?(?:(\d{1,8})m)?(?:(\d{1,10})s)?$/;
/** Parse and range-check a lifetime (60 s to 24 h). Messages quote only the short input text. */
function parseTtl(text) {
    const value = text.trim();
    // Echo only values shorter than a secret fragment (8 characters): a pasted token never is.
    const shown = /^[\w.+-]{1,7}$/.test(value) ? `'${value}'` : 'given';
    if (value === '')
        return { ok: false, message: 'the lifetime is empty: use e.g. 30m, 2h or 90s' };
    if (/^\d+$/.test(value)) {
        return { ok: false, message: `the lifetime ${shown} needs a unit: e.g. 30m, 2h or 90s` };
    }
    const match = DURATION.exec(value);
    if (!match) {
        return {
            ok: false,
            message: `the lifetime ${shown} is not a duration like 30m, 2h, 90s or 1h30m`
        };
    }
    const [, hours = '0', minutes = '0', seconds = '0'] = match;
    return checkTtlSeconds(Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds), shown);
}
/** Range-check a lifetime in seconds. */
function checkTtlSeconds(seconds, shown = `'${seconds}s'`) {
    if (!Number.isSafeInteger(seconds)) {
        return { ok: false, message: 'the lifetime must be a whole number of seconds' };
    }
    if (seconds < MIN_TTL_SECONDS || seconds > MAX_TTL_SECONDS) {
        return {
            ok: false,
            message: `the lifetime ${shown} is out of range: it must be from 60s (1 minute) to 24h`
        };
    }
    return { ok: true, seconds };
}

;// CONCATENATED MODULE: ./lib/token/attenuate/request.js



/** At most this many apps or commands in one request (real jobs name a handful). */
const MAX_REQUEST_ITEMS = 64;
const MAX_APP_ID = (1n << 64n) - 1n;
function fail(reason) {
    return { ok: false, reason };
}
function ordinal(index, count) {
    return count === 1 ? '' : ` ${index + 1} of ${count}`;
}
function parseAppIds(values) {
    const ids = new Set();
    for (const [index, value] of values.entries()) {
        const where = `app id${ordinal(index, values.length)}`;
        if (typeof value !== 'string' || !/^\d{1,20}$/.test(value.trim())) {
            return `${where} is not a decimal number (Fly's numeric app id, e.g. 4455667)`;
        }
        const id = BigInt(value.trim());
        if (id === 0n)
            return `${where} is 0, which Fly reads as "every app": name the apps`;
        if (id > MAX_APP_ID)
            return `${where} is larger than any Fly id`;
        ids.add(id);
    }
    return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
function parseCommands(values) {
    const commands = [];
    for (const [index, value] of values.entries()) {
        const where = `command${ordinal(index, values.length)}`;
        if (typeof value !== 'string')
            return `${where} is not text`;
        const split = (0,command_line/* splitCommandLine */.a)(value);
        if (!split.ok)
            return `${where} ${split.message}`;
        commands.push({ args: split.args, exact: true });
    }
    // flyctl: no command given means any command (an empty prefix).
    return commands.length ? commands : [{ args: [], exact: false }];
}
function validateRequest(request, now) {
    if (request === null || typeof request !== 'object')
        return fail('no attenuation request was given');
    if (!(now instanceof Date) || Number.isNaN(now.getTime()))
        return fail('the current time is not a valid date');
    const access = request.access;
    if (!ATTENUATION_ACCESSES.includes(access)) {
        return fail(`access must be one of ${ATTENUATION_ACCESSES.join(', ')}`);
    }
    const ttl = checkTtlSeconds(request.ttlSeconds);
    if (!ttl.ok)
        return fail(ttl.message);
    const rawApps = request.appIds ?? [];
    if (!Array.isArray(rawApps))
        return fail('app ids must be a list');
    if (rawApps.length > MAX_REQUEST_ITEMS)
        return fail(`at most ${MAX_REQUEST_ITEMS} apps per token`);
    const appIds = parseAppIds(rawApps);
    if (typeof appIds === 'string')
        return fail(appIds);
    if (access !== 'readonly' && appIds.length === 0) {
        return fail(`access ${access} needs at least one app: name the apps the new token is for`);
    }
    if (access === 'readonly' && appIds.length > 0) {
        return fail('access readonly covers the whole organization, as `fly tokens create readonly` does: leave the apps out');
    }
    const rawCommands = request.commands ?? [];
    if (!Array.isArray(rawCommands))
        return fail('commands must be a list');
    if (rawCommands.length > 0 && access !== 'machine-exec') {
        return fail('commands only apply to access machine-exec');
    }
    if (rawCommands.length > MAX_REQUEST_ITEMS)
        return fail(`at most ${MAX_REQUEST_ITEMS} commands per token`);
    const commands = parseCommands(rawCommands);
    if (typeof commands === 'string')
        return fail(commands);
    return {
        ok: true,
        request: {
            access,
            appIds,
            commands,
            ttlSeconds: ttl.seconds,
            now: BigInt(Math.floor(now.getTime() / 1000))
        }
    };
}

// EXTERNAL MODULE: ./lib/token/msgpack-scan.js
var msgpack_scan = __webpack_require__(259);
// EXTERNAL MODULE: ./lib/token/msgpack-values.js
var msgpack_values = __webpack_require__(700);
;// CONCATENATED MODULE: ./lib/token/attenuate/wire.js
// A macaroon's bytes split into the parts attenuation touches, and put back together.
//   [ Nonce, Location: str, Caveats: flat array, Tail: bin(32) ]
// Nonce, location and every existing caveat keep their exact bytes (the signature covers them),
// so an unmodified macaroon re-encodes byte for byte; only the caveat array's length prefix and
// the tail are rewritten when caveats are appended.



/** The payload of a complete msgpack bin item, or null when it is not one. */
function binPayload(item) {
    const isBin = item[0] === 0xc4 || item[0] === 0xc5 || item[0] === 0xc6;
    return isBin ? (0,msgpack_values/* asBytes */.Yd)((0,msgpack_values/* decodeValue */.wz)(item), 'signature bytes') : null;
}
/** Split a (decoded-before, so well-formed) macaroon; null when the shape is not a macaroon. */
function splitMacaroon(bytes) {
    const parts = (0,msgpack_scan/* arrayItems */.ut)(bytes, 0);
    const [nonceAt, locationAt, caveatsAt, tailAt] = parts ?? [];
    if (parts?.length !== 4 || !nonceAt || !locationAt || !caveatsAt || !tailAt)
        return null;
    const caveatsRaw = bytes.subarray(caveatsAt[0], caveatsAt[1]);
    const items = (0,msgpack_scan/* arrayItems */.ut)(caveatsRaw, 0);
    if (items === null || items.length % 2 !== 0)
        return null;
    const caveats = [];
    for (let i = 0; i < items.length; i += 2) {
        const [typeStart, typeEnd] = items[i];
        const [bodyStart, bodyEnd] = items[i + 1];
        caveats.push({
            type: caveatsRaw.slice(typeStart, typeEnd),
            body: caveatsRaw.slice(bodyStart, bodyEnd)
        });
    }
    const tail = binPayload(bytes.subarray(tailAt[0], tailAt[1]));
    if (tail === null)
        return null;
    return {
        nonce: bytes.slice(nonceAt[0], nonceAt[1]),
        location: bytes.slice(locationAt[0], locationAt[1]),
        caveats,
        tail: Uint8Array.from(tail)
    };
}
/** Encode the parts as the Go library's `Macaroon.Encode` does. */
function joinMacaroon(parts) {
    return Buffer.concat([
        arrayHeader(4),
        parts.nonce,
        parts.location,
        arrayHeader(parts.caveats.length * 2),
        ...parts.caveats.flatMap(c => [c.type, c.body]),
        scalar(parts.tail)
    ]);
}
/** `FlyV1 fm2_<b64>,fm2_<b64>,...` (standard base64 with padding), as `ToAuthorizationHeader`. */
function authorizationHeader(macaroons) {
    return `FlyV1 ${macaroons.map(m => `fm2_${Buffer.from(m).toString('base64')}`).join(',')}`;
}

;// CONCATENATED MODULE: ./lib/token/attenuate/attenuate.js
// attenuate(): a broad Fly macaroon token -> a job-scoped, short-lived one, offline.
// Each permission token gets caveats appended (its signature chain extended with HMAC, no key of
// Fly's needed); discharges are passed on unchanged. Appending caveats can only remove power,
// which is why Fly accepts the result and why it can never be broader than its input.







const PERSONAL_REASON = "personal tokens cannot be attenuated: a user token (fo1_ or a legacy personal token) carries all of its owner's power and has no caveats to narrow; mint an org token (`fly tokens create org`) or a deploy token and attenuate that";
/** Used when a specific reason would, by bad luck, contain a run of the token's text. */
const GENERIC_REASONS = {
    empty: 'no token was given',
    malformed: 'the token is malformed and cannot be attenuated',
    'personal-token': 'user tokens cannot be narrowed: use an org or deploy token',
    'no-permission-token': 'the token has no permission token to attenuate',
    'missing-discharge': 'the token lacks a discharge it needs',
    'finalized-proof': 'the token cannot take more caveats',
    'bad-request': 'the attenuation request is invalid',
    expired: 'the token has expired',
    'never-valid': 'the new token would never be valid',
    'cannot-grant': 'the token cannot grant what was asked',
    'internal-error': 'the token could not be attenuated (internal error)'
};
function containsTokenText(text, input) {
    for (let i = 0; i + limits/* MIN_FRAGMENT_LENGTH */.vV <= text.length; i++) {
        if (input.includes(text.slice(i, i + limits/* MIN_FRAGMENT_LENGTH */.vV)))
            return true;
    }
    return false;
}
function refuse(code, reason, input) {
    return {
        ok: false,
        code,
        reason: containsTokenText(reason, input) ? GENERIC_REASONS[code] : reason
    };
}
/** Re-encode the bundle: narrowed permission tokens first, then every other macaroon unchanged. */
function rebuild(input, decoded, request) {
    const pieces = (0,lib_token/* parseHeader */.RW)(input).pieces;
    const permissions = [];
    const others = [];
    for (const macaroon of decoded.macaroons) {
        // The decoder validated this base64 already (line breaks inside are allowed, as in Go).
        const body = (pieces[macaroon.piece]?.body ?? '').replace(/[\r\n]/g, '');
        const bytes = Uint8Array.from(Buffer.from(body, 'base64'));
        if (macaroon.location !== lib_token/* PERMISSION_LOCATION */.Mh) {
            others.push(bytes);
            continue;
        }
        if (macaroon.nonce.proof) {
            const reason = `permission token ${macaroon.index + 1} is marked as a finalized proof, which cannot take more caveats`;
            return { ok: false, code: 'finalized-proof', reason };
        }
        const parts = splitMacaroon(bytes);
        if (parts === null) {
            return { ok: false, code: 'internal-error', reason: GENERIC_REASONS['internal-error'] };
        }
        const grant = decoded.grants.find(g => g.token.index === macaroon.index);
        const orgId = request.access === 'readonly' && grant ? (grantOrgIds(grant)[0] ?? null) : null;
        for (const caveats of caveatVariants(request, orgId)) {
            permissions.push(joinMacaroon(appendCaveats(parts, caveats)));
        }
    }
    return { ok: true, header: authorizationHeader([...permissions, ...others]) };
}
function attenuateChecked(input, request, now) {
    if (typeof input !== 'string' || input.trim() === '')
        return refuse('empty', GENERIC_REASONS.empty, '');
    const pieces = (0,lib_token/* parseHeader */.RW)(input).pieces;
    if (pieces.some(p => p.kind === 'oauth-user-token' || p.kind === 'legacy-user-token')) {
        return refuse('personal-token', PERSONAL_REASON, input);
    }
    const decoded = (0,lib_token/* decodeToken */.oL)(input);
    if (decoded.malformed) {
        const first = decoded.problems.find(p => p.fatal)?.message;
        const reason = first
            ? `the token is malformed (${first}) and cannot be attenuated`
            : GENERIC_REASONS.malformed;
        return refuse('malformed', reason, input);
    }
    if (decoded.grants.length === 0) {
        return refuse('no-permission-token', 'the token holds only discharge tokens (no permission token from https://api.fly.io/v1): there is nothing to attenuate; use the whole `FlyV1 ...` value Fly printed', input);
    }
    if (decoded.problems.some(p => p.code === 'missing-discharge')) {
        return refuse('missing-discharge', 'the token needs a discharge token that is not in it, so neither it nor a narrower token made from it can be used without an interactive login; use the whole `FlyV1 ...` value Fly printed', input);
    }
    const checked = validateRequest(request, now);
    if (!checked.ok)
        return refuse('bad-request', checked.reason, input);
    const valid = checkValidity(decoded, checked.request);
    if (!valid.ok)
        return refuse(valid.code, valid.reason, input);
    const grantable = checkGrantable(decoded, checked.request);
    if (!grantable.ok)
        return refuse(grantable.code, grantable.reason, input);
    const built = rebuild(input, decoded, checked.request);
    if (!built.ok)
        return refuse(built.code, built.reason, input);
    const inspection = (0,lib_token/* inspectToken */.e4)(built.header);
    if (inspection.kind === 'malformed' || inspection.expiresAt === null) {
        return refuse('internal-error', GENERIC_REASONS['internal-error'], input);
    }
    return { ok: true, header: built.header, inspection, expiresAt: inspection.expiresAt };
}
/**
 * Narrow a Fly macaroon token to `request`, valid from `now` - 60 s to `now` + ttl. Pure and
 * offline; never throws; a refusal's reason never contains token text.
 */
function attenuate(input, request, now) {
    try {
        return attenuateChecked(input, request, now);
    }
    catch {
        return refuse('internal-error', GENERIC_REASONS['internal-error'], '');
    }
}

;// CONCATENATED MODULE: ./lib/token/attenuate/describe.js
// What a freshly attenuated token can do, in a few plain lines (job summary, CLI messages).
// Built from the new token's inspection, so it says what the token really allows.

/** `rwcdC` -> "full control", `r` -> "read only", `` -> "no access". */
function describeActions(letters) {
    if (letters === null || letters === '')
        return 'no access';
    if (letters === 'rwcdC')
        return 'full control';
    if (letters === 'r')
        return 'read only';
    return [...letters].map(l => actions/* ACTION_WORDS */.dC[l] ?? l).join(', ');
}
function quoteCommand(args) {
    return ('`' +
        args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ') +
        '`');
}
/**
 * Describe the new token. `appNames` maps app ids to the names the user gave (online runs);
 * ids without a name are shown as ids.
 */
function describeAttenuated(inspection, expiresAt, appNames = new Map()) {
    const details = [];
    for (const appId of inspection.appIds) {
        const name = appNames.get(appId);
        const label = name ? `${name} (id ${appId})` : `id ${appId}`;
        details.push(`app ${label}: ${describeActions(inspection.appAccess[appId] ?? '')}`);
    }
    for (const orgId of inspection.orgIds) {
        details.push(`organization ${orgId} (org-level): ${describeActions(inspection.orgAccess)}`);
    }
    const features = Object.entries(inspection.featureAccess);
    if (features.length) {
        details.push(`organization features: ${features.map(([f, l]) => `${f} ${describeActions(l)}`).join('; ')}`);
    }
    if (inspection.commands) {
        const any = inspection.commands.some(c => c.args.length === 0 && !c.exact);
        const list = inspection.commands.map(c => c.exact ? quoteCommand(c.args) : `${quoteCommand(c.args)} and longer`);
        details.push(any ? 'commands on machines: any' : `commands on machines: only ${list.join(', ')}`);
    }
    if (inspection.mutations)
        details.push(`GraphQL mutations: only ${inspection.mutations.join(', ')}`);
    return { headline: `A ${inspection.kind} token, valid until ${expiresAt}.`, details };
}

;// CONCATENATED MODULE: ./lib/token/attenuate/index.js









// EXTERNAL MODULE: ./lib/cli/args.js
var cli_args = __webpack_require__(2453);
// EXTERNAL MODULE: ./lib/cli/io.js
var cli_io = __webpack_require__(8908);
;// CONCATENATED MODULE: ./lib/cli/attenuate.js







class Usage extends Error {
}
function parse(args) {
    const { values } = args;
    if (args.positionals.length > 0)
        throw new Usage('attenuate takes no positional arguments');
    const access = (values.access ?? 'deploy').trim().toLowerCase();
    if (!ATTENUATION_ACCESSES.includes(access)) {
        throw new Usage(`--access must be one of ${ATTENUATION_ACCESSES.join(', ')}`);
    }
    const ttl = parseTtl(values.ttl ?? '30m');
    if (!ttl.ok)
        throw new Usage(`--ttl: ${ttl.message}`);
    const apps = (0,cli_args/* splitList */.ry)(values.apps);
    const appIds = (0,cli_args/* splitList */.ry)(values['app-ids']);
    if (access !== 'readonly' && apps.length === 0 && appIds.length === 0) {
        throw new Usage(`--access ${access} needs --apps NAME[,NAME] or --app-ids ID[,ID]`);
    }
    return {
        access: access,
        ttlSeconds: ttl.seconds,
        apps,
        appIds,
        commands: values.command ?? []
    };
}
/** App names -> ids through Fly's API, merged with the ids given directly. */
async function resolveApps(token, parsed, args, io) {
    const names = new Map();
    if (parsed.apps.length === 0)
        return { appIds: parsed.appIds, names };
    if (args.values.offline) {
        throw new Usage("app names need Fly's API to find their ids: pass --app-ids instead of --apps with --offline");
    }
    const resolved = await (0,verify.resolveAppIds)(parsed.apps, {
        token: { input: token },
        flyApiUrl: args.values['fly-api-url'] ?? verify.DEFAULT_FLY_API_URL,
        flyGraphqlUrl: args.values['fly-graphql-url'] ?? verify.DEFAULT_FLY_GRAPHQL_URL,
        timeoutMs: verify.DEFAULT_TIMEOUT_MS,
        ...(io.dispatcher ? { dispatcher: io.dispatcher } : {})
    });
    const missing = parsed.apps.filter(name => !resolved.has(name));
    if (missing.length > 0) {
        throw new Usage(`could not find the id of app ${missing.join(', ')}: Fly did not answer, the app does not exist, or this token cannot see it (pass --app-ids to skip the lookup)`);
    }
    for (const [name, id] of resolved)
        names.set(id, name);
    return { appIds: [...new Set([...resolved.values(), ...parsed.appIds])], names };
}
async function runAttenuateCommand(args, env, stdinIsTTY, io = {}) {
    const out = io.out ?? ((text) => void process.stdout.write(text + '\n'));
    const token = await (io.readToken ? io.readToken() : (0,cli_io/* readTokenFromEnvOrStdin */.ko)(env, stdinIsTTY));
    let redact = (0,scrub/* createScrub */.EN)(token.trim() === '' ? [] : (0,lib_token/* tokenFragments */.pV)(token));
    const rawErr = io.err ?? ((text) => void process.stderr.write(text + '\n'));
    const err = (text) => rawErr(redact(text));
    if (token.trim() === '') {
        err(cli_io/* NO_TOKEN_MESSAGE */.Ij);
        return 2;
    }
    try {
        const parsed = parse(args);
        const apps = await resolveApps(token, parsed, args, io);
        const result = attenuate(token, {
            appIds: apps.appIds,
            access: parsed.access,
            ttlSeconds: parsed.ttlSeconds,
            ...(parsed.commands.length ? { commands: parsed.commands } : {})
        }, (0,clock/* currentTime */.$)(env));
        if (!result.ok) {
            err(`fly-token-guard: cannot attenuate the token: ${result.reason}`);
            return 2;
        }
        redact = (0,scrub/* createScrub */.EN)([...(0,lib_token/* tokenFragments */.pV)(token), ...(0,lib_token/* tokenFragments */.pV)(result.header)]);
        out(result.header);
        const summary = describeAttenuated(result.inspection, result.expiresAt, apps.names);
        err(summary.headline);
        for (const line of summary.details)
            err(`  ${line}`);
        return 0;
    }
    catch (error) {
        if (error instanceof Usage) {
            err(`fly-token-guard attenuate: ${error.message}`);
            return 2;
        }
        throw error;
    }
}
/** The CommandHandler shape of src/cli/main.ts. Its `out` is redacted, so stdout is written raw. */
const runAttenuateCli = context => runAttenuateCommand(context.args, context.env, context.stdinIsTTY, {
    err: context.err,
    readToken: context.token
});


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


/***/ })

};
;