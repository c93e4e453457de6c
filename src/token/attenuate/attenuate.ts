// attenuate(): a broad Fly macaroon token -> a job-scoped, short-lived one, offline.
// Each permission token gets caveats appended (its signature chain extended with HMAC, no key of
// Fly's needed); discharges are passed on unchanged. Appending caveats can only remove power,
// which is why Fly accepts the result and why it can never be broader than its input.
import {
  decodeToken,
  inspectToken,
  parseHeader,
  PERMISSION_LOCATION,
  type DecodedToken
} from '../index.js';
import { MIN_FRAGMENT_LENGTH } from '../limits.js';
import { appendCaveats } from './chain.js';
import { checkGrantable, checkValidity, grantOrgIds } from './grantable.js';
import { caveatVariants } from './plan.js';
import { validateRequest, type ValidRequest } from './request.js';
import type { AttenuationRefusalCode, AttenuationRequest, AttenuationResult } from './types.js';
import { authorizationHeader, joinMacaroon, splitMacaroon } from './wire.js';

const PERSONAL_REASON =
  "personal tokens cannot be attenuated: a user token (fo1_ or a legacy personal token) carries all of its owner's power and has no caveats to narrow; mint an org token (`fly tokens create org`) or a deploy token and attenuate that";

/** Used when a specific reason would, by bad luck, contain a run of the token's text. */
const GENERIC_REASONS: Record<AttenuationRefusalCode, string> = {
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

function containsTokenText(text: string, input: string): boolean {
  for (let i = 0; i + MIN_FRAGMENT_LENGTH <= text.length; i++) {
    if (input.includes(text.slice(i, i + MIN_FRAGMENT_LENGTH))) return true;
  }
  return false;
}

function refuse(code: AttenuationRefusalCode, reason: string, input: string): AttenuationResult {
  return {
    ok: false,
    code,
    reason: containsTokenText(reason, input) ? GENERIC_REASONS[code] : reason
  };
}

type Built =
  { ok: true; header: string } | { ok: false; code: AttenuationRefusalCode; reason: string };

/** Re-encode the bundle: narrowed permission tokens first, then every other macaroon unchanged. */
function rebuild(input: string, decoded: DecodedToken, request: ValidRequest): Built {
  const pieces = parseHeader(input).pieces;
  const permissions: Uint8Array[] = [];
  const others: Uint8Array[] = [];
  for (const macaroon of decoded.macaroons) {
    // The decoder validated this base64 already (line breaks inside are allowed, as in Go).
    const body = (pieces[macaroon.piece]?.body ?? '').replace(/[\r\n]/g, '');
    const bytes = Uint8Array.from(Buffer.from(body, 'base64'));
    if (macaroon.location !== PERMISSION_LOCATION) {
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

function attenuateChecked(
  input: string,
  request: AttenuationRequest,
  now: Date
): AttenuationResult {
  if (typeof input !== 'string' || input.trim() === '')
    return refuse('empty', GENERIC_REASONS.empty, '');
  const pieces = parseHeader(input).pieces;
  if (pieces.some(p => p.kind === 'oauth-user-token' || p.kind === 'legacy-user-token')) {
    return refuse('personal-token', PERSONAL_REASON, input);
  }
  const decoded = decodeToken(input);
  if (decoded.malformed) {
    const first = decoded.problems.find(p => p.fatal)?.message;
    const reason = first
      ? `the token is malformed (${first}) and cannot be attenuated`
      : GENERIC_REASONS.malformed;
    return refuse('malformed', reason, input);
  }
  if (decoded.grants.length === 0) {
    return refuse(
      'no-permission-token',
      'the token holds only discharge tokens (no permission token from https://api.fly.io/v1): there is nothing to attenuate; use the whole `FlyV1 ...` value Fly printed',
      input
    );
  }
  if (decoded.problems.some(p => p.code === 'missing-discharge')) {
    return refuse(
      'missing-discharge',
      'the token needs a discharge token that is not in it, so neither it nor a narrower token made from it can be used without an interactive login; use the whole `FlyV1 ...` value Fly printed',
      input
    );
  }
  const checked = validateRequest(request, now);
  if (!checked.ok) return refuse('bad-request', checked.reason, input);
  const valid = checkValidity(decoded, checked.request);
  if (!valid.ok) return refuse(valid.code, valid.reason, input);
  const grantable = checkGrantable(decoded, checked.request);
  if (!grantable.ok) return refuse(grantable.code, grantable.reason, input);

  const built = rebuild(input, decoded, checked.request);
  if (!built.ok) return refuse(built.code, built.reason, input);
  const inspection = inspectToken(built.header);
  if (inspection.kind === 'malformed' || inspection.expiresAt === null) {
    return refuse('internal-error', GENERIC_REASONS['internal-error'], input);
  }
  return { ok: true, header: built.header, inspection, expiresAt: inspection.expiresAt };
}

/**
 * Narrow a Fly macaroon token to `request`, valid from `now` - 60 s to `now` + ttl. Pure and
 * offline; never throws; a refusal's reason never contains token text.
 */
export function attenuate(
  input: string,
  request: AttenuationRequest,
  now: Date
): AttenuationResult {
  try {
    return attenuateChecked(input, request, now);
  } catch {
    return refuse('internal-error', GENERIC_REASONS['internal-error'], '');
  }
}
