// The offline token rules, in the order their findings are reported.
import type { TokenRuleContext } from '../context.js';
import type { Rule } from '../types.js';
import { broaderThanNeeded } from './broader-than-needed.js';
import { excessiveLifetime } from './excessive-lifetime.js';
import { expired } from './expired.js';
import { expiringSoon } from './expiring-soon.js';
import { malformedToken } from './malformed-token.js';
import { missingCapability } from './missing-capability.js';
import { missingDischarge } from './missing-discharge.js';
import { notYetValid } from './not-yet-valid.js';
import { personalToken } from './personal-token.js';
import { tokenFormatting } from './token-formatting.js';
import { unknownNeeds } from './unknown-needs.js';

export const offlineTokenRules: readonly Rule<TokenRuleContext>[] = [
  personalToken,
  broaderThanNeeded,
  missingCapability,
  unknownNeeds,
  expired,
  notYetValid,
  expiringSoon,
  excessiveLifetime,
  malformedToken,
  tokenFormatting,
  missingDischarge
];
