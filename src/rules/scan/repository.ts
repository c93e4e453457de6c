// Phase two of the repository scan: the workflow digests (digest.ts), the composite actions and
// the text files that may hold a token, joined into the repository's findings. Here the Fly
// secret index is built from every workflow's notes, and the rules that look across files run
// over the digests' summaries: shared-token, secrets-inherit, untrusted-trigger (callers and
// their local reusable workflows); hardcoded-token's findings come in already made, file by file
// as the files were read. Findings come out rule by rule, in `scanRules` order.
import { parseActionFile } from '../../workflow/index.js';
import type { Finding } from '../types.js';
import { withRunningSteps } from './conditions.js';
import type { ScanContext, ScanTextFile } from './context.js';
import type { Outcome, WorkflowDigest } from './digest.js';
import { flySecretsFrom, type FlyNote } from './fly-secrets.js';
import { hardcodedToken } from './hardcoded-token.js';
import { keepSecretsReadElsewhere, noEnvironment } from './no-environment.js';
import { prExposureFindings, pullRequestExposure } from './pull-request-exposure.js';
import { perWorkflowRules, ruleFailure, scanRules } from './rule-list.js';
import { secretsInherit, secretsInheritFindings } from './secrets-inherit.js';
import { sharedToken, sharedTokenFindings } from './shared-token.js';
import { eachSummary, type WorkflowSummaries } from './shared.js';
import { untrustedCalleePaths, untrustedFindings, untrustedTrigger } from './untrusted-trigger.js';

interface RepositoryCheckInput {
  /** One digest per workflow (`digestWorkflow`), in any order. */
  digests: readonly WorkflowDigest[];
  /** Every `action.yml` / `action.yaml`. */
  actions: readonly ScanTextFile[];
  /** hardcoded-token's findings over every text file (`hardcodedToken.check`, file by file). */
  hardcoded: Outcome<Finding[]>;
  now: Date;
  /**
   * Digests a workflow again (`digestWorkflow` with these options). Called only for a workflow
   * that took as "not a Fly token" a secret another workflow uses as one, or for one without
   * `workflow_call` that another workflow calls anyway: in practice never.
   */
  redigest: (path: string, again: Redigest) => WorkflowDigest | undefined;
}

/** How to digest a workflow again: with the repository's Fly secrets, and every job summarised. */
interface Redigest {
  knownFly: readonly FlyNote[];
  everyJob: boolean;
}

export interface RepositoryCheck {
  findings: Finding[];
  /** Rules that stopped early, in rule order. */
  errors: string[];
  /** Workflows digested a second time (see `redigest`); in practice none. */
  reparsed: string[];
  /** Secret names the workflows use as Fly tokens, sorted. */
  flySecrets: string[];
}

const byPath = <T extends { path: string }>(a: T, b: T): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/** Where each path's first digest is (as a search of the digests would find it). */
function firstIndexByPath(digests: readonly WorkflowDigest[]): Map<string, number> {
  const indexOf = new Map<string, number>();
  digests.forEach((d, i) => {
    if (!indexOf.has(d.path)) indexOf.set(d.path, i);
  });
  return indexOf;
}

/**
 * One part of the digests as summaries, each unpacked when asked for and dropped after use (a
 * packed digest unpacks a new copy on each read); a failed part reads as no summary.
 */
function summariesOf<T>(
  digests: readonly WorkflowDigest[],
  indexOf: ReadonlyMap<string, number>,
  part: (digest: WorkflowDigest) => Outcome<T>
): WorkflowSummaries<T> {
  const valueOf = (digest: WorkflowDigest | undefined): T | undefined => {
    const outcome = digest && part(digest);
    return outcome?.ok ? outcome.value : undefined;
  };
  return {
    count: digests.length,
    at: index => valueOf(digests[index]),
    get: path => {
      const index = indexOf.get(path);
      return index === undefined ? undefined : valueOf(digests[index]);
    }
  };
}

/** The first failed part of the digests, in path order; read one at a time. */
function firstFailure<T>(
  digests: readonly WorkflowDigest[],
  part: (digest: WorkflowDigest) => Outcome<T>
): Outcome<never> | undefined {
  for (const digest of digests) {
    const outcome = part(digest);
    if (!outcome.ok) return outcome;
  }
  return undefined;
}

/**
 * Digests again, with every job summarised, the workflows that `untrusted-trigger` would follow
 * as callees but that were digested as uncallable (no `workflow_call`), until none is left.
 */
