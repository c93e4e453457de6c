// The online token rules: they read `context.online` and stay silent without it.
import type { TokenRuleContext } from '../context.js';
import type { Rule } from '../types.js';
import { invalidToken } from './invalid-token.js';
import { unverified } from './unverified.js';
import { wrongTarget } from './wrong-target.js';

export const onlineRules: readonly Rule<TokenRuleContext>[] = [
  invalidToken,
  wrongTarget,
  unverified
];

export { invalidToken, unverified, wrongTarget };
