// Requirements a third party checks before it issues a discharge (they live in 3P tickets):
// ConfineUser (8), ConfineOrganization (9), ConfineGoogleHD (19), ConfineGitHubOrg (20) and
// MaxValidity (21). Against an ordinary access they are invalid, so they refuse it (as Fly does).
import { deny, type Verdict } from '../access-model.js';
import { jsonInteger, type JsonValue } from '../json.js';
import { asArray, asString, asUint, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, type CaveatDefinition } from './caveat.js';

const ONLY_FOR_DISCHARGES =
  'invalid access (this caveat only applies when discharging a 3P caveat)';

abstract class DischargeRequirement extends BaseCaveat {
  prohibits(): Verdict {
    return deny(ONLY_FOR_DISCHARGES);
  }
}

/** ConfineUser / ConfineOrganization: `[id]`, JSON `{"id": N}`. */
export class ConfineIdCaveat extends DischargeRequirement {
  constructor(
    raw: Uint8Array,
    readonly type: bigint,
    readonly name: string,
    readonly id: bigint
  ) {
    super(raw);
  }

  describe(): JsonValue {
    return { id: jsonInteger(this.id) };
  }
}

/** ConfineGitHubOrg / MaxValidity: a bare unsigned number. */
export class UintRequirementCaveat extends DischargeRequirement {
  constructor(
    raw: Uint8Array,
    readonly type: bigint,
    readonly name: string,
    readonly value: bigint
  ) {
    super(raw);
  }

  describe(): JsonValue {
    return jsonInteger(this.value);
  }
}

export class ConfineGoogleHdCaveat extends DischargeRequirement {
  readonly type = 19n;
  readonly name = 'ConfineGoogleHD';

  constructor(
    raw: Uint8Array,
    readonly hostedDomain: string
  ) {
    super(raw);
  }

  describe(): JsonValue {
    return this.hostedDomain;
  }
}

function confineId(type: bigint, name: string): CaveatDefinition {
  return {
    type,
    name,
    decode(raw) {
      const [id] = asArray(decodeValue(raw), '[id]', 1);
      return new ConfineIdCaveat(raw, type, name, asUint(id, 'an id'));
    }
  };
}

function uintRequirement(type: bigint, name: string): CaveatDefinition {
  return {
    type,
    name,
    decode: raw => new UintRequirementCaveat(raw, type, name, asUint(decodeValue(raw), 'a number'))
  };
}

export const confineUserDefinition = confineId(8n, 'ConfineUser');
export const confineOrganizationDefinition = confineId(9n, 'ConfineOrganization');
export const confineGitHubOrgDefinition = uintRequirement(20n, 'ConfineGitHubOrg');
export const maxValidityDefinition = uintRequirement(21n, 'MaxValidity');

export const confineGoogleHdDefinition: CaveatDefinition = {
  type: 19n,
  name: 'ConfineGoogleHD',
  decode: raw => new ConfineGoogleHdCaveat(raw, asString(decodeValue(raw), 'a domain'))
};
