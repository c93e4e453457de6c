// The kind of a token, from what it can do (probed with the access evaluator), not from how its
// caveats are spelled: a token attenuated client-side to deploy-like powers is a `deploy` token.
import { ACTION_ALL, ACTION_READ } from './actions.js';
import { LITEFS_FEATURE } from './access-model.js';
import type { DecodedToken, PermissionGrant } from './decode.js';
import { mergeResources } from './facts.js';
import { MAX_PROBED_RESOURCES } from './limits.js';
import { makeProbe, ProbeBudget } from './summary.js';
import type { TokenKind } from './types.js';

const WRITE_BITS = ACTION_ALL & ~ACTION_READ;
const PROBE_MACHINE = 'probe-machine';
const PROBE_SHELL = ['sh'];
const SSH_MUTATION = 'issueCertificate';

/** What one permission token (with its discharges) allows, probed on representative accesses. */
interface GrantProfile {
  org: number;
  namedApps: number[];
  /** An app the token does not name. */
  otherApp: number;
  builder: number;
  wg: number;
  /** Named features other than builder and wg. */
  otherFeatures: number[];
  hasCommands: boolean;
  /** Some listed command may run (beyond read) on a machine of an app. */
  execAllowed: boolean;
  /** It is limited to GraphQL mutations and may run `issueCertificate` (beyond read). */
  issuesCertificates: boolean;
  hasClusters: boolean;
  clusterWrite: boolean;
}

function writes(mask: number): boolean {
  return (mask & WRITE_BITS) !== 0;
}

function unnamedApp(named: readonly bigint[]): bigint {
  let candidate = 1n;
  for (const id of named) if (id >= candidate) candidate = id + 1n;
  return candidate;
}

function profileGrant(grant: PermissionGrant, budget = new ProbeBudget()): GrantProfile {
  const named = mergeResources([grant.token, ...grant.discharges], MAX_PROBED_RESOURCES);
  const probe = makeProbe([grant], budget);
  const otherApp = unnamedApp(named.appIds);
  const appsToTry = [...named.appIds, otherApp];
  const commandsToTry = named.commands.map(rule => (rule.args.length ? rule.args : PROBE_SHELL));
  return {
    org: probe({}),
    namedApps: named.appIds.map(appId => probe({ appId })),
    otherApp: probe({ appId: otherApp }),
    builder: probe({ feature: 'builder' }),
    wg: probe({ feature: 'wg' }),
    otherFeatures: named.features
      .filter(f => f !== 'builder' && f !== 'wg')
      .map(feature => probe({ feature })),
    hasCommands: named.hasCommands,
    execAllowed: appsToTry.some(appId =>
      commandsToTry.some(command => writes(probe({ appId, machine: PROBE_MACHINE, command })))
    ),
    issuesCertificates:
      named.hasMutations &&
      appsToTry.some(appId => writes(probe({ appId, mutation: SSH_MUTATION }))),
    hasClusters: named.hasClusters,
    clusterWrite: named.clusters.some(cluster =>
      writes(probe({ feature: LITEFS_FEATURE, cluster }))
    )
  };
}

/** Writes anything without naming a GraphQL mutation or a command. */
function writesDirectly(p: GrantProfile): boolean {
  return [p.org, p.otherApp, p.builder, p.wg, ...p.namedApps, ...p.otherFeatures].some(writes);
}

/** The kind one permission token has on its own (ssh is a bundle-level shape, see below). */
function grantKind(p: GrantProfile): TokenKind {
  const orgWrites = writes(p.org);
  const appWrites = writes(p.otherApp) || p.namedApps.some(writes);
  const fullOrg =
    p.org === ACTION_ALL &&
    p.otherApp === ACTION_ALL &&
    p.builder === ACTION_ALL &&
    p.wg === ACTION_ALL;
  if (fullOrg) return 'org';
  const readsOrg = (p.org & ACTION_READ) !== 0 && (p.otherApp & ACTION_READ) !== 0;
  if (readsOrg && !writesDirectly(p) && !p.execAllowed && !p.clusterWrite) return 'readonly';
  const noApps = p.otherApp === 0 && p.namedApps.every(m => m === 0);
  if (
    p.wg === ACTION_ALL &&
    noApps &&
    !orgWrites &&
    !writes(p.builder) &&
    !p.otherFeatures.some(writes)
  ) {
    return 'wireguard';
  }
  if (p.hasCommands && p.execAllowed && !orgWrites && !appWrites) return 'machine-exec';
  if (
    p.namedApps.some(m => m === ACTION_ALL) &&
    p.otherApp === 0 &&
    !orgWrites &&
    !p.otherFeatures.some(writes) &&
    !p.clusterWrite
  ) {
    return 'deploy';
  }
  if (p.hasClusters && p.clusterWrite && !orgWrites && !appWrites) return 'litefs-cloud';
  return 'custom';
}

/** The kind of a whole decoded token. */
export function classify(token: DecodedToken, budget = new ProbeBudget()): TokenKind {
  if (token.malformed) return 'malformed';
  // A user token in the bundle carries the user's full power, whatever else comes with it.
  if (token.userTokenCount > 0) return 'personal';
  if (token.grants.length === 0) return 'custom';
  const profiles = token.grants.map(grant => profileGrant(grant, budget));
  // ssh: certificates through a mutations-only token, nothing else writable.
  if (profiles.some(p => p.issuesCertificates) && !profiles.some(writesDirectly)) return 'ssh';
  const kinds = [...new Set(profiles.map(grantKind))];
  return kinds.length === 1 && kinds[0] ? kinds[0] : 'custom';
}
