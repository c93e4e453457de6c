"use strict";
exports.id = 694;
exports.ids = [694,166];
exports.modules = {

/***/ 2711:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAttenuateMode: () => (/* binding */ runAttenuateMode)
});

// EXTERNAL MODULE: ./lib/fly/verify.js + 4 modules
var verify = __webpack_require__(1791);
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









// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(3021);
// EXTERNAL MODULE: ./lib/report/time.js
var report_time = __webpack_require__(9793);
// EXTERNAL MODULE: ./lib/rules/token/time.js
var token_time = __webpack_require__(9572);
;// CONCATENATED MODULE: ./lib/report/attenuate-summary.js



function renderAttenuateSummary(input) {
    const { inspection, expiresAt, now } = input;
    const apps = inspection.appIds.map(id => input.appNames.get(id) ?? id);
    const forApps = apps.length > 0 ? ` for ${apps.map(markdown/* codeSpan */.SS).join(', ')}` : '';
    const where = input.exported
        ? 'It is exported as `FLY_API_TOKEN` for the later steps of this job, and available as the step output `token` (masked).'
        : 'It is available as the step output `token` (masked); set `export: true` to hand it to later steps as `FLY_API_TOKEN`.';
    return [
        `## \u2705 Fly token guard: **attenuated** \u2014 a ${(0,markdown/* codeSpan */.SS)(inspection.kind)} token${forApps}, valid until ${(0,token_time/* formatDate */.Yq)(expiresAt)} (${(0,report_time/* formatCountdown */.zt)(expiresAt, now)})`,
        '',
        ...(input.pinnedClock ? [`_${(0,report_time/* asOfLine */.Ui)(input.pinnedClock)}_`, ''] : []),
        ...input.details.map(line => `- ${(0,markdown/* proseWithCode */.Tb)(line)}`),
        '',
        (0,markdown/* proseWithCode */.Tb)(where),
        ''
    ].join('\n');
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./lib/action/clock.js
var clock = __webpack_require__(6920);
// EXTERNAL MODULE: ./lib/action/inputs.js
var action_inputs = __webpack_require__(1413);
// EXTERNAL MODULE: ./lib/action/publish.js + 1 modules
var publish = __webpack_require__(9908);
;// CONCATENATED MODULE: ./lib/action/attenuate-mode.js







function readAttenuateInputs() {
    const access = ((0,action_inputs/* readInput */.R5)('access') || 'deploy').trim().toLowerCase();
    if (!ATTENUATION_ACCESSES.includes(access)) {
        throw new action_inputs/* InputError */.dz(`Input 'access' must be one of ${ATTENUATION_ACCESSES.join(', ')}; got '${access}'.`);
    }
    const ttl = parseTtl((0,action_inputs/* readInput */.R5)('ttl') || '30m');
    if (!ttl.ok)
        throw new action_inputs/* InputError */.dz(`Input 'ttl': ${ttl.message}.`);
    return {
        access: access,
        ttlSeconds: ttl.seconds,
        apps: (0,action_inputs/* readList */.LD)('apps'),
        appIds: (0,action_inputs/* readList */.LD)('app-ids'),
        // One command per line: commands may contain commas.
        commands: (0,action_inputs/* readInput */.R5)('commands')
            .split(/\r?\n/)
            .map(line => line.trim())
            .filter(line => line !== ''),
        exportToken: (0,action_inputs/* readBoolean */.Vf)('export', false)
    };
}
/** App names -> ids (online), merged with the ids given directly. */
async function resolveApps(token, inputs, options, { publisher, deadline }) {
    const names = new Map();
    if (inputs.apps.length === 0)
        return { ok: true, appIds: inputs.appIds, names };
    const common = (0,action_inputs/* readCommonInputs */.di)();
    if (!common.online) {
        if (inputs.appIds.length > 0) {
            publisher.info('online is false: using app-ids as given (app names are shown but not checked).');
            return { ok: true, appIds: inputs.appIds, names };
        }
        return {
            ok: false,
            message: "App names need Fly's API to find their numeric ids, and `online` is false: pass the ids in `app-ids` instead, or set `online: true`."
        };
    }
    const resolved = await (0,verify.resolveAppIds)(inputs.apps, {
        token: { input: token },
        flyApiUrl: common.flyApiUrl,
        flyGraphqlUrl: common.flyGraphqlUrl,
        deadline,
        ...(options.dispatcher ? { dispatcher: options.dispatcher } : {})
    });
    const missing = inputs.apps.filter(name => !resolved.has(name));
    if (missing.length > 0) {
        return {
            ok: false,
            message: `Could not find the id of app ${missing.join(', ')}: Fly did not answer, the app does not exist, or this token cannot see it. Check the name, or pass the numeric id in \`app-ids\`.`
        };
    }
    for (const [name, id] of resolved)
        names.set(id, name);
    return { ok: true, appIds: [...new Set([...resolved.values(), ...inputs.appIds])], names };
}
async function runAttenuateMode(run, options = {}) {
    const { token, publisher } = run;
    (0,action_inputs/* requireFlyToken */.Iw)(token, 'attenuate', 'FLY_ORG_TOKEN');
    const inputs = readAttenuateInputs();
    const apps = await resolveApps(token.value, inputs, options, run);
    if (!apps.ok) {
        publisher.fail(apps.message);
        return;
    }
    const now = (0,clock/* currentTime */.$)();
    const result = attenuate(token.value, {
        appIds: apps.appIds,
        access: inputs.access,
        ttlSeconds: inputs.ttlSeconds,
        ...(inputs.commands.length ? { commands: inputs.commands } : {})
    }, now);
    if (!result.ok) {
        publisher.fail(`Cannot attenuate the token: ${result.reason}.`);
        return;
    }
    // Mask every form of the new token before anything else is written.
    (0,publish/* maskTokens */.x)([result.header]);
    // Straight to the runner, not through the publisher: the new token shares its discharge with
    // the input, so the input's redactor would blank part of it.
    core/* setOutput */.uH('token', result.header);
    if (inputs.exportToken) {
        core/* exportVariable */.dN('FLY_API_TOKEN', result.header);
        if ((process.env.FLY_ACCESS_TOKEN ?? '').trim() !== '') {
            publisher.warning('FLY_ACCESS_TOKEN is set in this job and flyctl prefers it over FLY_API_TOKEN: remove it from the env of later steps, or they will not use the narrowed token.');
        }
    }
    publisher.outputs({
        kind: result.inspection.kind,
        'expires-at': result.expiresAt,
        'org-ids': result.inspection.orgIds.join(','),
        apps: result.inspection.appIds.map(id => apps.names.get(id) ?? id).join(',')
    });
    const lines = describeAttenuated(result.inspection, result.expiresAt, apps.names);
    publisher.info(`Narrowed the Fly token: ${lines.headline}`);
    for (const line of lines.details)
        publisher.info(`  ${line}`);
    await publisher.summary(renderAttenuateSummary({
        inspection: result.inspection,
        expiresAt: result.expiresAt,
        details: lines.details,
        appNames: apps.names,
        exported: inputs.exportToken,
        now,
        ...(0,clock/* pinnedClockOption */._)()
    }));
}


/***/ }),

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

