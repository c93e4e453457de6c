// workflow-parse-error: a workflow or action file that is not valid YAML, or that GitHub's
// workflow schema rejects. The scan goes on with whatever could be read; this finding says the
// rest of the file was not checked (and GitHub will not run it as written).
import type { WorkflowProblem } from '../../workflow/index.js';
import type { Finding, Rule } from '../types.js';
import { advice } from '../types.js';
import type { ScanContext } from './context.js';
import { plural } from '../words.js';

/** More problems than this per file are summed up in the last finding. */
const MAX_PER_FILE = 3;

function findingsFor(kind: 'workflow' | 'action', problems: readonly WorkflowProblem[]): Finding[] {
  const shown = problems.slice(0, MAX_PER_FILE);
  const more = problems.length - shown.length;
  return shown.map((problem, i) => {
    const broken = problem.kind === 'yaml';
    const limited = problem.kind === 'limit';
    const tail =
      i === shown.length - 1 && more > 0 ? ` (${plural(more, 'more problem')} in this file)` : '';
    const message = broken
      ? `This ${kind} file could not be read: ${problem.message}${tail}. GitHub will not run it, and fly-token-guard checked only the parts it could read.`
      : limited
        ? `fly-token-guard did not read all of this ${kind} file: ${problem.message}${tail}. What it skipped was not checked.`
        : `GitHub’s ${kind} schema rejects this: ${problem.message}${tail}. The rest of the file was checked.`;
    return {
      rule: 'workflow-parse-error',
      severity: broken || limited ? 'low' : 'info',
      message,
      location: problem.location,
      fix: advice(
        broken
          ? 'Fix the YAML syntax at this position (indentation, quoting, a `:` or `#` inside an unquoted value).'
          : limited
            ? 'Split or shorten the file (very long lines, huge scripts or alias bombs are not read), or review it by hand.'
            : 'Fix the key or value GitHub rejects; `actionlint` shows the same problem with more context.'
      )
    };
  });
}

export const workflowParseError: Rule<ScanContext> = {
  id: 'workflow-parse-error',
  defaultSeverity: 'low',
  title: 'Workflow or action file does not parse',
  help:
    'The file is not valid YAML (low: GitHub will not run it and the scan could read only part ' +
    'of it) or GitHub’s workflow schema rejects it (info). The scan reports what it could read.',
  check(context): Finding[] {
    return [
      ...context.workflows.flatMap(({ workflow }) => findingsFor('workflow', workflow.errors)),
      ...context.actions.flatMap(action => findingsFor('action', action.errors))
    ];
  }
};
