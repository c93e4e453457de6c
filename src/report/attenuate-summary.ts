// The job summary of `mode: attenuate`: the same heading as every mode, the new token's kind and
// expiry in words and with a countdown, then what it may do and where it went.
import type { TokenInspection } from '../token/types.js';
import { codeSpan, proseWithCode } from './markdown.js';
import { asOfLine, formatCountdown } from './time.js';
import { formatDate } from '../rules/token/time.js';

interface AttenuateSummaryInput {
  inspection: TokenInspection;
  expiresAt: string;
  /** One line per app, org, command list: what the new token may do. */
  details: readonly string[];
  /** App names by id, when they were looked up. */
  appNames: ReadonlyMap<string, string>;
  /** Whether later steps get it as FLY_API_TOKEN. */
  exported: boolean;
  now: Date;
  /** The pinned clock (FLY_TOKEN_GUARD_NOW), said under the headline. */
  pinnedClock?: Date;
}

export function renderAttenuateSummary(input: AttenuateSummaryInput): string {
  const { inspection, expiresAt, now } = input;
  const apps = inspection.appIds.map(id => input.appNames.get(id) ?? id);
  const forApps = apps.length > 0 ? ` for ${apps.map(codeSpan).join(', ')}` : '';
  const where = input.exported
    ? 'It is exported as `FLY_API_TOKEN` for the later steps of this job, and available as the step output `token` (masked).'
    : 'It is available as the step output `token` (masked); set `export: true` to hand it to later steps as `FLY_API_TOKEN`.';
  return [
    `## ✅ Fly token guard: **attenuated** — a ${codeSpan(inspection.kind)} token${forApps}, valid until ${formatDate(expiresAt)} (${formatCountdown(expiresAt, now)})`,
    '',
    ...(input.pinnedClock ? [`_${asOfLine(input.pinnedClock)}_`, ''] : []),
    ...input.details.map(line => `- ${proseWithCode(line)}`),
    '',
    proseWithCode(where),
    ''
  ].join('\n');
}
