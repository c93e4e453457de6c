// The macaroons of a bundle together: each one's role (permission, discharge, unknown), each
// permission token paired with its discharges (3P ticket == discharge KID, byte for byte), and
// the problems those relations reveal (missing discharges, unregistered caveats).
import { BytesTable } from './bytes-table.js';
import { caveatIndex } from './caveat-index.js';
import type { ThirdPartyCaveat } from './caveats/third-party.js';
import type { HeaderPiece } from './header.js';
import { toHex } from './json.js';
import type { Macaroon } from './macaroon.js';
import { problem } from './problems.js';
import type { TokenProblem, TokenRole } from './types.js';
import { nonceEmail } from './uuid.js';

export const PERMISSION_LOCATION = 'https://api.fly.io/v1';
/** Where Fly's discharges come from (besides any location a 3P caveat in the bundle names). */
export const KNOWN_THIRD_PARTY_LOCATIONS: readonly string[] = [
  'https://api.fly.io/aaa/v1',
  'https://auth.fly.io'
];

export interface DecodedMacaroon extends Macaroon {
  /** Position among the decoded macaroons (header order, user tokens skipped). */
  index: number;
  /** Position among the header's comma-separated pieces. */
  piece: number;
  label: string;
  role: TokenRole;
  /** Nonce e-mail `<uuid>@tokens.fly.io`. */
  readonly identity: string;
  readonly kidHex: string;
}

/**
 * A macaroon with its place in the bundle. The identity (two SHA-1 digests) and the KID's hex are
 * worked out on first read: classifying a token needs neither (the identity was a sixth of
 * decoding), and KIDs are matched by their bytes.
 */
class BundledMacaroon implements DecodedMacaroon {
  // ES private fields: no part of the macaroon's data, even once worked out.
  #email: string | undefined;
  #hex: string | undefined;

  constructor(
    readonly nonce: Macaroon['nonce'],
    readonly location: string,
    readonly caveats: Macaroon['caveats'],
    readonly tail: Uint8Array,
    readonly unregisteredTypes: bigint[],
    public index: number,
    public piece: number,
    public label: string,
    public role: TokenRole
  ) {}

  get identity(): string {
    return (this.#email ??= nonceEmail(this.nonce.kid, this.nonce.rnd));
  }

  get kidHex(): string {
    return (this.#hex ??= toHex(this.nonce.kid));
  }
}

/** A permission token and the discharges (in the bundle) of its third-party caveats. */
export interface PermissionGrant {
  token: DecodedMacaroon;
  discharges: DecodedMacaroon[];
}

/** The bundle's macaroons that are not permission tokens, by KID (what a 3P ticket names). */
function dischargesByKid(macaroons: readonly DecodedMacaroon[]): BytesTable<DecodedMacaroon> {
  const table = new BytesTable<DecodedMacaroon>();
  for (const m of macaroons) if (m.role !== 'permission') table.add(m.nonce.kid, m);
  return table;
}

export function assignRoles(
  decoded: Array<{ macaroon: Macaroon; piece: HeaderPiece }>
): DecodedMacaroon[] {
  // Fields listed rather than spread: a spread copy was a measurable share of decoding.
  const bundled = decoded.map(
    ({ macaroon, piece }, index) =>
      new BundledMacaroon(
        macaroon.nonce,
        macaroon.location,
        macaroon.caveats,
        macaroon.tail,
        macaroon.unregisteredTypes,
        index,
        piece.index,
        piece.label,
        'unknown'
      )
  );
  // Third parties beyond the known ones, if any 3P caveat names one (a set only then).
  let named: Set<string> | null = null;
  const tickets = new BytesTable<true>();
  for (const m of bundled) {
    for (const tp of caveatIndex(m).tickets) {
      if (!KNOWN_THIRD_PARTY_LOCATIONS.includes(tp.location))
        (named ??= new Set()).add(tp.location);
      if (tp.ticket) tickets.add(tp.ticket, true);
    }
  }
  const isThirdParty = (location: string): boolean =>
    KNOWN_THIRD_PARTY_LOCATIONS.includes(location) || named?.has(location) === true;
  for (const m of bundled) {
    if (m.location === PERMISSION_LOCATION) m.role = 'permission';
    else if (m.nonce.proof || isThirdParty(m.location) || tickets.has(m.nonce.kid))
      m.role = 'discharge';
  }
  return bundled;
}

/** Pair each permission token with the discharges whose KID equals one of its 3P tickets. */
export function pairGrants(macaroons: DecodedMacaroon[]): PermissionGrant[] {
  const byKid = dischargesByKid(macaroons);
  const grants: PermissionGrant[] = [];
  for (const token of macaroons) {
    if (token.role !== 'permission') continue;
    const discharges = new Set<DecodedMacaroon>();
    for (const tp of caveatIndex(token).tickets) {
      if (tp.ticket) for (const d of byKid.all(tp.ticket)) discharges.add(d);
    }
    grants.push({ token, discharges: [...discharges].sort((a, b) => a.index - b.index) });
  }
  return grants;
}

/** Each permission token's 3P caveats whose discharge (KID == ticket) is not in the bundle. */
export function undischargedTickets(
  macaroons: readonly DecodedMacaroon[],
  grants: readonly PermissionGrant[]
): Array<{ token: DecodedMacaroon; caveat: ThirdPartyCaveat }> {
  const out: Array<{ token: DecodedMacaroon; caveat: ThirdPartyCaveat }> = [];
  const kids = dischargesByKid(macaroons);
  for (const { token } of grants) {
    for (const caveat of caveatIndex(token).tickets) {
      if (caveat.ticket === null || !kids.has(caveat.ticket)) out.push({ token, caveat });
    }
  }
  return out;
}

export function relationProblems(
  macaroons: DecodedMacaroon[],
  grants: PermissionGrant[]
): TokenProblem[] {
  const out: TokenProblem[] = [];
  for (const { token, caveat } of undischargedTickets(macaroons, grants)) {
    const message = `token ${token.index + 1} needs a discharge from ${caveat.location} that is not in the header: it cannot be used without an interactive login`;
    out.push(problem('missing-discharge', message, false, token.piece));
  }
  for (const m of macaroons) {
    if (m.unregisteredTypes.length === 0) continue;
    const types = [...new Set(m.unregisteredTypes.map(String))];
    const shown = types.slice(0, 5).join(', ') + (types.length > 5 ? ', ...' : '');
    const message = `token ${m.index + 1} has caveats of unregistered type ${shown}: Fly refuses any access through them`;
    out.push(problem('unregistered-caveat', message, false, m.piece));
  }
  if (macaroons.length > 0 && grants.length === 0) {
    out.push(
      problem(
        'no-permission-token',
        'no permission token (only discharges or other macaroons): Fly will refuse it',
        false
      )
    );
  }
  return out;
}
