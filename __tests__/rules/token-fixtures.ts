// Hand-written TokenInspection fixtures for the token rules, modelled on the vectors'
// `truth.classification` (same ids, access letters and windows), plus builders for Needs and
// rule contexts. Rules only read TokenInspection, so these let them be tested without a decoder.
import type { TokenRuleContext, TokenRuleOptions } from '../../src/rules/context.js';
import type {
  CommandRule,
  DescribedMacaroon,
  TokenInspection,
  TokenKind,
  TokenProblem
} from '../../src/token/types.js';
import type { Capability, NeedEvidence, Needs } from '../../src/workflow/types.js';

export const ORG_ID = '918273';
export const APP_ID = '4455667';
export const USER_ID = '812734';

/** The vectors' time base t0 (2025-07-09T10:33:03Z) and their access-check clock t0 + 300 s. */
export const T0 = new Date('2025-07-09T10:33:03Z');
export const CLOCK = new Date(T0.getTime() + 300_000);

export const HOUR_S = 3600;
export const DAY_S = 86_400;
/** flyctl's default `-x 175200h`, plus the 30 s server-issued discharges add. */
export const TWENTY_YEARS_S = 175_200 * HOUR_S + 30;
export const CD_GUIDE_S = 999_999 * HOUR_S + 30;

function permission(caveats: DescribedMacaroon['caveats']): DescribedMacaroon {
  return {
    role: 'permission',
    location: 'https://api.fly.io/v1',
    label: 'fm2',
    caveats,
    identity: '00000000-0000-5000-8000-000000000000@tokens.fly.io',
    expiresAt: null,
    pairedWith: [1]
  };
}

const ORG_FULL = { type: '0', name: 'Organization', body: { id: ORG_ID, mask: 'rwcdC' } };
const THIRD_PARTY = {
  type: '11',
  name: '3P',
  body: { location: 'https://api.fly.io/aaa/v1' }
};

function base(kind: TokenKind): TokenInspection {
  const notAfter = new Date(T0.getTime() + TWENTY_YEARS_S * 1000);
  return {
    kind,
    orgIds: [ORG_ID],
    appIds: [],
    appAccess: {},
    orgAccess: null,
    featureAccess: {},
    commands: null,
    mutations: null,
    expiresAt: notAfter.toISOString(),
    notBefore: T0.toISOString(),
    lifetimeSeconds: TWENTY_YEARS_S,
    hasDischarge: true,
    dischargePaired: true,
    userId: USER_ID,
    identity: '00000000-0000-5000-8000-000000000000@tokens.fly.io',
    userTokenCount: 0,
    macaroonCount: 2,
    tokens: [permission([ORG_FULL, THIRD_PARTY])],
    problems: [],
    formatting: []
  };
}

export function org(): TokenInspection {
  return { ...base('org'), orgAccess: 'rwcdC' };
}

export function deploy(): TokenInspection {
  return {
    ...base('deploy'),
    appIds: [APP_ID],
    appAccess: { [APP_ID]: 'rwcdC' },
    orgAccess: 'r',
    featureAccess: { builder: 'rwcdC', wg: 'rwcdC' }
  };
}

export function readonly(): TokenInspection {
  return { ...base('readonly'), orgAccess: 'r' };
}

export function ssh(): TokenInspection {
  return {
    ...base('ssh'),
    appIds: [APP_ID],
    appAccess: { [APP_ID]: 'r' },
    orgAccess: 'r',
    featureAccess: { builder: 'r', wg: 'r' },
    mutations: ['issueCertificate', 'addWireGuardPeer'],
    macaroonCount: 3
  };
}

/** Default: the vector's `ls -la /data` exactly plus any `cat ...`. */
export function machineExec(
  commands: CommandRule[] = [
    { args: ['ls', '-la', '/data'], exact: true },
    { args: ['cat'], exact: false }
  ]
): TokenInspection {
  return {
    ...base('machine-exec'),
    appIds: [APP_ID],
    appAccess: { [APP_ID]: 'r' },
    orgAccess: 'r',
    featureAccess: { builder: 'r', wg: 'r' },
    commands
  };
}

export function machineExecAny(): TokenInspection {
  return machineExec([{ args: [], exact: false }]);
}

export function wireguard(): TokenInspection {
  return { ...base('wireguard'), orgAccess: 'r', featureAccess: { wg: 'rwcdC' } };
}

/** An fo1_ user token alone: opaque, nothing decoded. */
export function personal(): TokenInspection {
  return {
    ...base('personal'),
    orgIds: [],
    expiresAt: null,
    notBefore: null,
    lifetimeSeconds: null,
    hasDischarge: false,
    dischargePaired: null,
    userId: null,
    identity: null,
    userTokenCount: 1,
    macaroonCount: 0,
    tokens: []
  };
}

/** `fly auth token` for an SSO user: 10-minute org pairs for two orgs, then the fo1_ token. */
export function personalBundle(): TokenInspection {
  return {
    ...base('personal'),
    orgIds: ['53421', ORG_ID],
    orgAccess: 'rwcdC',
    expiresAt: new Date(T0.getTime() + 630_000).toISOString(),
    lifetimeSeconds: 630,
    userTokenCount: 1,
    macaroonCount: 4
  };
}

/** The vectors' custom token: a top-level Apps{app: rw} with a short bound discharge. */
export function custom(): TokenInspection {
  return {
    ...base('custom'),
    appIds: [APP_ID],
    appAccess: { [APP_ID]: 'rw' },
    orgAccess: null,
    expiresAt: new Date(T0.getTime() + 630_000).toISOString(),
    lifetimeSeconds: 630
  };
}