/***/ 8166:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ mapWithConcurrency)
/* harmony export */ });
// Runs async work over a list with at most `limit` in flight, keeping the input order.
async function mapWithConcurrency(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next;
            next += 1;
            results[index] = await work(items[index], index);
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, worker));
    return results;
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

/***/ 3021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ namedId),
/* harmony export */   FQ: () => (/* binding */ renderFindingsTable),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Nz: () => (/* binding */ truncateBody),
/* harmony export */   OV: () => (/* binding */ shellBlock),
/* harmony export */   PE: () => (/* binding */ severityIcon),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   Tb: () => (/* binding */ proseWithCode),
/* harmony export */   U_: () => (/* binding */ renderSeverityCounts),
/* harmony export */   YY: () => (/* binding */ VERDICT_ICON),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   l3: () => (/* binding */ withAccess),
/* harmony export */   lN: () => (/* binding */ ruleLink),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT)
/* harmony export */ });
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3042);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5930);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(123);
/* harmony import */ var _rules_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(642);




/** GitHub rejects issue and comment bodies longer than this. */
const GITHUB_BODY_LIMIT = 65536;
const ICONS = {
    critical: '\ud83d\udd34',
    high: '\ud83d\udfe0',
    medium: '\ud83d\udfe1',
    low: '\ud83d\udd35',
    info: '\u26aa'
};
function severityIcon(severity) {
    return ICONS[severity];
}
const VERDICT_ICON = { pass: '\u2705', warn: '\u26a0\ufe0f', fail: '\u274c' };
/**
 * Escapes text for markdown: characters that open emphasis, code, links, images, HTML, entities,
 * strikethrough or table cells anywhere; characters that open headings, lists or quotes at the
 * start of a line; and `@mentions` (a zero-width space keeps GitHub from pinging anyone).
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_[\]<>|~&]/g, char => `\\${char}`)
        .replace(/^([ \t]*)([#+\-=])/gm, '$1\\$2')
        .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2')
        .replace(/(^|[^\w@])@(?=\w)/g, '$1@\u200B');
}
/** Escapes text for one table cell: markdown specials plus line breaks. */
function escapeTableCell(text) {
    return escapeMarkdown(text.trim()).replace(/\r?\n/g, '<br>');
}
/**
 * Prose that may hold `code` spans (as rule messages do): the prose is escaped, each span is
 * re-emitted as a safe code span, so `<ORG>` and `a|b` survive inside spans and outside them.
 */
