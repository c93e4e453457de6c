// Results of the online checks against Fly's API. Every `detail` is token-free.

/** How one online check ended. `unverified` is never a verdict on the token itself. */
export type CheckOutcome = 'confirmed' | 'rejected' | 'forbidden' | 'not-found' | 'unverified';

export interface OnlineCheck {
  outcome: CheckOutcome;
  /** Human-readable and token-free: Fly's own error text, or why it could not be verified. */
  detail: string;
  httpStatus?: number;
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
  /** Whether the token's caveats name this app's id; null when unknown either way. */
  idMatchesToken: boolean | null;
}

export interface OrgCheck extends OnlineCheck {
  orgId: string;
  slug?: string;
  name?: string;
}

export interface OnlineVerification {
  /** Is the token accepted at all (Machines API `GET /v1/apps?org_slug=`). */
  accepted: OnlineCheck;
  viewer: ViewerCheck;
  apps: AppCheck[];
  orgs: OrgCheck[];
  /** Total wall time of the checks, in milliseconds. */
  elapsedMs: number;
}
