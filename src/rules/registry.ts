// The token rules the check engine runs. Scan rules live in ./scan/index.js and load only in
// scan mode, so a token check never pays for them.
import type { TokenRuleContext } from './context.js';
import { onlineRules } from './online/index.js';
import { offlineTokenRules } from './token/index.js';
import type { Rule, RuleMeta } from './types.js';

export const tokenRules: readonly Rule<TokenRuleContext>[] = [...offlineTokenRules, ...onlineRules];

export function ruleMeta(rules: readonly RuleMeta[]): RuleMeta[] {
  return rules.map(({ id, defaultSeverity, title, help }) => ({
    id,
    defaultSeverity,
    title,
    help
  }));
}
