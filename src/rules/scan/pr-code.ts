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

/**
 * What a step could bring in from a pull request, as plain data: enough to tell, for any head
 * pattern, whether it does (`untrustedInputsOf`). Kept per step of every job by the scan's
 * workflow digest, for callers that fill a reusable workflow's inputs with the head.
 */
export interface PrCodeStep {
  index: number;
  if: string | null;
  /** Where a finding points: its `uses:`, else its `run:`, else the step. */
  where: SourceLocation;
  /** An `actions/checkout` step: its `ref` and `repository` inputs ('' when not given). */
  checkout: { ref: string; repository: string } | null;
  /** Script lines that run gh or git commands (the only ones that can fetch code). */
  scriptLines: Array<{ line: number; text: string }>;
  downloadsArtifacts: boolean;
  /** The injectable event field interpolated into a script, if any. */
  injection: string | null;
}

function checkoutOfHead(step: PrCodeStep, head: RegExp): boolean {
  if (!step.checkout) return false;
  return head.test(step.checkout.ref) || head.test(step.checkout.repository);
}

const FETCH_COMMAND =
  /\bgh\s+pr\s+checkout\b|\bgh\s+run\s+download\b|\bgit\s+(?:fetch|checkout|switch|pull|merge|reset|worktree|clone)\b/;

/** `gh pr checkout`, `git fetch origin pull/1/head`, `git checkout ${{ ...head.sha }}`. */
function scriptFetchesHead(step: PrCodeStep, event: UntrustedEvent, head: RegExp): number | null {
  for (const { line, text } of step.scriptLines) {
    if (event === 'pull_request_target' && /\bgh\s+pr\s+checkout\b/.test(text)) return line;
    if (event === 'workflow_run' && /\bgh\s+run\s+download\b/.test(text)) return line;
    const git = /\bgit\s+(?:fetch|checkout|switch|pull|merge|reset|worktree|clone)\b/.test(text);
    if (git && (head.test(text) || /\bpull\/[^\s]*\/(?:head|merge)\b/.test(text))) {
      return line;
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

/**
 * Script lines that fetch code. A line that matches matches inside the whole script too (no
 * anchors; a line break is a word boundary), so most scripts are ruled out without their lines.
 */
function fetchLines(step: Step): Array<{ line: number; text: string }> {
  if (!step.run || !FETCH_COMMAND.test(step.run.text)) return [];
  return step.run.lines
    .filter(l => FETCH_COMMAND.test(l.text))
    .map(l => ({ line: l.line, text: l.text }));
}

/** A job's steps as `PrCodeStep`s, in step order. */
export function prCodeSteps(job: Job): PrCodeStep[] {
  return job.steps.map(step => ({
    index: step.index,
    if: step.if,
    where: step.uses?.location ?? step.run?.location ?? step.location,
    checkout: isAction(step, /^actions\/checkout$/i)
      ? { ref: withValue(step, 'ref') ?? '', repository: withValue(step, 'repository') ?? '' }
      : null,
    scriptLines: fetchLines(step),
    downloadsArtifacts: downloadsRunArtifacts(step),
    injection: injection(step)
  }));
}

/** Steps of a job that bring in what a pull request's author controls, in step order. */
export function untrustedInputs(
  job: Job,
  event: UntrustedEvent,
  facts: EventFacts,
  headInputs: ReadonlySet<string> = new Set()
): UntrustedInput[] {
  return untrustedInputsOf(prCodeSteps(job), event, facts, headInputs);
}

/** `untrustedInputs` over steps already reduced to `PrCodeStep`s. */
export function untrustedInputsOf(
  steps: readonly PrCodeStep[],
  event: UntrustedEvent,
  facts: EventFacts,
  headInputs: ReadonlySet<string> = new Set()
): UntrustedInput[] {
  const found: UntrustedInput[] = [];
  const head = headPattern(event, headInputs);
  for (const step of steps) {
    if (!mayRun(step.if, facts)) continue;
    const where = step.where;
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
    if (event === 'workflow_run' && step.downloadsArtifacts) {
      found.push({
        stepIndex: step.index,
        kind: 'artifact',
        what: "downloads the triggering run's artifacts (a pull request controls their content)",
        location: where
      });
      continue;
    }
    const field = step.injection;
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
