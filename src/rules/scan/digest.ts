// Phase one of the repository scan: one workflow, parsed once, reduced to plain data. Every
// per-workflow check runs here, and what the repository-wide rules need from the file is kept;
// the parsed WorkflowFile (positions on every node) is garbage when `digestWorkflow` returns.
//
// A digest is plain data (arrays, objects, strings, numbers, booleans, null), so the scan can keep
// it packed as JSON (engine/packed-digest.ts). Checks need to know which secrets are Fly tokens,
// which is repository-wide: they run against this workflow's own view and record every secret
// they took as "not a Fly token" (`assumedNotFly`). If another workflow makes one of those a
// Fly token, the repository phase digests the workflow again with the whole index known.
import type { RepoFiles } from '../../workflow/index.js';
import { forgetScriptParses, parseWorkflowFile } from '../../workflow/index.js';
import type { Finding } from '../types.js';
import { scannedWorkflow, type ScanContext } from './context.js';
import { flyNotesOf, provisionalFlySecrets, type FlyNote } from './fly-secrets.js';
import { secretNamesReadBy } from './no-environment.js';
import {
  prExposureSummary,
  pullRequestExposure,
  type PrExposureSummary
} from './pull-request-exposure.js';
import { perWorkflowRules, ruleFailure } from './rule-list.js';
import { inheritSummary, secretsInherit, type InheritSummary } from './secrets-inherit.js';
import { sharedToken, sharedTokenUses, type SharedTokenFile } from './shared-token.js';
import { untrustedSummary, untrustedTrigger, type UntrustedSummary } from './untrusted-trigger.js';

interface WorkflowDigestInput {
  /** Repo-relative path, forward slashes. */
  path: string;
  text: string;
  /** For needs inference: fly.toml files, local composite actions and reusable workflows. */
  repo: RepoFiles;
  /** The clock. */
  now: Date;
  /** Fly secrets already known for the repository (the second digest of a workflow). */
  knownFly?: readonly FlyNote[];
  /** Summarise every job for `untrusted-trigger`, even of a workflow that cannot be called. */
  everyJob?: boolean;
}

/** What a check produced, or the note saying why it stopped (`ruleFailure`). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export interface WorkflowDigest {
  path: string;
  /** What this workflow adds to the repository's Fly secret index, in the order found. */
  flyNotes: FlyNote[];
  /** Secrets the checks took as not Fly tokens; wrong if another workflow uses one as such. */
  assumedNotFly: string[];
  /** Findings of the per-workflow rules, by rule id. */
  rules: Record<string, Outcome<Finding[]>>;
  /** For `untrusted-trigger` (which follows local reusable workflows). */
  untrustedTrigger: Outcome<UntrustedSummary>;
  /** For `shared-token`. */
  sharedToken: Outcome<SharedTokenFile>;
  /** For `secrets-inherit`. */
  secretsInherit: Outcome<InheritSummary>;
  /** Names of the secrets this workflow reads (`*`: any), for fixes that delete a secret. */
  secretsRead: string[];
  /** For `pull-request-exposure` (which follows `secrets: inherit` into local workflows). */
  pullRequestExposure: Outcome<PrExposureSummary>;
}

function attempt<T>(ruleId: string, produce: () => T): Outcome<T> {
  try {
    return { ok: true, value: produce() };
  } catch (error) {
    return { ok: false, error: ruleFailure(ruleId, error) };
  }
}

/**
 * Parses one workflow, infers what its jobs need, runs every check that needs only this file,
 * and returns the plain-data digest. Pure, and never throws on workflow content.
 */
export function digestWorkflow(input: WorkflowDigestInput): WorkflowDigest {
  const parsed = parseWorkflowFile(input.path, input.text);
  const scanned = scannedWorkflow(parsed, input.repo);
  const { workflow, needs } = scanned;
  const flyNotes = flyNotesOf(parsed);
  const assumed = new Set<string>();
  const fly = provisionalFlySecrets([...(input.knownFly ?? []), ...flyNotes], assumed);
  const context: ScanContext = {
    workflows: [scanned],
    actions: [],
    fly
  };
  const rules: Record<string, Outcome<Finding[]>> = {};
  for (const rule of perWorkflowRules.values()) {
    rules[rule.id] = attempt(rule.id, () => rule.check(context));
  }
  const untrusted = attempt(untrustedTrigger.id, () =>
    untrustedSummary(workflow, fly, input.everyJob === true)
  );
  const shared = attempt(sharedToken.id, () => sharedTokenUses(workflow, needs, fly));
  const inherit = attempt(secretsInherit.id, () => inheritSummary(workflow, fly));
  const exposure = attempt(pullRequestExposure.id, () => prExposureSummary(workflow, fly));
  for (const job of parsed.jobs) forgetScriptParses(job.steps);
  return {
    path: workflow.path,
    flyNotes: flyNotes.map(([name, reason]) => [name, reason]),
    assumedNotFly: [...assumed],
    rules,
    untrustedTrigger: untrusted,
    sharedToken: shared,
    secretsInherit: inherit,
    secretsRead: secretNamesReadBy(workflow),
    pullRequestExposure: exposure
  };
}