export function deployMissingDischarge(): TokenInspection {
  return {
    ...deploy(),
    expiresAt: null,
    notBefore: null,
    lifetimeSeconds: null,
    hasDischarge: false,
    dischargePaired: false,
    userId: null,
    macaroonCount: 1
  };
}

export function malformed(
  problems: TokenProblem[] = [
    {
      code: 'truncated',
      piece: 0,
      message: 'piece 0: the macaroon ends early (truncated after 212 bytes)',
      fatal: true
    }
  ]
): TokenInspection {
  return {
    ...base('malformed'),
    orgIds: [],
    expiresAt: null,
    notBefore: null,
    lifetimeSeconds: null,
    hasDischarge: false,
    dischargePaired: null,
    userId: null,
    identity: null,
    macaroonCount: 0,
    tokens: [],
    problems
  };
}

/** Set the validity window: starts at `notBefore`, lasts `lifetimeSeconds`. */
export function withWindow(
  inspection: TokenInspection,
  notBefore: Date,
  lifetimeSeconds: number
): TokenInspection {
  return {
    ...inspection,
    notBefore: notBefore.toISOString(),
    expiresAt: new Date(notBefore.getTime() + lifetimeSeconds * 1000).toISOString(),
    lifetimeSeconds
  };
}

/** A token that expires `secondsLeft` after `now` and lives `lifetimeSeconds` in total. */
export function expiringIn(
  inspection: TokenInspection,
  now: Date,
  secondsLeft: number,
  lifetimeSeconds = 90 * DAY_S
): TokenInspection {
  const notAfter = now.getTime() + secondsLeft * 1000;
  return withWindow(inspection, new Date(notAfter - lifetimeSeconds * 1000), lifetimeSeconds);
}

export interface NeedsOptions {
  apps?: string[];
  unknownApps?: boolean;
  commands?: string[];
  source?: Needs['source'];
  evidence?: NeedEvidence[];
}

/** Needs with one piece of evidence per capability, at .github/workflows/deploy.yml lines 10+. */
export function needs(capabilities: Capability[], options: NeedsOptions = {}): Needs {
  const apps = [...(options.apps ?? [])].sort();
  const evidence =
    options.evidence ??
    capabilities.map((capability, i) => ({
      capability,
      app: apps[0] ?? null,
      command: `flyctl ${capability}`,
      location: { file: '.github/workflows/deploy.yml', line: 10 + i, column: 9 }
    }));
  return {
    apps,
    capabilities,
    unknownApps: options.unknownApps ?? false,
    commands: options.commands ?? [],
    evidence,
    source: options.source ?? 'inferred'
  };
}

export function noNeeds(): Needs {
  return {
    apps: [],
    capabilities: [],
    unknownApps: false,
    commands: [],
    evidence: [],
    source: 'none'
  };
}

export const DEFAULT_OPTIONS: TokenRuleOptions = {
  expiryWarningDays: 14,
  maxLifetimeDays: 365,
  secretName: 'FLY_API_TOKEN'
};

export function context(
  inspection: TokenInspection,
  jobNeeds: Needs = noNeeds(),
  overrides: { now?: Date; options?: Partial<TokenRuleOptions> } = {}
): TokenRuleContext {
  return {
    inspection,
    needs: jobNeeds,
    now: overrides.now ?? CLOCK,
    options: { ...DEFAULT_OPTIONS, ...overrides.options }
  };
}

/** The vectors' `truth.classification` as a TokenInspection (no caveat details, no problems). */
export function fromClassification(c: Record<string, unknown>): TokenInspection {
  const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(x => String(x)) : []);
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  const expiresAt = str(c['expires_at_iso']);
  const lifetime = num(c['lifetime_seconds']);
  const notBefore =
    expiresAt !== null && lifetime !== null
      ? new Date(new Date(expiresAt).getTime() - lifetime * 1000).toISOString()
      : null;
  return {
    kind: c['kind'] as TokenKind,
    orgIds: ids(c['org_ids']),
    appIds: ids(c['app_ids']),
    appAccess: (c['app_access'] ?? {}) as Record<string, string>,
    orgAccess: str(c['org_access']),
    featureAccess: (c['feature_access'] ?? {}) as Record<string, string>,
    commands: (c['commands'] ?? null) as CommandRule[] | null,
    mutations: (c['mutations'] ?? null) as string[] | null,
    expiresAt,
    notBefore,
    lifetimeSeconds: lifetime,
    hasDischarge: c['has_discharge'] === true,
    dischargePaired: (c['discharge_paired'] ?? null) as boolean | null,
    userId: c['user_id'] == null ? null : String(c['user_id']),
    identity: null,
    userTokenCount: num(c['user_token_count']) ?? 0,
    macaroonCount: num(c['macaroon_count']) ?? 0,
    tokens: [],
    problems: [],
    formatting: []
  };
}

/** Every 8-character piece of `secret`: none may appear in anything we output. */
export function fragmentsOf(secret: string, size = 8): Set<string> {
  const pieces = new Set<string>();
  const s = secret.trim();
  for (let i = 0; i + size <= s.length; i++) pieces.add(s.slice(i, i + size));
  return pieces;
}

export function leaksFragment(text: string, fragments: Set<string>, size = 8): boolean {
  for (let i = 0; i + size <= text.length; i++) {
    if (fragments.has(text.slice(i, i + size))) return true;
  }
  return false;
}
