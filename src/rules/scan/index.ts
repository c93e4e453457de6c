// The scan rules: workflow and repository checks for risky Fly token handling, in the order
// their findings are reported. Pure: they read a ScanContext built from texts.
import { forgetScriptParses } from '../../workflow/index.js';
import type { Finding } from '../types.js';
import type { ScanContext } from './context.js';
import { keepSecretsReadElsewhere, noEnvironment, secretNamesReadBy } from './no-environment.js';
import { PER_WORKFLOW_RULES, ruleFailure, scanRules } from './rule-list.js';

export { ruleFailure, scanRules };

/**
 * Every scan rule over one context. A rule that throws on odd input costs only its own
 * findings; the message says which rule, so the scan still reports the rest.
 *
 * Per-workflow rules go through the workflows one by one (inferring deferred needs on the way)
 * and the shell parses of each workflow's scripts are released once its rules are done, so a
 * scan of many workflows never holds all of them. Findings come out as if every rule had seen
 * the whole context in turn: the same findings, in the same order.
 */
export function runScanRules(context: ScanContext): { findings: Finding[]; errors: string[] } {
  const byRule: Finding[][] = scanRules.map(() => []);
  const failures = new Map<number, string>();
  const run = (index: number, scope: ScanContext): void => {
    const rule = scanRules[index];
    if (!rule || failures.has(index)) return;
    try {
      const list = byRule[index];
      for (const finding of rule.check(scope)) list?.push(finding);
    } catch (error) {
      failures.set(index, ruleFailure(rule.id, error));
      byRule[index] = [];
    }
  };
  const perWorkflow = scanRules
    .map((rule, index) => (PER_WORKFLOW_RULES.has(rule.id) ? index : -1))
    .filter(index => index >= 0);
  for (const scanned of context.workflows) {
    const one: ScanContext = { ...context, workflows: [scanned], actions: [] };
    for (const index of perWorkflow) run(index, one);
    forgetScriptParses(scanned.workflow.jobs.flatMap(job => job.steps));
  }
  const actionsOnly: ScanContext = { ...context, workflows: [] };
  for (const index of perWorkflow) run(index, actionsOnly);
  scanRules.forEach((rule, index) => {
    if (!PER_WORKFLOW_RULES.has(rule.id)) run(index, context);
  });
  keepSecretsReadElsewhere(
    byRule[scanRules.indexOf(noEnvironment)] ?? [],
    context.workflows.map(({ workflow }) => ({
      path: workflow.path,
      secretsRead: secretNamesReadBy(workflow)
    }))
  );
  return {
    findings: byRule.flat(),
    errors: [...failures].sort(([a], [b]) => a - b).map(([, message]) => message)
  };
}

export { buildScanContext, type ScanContext, type ScanTextFile } from './context.js';
export { isFlyTokenName } from './fly-secrets.js';
export {
  applyIgnores,
  globToRegExp,
  IGNORE_FILE,
  inlineDirectiveLines,
  isIgnoredInline,
  parseIgnoreFile
} from './ignore.js';
export { findTokenLiterals, looksLikePlaceholder } from './token-literals.js';
export { type Outcome } from './digest.js';
