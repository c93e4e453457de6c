// Macaroon verification for the Fly API stand-in, with the vectors' fake keys. A test oracle kept
// apart from src/token: it parses the Authorization header, checks every permission token's HMAC
// chain, opens each 3P caveat, pairs and verifies the discharge, and returns the caveats that
// then govern each permission token.
import { createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { arrayHeaderAt, decodeAt, type Msg } from './stand-in-msgpack.js';

export interface StandInKeys {
  signingKey: Buffer;
  /** 3P location -> key. */
  thirdPartyKeys: Record<string, Buffer>;
}

/** The fake keys from vectors/README.md (not secrets: they sign nothing real). */
export const FAKE_KEYS: StandInKeys = {
  signingKey: Buffer.from('DEV-FAKE-SIGNING-KEY-NOT-REAL-02'),
  thirdPartyKeys: {
    'https://api.fly.io/aaa/v1': Buffer.from('DEV-FAKE-3P-KEY-aaa-v1-NOT-REAL2'),
    'https://auth.fly.io': Buffer.from('DEV-FAKE-3P-KEY-auth.fly.io-NR02')
  }
};

export const PERMISSION_LOCATION = 'https://api.fly.io/v1';
export const CAVEAT_3P = 11n;
export const CAVEAT_BIND_TO_PARENT = 12n;
const PROOF_FINALIZATION = Buffer.from('proof-signature-finalization');
const IDENTITY_NAMESPACE = '968fc2c6-a94f-4988-a544-2ad72b02f222';
const MACAROON_LABELS = new Set(['fm2', 'fm1r', 'fm1a']);
const USER_TOKEN = /^fo1_[A-Za-z0-9_-]{43}$/;
const LEGACY_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface Caveat {
  type: bigint;
  body: Msg;
}

interface SignedCaveat extends Caveat {
  /** The caveat as a one-caveat set, `0x92 || type || body`: what the chain signs. */
  signed: Buffer;
}

export interface Macaroon {
  kid: Buffer;
  rnd: Buffer;
  proof: boolean | undefined;
  nonceBytes: Buffer;
  location: string;
  caveats: SignedCaveat[];
  tail: Buffer;
}

export interface VerifiedPermission {
  kidHex: string;
  /** `<uuid>@tokens.fly.io`, what GraphQL `viewer` shows for this token. */
  email: string;
  /** The permission token's caveats followed by those of its discharges. */
  caveats: Caveat[];
}

export type HeaderVerdict =
  | { ok: true; permissions: VerifiedPermission[]; userTokens: string[] }
  | { ok: false; reason: string };

/** Parses and verifies an Authorization header (or a bare token / bundle). */
export function verifyHeader(header: string, keys: StandInKeys = FAKE_KEYS): HeaderVerdict {
  const pieces = stripScheme(header).split(',');
  const userTokens: string[] = [];
  const macaroons: Macaroon[] = [];
  for (const piece of pieces) {
    if (USER_TOKEN.test(piece) || (LEGACY_TOKEN.test(piece) && !hasMacaroonLabel(piece))) {
      userTokens.push(piece);
      continue;
    }
    const cut = piece.indexOf('_');
    if (cut < 0) return { ok: false, reason: 'malformed token' };
    const label = piece.slice(0, cut);
    if (!MACAROON_LABELS.has(label)) return { ok: false, reason: `unknown token prefix ${label}` };
    const body = piece.slice(cut + 1);
    if (body === '' || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
      return { ok: false, reason: 'bad base64' };
    }
    try {
      macaroons.push(decodeMacaroon(Buffer.from(body, 'base64')));
    } catch {
      return { ok: false, reason: 'token does not decode' };
    }
  }
  const permissions = macaroons.filter(m => m.location === PERMISSION_LOCATION);
  const discharges = macaroons.filter(m => m.location !== PERMISSION_LOCATION);
  if (macaroons.length > 0 && permissions.length === 0) {
    return { ok: false, reason: 'no permission token' };
  }
  const verified: VerifiedPermission[] = [];
  for (const permission of permissions) {
    const result = verifyPermission(permission, discharges, keys);
    if (typeof result === 'string') return { ok: false, reason: result };
    verified.push(result);
  }
  if (verified.length === 0 && userTokens.length === 0) return { ok: false, reason: 'no token' };
  return { ok: true, permissions: verified, userTokens };
}

export function decodeMacaroon(bytes: Buffer): Macaroon {
  const top = arrayHeaderAt(bytes, 0);
  if (top.length !== 4) throw new Error('a macaroon is a 4-array');
  const nonce = decodeAt(bytes, top.first);
  const nonceFields = nonce.value;
  if (!Array.isArray(nonceFields) || nonceFields.length < 2 || nonceFields.length > 3) {
    throw new Error('bad nonce');
  }
  const [kid, rnd, proof] = nonceFields;
  if (!(kid instanceof Uint8Array) || !(rnd instanceof Uint8Array)) throw new Error('bad nonce');
  const location = decodeAt(bytes, nonce.end);
  if (typeof location.value !== 'string') throw new Error('bad location');

  const list = arrayHeaderAt(bytes, location.end);
  if (list.length % 2 !== 0) throw new Error('odd caveat list');
  const caveats: SignedCaveat[] = [];
  let at = list.first;
  for (let i = 0; i < list.length; i += 2) {
    const type = decodeAt(bytes, at);
    const body = decodeAt(bytes, type.end);
    if (typeof type.value !== 'number' && typeof type.value !== 'bigint') {
      throw new Error('bad caveat type');
    }
    caveats.push({
      type: BigInt(type.value),
      body: body.value,
      signed: Buffer.concat([Buffer.from([0x92]), bytes.subarray(type.start, body.end)])
    });
    at = body.end;
  }
  const tail = decodeAt(bytes, at);
  if (!(tail.value instanceof Uint8Array) || tail.value.length !== 32) throw new Error('bad tail');
  if (tail.end !== bytes.length) throw new Error('trailing bytes');
  return {
    kid: Buffer.from(kid),
    rnd: Buffer.from(rnd),
    proof: typeof proof === 'boolean' ? proof : undefined,
    nonceBytes: Buffer.from(bytes.subarray(nonce.start, nonce.end)),
    location: location.value,
    caveats,
    tail: Buffer.from(tail.value)
  };
}

/** `<UUIDv5(UUIDv5(ns, KID), Rnd)>@tokens.fly.io`. */
export function identityEmail(kid: Buffer, rnd: Buffer): string {
  const namespace = uuidV5(Buffer.from(IDENTITY_NAMESPACE.replace(/-/g, ''), 'hex'), kid);
  return `${formatUuid(uuidV5(namespace, rnd))}@tokens.fly.io`;
}

function verifyPermission(
  permission: Macaroon,
  discharges: readonly Macaroon[],
  keys: StandInKeys
): VerifiedPermission | string {
  let tail = hmac(keys.signingKey, permission.nonceBytes);
  const tails = [tail];
  const thirdParty: { caveat: SignedCaveat; tailBefore: Buffer }[] = [];
  for (const caveat of permission.caveats) {
    if (caveat.type === CAVEAT_3P) thirdParty.push({ caveat, tailBefore: tail });
    tail = hmac(tail, caveat.signed);
    tails.push(tail);
  }
  if (!sameBytes(tail, permission.tail)) return 'invalid signature';

  const caveats: Caveat[] = permission.caveats.map(({ type, body }) => ({ type, body }));
  for (const { caveat, tailBefore } of thirdParty) {
    const body = caveat.body;
    if (!Array.isArray(body) || body.length !== 3) return 'bad 3P caveat';
    const [location, verifierKey, ticket] = body;
    if (typeof location !== 'string' || !(verifierKey instanceof Uint8Array))
      return 'bad 3P caveat';
    if (!(ticket instanceof Uint8Array)) return 'bad 3P caveat';
    const discharge = discharges.find(d => sameBytes(d.kid, Buffer.from(ticket)));
    if (!discharge) return 'no matching discharge token';
    if (discharge.location !== location) return 'discharge from the wrong location';

    // The first party learns the discharge key from the VerifierKey (sealed under its own tail);
    // the 3P service learns it from the ticket. Both must agree.
    const fromVerifier = open(tailBefore, Buffer.from(verifierKey));
    const thirdPartyKey = keys.thirdPartyKeys[location];
    if (!fromVerifier || !thirdPartyKey) return 'cannot open 3P caveat';
    const ticketPlain = open(thirdPartyKey, Buffer.from(ticket));
    if (!ticketPlain) return 'cannot open 3P ticket';
    const ticketFields = decodeAt(ticketPlain, 0).value;
    const ticketKey = Array.isArray(ticketFields) ? ticketFields[0] : undefined;
    if (!(ticketKey instanceof Uint8Array) || !sameBytes(Buffer.from(ticketKey), fromVerifier)) {
      return 'ticket and verifier key disagree';
    }

    let proofTail = hmac(fromVerifier, discharge.nonceBytes);
    for (const dischargeCaveat of discharge.caveats) {
      if (dischargeCaveat.type === CAVEAT_3P) return 'nested 3P caveats are not supported';
      proofTail = hmac(proofTail, dischargeCaveat.signed);
    }
    proofTail = hmac(PROOF_FINALIZATION, proofTail);
    if (!sameBytes(proofTail, discharge.tail)) return 'invalid discharge signature';

    for (const dischargeCaveat of discharge.caveats) {
      if (dischargeCaveat.type !== CAVEAT_BIND_TO_PARENT) continue;
      const binding = dischargeCaveat.body;
      const bound =
        binding instanceof Uint8Array &&
        tails.some(t => sameBytes(sha256(t).subarray(0, binding.length), Buffer.from(binding)));
      if (!bound) return 'discharge is bound to another token';
    }
    caveats.push(...discharge.caveats.map(({ type, body }) => ({ type, body })));
  }
  return {
    kidHex: permission.kid.toString('hex'),
    email: identityEmail(permission.kid, permission.rnd),
    caveats
  };
}

function stripScheme(header: string): string {
  let rest = header.trim();
  for (;;) {
    const space = rest.indexOf(' ');
    if (space < 0) return rest;
    const scheme = rest.slice(0, space).toLowerCase();
    if (scheme !== 'flyv1' && scheme !== 'bearer') return rest;
    rest = rest.slice(space + 1).trim();
  }
}

function hasMacaroonLabel(piece: string): boolean {
  return MACAROON_LABELS.has(piece.split('_', 1)[0] ?? '');
}

/** ChaCha20-Poly1305 box laid out as nonce(12) || ciphertext || tag(16); null if it does not open. */
function open(key: Buffer, sealed: Buffer): Buffer | null {
  if (key.length !== 32 || sealed.length < 28) return null;
  try {
    const decipher = createDecipheriv('chacha20-poly1305', key, sealed.subarray(0, 12), {
      authTagLength: 16
    });
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([
      decipher.update(sealed.subarray(12, sealed.length - 16)),
      decipher.final()
    ]);
  } catch {
    return null;
  }
}

function hmac(key: Buffer, message: Buffer): Buffer {
  return createHmac('sha256', key).update(message).digest();
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function uuidV5(namespace: Buffer, name: Buffer): Buffer {
  const hash = createHash('sha1').update(namespace).update(name).digest().subarray(0, 16);
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  return Buffer.from(hash);
}

function formatUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
