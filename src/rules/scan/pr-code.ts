// Where a job running on `pull_request_target` or `workflow_run` brings in code or data that the
// author of a pull request controls: a checkout of the PR head, artifacts of the triggering run,
// or event fields (titles, branch names) interpolated into a script.
import { findExpressions } from '../../workflow/expressions.js';
import type { Job, SourceLocation, Step } from '../../workflow/index.js';
import { mayRun, type EventFacts } from './conditions.js';

export type UntrustedEvent = 'pull_request_target' | 'workflow_run';

export interface UntrustedInput {
  stepIndex: number;
  kind: 'checkout' | 'artifact' | 'injection';
  /** What the step does, for messages: "checks out the pull request's head". */
  what: string;
  location: SourceLocation;
}

/** Expressions naming the pull request's own code. */
const PR_HEAD =
  /github\.event\.pull_request\.head\.(?:sha|ref|repo)|github\.head_ref|github\.event\.pull_request\.merge_commit_sha|refs\/pull\/|github\.event\.(?:number|pull_request\.number)/i;
/** Expressions naming the code of the run that triggered a workflow_run. */
const RUN_HEAD =
  /github\.event\.workflow_run\.(?:head_sha|head_branch|head_commit|head_repository|pull_requests)/i;

/** Event fields whose text the pull request's author chooses. */
const INJECTABLE =
  /github\.head_ref|github\.event\.(?:pull_request\.(?:title|body|head\.ref|head\.label|head\.repo\.(?:description|homepage|default_branch))|issue\.(?:title|body)|comment\.body|review\.body|review_comment\.body|head_commit\.(?:message|author\.(?:name|email))|workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:name|email))|display_title|pull_requests))/i;

function isAction(step: Step, ownerRepo: RegExp): boolean {
  const uses = step.uses;
  return uses !== null && uses.kind === 'action' && ownerRepo.test(`${uses.owner}/${uses.repo}`);
}

function withValue(step: Step, key: string): string | null {
  return step.with.find(kv => kv.key === key)?.value ?? null;
}

/** The head pattern, plus `inputs.X` for the inputs a caller filled with the head. */
export function headPattern(event: UntrustedEvent, headInputs: ReadonlySet<string>): RegExp {
  const base = event === 'pull_request_target' ? PR_HEAD : RUN_HEAD;
  if (headInputs.size === 0) return base;
  const names = [...headInputs].map(n => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
  return new RegExp(`${base.source}|\\binputs\\.(?:${names})\\b`, 'i');
}

function checkoutOfHead(step: Step, head: RegExp): boolean {
  if (!isAction(step, /^actions\/checkout$/i)) return false;
  const ref = withValue(step, 'ref') ?? '';
  const repository = withValue(step, 'repository') ?? '';
  return head.test(ref) || head.test(repository);
}

/** `gh pr checkout`, `git fetch origin pull/1/head`, `git checkout ${{ ...head.sha }}`. */
function scriptFetchesHead(step: Step, event: UntrustedEvent, head: RegExp): number | null {
  const run = step.run;
  if (!run) return null;
  for (const line of run.lines) {
    const text = line.text;
    if (event === 'pull_request_target' && /\bgh\s+pr\s+checkout\b/.test(text)) return line.line;
    if (event === 'workflow_run' && /\bgh\s+run\s+download\b/.test(text)) return line.line;
    const git = /\bgit\s+(?:fetch|checkout|switch|pull|merge|reset|worktree|clone)\b/.test(text);
    if (git && (head.test(text) || /\bpull\/[^\s]*\/(?:head|merge)\b/.test(text))) {
      return line.line;
    }
  }
  return null;
}

function downloadsRunArtifacts(step: Step): boolean {
  const uses = step.uses;
  if (uses === null || uses.kind !== 'action') return false;
  const name = `${uses.owner}/${uses.repo}`.toLowerCase();
  if (name === 'actions/download-artifact') {
    return step.with.some(kv => ['run-id', 'github-token'].includes(kv.key));
  }
  if (/download-artifact/.test(name)) return true;
  if (name === 'actions/github-script') {
    return /downloadArtifact|listWorkflowRunArtifacts/.test(withValue(step, 'script') ?? '');
  }
  return false;
}

function injection(step: Step): string | null {
  const texts = [step.run?.text ?? ''];
  if (isAction(step, /^actions\/github-script$/i)) texts.push(withValue(step, 'script') ?? '');
  for (const text of texts) {
    for (const span of findExpressions(text)) {
      const match = INJECTABLE.exec(span.inner);
      if (match) return match[0];
    }
  }
  return null;
}

/** Steps of a job that bring in what a pull request's author controls, in step order. */
export function untrustedInputs(
  job: Job,
  event: UntrustedEvent,
  facts: EventFacts,
  headInputs: ReadonlySet<string> = new Set()
): UntrustedInput[] {
  const found: UntrustedInput[] = [];
  const head = headPattern(event, headInputs);
  for (const step of job.steps) {
    if (!mayRun(step.if, facts)) continue;
    const where = step.uses?.location ?? step.run?.location ?? step.location;
    if (checkoutOfHead(step, head)) {
      found.push({
        stepIndex: step.index,
        kind: 'checkout',
        what:
          event === 'pull_request_target'
            ? "checks out the pull request's head"
            : "checks out the triggering run's head commit",
        location: where
      });
      continue;
    }
    const fetchLine = scriptFetchesHead(step, event, head);
    if (fetchLine !== null) {
      found.push({
        stepIndex: step.index,
        kind: event === 'workflow_run' ? 'artifact' : 'checkout',
        what:
          event === 'pull_request_target'
            ? "fetches the pull request's head in a script"
            : "fetches the triggering run's code or artifacts in a script",
        location: { ...where, line: fetchLine, column: 1, endLine: fetchLine }
      });
      continue;
    }
    if (event === 'workflow_run' && downloadsRunArtifacts(step)) {
      found.push({
        stepIndex: step.index,
        kind: 'artifact',
        what: "downloads the triggering run's artifacts (a pull request controls their content)",
        location: where
      });
      continue;
    }
    const field = injection(step);
    if (field !== null) {
      found.push({
        stepIndex: step.index,
        kind: 'injection',
        what: `interpolates \`${field}\` (text the pull request's author chooses) into a script`,
        location: where
      });
    }
  }
  return found;
}
