// The scan rules: workflow and repository checks for risky Fly token handling, in the order
// their findings are reported. Pure: they read a ScanContext built from texts.
import type { Finding, Rule } from '../types.js';
import type { ScanContext } from './context.js';
import { flyAuthToken } from './fly-auth-token.js';
import { hardcodedToken } from './hardcoded-token.js';
import { noEnvironment } from './no-environment.js';
import { pullRequestExposure } from './pull-request-exposure.js';
import { secretsInherit } from './secrets-inherit.js';
import { sharedToken } from './shared-token.js';
import { tokenLeak } from './token-leak.js';
import { unpinnedAction } from './unpinned-action.js';
import { untrustedTrigger } from './untrusted-trigger.js';
import { workflowEnvExposure } from './workflow-env-exposure.js';
import { workflowParseError } from './workflow-parse-error.js';

export const scanRules: readonly Rule<ScanContext>[] = [
  hardcodedToken,
  untrustedTrigger,
  unpinnedAction,
  tokenLeak,
  flyAuthToken,
  workflowEnvExposure,
  pullRequestExposure,
  secretsInherit,
  sharedToken,
  noEnvironment,
  workflowParseError
];

export {
  flyAuthToken,
  hardcodedToken,
  noEnvironment,
  pullRequestExposure,
  secretsInherit,
  sharedToken,
  tokenLeak,
  unpinnedAction,
  untrustedTrigger,
  workflowEnvExposure,
  workflowParseError
};

/**
 * Every scan rule over one context. A rule that throws on odd input costs only its own
 * findings; the message says which rule, so the scan still reports the rest.
 */
export function runScanRules(context: ScanContext): { findings: Finding[]; errors: string[] } {
  const findings: Finding[] = [];
  const errors: string[] = [];
  for (const rule of scanRules) {
    try {
      findings.push(...rule.check(context));
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
      errors.push(`rule ${rule.id} stopped early (${detail}); its findings are missing.`);
    }
  }
  return { findings, errors };
}

export {
  buildScanContext,
  type ScanContext,
  type ScanSources,
  type ScannedWorkflow,
  type ScanTextFile
} from './context.js';
export { indexFlySecrets, isFlyTokenName, type FlySecrets } from './fly-secrets.js';
export {
  applyIgnores,
  globToRegExp,
  IGNORE_FILE,
  isIgnoredInline,
  isIgnoredPath,
  parseIgnoreFile,
  type IgnoreFile
} from './ignore.js';
export {
  findTokenLiterals,
  looksLikePlaceholder,
  mayHoldTokenLiteral,
  type TokenLiteral
} from './token-literals.js';
