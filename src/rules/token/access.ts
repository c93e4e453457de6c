// What a decoded token can do, compared with what a job needs. Offline we only know app *ids*
// (the job knows app *names*), so app checks are by kind and count, never by identity.
import type { CommandRule, TokenInspection } from '../../token/types.js';
import type { Capability, Needs } from '../../workflow/types.js';
import { splitCommandLine } from '../../token/attenuate/command-line.js';
import { plural } from '../words.js';

/** How far a token (or a need) reaches, narrowest first. */
export const Breadth = {
  none: 0,
  /** Read the organization (readonly token). */
  orgRead: 1,
  /** One app, but only some operations: ssh, machine-exec, WireGuard peers. */
  appLimited: 2,
  /** Full control of named apps (deploy token); org-level read is part of it. */
  appFull: 3,
  /** Write at org level: every app, creating and deleting apps (org token). */
  orgWrite: 4,
  /** Every org of a person (personal token). */
  user: 5
} as const;
export type Breadth = (typeof Breadth)[keyof typeof Breadth];

const WRITE_LETTERS = /[wcdC]/;

/** Capabilities that act on one app (as opposed to the org or reading). */
export const APP_CAPABILITIES: readonly Capability[] = [
  'deploy',
  'secrets',
  'scale',
  'proxy',
  'ssh',
  'machine-exec'
];

/** What a token confined to some apps does to those apps only: destroying them included. */
export const PER_APP_CAPABILITIES: readonly Capability[] = [...APP_CAPABILITIES, 'destroy-app'];

/** Mutations flyctl's ssh token is attenuated to: what `fly ssh console` needs. */
export const SSH_MUTATIONS = ['issueCertificate', 'addWireGuardPeer'] as const;

export function allows(letters: string | null | undefined, action: string): boolean {
  return letters != null && [...action].every(letter => letters.includes(letter));
}

function appLetters(inspection: TokenInspection): string[] {
  return Object.values(inspection.appAccess);
}

function orgWide(inspection: TokenInspection): boolean {
  return inspection.kind === 'personal' || WRITE_LETTERS.test(inspection.orgAccess ?? '');
}

/** How far the token reaches, from its access fields (not its kind: custom tokens count too). */
export function tokenBreadth(inspection: TokenInspection): Breadth {
  if (inspection.kind === 'personal') return Breadth.user;
  if (inspection.kind === 'malformed') return Breadth.none;
  if (WRITE_LETTERS.test(inspection.orgAccess ?? '')) return Breadth.orgWrite;
  if (appLetters(inspection).some(l => WRITE_LETTERS.test(l))) return Breadth.appFull;
  const featureWrite = Object.values(inspection.featureAccess).some(l => WRITE_LETTERS.test(l));
  if (inspection.commands !== null || inspection.mutations !== null || featureWrite) {
    return Breadth.appLimited;
  }
  if (allows(inspection.orgAccess, 'r') || appLetters(inspection).some(l => l.includes('r'))) {
    return Breadth.orgRead;
  }
  return Breadth.none;
}

/** The narrowest breadth that covers every capability the job needs. */
export function needBreadth(capabilities: readonly Capability[]): Breadth {
  const has = (c: Capability): boolean => capabilities.includes(c);
  if (has('org') || has('create-app') || has('destroy-app')) return Breadth.orgWrite;
  if (has('deploy') || has('secrets') || has('scale') || has('proxy')) return Breadth.appFull;
  // One token kind cannot both ssh and exec: a deploy token is the narrowest that does both.
  if (has('ssh') && has('machine-exec')) return Breadth.appFull;
  if (has('ssh') || has('machine-exec')) return Breadth.appLimited;
  if (has('read')) return Breadth.orgRead;
  return Breadth.none;
}

/**
 * Whether one command line is allowed by machine-exec command rules, split as flyctl splits
 * `--command`; a line flyctl would refuse to split runs nothing, so no rule allows it.
 */
export function commandAllowed(command: string, rules: readonly CommandRule[]): boolean {
  const split = splitCommandLine(command);
  if (!split.ok) return false;
  const args = split.args;
  return rules.some(rule =>
    rule.exact
      ? rule.args.length === args.length && rule.args.every((a, i) => a === args[i])
      : rule.args.every((a, i) => a === args[i])
  );
}

export function allowsAnyCommand(rules: readonly CommandRule[]): boolean {
  return rules.some(rule => !rule.exact && rule.args.length === 0);
}

interface MissingCapability {
  capability: Capability;
  /** Why the token cannot do it, completing "this <kind> token ...". */
  reason: string;
}

function quoteList(items: readonly string[]): string {
  return items.map(i => `\`${i}\``).join(', ');
}

