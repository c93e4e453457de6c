// The typed description of a Fly.io token: what `inspect --json` prints and what every rule reads.
// Ids are decimal strings (they may exceed 2^53), times are ISO-8601 UTC.

export type TokenKind =
  | 'personal'
  | 'org'
  | 'deploy'
  | 'readonly'
  | 'ssh'
  | 'machine-exec'
  | 'wireguard'
  | 'litefs-cloud'
  | 'custom'
  | 'malformed';

/** Action letters in the order `rwcdC`, e.g. "rwcdC" or "r"; "" means nothing. */
export type ActionLetters = string;

export type TokenRole = 'permission' | 'discharge' | 'unknown';

export interface CommandRule {
  args: string[];
  exact: boolean;
}

/** One caveat as decoded: its registry name and a JSON-safe body (bigints as decimal strings). */
export interface DescribedCaveat {
  type: string;
  name: string;
  body: unknown;
}

export interface DescribedMacaroon {
  role: TokenRole;
  location: string;
  label: string;
  caveats: DescribedCaveat[];
  /** The nonce e-mail `<uuid>@tokens.fly.io` (what GraphQL `viewer` shows for this macaroon). */
  identity: string;
  /** Earliest `not_after` of this macaroon's own windows (IfPresent included); null when none. */
  expiresAt: string | null;
  /** Indexes (into `tokens`) of the discharges of a permission token, or the permission tokens a discharge serves. */
  pairedWith: number[];
}

export type TokenProblemCode =
  | 'empty'
  | 'too-large'
  | 'scheme-only'
  | 'no-underscore'
  | 'unknown-label'
  | 'url-safe-base64'
  | 'unpadded-base64'
  | 'bad-base64'
  | 'truncated'
  | 'not-msgpack'
  | 'bad-structure'
  | 'empty-body'
  | 'unrecognised-piece'
  | 'missing-discharge'
  | 'rejected-by-fly'
  | 'unregistered-caveat'
  | 'empty-piece'
  | 'no-permission-token'
  | 'analysis-limited'
  | 'internal-error';

export interface TokenProblem {
  code: TokenProblemCode;
  /** Which comma-separated piece (0-based) it concerns, when one does. */
  piece?: number;
  message: string;
  /** true when the problem makes the token unusable (kind becomes `malformed`). */
  fatal: boolean;
}

export type FormattingIssueCode =
  | 'surrounding-whitespace'
  | 'scheme-missing'
  | 'scheme-doubled'
  | 'bearer-scheme'
  | 'space-after-comma'
  | 'line-break-inside'
  | 'ignored-piece';

export interface FormattingIssue {
  code: FormattingIssueCode;
  message: string;
}

export interface TokenInspection {
  kind: TokenKind;
  orgIds: string[];
  appIds: string[];
  /** `{appId: actions}` for an access naming only {org, that app}. */
  appAccess: Record<string, ActionLetters>;
  /** Actions for an access naming only the org; null when nothing (or personal/malformed). */
  orgAccess: ActionLetters | null;
  featureAccess: Record<string, ActionLetters>;
  clusterAccess?: Record<string, ActionLetters>;
  commands: CommandRule[] | null;
  mutations: string[] | null;
  expiresAt: string | null;
  notBefore: string | null;
  lifetimeSeconds: number | null;
  hasDischarge: boolean;
  dischargePaired: boolean | null;
  userId: string | null;
  /** `<uuid>@tokens.fly.io` of the first permission token (what GraphQL `viewer` shows). */
  identity: string | null;
  userTokenCount: number;
  macaroonCount: number;
  tokens: DescribedMacaroon[];
  problems: TokenProblem[];
  formatting: FormattingIssue[];
}

/**
 * One action on one resource, as Fly's `flyio.Access` describes it: what the access evaluator is
 * asked about ("may this token write app 4455667 of org 918273?"). Ids accept decimal strings,
 * numbers or bigints; leave a field out when the access does not name that resource.
 */
export interface TokenAccess {
  /** Action letters (`rwcdC`); ignored by `allows`, which reports every allowed action. */
  action?: ActionLetters;
  orgId?: string | number | bigint;
  appId?: string | number | bigint;
  feature?: string;
  appFeature?: string;
  volume?: string;
  machine?: string;
  machineFeature?: string;
  mutation?: string;
  cluster?: string;
  command?: string[];
  storageObject?: string;
  sourceMachine?: string;
  sourceApp?: string;
  sourceOrganization?: string;
  /** When given, validity windows are checked against it; otherwise they are ignored (clock-free). */
  now?: Date;
}

/** The outcome of asking a whole token (bundle) about one access. Reasons are token-free. */
export interface AccessDecision {
  allowed: boolean;
  /** Indexes (into `tokens`) of the permission tokens that allow it. */
  allowedBy: number[];
  /** Why each permission token refused, when none allowed it. */
  reasons: string[];
}
