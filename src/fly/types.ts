// Results of the online checks against Fly's API. Every `detail` is token-free.

/**
 * How one online check ended. `confirmed` is Fly's positive answer in the shape Fly gives;
 * `unverified` is never a verdict on the token itself.
 */
type CheckOutcome = 'confirmed' | 'rejected' | 'forbidden' | 'not-found' | 'unverified';

/** Fly's word on the token itself, drawn from every check of the round. */
export type Acceptance = 'accepted' | 'rejected' | 'unknown';

export interface OnlineCheck {
  outcome: CheckOutcome;
  /** Human-readable and token-free: Fly's own error text, or why it could not be verified. */
  detail: string;
  httpStatus?: number;
  /** How many HTTP attempts the check took (retries included), when a request was sent. */
  attempts?: number;
  /** For `unverified`: the bare cause ("timed out after 30 s", "HTTP 503 after 4 attempts"). */
  reason?: string;
}

export interface ViewerCheck extends OnlineCheck {
  viewerType?: 'User' | 'Macaroon';
  email?: string;
}

export interface AppCheck extends OnlineCheck {
  /** The app name the job needs. */
  app: string;
  /** Fly's numeric app id (decimal string), when the API told it. */
  appId?: string;
  orgSlug?: string;
  orgName?: string;
  /** Fly's numeric id of the organization that owns the app (decimal string), when told. */
  orgId?: string;
  /** Whether the token's caveats name this app's id; null when unknown either way. */
  idMatchesToken: boolean | null;
  /** Whether the app's organization is one the token's caveats name; null when unknown. */
  orgMatchesToken: boolean | null;
}

export interface OrgCheck extends OnlineCheck {
  orgId: string;
  slug?: string;
  name?: string;
  /** Where the slug came from: GraphQL `organizations`, or the owner of a needed app. */
  source?: 'organizations' | 'app';
}

export interface OnlineVerification {
  /**
   * Whether Fly accepts the token: the one source of the `valid` output, the `invalid-token`
   * finding and the summary's "Valid" row, so they cannot disagree.
   */
  acceptance: Acceptance;
  /** GraphQL `viewer`: who Fly says the token is. */
  viewer: ViewerCheck;
  /** `GET /v1/apps/{name}` for each app the job needs. */
  apps: AppCheck[];
  /** The token's orgs Fly told something about (listing, or the owner of a needed app). */
  orgs: OrgCheck[];
  /** Total wall time of the checks, in milliseconds. */
  elapsedMs: number;
}
