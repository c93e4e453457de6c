// What a freshly attenuated token can do, in a few plain lines (job summary, CLI messages).
// Built from the new token's inspection, so it says what the token really allows.
import { ACTION_WORDS } from '../actions.js';
import type { TokenInspection } from '../types.js';

/** `rwcdC` -> "full control", `r` -> "read only", `` -> "no access". */
export function describeActions(letters: string | null): string {
  if (letters === null || letters === '') return 'no access';
  if (letters === 'rwcdC') return 'full control';
  if (letters === 'r') return 'read only';
  return [...letters].map(l => ACTION_WORDS[l] ?? l).join(', ');
}

function quoteCommand(args: readonly string[]): string {
  return (
    '`' +
    args.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ') +
    '`'
  );
}

interface AttenuationSummary {
  /** One sentence: kind and expiry. */
  headline: string;
  /** One line per app, org, feature group, command list or mutation list. */
  details: string[];
}

/**
 * Describe the new token. `appNames` maps app ids to the names the user gave (online runs);
 * ids without a name are shown as ids.
 */
export function describeAttenuated(
  inspection: TokenInspection,
  expiresAt: string,
  appNames: ReadonlyMap<string, string> = new Map()
): AttenuationSummary {
  const details: string[] = [];
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
    details.push(
      `organization features: ${features.map(([f, l]) => `${f} ${describeActions(l)}`).join('; ')}`
    );
  }
  if (inspection.commands) {
    const any = inspection.commands.some(c => c.args.length === 0 && !c.exact);
    const list = inspection.commands.map(c =>
      c.exact ? quoteCommand(c.args) : `${quoteCommand(c.args)} and longer`
    );
    details.push(
      any ? 'commands on machines: any' : `commands on machines: only ${list.join(', ')}`
    );
  }
  if (inspection.mutations)
    details.push(`GraphQL mutations: only ${inspection.mutations.join(', ')}`);
  return { headline: `A ${inspection.kind} token, valid until ${expiresAt}.`, details };
}
