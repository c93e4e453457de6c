// Which caveats each access appends: the ones `fly tokens create <kind>` (superfly/flyctl,
// internal/command/tokens) puts on a token, plus our short validity window.
//   deploy        IfPresent{[Apps{app: rwcdC, ...}, FeatureSet{builder: rwcdC, wg: rwcdC}], else r}
//                 (the layout of Fly's server-issued deploy tokens)
//   machine-exec  deploy + IfPresent{[Commands[...]], else r}
//   ssh           deploy, then two permission tokens: + Action{r} and + Mutations[issueCertificate,
//                 addWireGuardPeer] (flyctl's runSSH split)
//   readonly      Organization{org, r}
import { ACTION_ALL, ACTION_READ } from '../actions.js';
import {
  actionCaveat,
  appsCaveat,
  commandsCaveat,
  featureSetCaveat,
  ifPresentCaveat,
  mutationsCaveat,
  organizationCaveat,
  validityWindowCaveat,
  type EncodedCaveat
} from './caveat-bytes.js';
import type { ValidRequest } from './request.js';
import { CLOCK_SKEW_SECONDS } from './types.js';

export const SSH_MUTATIONS: readonly string[] = ['issueCertificate', 'addWireGuardPeer'];
const DEPLOY_FEATURES: readonly string[] = ['builder', 'wg'];

/** Full control of the apps, remote builders and WireGuard; read on the rest of the org. */
export function deployCaveat(appIds: readonly bigint[]): EncodedCaveat {
  return ifPresentCaveat(
    [
      appsCaveat(appIds.map(id => [id, ACTION_ALL] as const)),
      featureSetCaveat(DEPLOY_FEATURES.map(f => [f, ACTION_ALL] as const))
    ],
    ACTION_READ
  );
}

/** `ValidityWindow{now - skew, now + ttl}`. */
function windowCaveat(request: Pick<ValidRequest, 'now' | 'ttlSeconds'>): EncodedCaveat {
  return validityWindowCaveat(
    request.now - BigInt(CLOCK_SKEW_SECONDS),
    request.now + BigInt(request.ttlSeconds)
  );
}

/**
 * The caveat lists to append to one permission token, one list per token it becomes (ssh makes
 * two). `orgId` is that token's org (readonly only).
 */
export function caveatVariants(request: ValidRequest, orgId: bigint | null): EncodedCaveat[][] {
  const window = windowCaveat(request);
  const deploy = (): EncodedCaveat => deployCaveat(request.appIds);
  switch (request.access) {
    case 'deploy':
      return [[deploy(), window]];
    case 'machine-exec':
      return [[deploy(), ifPresentCaveat([commandsCaveat(request.commands)], ACTION_READ), window]];
    case 'ssh':
      return [
        [deploy(), actionCaveat(ACTION_READ), window],
        [deploy(), mutationsCaveat(SSH_MUTATIONS), window]
      ];
    case 'readonly':
      if (orgId === null) throw new Error('readonly needs the org of the token');
      return [[organizationCaveat(orgId, ACTION_READ), window]];
  }
}
