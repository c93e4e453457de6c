// How the needs of a job read in messages and summaries: what could not be seen, how the
// workflow reached a command in another file (`deploy.yml:31 → scripts/deploy.sh:12`).
import type { NeedEvidence, Needs, OpaqueUse, SourceLocation } from '../../workflow/types.js';
import { looksLikeToken, TOKEN_SHAPE } from '../../token/token-shape.js';
import { listApps, listCapabilities } from './shared.js';

/** At most this many unseen uses are named in a message; the rest are counted. */
const LISTED = 3;

/** The unseen uses the needs carry when they were inferred (declared needs have none). */
export function unseenUses(needs: Needs): OpaqueUse[] {
  return needs.source === 'input' ? [] : (needs.opaque ?? []);
}

/** `deploy.yml:31` for a workflow (its name is enough), `scripts/deploy.sh:12` for other files. */
function place(location: SourceLocation): string {
  const file = location.file.startsWith('.github/workflows/')
    ? location.file.slice('.github/workflows/'.length)
    : location.file;
  return `${file}:${location.line}`;
}

/** `deploy.yml:31 → scripts/deploy.sh:12`: how the workflow reached a line of another file. */
export function chainOf(item: Pick<NeedEvidence, 'location' | 'via'>): string | null {
  if (!item.location) return null;
  const hops = [...(item.via ?? []), item.location];
  if (hops.length === 1) return `${item.location.file}:${item.location.line}`;
  return hops.map(place).join(' → ');
}

/** "./bin/release (not in the checkout)", never a token-like text. */
function describeUnseen(use: OpaqueUse): string {
  const what = looksLikeToken(use.detail, TOKEN_SHAPE.fragment) ? 'a step' : use.detail;
  return use.why ? `${what} (${use.why})` : what;
}

/** "./bin/release (not in the checkout); node deploy.js (...); and 2 more". */
export function listUnseen(uses: readonly OpaqueUse[]): string {
  const named = uses.slice(0, LISTED).map(u => {
    const at = chainOf(u);
    return `${describeUnseen(u)}${at ? ` at ${at}` : ''}`;
  });
  const more = uses.length > LISTED ? `; and ${uses.length - LISTED} more` : '';
  return `${named.join('; ')}${more}`;
}

/** "at least `deploy` on web" / "nothing that can be seen". */
export function seenNeeds(needs: Needs): string {
  if (needs.capabilities.length === 0) return 'nothing that can be seen';
  const apps = needs.apps.length > 0 ? ` on ${listApps(needs.apps)}` : '';
  return `at least ${listCapabilities(needs.capabilities)}${apps}`;
}

/**
 * Where commands found in the repository's files came from, for a summary: "`flyctl deploy` at
 * deploy.yml:31 → scripts/deploy.sh:12", at most `max`, each once.
 */
export function followedChains(needs: Needs, max = 3): string[] {
  const out: string[] = [];
  for (const evidence of needs.evidence) {
    if (!evidence.via || evidence.via.length === 0) continue;
    const chain = chainOf(evidence);
    const command = looksLikeToken(evidence.command, TOKEN_SHAPE.fragment)
      ? 'a command'
      : `\`${evidence.command}\``;
    const line = `${command} at ${chain ?? ''}`;
    if (chain && !out.includes(line)) out.push(line);
    if (out.length >= max) break;
  }
  return out;
}
