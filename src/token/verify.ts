// What Fly's verifier (superfly/macaroon `Macaroon.verify`, run by `Bundle.Verify` before any
// access is validated) refuses that can be seen offline, without Fly's keys. A permission token
// it refuses grants nothing, whatever its caveats say; Fly goes on with the others in the header.
import type { DecodedMacaroon, PermissionGrant } from './bundle.js';
import { BindToParentTokenCaveat } from './caveats/third-party.js';
import { ValidityWindowCaveat } from './caveats/validity-window.js';
import { problem } from './problems.js';
import { GO_MAX_UNIX_SECONDS } from './time.js';
import type { TokenProblem } from './types.js';

/** Why the verifier refuses this macaroon whatever it is paired with, or null. */
export function macaroonRefusal(m: DecodedMacaroon): string | null {
  const attestation = m.caveats.find(c => c.isAttestation);
  if (attestation !== undefined && !m.nonce.proof) {
    return `it carries an attestation (${attestation.name}), which only a proof token may carry`;
  }
  return null;
}

/** Why Fly refuses a permission token with its discharges for every access, or null. */
function grantRefusal({ token, discharges }: PermissionGrant): string | null {
  const own = macaroonRefusal(token);
  if (own !== null) return own;
  if (token.caveats.some(c => c instanceof BindToParentTokenCaveat)) {
    return 'it is bound to a parent token (BindToParentToken), which only a discharge can be';
  }
  for (const d of discharges) {
    const refusal = macaroonRefusal(d);
    if (refusal !== null) return `its discharge (token ${d.index + 1}) is refused: ${refusal}`;
  }
  for (const m of [token, ...discharges]) {
    const window = m.caveats.find(
      c => c instanceof ValidityWindowCaveat && c.notAfter > GO_MAX_UNIX_SECONDS
    );
    if (window instanceof ValidityWindowCaveat) {
      const whose = m === token ? 'its' : `its discharge's (token ${m.index + 1})`;
      return `${whose} validity window ends at Unix ${window.notAfter}, past the last time Go can hold: Fly reads that as a time long past, so the token is expired`;
    }
  }
  return null;
}

interface VerifiedGrants {
  /** The grants Fly's verifier may accept. */
  grants: PermissionGrant[];
  /** The grants it refuses whatever the access. */
  rejected: PermissionGrant[];
  /** One per refused grant; fatal when no grant is left. */
  problems: TokenProblem[];
}

/** `withUserToken`: the header also holds a user token, which Fly may accept instead. */
export function verifyGrants(
  paired: readonly PermissionGrant[],
  withUserToken: boolean
): VerifiedGrants {
  const grants: PermissionGrant[] = [];
  const refused: Array<{ grant: PermissionGrant; reason: string }> = [];
  for (const grant of paired) {
    const reason = grantRefusal(grant);
    if (reason === null) grants.push(grant);
    else refused.push({ grant, reason });
  }
  const fatal = grants.length === 0 && !withUserToken;
  const problems = refused.map(({ grant, reason }) => {
    const rest =
      grants.length === 0
        ? 'no permission token is left that Fly accepts'
        : 'the others still work';
    const message = `Fly rejects permission token ${grant.token.index + 1}: ${reason}; ${rest}`;
    return problem('rejected-by-fly', message, fatal, grant.token.piece);
  });
  return { grants, rejected: refused.map(r => r.grant), problems };
}
