// What can be worked out offline between the macaroons of a bundle: expiry (earliest window
// anywhere, IfPresent included), creator, and whether every 3P caveat has its discharge.
import { thirdPartyCaveats, undischargedTickets } from './bundle.js';
import { allCaveats } from './caveats/caveat.js';
import { AttestationCaveat, IsUserCaveat } from './caveats/identity.js';
import { ValidityWindowCaveat } from './caveats/validity-window.js';
import type { DecodedMacaroon, PermissionGrant } from './decode.js';
import type { Macaroon } from './macaroon.js';
import { isoFromUnix } from './time.js';

interface ExpirySummary {
  expiresAt: string | null;
  /** The latest not_before of any window: the token is not valid before it. */
  notBefore: string | null;
  /** not_after - not_before of the window that sets the expiry. */
  lifetimeSeconds: number | null;
}

/** Every validity window of a macaroon, IfPresent contents included. */
function windowsOf(macaroon: Macaroon): ValidityWindowCaveat[] {
  return allCaveats(macaroon.caveats).filter(c => c instanceof ValidityWindowCaveat);
}

/** Earliest not_after of one macaroon's own windows (the library's Expiration()). */
export function macaroonExpiry(macaroon: Macaroon): string | null {
  const ends = windowsOf(macaroon).map(w => w.notAfter);
  return ends.length === 0 ? null : isoFromUnix(ends.reduce((a, b) => (b < a ? b : a)));
}

export function summarizeExpiry(macaroons: readonly Macaroon[]): ExpirySummary {
  let earliest: ValidityWindowCaveat | null = null;
  let latestStart: bigint | null = null;
  for (const w of macaroons.flatMap(windowsOf)) {
    if (earliest === null || w.notAfter < earliest.notAfter) earliest = w;
    if (latestStart === null || w.notBefore > latestStart) latestStart = w.notBefore;
  }
  if (earliest === null || latestStart === null) {
    return { expiresAt: null, notBefore: null, lifetimeSeconds: null };
  }
  return {
    expiresAt: isoFromUnix(earliest.notAfter),
    notBefore: isoFromUnix(latestStart),
    lifetimeSeconds: Number(earliest.notAfter - earliest.notBefore)
  };
}

/** The creator: FlyioUserID in a discharge, else IsUser anywhere, else null. */
export function creatorOf(macaroons: readonly DecodedMacaroon[]): string | null {
  for (const m of macaroons) {
    if (m.role !== 'discharge') continue;
    const attested = allCaveats(m.caveats).find(
      c => c instanceof AttestationCaveat && c.name === 'FlyioUserID'
    );
    if (attested instanceof AttestationCaveat) return attested.userId.toString();
  }
  for (const m of macaroons) {
    const isUser = allCaveats(m.caveats).find(c => c instanceof IsUserCaveat);
    if (isUser instanceof IsUserCaveat) return isUser.userId.toString();
  }
  return null;
}

/** True when every permission token's 3P caveat has its discharge; null when there is none. */
export function dischargePaired(
  macaroons: readonly DecodedMacaroon[],
  grants: readonly PermissionGrant[]
): boolean | null {
  if (!grants.some(g => thirdPartyCaveats(g.token).length > 0)) return null;
  return undischargedTickets(macaroons, grants).length === 0;
}

/** For each macaroon index: the indexes it is paired with (discharges of a permission token, or vice versa). */
export function pairings(grants: readonly PermissionGrant[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const add = (from: number, to: number): void => {
    const list = out.get(from);
    if (list) list.push(to);
    else out.set(from, [to]);
  };
  for (const g of grants) {
    for (const d of g.discharges) {
      add(g.token.index, d.index);
      add(d.index, g.token.index);
    }
  }
  return out;
}
