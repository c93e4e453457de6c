// The workflow model: what a workflow file says, with positions. Serves needs inference and the
// workflow scanner. Plain data (JSON-serialisable); positions are 1-based, `end*` exclusive.
import type { ScalarSourceMap } from './source-map.js';
import type { SourceLocation } from './types.js';

export interface WorkflowProblem {
  /** `yaml`: not valid YAML; `schema`: valid YAML but not a valid workflow; `limit`: too large. */
  kind: 'yaml' | 'schema' | 'limit';
  message: string;
  location: SourceLocation;
}

/** A scalar value as written, with where it sits. */
export interface KeyValue {
  key: string;
  keyLocation: SourceLocation;
  /**
   * String form of a scalar value (numbers and booleans as the YAML reader gives them); null for
   * YAML null and for mappings/sequences (`isScalar` tells which).
   */
  value: string | null;
  isScalar: boolean;
  valueLocation: SourceLocation;
  /** Maps offsets in `value` to file positions (`locateInValue`). */
  valueMap: ScalarSourceMap;
}

export interface WorkflowInput {
  name: string;
  type: string | null;
  required: boolean;
  default: string | null;
  /** `type: choice` options. */
  options: string[];
  location: SourceLocation;
}

export interface Trigger {
  /** `push`, `pull_request`, `pull_request_target`, `workflow_run`, `schedule`, `workflow_call`... */
  event: string;
  location: SourceLocation;
  types: string[];
  branches: string[];
  branchesIgnore: string[];
  tags: string[];
  paths: string[];
  /** `workflow_run.workflows`. */
  workflows: string[];
  /** `schedule` cron lines. */
  cron: string[];
  /** `workflow_dispatch` / `workflow_call` inputs. */
  inputs: WorkflowInput[];
  /** `workflow_call.secrets` declared by a reusable workflow. */
  secrets: Array<{ name: string; required: boolean; location: SourceLocation }>;
}

export interface RunDefaults {
  workingDirectory: string | null;
  shell: string | null;
}

/** `permissions:` as written: `read-all`/`write-all`/`{}` or scope -> level. */
export type Permissions = string | Record<string, string>;

export interface UsesRef {
  /** As written, e.g. `superfly/flyctl-actions/setup-flyctl@master`. */
  raw: string;
  kind: 'action' | 'local' | 'docker' | 'reusable-workflow';
  /** `superfly` for `superfly/flyctl-actions/setup-flyctl@master`; null for local and docker. */
  owner: string | null;
  repo: string | null;
  /** Path inside the repository (`setup-flyctl`, `.github/workflows/x.yml`); local: the path. */
  path: string | null;
  ref: string | null;
  /** The ref is a full 40-hex commit SHA. */
  pinnedToSha: boolean;
  location: SourceLocation;
}

export type MatrixValue =
  string | number | boolean | null | MatrixValue[] | { [key: string]: MatrixValue };

export interface Matrix {
  /** Literal axes: key -> values. Axes given as an expression are listed in `dynamicKeys`. */
  axes: Record<string, MatrixValue[]>;
  include: Array<Record<string, MatrixValue>>;
  exclude: Array<Record<string, MatrixValue>>;
  /** The whole matrix is one expression (`${{ fromJSON(...) }}`). */
  dynamic: boolean;
  dynamicKeys: string[];
  location: SourceLocation;
}

export interface Environment {
  /** Null when the name is missing; may contain `${{ }}`. */
  name: string | null;
  url: string | null;
  location: SourceLocation;
}

export interface ScriptLine {
  /** A line of the script text (after YAML folding). */
  text: string;
  /** Offset of the line in `RunScript.text`. */
  offset: number;
  line: number;
  column: number;
}

export interface RunScript {
  text: string;
  location: SourceLocation;
  style: 'literal' | 'folded' | 'plain' | 'single-quoted' | 'double-quoted';
  lines: ScriptLine[];
  /** Maps offsets in `text` to file positions (`locateInValue`). */
  map: ScalarSourceMap;
}