/** Why the token cannot do `capability`, or null when it can (or we cannot tell offline). */
function missingReason(
  capability: Capability,
  inspection: TokenInspection,
  needs: Needs
): string | null {
  if (orgWide(inspection)) return null;
  const appWrite = appLetters(inspection).some(l => l.includes('w'));
  const anyRead =
    allows(inspection.orgAccess, 'r') || appLetters(inspection).some(l => l.includes('r'));
  switch (capability) {
    case 'read':
      return anyRead ? null : 'allows no read access at all';
    case 'deploy':
    case 'secrets':
    case 'scale':
      return appWrite ? null : 'cannot change any app (it has no write access to apps)';
    case 'proxy':
      // flyctl's ssh token keeps the addWireGuardPeer mutation so that it can reach the org's
      // WireGuard network: it can open the tunnel too.
      return appWrite ||
        allows(inspection.featureAccess['wg'], 'w') ||
        (inspection.mutations ?? []).includes('addWireGuardPeer')
        ? null
        : 'cannot open a WireGuard tunnel, which `fly proxy` needs';
    case 'ssh': {
      const mutations = inspection.mutations ?? [];
      if (appWrite || SSH_MUTATIONS.every(m => mutations.includes(m))) return null;
      return `lacks the ${SSH_MUTATIONS.join(' and ')} mutations that \`fly ssh console\` needs`;
    }
    case 'machine-exec': {
      if (appWrite) return null;
      const rules = inspection.commands;
      if (rules === null) return 'allows no commands on machines';
      const denied = needs.commands.filter(c => !commandAllowed(c, rules));
      if (denied.length === 0) return null;
      const allowed = rules.map(r => (r.exact ? r.args.join(' ') : `${r.args.join(' ')} …`));
      return `does not allow ${quoteList(denied)} (it allows only ${quoteList(allowed)})`;
    }
    case 'create-app':
      return allows(inspection.orgAccess, 'c') ? null : 'cannot create apps in the organization';
    case 'destroy-app': {
      if (allows(inspection.orgAccess, 'd')) return null;
      if (!appLetters(inspection).some(l => l.includes('d')))
        return 'cannot delete apps in the organization';
      // A token with delete on its apps (a deploy token: `Apps{app: rwcdC}`) may destroy those
      // apps: named ones are compared by count (`tooFewApps`), not identity. An app named only
      // at run time (a review app) is not one the token could be minted for.
      const computed = needs.evidence.some(e => e.capability === 'destroy-app' && e.appUnknown);
      return computed
        ? 'can delete only the app it was minted for, not one named at run time'
        : null;
    }
    case 'org':
      // Organization-level commands (`tokens create`, `orgs invite`, add-ons) change something:
      // a token that can change nothing at all cannot run them. Whether an app-limited token's
      // caveats let one through cannot be told offline.
      if (tokenBreadth(inspection) > Breadth.orgRead) return null;
      return anyRead
        ? 'can only read, and organization-level commands change the organization'
        : 'has no organization-level access';
  }
}

/** Every capability the job needs that the token cannot provide, with the reason. */
export function missingCapabilities(
  needs: Needs,
  inspection: TokenInspection
): MissingCapability[] {
  const missing: MissingCapability[] = [];
  for (const capability of needs.capabilities) {
    const reason = missingReason(capability, inspection, needs);
    if (reason !== null) missing.push({ capability, reason });
  }
  return missing;
}

/**
 * When the token is confined to some apps and the job touches more apps than it names, the extra
 * ones fail. Returns how many apps the token names, or null when that is not a problem.
 */
export function tooFewApps(needs: Needs, inspection: TokenInspection): number | null {
  if (orgWide(inspection) || inspection.appIds.length === 0) return null;
  const appLevel = needs.capabilities.some(c => PER_APP_CAPABILITIES.includes(c));
  return appLevel && needs.apps.length > inspection.appIds.length ? inspection.appIds.length : null;
}

/** A short phrase for what the token grants, e.g. "deploy token (full control of 1 app)". */
export function describeToken(inspection: TokenInspection): string {
  const apps = inspection.appIds.length;
  const appsText = plural(apps, 'app');
  switch (inspection.kind) {
    case 'personal':
      return 'personal token (everything its user can do, in every organization)';
    case 'org':
      return 'org token (every app of its organization, including creating and deleting apps)';
    case 'deploy':
      return `deploy token (full control of ${appsText}, read on the rest of the organization)`;
    case 'readonly':
      return 'readonly token (read-only access to its organization)';
    case 'ssh':
      return `ssh token (ssh into ${appsText}, read elsewhere)`;
    case 'machine-exec':
      return `machine-exec token (runs allowed commands on the machines of ${appsText})`;
    case 'wireguard':
      return 'wireguard token (WireGuard peers and read access in its organization)';
    case 'litefs-cloud':
      return 'litefs-cloud token (one LiteFS Cloud cluster)';
    case 'custom':
      return 'custom token (an attenuated token)';
    case 'malformed':
      return 'malformed token';
  }
}
