// Type 0, Organization: `[orgId, mask]`. The access must name this org and stay within the mask.
import { actionLetters } from '../actions.js';
import {
  actionsWithin,
  deny,
  unspecified,
  type NormalizedAccess,
  type Verdict
} from '../access-model.js';
import { jsonInteger, type JsonValue } from '../json.js';
import { asArray, asMask, asUint, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, defineCaveat, type CaveatKind } from './caveat.js';

export class OrganizationCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly id: bigint,
    readonly mask: number
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return { id: jsonInteger(this.id), mask: actionLetters(this.mask) };
  }

  prohibits(a: NormalizedAccess): Verdict {
    if (a.orgId === undefined) return unspecified('org');
    if (this.id !== 0n && this.id !== a.orgId) {
      return deny(`unauthorized for org ${a.orgId}, only ${this.id}`);
    }
    return actionsWithin(a.action, this.mask);
  }
}

export const organizationDefinition = defineCaveat(0n, 'Organization', (raw, kind) => {
  const [id, mask] = asArray(decodeValue(raw), '[orgId, mask]', 2);
  return new OrganizationCaveat(
    raw,
    kind,
    asUint(id, 'an org id'),
    asMask(mask, 'an action mask', 16)
  );
});
