// Type 0, Organization: `[orgId, mask]`. The access must name this org and stay within the mask.
import { actionLetters, isSubsetOf, missingBits } from '../actions.js';
import { ALLOW, deny, unspecified, type NormalizedAccess, type Verdict } from '../access-model.js';
import { jsonInteger, type JsonValue } from '../json.js';
import { asArray, asMask, asUint } from '../msgpack-values.js';
import {
  ALLOWED,
  BaseCaveat,
  REFUSED,
  UNSPECIFIED,
  type CaveatDefinition,
  type Judgement,
  type CaveatSource
} from './caveat.js';

export class OrganizationCaveat extends BaseCaveat {
  readonly type = 0n;
  readonly name = 'Organization';

  constructor(
    raw: CaveatSource,
    readonly id: bigint,
    readonly mask: number
  ) {
    super(raw);
  }

  describe(): JsonValue {
    return { id: jsonInteger(this.id), mask: actionLetters(this.mask) };
  }

  prohibits(a: NormalizedAccess): Verdict {
    if (a.orgId === undefined) return unspecified('org');
    if (this.id !== 0n && this.id !== a.orgId) {
      return deny(`unauthorized for org ${a.orgId}, only ${this.id}`);
    }
    if (!isSubsetOf(a.action, this.mask)) {
      const missing = actionLetters(missingBits(a.action, this.mask));
      return deny(`unauthorized for access ${actionLetters(a.action)} (${missing} not allowed)`);
    }
    return ALLOW;
  }

  /** The action is only checked against the mask: the allowed bits are the mask's. */
  judgeBits(a: NormalizedAccess, _bits: readonly number[], candidates: number): number {
    if (a.orgId === undefined) return 0;
    if (this.id !== 0n && this.id !== a.orgId) return 0;
    return candidates & this.mask;
  }

  /** Unspecified exactly when the access names no org, whatever the action. */
  specifiedBits(a: NormalizedAccess, candidates: number): number {
    return a.orgId === undefined ? 0 : candidates;
  }

  /** prohibits, without the refusal messages. */
  override judge(a: NormalizedAccess): Judgement {
    if (a.orgId === undefined) return UNSPECIFIED;
    if (this.id !== 0n && this.id !== a.orgId) return REFUSED;
    return isSubsetOf(a.action, this.mask) ? ALLOWED : REFUSED;
  }
}

export const organizationDefinition: CaveatDefinition = {
  type: 0n,
  name: 'Organization',
  decode(body) {
    const [id, mask] = asArray(body.value(), '[orgId, mask]', 2);
    return new OrganizationCaveat(
      body,
      asUint(id, 'an org id'),
      asMask(mask, 'an action mask', 16)
    );
  }
};
