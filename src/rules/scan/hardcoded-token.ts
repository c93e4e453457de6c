// hardcoded-token: a Fly token literal committed to the repository, in any text file. It is
// decoded offline to say what it grants (kind, organization, apps, expiry); the finding never
// quotes it, not even in part: the location says where it is.
import type { TokenInspection } from '../../token/index.js';
import { wholeFileSource } from '../../workflow/script-sources.js';
import { describeToken } from '../token/access.js';
import type { Finding, Fix, RuleMeta, Severity } from '../types.js';
import type { ScanTextFile } from './context.js';
import { findTokenLiterals, type TokenLiteral } from './token-literals.js';

function grants(inspection: TokenInspection): string {
  const parts: string[] = [];
  if (inspection.orgIds.length > 0) {
    parts.push(
      `organization${inspection.orgIds.length === 1 ? '' : 's'} ${inspection.orgIds.join(', ')}`
    );
  }
  if (inspection.appIds.length > 0) {
    parts.push(`app${inspection.appIds.length === 1 ? '' : 's'} ${inspection.appIds.join(', ')}`);
  }
  return parts.length > 0 ? ` for ${parts.join(', ')}` : '';
}

function expiry(inspection: TokenInspection, now: Date): { text: string; expired: boolean } {
  if (inspection.kind === 'personal' && inspection.userTokenCount > 0) {
    return { text: 'it works until its user logs out or revokes it', expired: false };
  }
  if (inspection.expiresAt === null) return { text: 'it never expires', expired: false };
  const expired = Date.parse(inspection.expiresAt) <= now.getTime();
  const day = inspection.expiresAt.slice(0, 10);
  return { text: expired ? `it expired on ${day}` : `it is valid until ${day}`, expired };
}

/**
 * Revoke a live token (an expired one is dead already), then keep a new one in a secret. A file
 * belongs to no job, so the secret is stored without `--env`.
 */
function fixFor(inspection: TokenInspection, expired: boolean): Fix {
  const appScoped = ['deploy', 'ssh', 'machine-exec'].includes(inspection.kind);
  const revoke = expired
    ? []
    : inspection.kind === 'personal'
      ? ['fly auth logout']
      : [
          appScoped ? 'fly tokens list -a <APP>' : 'fly tokens list --org <ORG>',
          'fly tokens revoke <TOKEN_ID>'
        ];
  return {
    summary: expired
      ? 'Remove the token from the file; it has expired, so there is nothing to revoke. Mint a new one and keep it in a GitHub secret.'
      : 'Revoke the token now (deleting the file does not help: it stays in the history, forks and clones), then mint a new one and keep it in a GitHub secret.',
    commands: [
      ...revoke,
      `fly tokens create deploy -a <APP> -x 2160h | gh secret set FLY_API_TOKEN`
    ]
  };
}

/** How each non-plain form is described in the message. */
const FORM_TEXT: Partial<Record<TokenLiteral['form'], string>> = {
  body: 'without its label',
  'url-encoded': 'URL-encoded',
  base64: 'base64-encoded'
};

/** How the literal is written, when that is not plain: " (wrapped across lines, URL-encoded)". */
function writtenAs(literal: TokenLiteral): string {
  const parts: string[] = [];
  if (literal.wrapped) parts.push('wrapped across lines');
  const form = FORM_TEXT[literal.form];
  if (form !== undefined) parts.push(form);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * The rule over one text file: what the scan runs on each file as it reads it. `found` hears the
 * text of each token (for the scrub), never a message.
 */
export function hardcodedTokenFindings(
  file: ScanTextFile,
  now: Date,
  found?: (token: string) => void
): Finding[] {
  const literals = findTokenLiterals(file.text);
  if (literals.length === 0) return [];
  const findings: Finding[] = [];
  const source = wholeFileSource(file.path, file.text);
  for (const literal of literals) {
    found?.(literal.token);
    const inspection = literal.inspection;
    const when = expiry(inspection, now);
    const undischarged = inspection.problems.some(p => p.code === 'missing-discharge');
    const severity: Severity = when.expired ? 'medium' : undischarged ? 'high' : 'critical';
    const what =
      literal.shape === 'legacy'
        ? 'legacy personal token (everything its user can do, in every organization)'
        : describeToken(inspection);
    findings.push({
      rule: 'hardcoded-token',
      severity,
      message:
        `A Fly ${what}${grants(inspection)} is committed in this file${writtenAs(literal)}; ${when.text}. ` +
        (when.expired
          ? 'It no longer works, but it shows where tokens end up: remove it and check its siblings.'
          : undischarged
            ? 'Its discharge is not next to it, so it cannot be used on its own; whoever has the discharge (a log, another file) can complete it. Revoke it.'
            : 'Anyone who can read the repository, a fork, a clone or its history can use it until it is revoked.'),
      location: source.locate(literal.start, literal.end),
      fix: fixFor(inspection, when.expired)
    });
  }
  return findings;
}

export const hardcodedToken: RuleMeta = {
  id: 'hardcoded-token',
  defaultSeverity: 'critical',
  title: 'Fly token committed to the repository',
  help:
    'A Fly token written into a file of the repository can be used by anyone who can read the ' +
    'repository, its forks, clones or history, until it is revoked. It is decoded offline to ' +
    'say what it grants; the finding never quotes it. Revoke it, mint a new one and keep that ' +
    'in a GitHub secret.'
};