function proseWithCode(text) {
    return text
        .split(/(`[^`\n]+`)/)
        .map((part, i) => (i % 2 === 1 ? codeSpan(part.slice(1, -1)) : escapeMarkdown(part)))
        .join('');
}
/** A code span that survives backticks and pipes in its content, inside a table cell. */
function codeSpan(text) {
    const content = text.replace(/\r?\n/g, ' ');
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${content.replace(/\|/g, '\\|')}${pad}${fence}`;
}
/** An org or app id with its name when known: "`web` (123)", else "`123`". */
function namedId(id, name) {
    return name ? `${codeSpan(name)} (${id})` : codeSpan(id);
}
/** An app's label with its access letters when known: "`web` (123): `rw`". */
function withAccess(label, access) {
    return access ? `${label}: ${codeSpan(access)}` : label;
}
/** Commands as a fenced `sh` block. */
function shellBlock(commands) {
    return ['```sh', ...commands, '```'];
}
/** A repository path in a link: as in SARIF, with parentheses encoded (they end a markdown link). */
function encodePath(file) {
    return (0,_sarif_js__WEBPACK_IMPORTED_MODULE_0__/* .relativeUri */ .H9)(file).replace(/\(/g, '%28').replace(/\)/g, '%29');
}
function blobUrl(target, location) {
    const server = (target.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    const owner = encodeURIComponent(target.owner);
    const repo = encodeURIComponent(target.repo);
    const sha = encodeURIComponent(target.sha);
    const end = location.endLine !== undefined && location.endLine > location.line
        ? `-L${location.endLine}`
        : '';
    return `${server}/${owner}/${repo}/blob/${sha}/${encodePath(location.file)}#L${location.line}${end}`;
}
function locationCell(finding, link) {
    const location = finding.location;
    if (location === undefined) {
        return finding.subject === undefined ? '\u2014' : codeSpan(finding.subject);
    }
    const text = escapeTableCell(`${location.file}:${location.line}`);
    return link === undefined ? text : `[${text}](${blobUrl(link, location)})`;
}
function messageCell(finding, includeFix) {
    const cell = (text) => proseWithCode(text.trim()).replace(/\r?\n/g, '<br>');
    const parts = [cell(finding.message)];
    if (includeFix && finding.fix !== undefined) {
        parts.push(`**Fix:** ${cell(finding.fix.summary)}`);
        parts.push(...finding.fix.commands.map(codeSpan));
    }
    return parts.join('<br>');
}
/**
 * A rule id as a link to its page, with non-breaking hyphens (U+2011) so a narrow table column
 * never wraps `broader-than-needed` mid-word. The id itself is on the page it links to.
 */
function ruleLink(rule) {
    return `[${codeSpan(rule.replace(/-/g, '\u2011'))}](${(0,_rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(encodeURIComponent(rule))})`;
}
function findingRow(finding, options = {}) {
    const severity = `${ICONS[finding.severity]} ${finding.severity}`;
    const rule = ruleLink(finding.rule);
    const location = locationCell(finding, options.link);
    const message = messageCell(finding, options.includeFix ?? true);
    return `| ${severity} | ${rule} | ${location} | ${message} |`;
}
const TABLE_HEADER = '| Severity | Rule | Location | Finding |\n| --- | --- | --- | --- |';
function moreLine(count) {
    return `_\u2026and ${(0,_rules_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(count, 'more finding')} not shown (see the job summary or the SARIF report)._`;
}
/**
 * The findings, worst first, as a markdown table that fits in `maxChars`: rows that do not fit
 * are replaced by an "and N more" line. Empty string for no findings.
 */
function renderFindingsTable(findings, options = {}) {
    if (findings.length === 0)
        return '';
    const budget = options.maxChars ?? GITHUB_BODY_LIMIT;
    const rows = (0,_order_js__WEBPACK_IMPORTED_MODULE_3__/* .sortFindings */ .T)(findings).map(finding => findingRow(finding, options));
    let body = TABLE_HEADER;
    let shown = 0;
    for (const row of rows) {
        const remainingAfter = rows.length - shown - 1;
        const candidate = `${body}\n${row}`;
        const tail = remainingAfter > 0 ? `\n\n${moreLine(remainingAfter)}` : '';
        if (candidate.length + tail.length > budget)
            break;
        body = candidate;
        shown += 1;
    }
    if (shown === rows.length)
        return body;
    const rest = moreLine(rows.length - shown);
    if (shown === 0)
        return rest.length <= budget ? rest : '';
    return `${body}\n\n${rest}`;
}
/** One line like "\ud83d\udd34 1 critical \u00b7 \ud83d\udfe0 2 high", worst first; "no findings" when empty. */
function renderSeverityCounts(findings) {
    const parts = _rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.flatMap(severity => {
        const count = findings.filter(f => f.severity === severity).length;
        return count > 0 ? [`${ICONS[severity]} ${count} ${severity}`] : [];
    });
    return parts.length > 0 ? parts.join(' \u00b7 ') : 'no findings';
}
/**
 * Cuts a body that exceeds `limit` at a line break and says how much was left out. Bodies within
 * the limit come back unchanged.
 */
function truncateBody(body, limit = GITHUB_BODY_LIMIT) {
    if (body.length <= limit)
        return body;
    const note = (omitted) => `\n\n_\u2026truncated: ${omitted} characters not shown (GitHub's ${limit}-character limit)._`;
    // Reserve room for the note at its longest (every character omitted).
    const room = Math.max(0, limit - note(body.length).length);
    let cut = body.lastIndexOf('\n', room);
    if (cut <= 0)
        cut = room;
    // Never split a surrogate pair.
    const code = body.charCodeAt(cut - 1);
    if (cut > 0 && code >= 0xd800 && code <= 0xdbff)
        cut -= 1;
    return `${body.slice(0, cut)}${note(body.length - cut)}`;
}


/***/ }),

