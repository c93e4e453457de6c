// Every flyctl command a workflow runs, with its job, step and file position, as written (no
// value resolution), each script read in its dialect. For the scanner: `fly auth token`,
// `-t ${{ secrets.X }}`, and so on.
import { actionArgsInvocation, findFlyInvocations, type FlyInvocation } from './fly-commands.js';
import type { WorkflowFile } from './model.js';
import { locateInValue } from './parse-workflow.js';
import { stepScript } from './step-script.js';
import type { SourceLocation } from './types.js';

interface LocatedFlyCommand {
  jobId: string;
  stepIndex: number;
  /** `run`: in a script; `action`: the `args` of `superfly/flyctl-actions`. */
  source: 'run' | 'action';
  invocation: FlyInvocation;
  /** From the first word of the command to the end of its last word. */
  location: SourceLocation;
}

/**
 * Every flyctl command of the workflow, in job and step order; with `keep`, only those it keeps
 * (located only then: a position costs a source-map lookup).
 */
export function locateFlyCommands(
  workflow: WorkflowFile,
  keep: (invocation: FlyInvocation) => boolean = () => true
): LocatedFlyCommand[] {
  const found: LocatedFlyCommand[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      if (step.run) {
        const run = step.run;
        // Each step in its dialect: a PowerShell step is not read as bash.
        const script = stepScript(step, [job.defaults, workflow.defaults], job.runsOn);
        if (!script) continue;
        const { statements, text, commands } = script;
        for (const invocation of findFlyInvocations(statements, text, commands)) {
          if (!keep(invocation)) continue;
          found.push({
            jobId: job.id,
            stepIndex: step.index,
            source: 'run',
            invocation,
            location: locateInValue(workflow.path, run.map, invocation.start, invocation.end)
          });
        }
        continue;
      }
      const uses = step.uses;
      // (An owner other than `superfly` rules the name out before it is spelled.)
      const isFlyctlAction =
        uses?.kind === 'action' &&
        uses.owner?.toLowerCase() === 'superfly' &&
        `${uses.owner}/${uses.repo}`.toLowerCase() === 'superfly/flyctl-actions' &&
        (uses.path ?? '') === '';
      if (!isFlyctlAction) continue;
      const args = step.with.find(kv => kv.key === 'args');
      if (!args?.isScalar || args.value === null) continue;
      const invocation = actionArgsInvocation(args.value);
      if (!invocation || !keep(invocation)) continue;
      found.push({
        jobId: job.id,
        stepIndex: step.index,
        source: 'action',
        invocation,
        location: locateInValue(workflow.path, args.valueMap, invocation.start, invocation.end)
      });
    }
  }
  return found;
}