function completeCallees(
  digests: WorkflowDigest[],
  indexOf: ReadonlyMap<string, number>,
  input: RepositoryCheckInput,
  knownFly: readonly FlyNote[],
  reparsed: string[]
): void {
  const tried = new Set<string>();
  const summaries = summariesOf(digests, indexOf, d => d.untrustedTrigger);
  for (;;) {
    const missing = untrustedCalleePaths(summaries).filter(p => !tried.has(p));
    if (missing.length === 0) return;
    for (const path of missing) {
      tried.add(path);
      const index = indexOf.get(path);
      const again = input.redigest(path, { knownFly, everyJob: true });
      if (index === undefined || !again) continue;
      digests[index] = again;
      reparsed.push(path);
    }
  }
}

/** Joins the digests into the repository's findings. Never throws on repository content. */
export function checkRepositoryDigests(input: RepositoryCheckInput): RepositoryCheck {
  const reparsed: string[] = [];
  const first = [...input.digests].sort(byPath);
  const fly = flySecretsFrom(first.flatMap(d => d.flyNotes));
  const known: FlyNote[] = [...fly.names];
  const digests = first.map(digest => {
    if (!digest.assumedNotFly.some(name => fly.names.has(name))) return digest;
    const again = input.redigest(digest.path, { knownFly: known, everyJob: false });
    if (!again) return digest;
    reparsed.push(digest.path);
    return again;
  });
  const indexOf = firstIndexByPath(digests);
  completeCallees(digests, indexOf, input, known, reparsed);
  const actionsOnly: ScanContext = {
    workflows: [],
    actions: [...input.actions]
      .sort(byPath)
      .map(a => withRunningSteps(parseActionFile(a.path, a.text))),
    fly
  };

  const byRule: Finding[][] = scanRules.map(() => []);
  const failures = new Map<number, string>();
  const take = (index: number, outcome: Outcome<Finding[]> | undefined): void => {
    if (failures.has(index) || outcome === undefined) return;
    if (outcome.ok) {
      const list = byRule[index];
      for (const finding of outcome.value) list?.push(finding);
    } else {
      failures.set(index, outcome.error);
      byRule[index] = [];
    }
  };
  const run = (index: number, ruleId: string, produce: () => Finding[]): void => {
    if (failures.has(index)) return;
    let outcome: Outcome<Finding[]>;
    try {
      outcome = { ok: true, value: produce() };
    } catch (error) {
      outcome = { ok: false, error: ruleFailure(ruleId, error) };
    }
    take(index, outcome);
  };
  /** A rule over one part of every digest: the first failure, or its findings over the parts. */
  const across = <T>(
    index: number,
    ruleId: string,
    part: (digest: WorkflowDigest) => Outcome<T>,
    findings: (summaries: WorkflowSummaries<T>) => Finding[]
  ): void => {
    const failed = firstFailure(digests, part);
    if (failed) take(index, failed);
    else run(index, ruleId, () => findings(summariesOf(digests, indexOf, part)));
  };

  // Each digest's rule outcomes are read once (a packed digest parses them on every read).
  const perWorkflowOutcomes = new Map<string, Array<Outcome<Finding[]> | undefined>>(
    [...perWorkflowRules.keys()].map(id => [id, []])
  );
  for (const digest of digests) {
    const rules = digest.rules;
    for (const [id, outcomes] of perWorkflowOutcomes) outcomes.push(rules[id]);
  }

  scanRules.forEach((rule, index) => {
    const perWorkflow = perWorkflowRules.get(rule.id);
    if (perWorkflow) {
      for (const outcome of perWorkflowOutcomes.get(rule.id) ?? []) take(index, outcome);
      run(index, rule.id, () => perWorkflow.check(actionsOnly));
    } else if (rule.id === hardcodedToken.id) {
      take(index, input.hardcoded);
    } else if (rule.id === untrustedTrigger.id) {
      across(index, rule.id, d => d.untrustedTrigger, untrustedFindings);
    } else if (rule.id === secretsInherit.id) {
      across(index, rule.id, d => d.secretsInherit, secretsInheritFindings);
    } else if (rule.id === pullRequestExposure.id) {
      across(index, rule.id, d => d.pullRequestExposure, prExposureFindings);
    } else if (rule.id === sharedToken.id) {
      across(
        index,
        rule.id,
        d => d.sharedToken,
        s => sharedTokenFindings(eachSummary(s))
      );
    } else {
      // A rule added to the list without a place in this phase: say so rather than guess.
      take(index, { ok: false, error: ruleFailure(rule.id, new Error('not wired into the scan')) });
    }
  });
  keepSecretsReadElsewhere(byRule[scanRules.indexOf(noEnvironment)] ?? [], digests);
  return {
    findings: byRule.flat(),
    errors: [...failures].sort(([a], [b]) => a - b).map(([, message]) => message),
    reparsed,
    flySecrets: [...fly.names.keys()].sort()
  };
}