/***/ 123:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ relativeUri),
/* harmony export */   zv: () => (/* binding */ toSarif)
/* harmony export */ });
/* unused harmony exports FINGERPRINT_KEY, computeFingerprints */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _rules_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3042);
// Findings -> SARIF 2.1.0, shaped for GitHub code scanning (`github/codeql-action/upload-sarif`).


const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our entry in `partialFingerprints`; bump the suffix if the recipe ever changes. */
const FINGERPRINT_KEY = 'flyTokenGuard/v1';
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '1.0'
};
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note'
};
const PROBLEM_SEVERITY = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'recommendation',
    info: 'recommendation'
};
function toSarif(findings, rules, tool, options = {}) {
    const descriptors = [];
    const indexById = new Map();
    const addRule = (meta) => {
        if (indexById.has(meta.id))
            return;
        indexById.set(meta.id, descriptors.length);
        descriptors.push(ruleDescriptor(meta));
    };
    rules.forEach(addRule);
    // A finding from a rule the caller did not list still needs a descriptor for its ruleIndex.
    for (const finding of findings) {
        addRule({ id: finding.rule, defaultSeverity: finding.severity, title: finding.rule, help: '' });
    }
    const fingerprints = computeFingerprints(findings, options.sources);
    const results = findings.map((finding, i) => {
        const location = finding.location && sarifLocation(finding.location);
        // `subject`: which token the finding concerns (health mode: the env var name).
        const properties = { severity: finding.severity };
        if (finding.subject !== undefined)
            properties.subject = finding.subject;
        if (finding.fix !== undefined && finding.fix.commands.length > 0) {
            properties.fixCommands = [...finding.fix.commands];
        }
        return {
            ruleId: finding.rule,
            ruleIndex: indexById.get(finding.rule) ?? 0,
            level: LEVEL[finding.severity],
            message: { text: messageText(finding) },
            ...(location ? { locations: [location] } : {}),
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[i] ?? '' },
            properties
        };
    });
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: tool.name,
                        version: tool.version,
                        informationUri: tool.informationUri,
                        rules: descriptors
                    }
                },
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
}
function ruleDescriptor(meta) {
    const url = (0,_rules_types_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(meta.id);
    const help = meta.help.trim() || meta.title;
    return {
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: meta.title },
        fullDescription: { text: help },
        help: {
            text: `${help}\n\nDocumentation: ${url}`,
            markdown: `**${meta.title}**\n\n${help}\n\n[Rule documentation](${url})`
        },
        helpUri: url,
        defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
        properties: {
            tags: ['security', 'fly.io'],
            // GitHub maps this CVSS-like score (as a string) to critical/high/medium/low.
            'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
            'problem.severity': PROBLEM_SEVERITY[meta.defaultSeverity]
        }
    };
}
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(part => part.length > 0)
        .map(part => part[0]?.toUpperCase() + part.slice(1))
        .join('');
}
function messageText(finding) {
    if (finding.fix === undefined)
        return finding.message;
    const commands = finding.fix.commands.map(command => `  ${command}`);
    return [finding.message, `Fix: ${finding.fix.summary}`, ...commands].join('\n');
}
/** A repository-relative path as a relative URI reference (each segment percent-encoded). */
function relativeUri(file) {
    const normalized = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '');
    return normalized
        .split('/')
        .map(segment => encodeURIComponent(segment))
        .join('/');
}
function sarifLocation(location) {
    const region = sarifRegion(location);
    return {
        physicalLocation: {
            artifactLocation: { uri: relativeUri(location.file), uriBaseId: '%SRCROOT%' },
            ...(region ? { region } : {})
        }
    };
}
function isPositiveInteger(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1;
}
function sarifRegion(location) {
    if (!isPositiveInteger(location.line))
        return undefined;
    const region = { startLine: location.line };
    const startColumn = isPositiveInteger(location.column) ? location.column : 1;
    if (isPositiveInteger(location.column))
        region.startColumn = location.column;
    const endLine = isPositiveInteger(location.endLine) ? location.endLine : location.line;
    if (endLine > location.line)
        region.endLine = endLine;
    if (isPositiveInteger(location.endColumn)) {
        if (endLine > location.line || location.endColumn >= startColumn) {
            region.endColumn = location.endColumn;
        }
    }
    return region;
}
/**
 * One fingerprint per finding: hash of rule id, file, the trimmed text of the finding's line and
 * its occurrence index among findings sharing those three. Line numbers are left out so an alert
 * keeps its identity when lines are inserted above it. Without the file's text the message
 * stands in for the line; without a location, the subject (which token) does.
 */
