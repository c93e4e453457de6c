// Small pieces the token rules share: where a need comes from, and how to name apps and needs.
import type { Capability, NeedEvidence, Needs, SourceLocation } from '../../workflow/types.js';
import { looksLikeToken, TOKEN_SHAPE } from '../../token/token-shape.js';
import { andList, plural } from '../words.js';

export function evidenceFor(needs: Needs, capability: Capability): NeedEvidence | undefined {
  return needs.evidence.find(e => e.capability === capability);
}

/** The first place in the workflow that needs one of `capabilities` (any, when not given). */
export function locationFor(
  needs: Needs,
  capabilities: readonly Capability[] = needs.capabilities
): SourceLocation | undefined {
  return needs.evidence.find(e => capabilities.includes(e.capability) && e.location)?.location;
}

/**
 * "`flyctl deploy --remote-only` at .github/workflows/deploy.yml:14". Commands come from workflow
 * text, which may hold a literal token (`-t ...`): such a command is not quoted.
 */
export function describeEvidence(evidence: NeedEvidence): string {
  const command = looksLikeToken(evidence.command, TOKEN_SHAPE.fragment)
    ? 'a step'
    : `\`${evidence.command.trim()}\``;
  const at = evidence.location ? ` at ${evidence.location.file}:${evidence.location.line}` : '';
  return `${command}${at}`;
}

/** "web", "api and web", "api, web and worker"; app names that look token-like are left out. */
export function listApps(apps: readonly string[]): string {
  return andList(
    apps.filter(a => !looksLikeToken(a, TOKEN_SHAPE.fragment)),
    'an app'
  );
}

/** "`deploy` and `secrets`" */
export function listCapabilities(capabilities: readonly Capability[]): string {
  return andList(
    capabilities.map(c => `\`${c}\``),
    'nothing'
  );
}

/** "`bin/migrate` and `ls /data`"; commands that look token-like are left out. */
export function listCommands(commands: readonly string[]): string {
  const quoted = commands
    .filter(c => !looksLikeToken(c, TOKEN_SHAPE.fragment))
    .map(c => `\`${c}\``);
  return andList(quoted, plural(commands.length, 'command'));
}
