// secrets-inherit: `secrets: inherit` hands every secret, Fly tokens included, to a reusable
// workflow. Reported when the callee is in this repository and uses Fly secrets, or when it is
// elsewhere (or cannot be read) and the repository has Fly secrets; high when that other
// repository's workflow is pinned to a branch or tag. The rule looks across files, so it works on
// a plain-data summary of each workflow (`inheritSummary`); `secretsInheritFindings` joins them.
import type { SourceLocation, WorkflowFile } from '../../workflow/index.js';
import type { Finding, RuleMeta } from '../types.js';
import { advice } from '../types.js';
import { listNames, reachableFlyRefs, secretNames, type FlySecrets } from './fly-secrets.js';
import {
  calleeFlyRefs,
  eachSummary,
  jobLabel,
  localCalleePath,
  type WorkflowSummaries
} from './shared.js';

/** A job as a possible link in a chain of local reusable workflows. */
interface InheritJob {
  /** The local reusable workflow it calls; null when it calls none. */
  calleePath: string | null;
  /** Where its `secrets: inherit` is; null when it does not inherit. */
  inherit: SourceLocation | null;
  /** Fly secrets its steps can reach (dynamic references by their expression), in order. */
  reachable: string[];
}

/** A job that calls a reusable workflow with `secrets: inherit`. */
interface InheritCall {
  jobId: string;
  /** `uses:` as written. */
  raw: string;
  usesPath: string | null;
  /** `uses: ./...`: the callee is in this repository. */
  local: boolean;
  calleePath: string | null;
  /** A remote callee's ref (`@main`, `@v1`), when not a full commit SHA; null otherwise. */
  movingRef: string | null;
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
      calleePath: localCalleePath(job),
      movingRef: uses.owner !== null && !uses.pinnedToSha ? (uses.ref ?? '') : null,
      location: job.secrets.location
    });
  }
  return {
    path: workflow.path,
    callerNames: secretNames(callerRefs),
    callerCount: callerRefs.length,
    jobs: workflow.jobs.map(job => ({
      calleePath: localCalleePath(job),
      inherit: job.secrets?.inherit ? job.secrets.location : null,
      reachable: reachableFlyRefs(workflow, job, fly).map(r => r.name ?? r.expression)
    })),
    calls
  };
}

/** Fly secret names used anywhere in the repository, with the first workflow using each. */
function repositoryFlyNames(summaries: WorkflowSummaries<InheritSummary>): Map<string, string> {
  const names = new Map<string, string>();
  for (const s of eachSummary(summaries))
    for (const n of s.callerNames) if (!names.has(n)) names.set(n, s.path);
  return names;
}

/** What goes with the call, for the message; null when no Fly secret does. */
function whatGoes(
  summary: InheritSummary,
  call: InheritCall,
  calleeNames: readonly string[],
  callee: InheritSummary | undefined,
  repository: ReadonlyMap<string, string>
): { what: string; names: string[] } | null {
  if (calleeNames.length > 0) {
    return {
      what: `\`${call.usesPath}\` (or a workflow it calls) uses Fly ${calleeNames.length === 1 ? 'secret' : 'secrets'} ${listNames(calleeNames)}`,
      names: [...calleeNames]
    };
  }
  if (call.local && callee) return null;
  if (summary.callerCount > 0) {
    return {
      what: `this workflow handles Fly ${summary.callerNames.length === 1 ? 'secret' : 'secrets'} ${listNames(summary.callerNames)}, and the called workflow receives ${summary.callerCount === 1 ? 'it' : 'them'} too`,
      names: [...summary.callerNames]
    };
  }
  if (repository.size === 0) return null;
  const names = [...repository.keys()];
  const where = [...new Set(repository.values())].slice(0, 2).map(p => `\`${p}\``);
  return {
    what: `the repository has Fly ${names.length === 1 ? 'secret' : 'secrets'} ${listNames(names)} (used in ${where.join(' and ')}), and the called workflow receives ${names.length === 1 ? 'it' : 'them'} too`,
    names
  };
}

/** The findings over every workflow's summary, in path order. */
export function secretsInheritFindings(summaries: WorkflowSummaries<InheritSummary>): Finding[] {
  const repository = repositoryFlyNames(summaries);
  const findings: Finding[] = [];
  for (const summary of eachSummary(summaries)) {
    for (const call of summary.calls) {
      const callee = call.calleePath === null ? undefined : summaries.get(call.calleePath);
      const calleeNames = callee ? [...new Set(calleeFlyRefs(summaries, callee))] : [];
      const goes = whatGoes(summary, call, calleeNames, callee, repository);
      if (!goes) continue;
      const explicit = goes.names
        .filter(n => /^[A-Za-z_][A-Za-z0-9_]*$/.test(n))
        .slice(0, 3)
        .map(n => `${n}: \${{ secrets.${n} }}`)
        .join(', ');
      const moving = call.movingRef !== null;
      const owner = call.raw.trim().split('/').slice(0, 2).join('/');
      const pin = moving
        ? ` It is pinned to ${call.movingRef === '' ? 'no ref' : `\`@${call.movingRef}\``}, a branch or tag: whoever can push to \`${owner}\` changes the code that receives them.`
        : '';
      findings.push({
        rule: 'secrets-inherit',
        severity: moving ? 'high' : 'medium',
        message:
          `Job ${jobLabel({ id: call.jobId })} calls \`${call.raw.trim()}\` with \`secrets: inherit\`: every ` +
          `secret of the repository goes with it, and ${goes.what}.${pin}`,
        location: call.location,
        fix: advice(
          `Replace \`secrets: inherit\` with the secrets the workflow needs${explicit ? ` (\`secrets: { ${explicit} }\`)` : ''}` +
            (moving ? ', and pin the called workflow to a full commit SHA.' : '.')
        )
      });
    }
  }
  return findings;
}

export const secretsInherit: RuleMeta = {
  id: 'secrets-inherit',
  defaultSeverity: 'medium',
  title: 'secrets: inherit hands Fly secrets to a reusable workflow',
  help:
    '`secrets: inherit` passes every secret the caller can see to the called workflow, whatever ' +
    'it needs. A Fly token then reaches every job of that workflow (and whatever it calls); a ' +
    'workflow of another repository pinned to a branch or tag can change under you. Pass the ' +
    'one secret it needs explicitly under `secrets:`, and pin remote workflows to a commit SHA.'
};
