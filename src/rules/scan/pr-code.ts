// Where a job running on `pull_request_target`, `workflow_run` or a comment event brings in code
// or data that someone else controls: a checkout of the PR head, artifacts of the triggering run,
// event fields (titles, branch names, comments) interpolated into a script, or an AI agent that
// takes its instructions from that text and has a shell.
import { findExpressions } from '../../workflow/expressions.js';
import type { Job, RunDefaults, SourceLocation, Step } from '../../workflow/index.js';
import { agentOf } from './agents.js';
import { mayRun, type EventFacts } from './conditions.js';

type CommentEvent = 'issue_comment' | 'pull_request_review_comment' | 'discussion_comment';
export type UntrustedEvent = 'pull_request_target' | 'workflow_run' | CommentEvent;

export const isCommentEvent = (event: UntrustedEvent): event is CommentEvent =>
  event !== 'pull_request_target' && event !== 'workflow_run';

export interface UntrustedInput {
  stepIndex: number;
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

/**
 * Expressions a comment-triggered workflow uses for the pull request's code: its number or ref
 * (`refs/pull/N/head`), text from the comment, or what an earlier step looked up (`head_sha`,
 * `ref` outputs of a step or job: the pull request's head, in such a workflow).
 */
const COMMENT_HEAD =
  /refs\/pull\/|github\.event\.(?:issue\.number|pull_request\.(?:head\.(?:sha|ref|repo)|number)|comment\.body)|github\.head_ref|\b(?:steps|needs)\.[\w-]+\.outputs\.[\w-]*(?:head|sha|ref|branch)/i;

/** Event fields whose text the pull request's author (or a commenter) chooses. */
const INJECTABLE =
  /github\.head_ref|github\.event\.(?:pull_request\.(?:title|body|head\.ref|head\.label|head\.repo\.(?:description|homepage|default_branch))|issue\.(?:title|body)|discussion\.(?:title|body)|comment\.body|review\.body|review_comment\.body|head_commit\.(?:message|author\.(?:name|email))|workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:name|email))|display_title|pull_requests))/i;

function isAction(step: Step, ownerRepo: RegExp): boolean {
  const uses = step.uses;
  return uses !== null && uses.kind === 'action' && ownerRepo.test(`${uses.owner}/${uses.repo}`);
}

function withValue(step: Step, key: string): string | null {
  return step.with.find(kv => kv.key === key)?.value ?? null;
}

/** The head pattern, plus `inputs.X` for the inputs a caller filled with the head. */
export function headPattern(event: UntrustedEvent, headInputs: ReadonlySet<string>): RegExp {
  const base =
    event === 'pull_request_target' ? PR_HEAD : event === 'workflow_run' ? RUN_HEAD : COMMENT_HEAD;
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
  /** The AI agent the step starts (an action or a CLI), if any. */
  agent: string | null;
}

function checkoutOfHead(step: PrCodeStep, head: RegExp): boolean {
  if (!step.checkout) return false;
  return head.test(step.checkout.ref) || head.test(step.checkout.repository);
}

const FETCH_COMMAND =
  /\b(?:gh|hub)\s+pr\s+checkout\b|\bgh\s+run\s+download\b|\bgit\s+(?:fetch|checkout|switch|pull|merge|reset|worktree|clone)\b/;

/** `gh pr checkout`, `git fetch origin pull/1/head`, `git checkout ${{ ...head.sha }}`. */
function scriptFetchesHead(step: PrCodeStep, event: UntrustedEvent, head: RegExp): number | null {
  for (const { line, text } of step.scriptLines) {
    if (event !== 'workflow_run' && /\b(?:gh|hub)\s+pr\s+checkout\b/.test(text)) return line;
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
export function prCodeSteps(job: Job, workflowDefaults: RunDefaults): PrCodeStep[] {
  const defaults = [job.defaults, workflowDefaults];
  return job.steps.map(step => ({
    index: step.index,
    if: step.if,
    where: step.uses?.location ?? step.run?.location ?? step.location,
    checkout: isAction(step, /^actions\/checkout$/i)
      ? { ref: withValue(step, 'ref') ?? '', repository: withValue(step, 'repository') ?? '' }
      : null,
    scriptLines: fetchLines(step),
    downloadsArtifacts: downloadsRunArtifacts(step),
    injection: injection(step),
    agent: agentOf(step, defaults, job.runsOn)
  }));
}

/** What one step brings in from the pull request (or comment) under `head`, if anything. */
function inputOf(step: PrCodeStep, event: UntrustedEvent, head: RegExp): UntrustedInput | null {
  const at = { stepIndex: step.index, location: step.where };
  if (checkoutOfHead(step, head)) {
    const what =
      event === 'workflow_run'
        ? "checks out the triggering run's head commit"
        : "checks out the pull request's head";
    return { ...at, what };
  }
  const line = scriptFetchesHead(step, event, head);
  if (line !== null) {
    return {
      stepIndex: step.index,
      what:
        event === 'workflow_run'
          ? "fetches the triggering run's code or artifacts in a script"
          : "fetches the pull request's head in a script",
      location: { ...step.where, line, column: 1, endLine: line }
    };
  }
  if (event === 'workflow_run' && step.downloadsArtifacts) {
    const what = "downloads the triggering run's artifacts (a pull request controls their content)";
    return { ...at, what };
  }
  if (step.injection !== null) {
    const author = isCommentEvent(event) ? 'the commenter' : "the pull request's author";
    const what = `interpolates \`${step.injection}\` (text ${author} chooses) into a script`;
    return { ...at, what };
  }
  if (step.agent !== null) {
    const source = isCommentEvent(event) ? 'the comment' : 'the pull request';
    const what = `starts an AI agent (\`${step.agent}\`) that reads ${source} and can run commands`;
    return { ...at, what };
  }
  return null;
}

/** The first step that brings in what a pull request's author (or a commenter) controls. */
export function firstUntrustedInput(
  steps: readonly PrCodeStep[],
  event: UntrustedEvent,
  facts: EventFacts,
  headInputs: ReadonlySet<string>
): UntrustedInput | null {
  const head = headPattern(event, headInputs);
  for (const step of steps) {
    const input = mayRun(step.if, facts) ? inputOf(step, event, head) : null;
    if (input) return input;
  }
  return null;
}