function computeFingerprints(findings, sources) {
    const lineText = lineLookup(findings, sources);
    const keys = findings.map(finding => {
        const location = finding.location;
        if (location === undefined) {
            return ['no-location', finding.rule, finding.subject ?? ''];
        }
        const text = lineText(location.file, location.line);
        const anchor = text === undefined ? `message:${finding.message}` : `text:${text.trim()}`;
        return ['located', finding.rule, relativeUri(location.file), anchor];
    });
    // Occurrence index by position, so reordering the findings array does not swap fingerprints.
    const groups = new Map();
    keys.forEach((key, i) => {
        const id = JSON.stringify(key);
        groups.set(id, [...(groups.get(id) ?? []), i]);
    });
    const occurrence = new Array(findings.length).fill(0);
    for (const members of groups.values()) {
        members
            .sort((a, b) => positionOrder(findings[a], findings[b]) || a - b)
            .forEach((findingIndex, rank) => {
            occurrence[findingIndex] = rank;
        });
    }
    return keys.map((key, i) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([...key, occurrence[i]]))
        .digest('hex')
        .slice(0, 32));
}
function positionOrder(a, b) {
    const la = a?.location;
    const lb = b?.location;
    if (la === undefined || lb === undefined)
        return 0;
    return la.line - lb.line || la.column - lb.column;
}
/**
 * The text of each finding's line, each file read once and only the lines findings sit on kept
 * (a scan of many files with findings must not hold all their texts).
 */
