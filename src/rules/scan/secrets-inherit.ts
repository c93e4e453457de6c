// secrets-inherit: `secrets: inherit` hands every secret, Fly tokens included, to a reusable
// workflow. Reported when the caller's workflow handles Fly secrets (so the repository has
// them) or when the callee is in this repository and uses Fly secrets. A callee in this
// repository that uses no Fly secret receives nothing it could misuse: no finding.
//
// The rule looks across files, so it works on a plain-data summary of each workflow
// (`inheritSummary`), made while the workflow is parsed; `secretsInheritFindings` joins them.
import type { SourceLocation, WorkflowFile } from '../../workflow/index.js';
import type { Finding, Rule } from '../types.js';
import type { ScanContext } from './context.js';
import { MAX_CALL_DEPTH } from './callees.js';
import { listNames, reachableFlyRefs, secretNames, type FlySecrets } from './fly-secrets.js';
import { jobLabel } from './shared.js';

/** A job as a possible link in a chain of local reusable workflows. */
export interface InheritJob {
  /** The local reusable workflow it calls; null when it calls none. */
  calleePath: string | null;
  inherit: boolean;
  /** Fly secrets its steps can reach (dynamic references by their expression), in order. */
  reachable: string[];
}

/** A job that calls a reusable workflow with `secrets: inherit`. */
export interface InheritCall {
  jobId: string;
  /** `uses:` as written. */
  raw: string;
  usesPath: string | null;
  /** `uses: ./...`: the callee is in this repository. */
  local: boolean;
  calleePath: string | null;
  location: SourceLocation;
}

export interface InheritSummary {
  path: string;
  /** Fly secrets referenced anywhere in the workflow: distinct names, and how many references. */
  callerNames: string[];
  callerCount: number;
  jobs: InheritJob[];
  calls: InheritCall[];
}

/** The local reusable workflow a `uses:` names, if any (`./.github/workflows/x.yml`). */
function calleePathOf(uses: WorkflowFile['jobs'][number]['uses']): string | null {
  if (uses === null || uses.kind !== 'reusable-workflow' || uses.owner !== null) return null;
  return uses.path;
}

/** What the rule needs from one workflow. */
export function inheritSummary(workflow: WorkflowFile, fly: FlySecrets): InheritSummary {
  const callerRefs = workflow.secretRefs.filter(r => fly.isFlyRef(r));
  const calls: InheritCall[] = [];
  for (const job of workflow.jobs) {
    const uses = job.uses;
    if (!uses || !job.secrets?.inherit) continue;
    calls.push({
      jobId: job.id,
      raw: uses.raw,
      usesPath: uses.path,
      local: uses.owner === null,
      calleePath: calleePathOf(uses),
      location: job.secrets.location
    });
  }
  return {
    path: workflow.path,
    callerNames: secretNames(callerRefs),
    callerCount: callerRefs.length,
    jobs: workflow.jobs.map(job => ({
      calleePath: calleePathOf(job.uses),
      inherit: job.secrets?.inherit === true,
      reachable: reachableFlyRefs(workflow, job, fly).map(r => r.name ?? r.expression)
    })),
    calls
  };
}

/**
 * Fly secrets inside a local reusable workflow, following the local workflows it calls with
 * `secrets: inherit` or explicit Fly secrets.
 */
function calleeFlyNames(
  byPath: ReadonlyMap<string, InheritSummary>,
  callee: InheritSummary,
  depth = 0,
  stack: string[] = []
): string[] {
  if (depth >= MAX_CALL_DEPTH || stack.includes(callee.path)) return [];
  const names: string[] = [];
  for (const job of callee.jobs) {
    names.push(...job.reachable);
    const next = job.calleePath === null ? undefined : byPath.get(job.calleePath);
    if (next && (job.inherit || job.reachable.length > 0)) {
      names.push(...calleeFlyNames(byPath, next, depth + 1, [...stack, callee.path]));
    }
  }
  return names;
}

/** The findings over every workflow's summary, given in path order. */
export function secretsInheritFindings(summaries: readonly InheritSummary[]): Finding[] {
  const byPath = new Map<string, InheritSummary>();
  for (const s of summaries) if (!byPath.has(s.path)) byPath.set(s.path, s);
  const findings: Finding[] = [];
  for (const summary of summaries) {
    for (const call of summary.calls) {
      const callee = call.calleePath === null ? undefined : byPath.get(call.calleePath);
      const calleeNames = callee ? [...new Set(calleeFlyNames(byPath, callee))] : [];
      let what: string;
      if (calleeNames.length > 0) {
        what = `\`${call.usesPath}\` (or a workflow it calls) uses Fly secret ${listNames(calleeNames)}`;
      } else if (call.local && callee) {
        continue;
      } else if (summary.callerCount > 0) {
        what = `this workflow handles Fly secret ${listNames(summary.callerNames)}, and the called workflow receives ${summary.callerCount === 1 ? 'it' : 'them'} too`;
      } else {
        continue;
      }
      const explicit = (calleeNames.length > 0 ? calleeNames : summary.callerNames)
        .filter(n => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
        .slice(0, 3)
        .map(n => `${n}: \${{ secrets.${n} }}`)
        .join(', ');
      findings.push({
        rule: 'secrets-inherit',
        severity: 'medium',
        message:
          `Job ${jobLabel({ id: call.jobId })} calls \`${call.raw.trim()}\` with \`secrets: inherit\`: every ` +
          `secret of the repository goes with it, and ${what}.`,
        location: call.location,
        fix: {
          summary: `Replace \`secrets: inherit\` with the secrets the workflow needs${explicit ? ` (\`secrets: { ${explicit} }\`)` : ''}.`,
          commands: []
        }
      });
    }
  }
  return findings;
}

export const secretsInherit: Rule<ScanContext> = {
  id: 'secrets-inherit',
  defaultSeverity: 'medium',
  title: 'secrets: inherit hands Fly secrets to a reusable workflow',
  help:
    '`secrets: inherit` passes every secret the caller can see to the called workflow, whatever ' +
    'it needs. A Fly token then reaches every job of that workflow (and whatever it calls). ' +
    'Pass the one secret it needs explicitly under `secrets:`.',
  check(context): Finding[] {
    return secretsInheritFindings(
      context.workflows.map(({ workflow }) => inheritSummary(workflow, context.fly))
    );
  }
};
