// How far a token reaches, in one word: the `scope` output and the summary's "Scope" row.
import type { TokenInspection } from '../token/types.js';

export type Scope = 'user' | 'org' | 'org-read' | 'apps' | 'custom' | 'none';

export function scopeOf(inspection: TokenInspection): Scope {
  if (inspection.kind === 'malformed') return 'none';
  if (inspection.kind === 'personal') return 'user';
  if (inspection.appIds.length > 0) return 'apps';
  const orgAccess = inspection.orgAccess ?? '';
  if (/[wcdC]/.test(orgAccess)) return 'org';
  if (orgAccess === 'r') return 'org-read';
  return 'custom';
}

const SCOPE_MEANING: Record<Scope, string> = {
  user: 'everything the person who minted it can do, in every org they belong to',
  org: 'full control of one organization: every app, machine, secret and billing-free setting',
  'org-read': 'read-only access to one organization',
  apps: 'only the named apps (plus read access to the organization)',
  custom: 'a custom set of caveats',
  none: 'nothing: the token cannot be parsed'
};

export function describeScope(scope: Scope): string {
  return SCOPE_MEANING[scope];
}