export interface SecretFlow {
  /**
   * `env`: an env value; `with`: an action/reusable-workflow input; `secrets`: a reusable
   * workflow's `secrets:` block; `run`: a shell script; `other`: anywhere else (`if`, names...).
   */
  kind: 'env' | 'with' | 'secrets' | 'run' | 'other';
  scope: 'workflow' | 'job' | 'step' | 'container' | 'service';
  /** Env / with / secrets key the value is assigned to. */
  key: string | null;
  /** The action or reusable workflow receiving a `with` / `secrets` value. */
  uses: string | null;
  /** run: the command the secret appears in (`flyctl secrets set`, `echo`, `curl`...). */
  command: string | null;
  /** run: the flag it is the value of (`--access-token`, `-t`, `--build-arg`...). */
  flag: string | null;
  /** run: the shell variable it is assigned to (`export FLY_API_TOKEN=...`, prefix assignment). */
  variable: string | null;
  /** run: the command is a flyctl invocation. */
  fly: boolean;
  /** run: inside a here-document body; `redirect` is where that body or the word goes. */
  heredoc: boolean;
  /** run: redirection target of the command (`$GITHUB_ENV`, `file.txt`...), if any. */
  redirect: string | null;
  /** YAML path, e.g. `jobs.deploy.steps[2].env.FLY_API_TOKEN`. */
  path: string;
}

export interface SecretReference {
  /** `FLY_API_TOKEN`; null for dynamic access like `secrets[format(...)]`. */
  name: string | null;
  /** The whole expression as written, `${{ secrets.FLY_API_TOKEN }}`. */
  expression: string;
  /** Position of `secrets.NAME`. */
  location: SourceLocation;
  /** Position of the enclosing `${{ ... }}`. */
  expressionLocation: SourceLocation;
  flow: SecretFlow;
  jobId: string | null;
  stepIndex: number | null;
}

export interface Step {
  /** 0-based position in the job's steps. */
  index: number;
  id: string | null;
  name: string | null;
  location: SourceLocation;
  if: string | null;
  uses: UsesRef | null;
  with: KeyValue[];
  env: KeyValue[];
  /** `env:` given as a single expression. */
  envExpression: string | null;
  run: RunScript | null;
  shell: string | null;
  workingDirectory: string | null;
  continueOnError: string | null;
  secretRefs: SecretReference[];
}

export interface Job {
  id: string;
  idLocation: SourceLocation;
  location: SourceLocation;
  name: string | null;
  needs: string[];
  if: string | null;
  runsOn: string | null;
  environment: Environment | null;
  env: KeyValue[];
  envExpression: string | null;
  defaults: RunDefaults;
  permissions: Permissions | null;
  matrix: Matrix | null;
  /** Reusable workflow call (`uses:` at job level). */
  uses: UsesRef | null;
  with: KeyValue[];
  /** `secrets:` of a reusable workflow call: `inherit` or explicit values. */
  secrets: { inherit: boolean; values: KeyValue[]; location: SourceLocation } | null;
  container: { image: string | null; env: KeyValue[] } | null;
  services: Array<{ id: string; image: string | null; env: KeyValue[] }>;
  outputs: KeyValue[];
  steps: Step[];
  /** Every secret reference inside this job (its steps' included). */
  secretRefs: SecretReference[];
}

export interface WorkflowFile {
  /** Repo-relative path given by the caller. */
  path: string;
  name: string | null;
  triggers: Trigger[];
  env: KeyValue[];
  envExpression: string | null;
  defaults: RunDefaults;
  permissions: Permissions | null;
  jobs: Job[];
  /** Every `${{ secrets.X }}` in the file, in file order. */
  secretRefs: SecretReference[];
  /** YAML and schema problems; never thrown. Empty when the file is a valid workflow. */
  errors: WorkflowProblem[];
}
