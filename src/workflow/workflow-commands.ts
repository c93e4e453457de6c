// Every flyctl command a workflow runs, with its job, step and file position, as written (no
// value resolution). For the scanner: `fly auth token`, `-t ${{ secrets.X }}`, and so on.
import {
  actionArgsWords,
  findFlyInvocations,
  parseFlyArguments,
  type FlyInvocation
} from './fly-commands.js';
import type { WorkflowFile } from './model.js';
import { locateInValue } from './parse-workflow.js';
import { parsedScript } from './script-parse.js';
import type { SourceLocation } from './types.js';

export interface LocatedFlyCommand {
  jobId: string;
  stepIndex: number;
  /** `run`: in a script; `action`: the `args` of `superfly/flyctl-actions`. */
  source: 'run' | 'action';
  invocation: FlyInvocation;
  /** From the first word of the command to the end of its last word. */
  location: SourceLocation;
}

export function locateFlyCommands(workflow: WorkflowFile): LocatedFlyCommand[] {
  const found: LocatedFlyCommand[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      if (step.run) {
        const run = step.run;
        for (const invocation of findFlyInvocations(parsedScript(run), run.text)) {
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
      const isFlyctlAction =
        uses?.kind === 'action' &&
        `${uses.owner}/${uses.repo}`.toLowerCase() === 'superfly/flyctl-actions' &&
        (uses.path ?? '') === '';
      const args = step.with.find(kv => kv.key === 'args');
      if (!isFlyctlAction || !args?.isScalar || args.value === null) continue;
      const text = args.value;
      const words = actionArgsWords(text);
      if (words.length === 0) continue;
      const start = words[0]?.start ?? 0;
      const end = words[words.length - 1]?.end ?? start;
      found.push({
        jobId: job.id,
        stepIndex: step.index,
        source: 'action',
        invocation: {
          program: 'flyctl',
          ...parseFlyArguments(words),
          assignments: [],
          start,
          end,
          text: `flyctl ${text.slice(start, end)}`
        },
        location: locateInValue(workflow.path, args.valueMap, start, end)
      });
    }
  }
  return found;
}
