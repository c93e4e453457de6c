// The scan rules in the order their findings are reported, and which of them look at one
// workflow at a time. Its own module so the one-workflow digest (digest.ts) and the repository
// phase (repository.ts) share one list.
import type { Rule, RuleMeta } from '../types.js';
import type { ScanContext } from './context.js';
import { flyAuthToken } from './fly-auth-token.js';
import { hardcodedToken } from './hardcoded-token.js';
import { noEnvironment } from './no-environment.js';
import { pullRequestExposure } from './pull-request-exposure.js';
import { secretsInherit } from './secrets-inherit.js';
import { sharedToken } from './shared-token.js';
import { tokenLeak } from './token-leak.js';
import { unpinnedAction } from './unpinned-action.js';
import { unseenNeeds } from './unseen-needs.js';
import { untrustedTrigger } from './untrusted-trigger.js';
import { workflowEnvExposure } from './workflow-env-exposure.js';
import { workflowParseError } from './workflow-parse-error.js';

/** Every scan rule, in the order their findings are reported. */
export const scanRules: readonly RuleMeta[] = [
  hardcodedToken,
  untrustedTrigger,
  unpinnedAction,
  tokenLeak,
  flyAuthToken,
  workflowEnvExposure,
  pullRequestExposure,
  secretsInherit,
  sharedToken,
  unseenNeeds,
  noEnvironment,
  workflowParseError
];

/**
 * Rules whose findings about a workflow depend on that workflow (and the repository-wide Fly
 * secret index) alone, and whose findings about actions depend on the actions alone: they run
 * one workflow at a time. The others (callers and callees, a token shared across files, every
 * text file) see the whole repository, through their own findings functions.
 */
export const perWorkflowRules: ReadonlyMap<string, Rule<ScanContext>> = new Map(
  [
    unpinnedAction,
    tokenLeak,
    flyAuthToken,
    workflowEnvExposure,
    unseenNeeds,
    noEnvironment,
    workflowParseError
  ].map(rule => [rule.id, rule])
);

/** The note for a rule that threw: it costs only that rule's findings. */
export function ruleFailure(ruleId: string, error: unknown): string {
  const detail = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
  return `rule ${ruleId} stopped early (${detail}); its findings are missing.`;
}