function lineLookup(findings, sources) {
    if (sources === undefined)
        return () => undefined;
    const read = typeof sources === 'function'
        ? sources
        : (file) => (Object.hasOwn(sources, file) ? sources[file] : undefined);
    const wanted = new Map();
    for (const { location } of findings) {
        if (location === undefined)
            continue;
        const lines = wanted.get(location.file) ?? new Set();
        lines.add(location.line);
        wanted.set(location.file, lines);
    }
    const kept = new Map();
    for (const [file, lines] of wanted) {
        const all = read(file)?.split(/\r?\n/);
        // Copies: a line is a slice of its file's text and would keep all of it alive.
        const copy = (line) => all?.[line - 1]?.split('').join('');
        kept.set(file, all && new Map([...lines].map(line => [line, copy(line)])));
    }
    return (file, line) => kept.get(file)?.get(line);
}


/***/ }),

/***/ 9793:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ lifetimeDays),
/* harmony export */   AQ: () => (/* binding */ daysUntil),
/* harmony export */   Cd: () => (/* binding */ ACCESS_LETTERS_NOTE),
/* harmony export */   Ui: () => (/* binding */ asOfLine),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   zt: () => (/* binding */ formatCountdown)
/* harmony export */ });
/* harmony import */ var _rules_token_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9572);
/* harmony import */ var _rules_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(642);
// Dates and durations as people read them in summaries and terminals.


const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
/** "20 years", "30 days", "10.5 minutes": one unit, at most one decimal. */
function formatDuration(seconds) {
    const units = [
        [YEAR, 'year'],
        [DAY, 'day'],
        [HOUR, 'hour'],
        [MINUTE, 'minute'],
        [1, 'second']
    ];
    const abs = Math.abs(seconds);
    for (const [size, unit] of units) {
        if (abs >= size || size === 1) {
            const value = Math.round((abs / size) * 10) / 10;
            return `${value} ${unit}${value === 1 ? '' : 's'}`;
        }
    }
    return `${abs} seconds`;
}
/** Whole days from now until `iso` (negative once past), rounded towards negative infinity. */
function daysUntil(iso, now) {
    return Math.floor((Date.parse(iso) - now.getTime()) / (DAY * 1000));
}
/** "in 7300 days", "expired 10 days ago", "in 5 hours", "in 31 minutes", "expired less than a minute ago". */
function formatCountdown(iso, now) {
    const diff = Date.parse(iso) - now.getTime();
    const abs = Math.abs(diff);
    const span = abs >= DAY * 1000
        ? (0,_rules_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(Math.floor(abs / (DAY * 1000)), 'day')
        : abs >= HOUR * 1000
            ? (0,_rules_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(Math.floor(abs / (HOUR * 1000)), 'hour')
            : abs >= MINUTE * 1000
                ? (0,_rules_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(Math.floor(abs / (MINUTE * 1000)), 'minute')
                : 'less than a minute';
    return diff >= 0 ? `in ${span}` : `expired ${span} ago`;
}
function lifetimeDays(seconds) {
    return Math.round(seconds / DAY);
}
/** "As of 2026-01-01 00:00 UTC (pinned clock)": said whenever FLY_TOKEN_GUARD_NOW pins the clock. */
function asOfLine(now) {
    return `As of ${(0,_rules_token_time_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDate */ .Yq)(now.toISOString())} (the clock is pinned by FLY_TOKEN_GUARD_NOW): every countdown counts from that date, not today.`;
}
/** Access letters as words, for the one place each output explains them. */
const ACCESS_LETTERS_NOTE = 'Access letters: r read, w write, c create, d delete, C control (`rwcdC`: everything).';


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


/***/ })

};
;