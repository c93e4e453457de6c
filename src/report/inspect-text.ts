// Terminal rendering of a TokenInspection: what the token is, what it can do, when it expires.
// Reads only the inspection (which never holds token text), so nothing here can print the token.
import { ACTION_WORDS } from '../token/actions.js';
import type { ActionLetters, TokenInspection } from '../token/types.js';
import { kindMeaning } from './kinds.js';
import { expiryOf, expiryText } from './expiry.js';
import { asOfLine, formatDuration } from './time.js';
import { plural } from '../rules/words.js';

/** "rw (read, write)", or "nothing". */
function describeActions(letters: ActionLetters | null): string {
  if (!letters) return 'nothing';
  const words = [...letters].map(l => ACTION_WORDS[l] ?? l).join(', ');
  return letters === 'rwcdC' ? `rwcdC (${words}: everything)` : `${letters} (${words})`;
}

function line(label: string, value: string): string {
  return `${`${label}:`.padEnd(13)}${value}`;
}

function expiryLines(i: TokenInspection, now: Date): string[] {
  const out: string[] = [line('Expires', expiryText(expiryOf(i.kind, i.expiresAt), now))];
  if (i.notBefore !== null && Date.parse(i.notBefore) > now.getTime()) {
    out.push(line('Not before', `${i.notBefore} (not valid yet)`));
  }
  if (i.lifetimeSeconds !== null) out.push(line('Lifetime', formatDuration(i.lifetimeSeconds)));
  return out;
}

function accessLines(i: TokenInspection): string[] {
  const out: string[] = [];
  if (i.orgIds.length) out.push(line('Org ids', i.orgIds.join(', ')));
  if (i.kind !== 'malformed' && (i.macaroonCount > 0 || i.orgAccess !== null)) {
    out.push(line('Org access', describeActions(i.orgAccess)));
  }
  const sections: Array<[string, Record<string, ActionLetters>]> = [
    ['Apps', i.appAccess],
    ['Features', i.featureAccess],
    ['Clusters', i.clusterAccess ?? {}]
  ];
  for (const [label, access] of sections) {
    const entries = Object.entries(access);
    if (entries.length > 0) out.push(`${label}:`);
    for (const [name, letters] of entries) out.push(`  ${name}: ${describeActions(letters)}`);
  }
  if (i.commands) {
    out.push('Commands:');
    for (const c of i.commands) {
      const text = c.args.length ? c.args.join(' ') : '(any command)';
      out.push(`  ${text}${c.exact ? ' (exactly)' : c.args.length ? ' (and any arguments)' : ''}`);
    }
  }
  if (i.mutations) out.push(line('Mutations', i.mutations.join(', ') || '(none)'));
  return out;
}

function bundleLine(i: TokenInspection): string | null {
  if (i.macaroonCount === 0 && i.userTokenCount === 0) return null;
  const permission = i.tokens.filter(t => t.role === 'permission').length;
  const discharge = i.tokens.filter(t => t.role === 'discharge').length;
  const parts = [];
  if (i.macaroonCount) {
    parts.push(
      `${plural(i.macaroonCount, 'macaroon')} (${permission} permission, ${discharge} discharge)`
    );
  }
  if (i.userTokenCount) parts.push(plural(i.userTokenCount, 'user token'));
  return line('Contains', parts.join(' + '));
}

export function renderInspectionText(
  inspection: TokenInspection,
  now: Date,
  options: { pinnedClock?: Date } = {}
): string {
  const i = inspection;
  const lines: string[] = [
    ...(options.pinnedClock ? [asOfLine(options.pinnedClock), ''] : []),
    line('Kind', `${i.kind}: ${kindMeaning(i.kind)}`)
  ];
  const contains = bundleLine(i);
  if (contains) lines.push(contains);
  lines.push(...accessLines(i));
  lines.push(...expiryLines(i, now));
  if (i.userId !== null) lines.push(line('Creator', `Fly user ${i.userId}`));
  if (i.identity !== null) lines.push(line('Identity', i.identity));
  if (i.dischargePaired === false)
    lines.push(line('Discharge', 'missing (needs an interactive login)'));
  if (i.problems.length) {
    lines.push('Problems:');
    for (const p of i.problems) lines.push(`  - ${p.fatal ? '[fatal] ' : ''}${p.message}`);
  }
  if (i.formatting.length) {
    lines.push('Formatting:');
    for (const f of i.formatting) lines.push(`  - ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}
