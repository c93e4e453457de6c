// What a job needs from its Fly token, and where in the workflow that need comes from.

export interface SourceLocation {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * Capabilities a job can need, narrowest first. `org` covers creating/destroying apps and
 * anything org-wide (review apps, `apps list`); `read` is status, logs, `apps list` of one app.
 */
export type Capability =
  | 'read'
  | 'deploy'
  | 'secrets'
  | 'scale'
  | 'ssh'
  | 'machine-exec'
  | 'proxy'
  | 'create-app'
  | 'destroy-app'
  | 'org';

export interface NeedEvidence {
  capability: Capability;
  /** App name the command targets; null when it cannot be told (no -a, no readable fly.toml). */
  app: string | null;
  /** The command targets an app whose name cannot be told (`app` is null for that reason). */
  appUnknown?: true;
  /** The flyctl command as written, e.g. `flyctl deploy --remote-only`, or the action used. */
  command: string;
  location?: SourceLocation;
  /**
   * When the command is in a file the workflow runs (a script, a package script, a Makefile...):
   * the call sites that led there, outermost first (the workflow's `run:` line, then each file
   * that ran the next). Absent for commands written in the workflow itself.
   */
  via?: SourceLocation[];
  /**
   * The Fly secrets (`secrets.NAME`) whose token the command runs with. Absent when that cannot be
   * told (the token comes from elsewhere): such a need counts for every token of the job.
   */
  secrets?: string[];
}

export interface Needs {
  /** App names the job touches, sorted, without duplicates. */
  apps: string[];
  capabilities: Capability[];
  /** true when some command targets an app whose name cannot be told (dynamic, missing config). */
  unknownApps: boolean;
  /** Machine-exec commands seen (`fly ssh console -C "..."`, `fly machine exec ... "cmd"`). */
  commands: string[];
  evidence: NeedEvidence[];
  /** Where the needs came from: inferred from the workflow, given as inputs, or not known. */
  source: 'inferred' | 'input' | 'none';
  /**
   * Steps that hand a Fly token to something whose Fly use cannot be seen (a script, an unknown
   * action, a remote reusable workflow): the needs above may be incomplete. Absent when none.
   */
  opaque?: OpaqueUse[];
}

/** A place where the Fly token is used in a way needs inference cannot read. */
export interface OpaqueUse {
  /**
   * `script`: a script or program run with the token (missing from the checkout, not a shell
   * script, a container); `action`: an action not known to use Fly in a known way; `agent`: an AI
   * agent with shell access; `reusable-workflow`: a workflow that cannot be read; `workflow`: the
   * job itself could not be read, or shows no use of the token at all; `command`: a flyctl
   * command whose needs from a token are known only in part.
   */
  reason: 'script' | 'action' | 'agent' | 'reusable-workflow' | 'workflow' | 'command';
  /** What could not be seen: the command (`./bin/release`), the `uses:` value, a file. */
  detail: string;
  /** Why, completing "could not see: DETAIL (WHY)": `not in the checkout`, ... */
  why?: string;
  location: SourceLocation;
  /** Call sites that led there when it is in a file the workflow runs (as `NeedEvidence.via`). */
  via?: SourceLocation[];
  /** The Fly secrets that reach it (as `NeedEvidence.secrets`); absent when unknown. */
  secrets?: string[];
}
