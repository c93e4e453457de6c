// Requirements a third party checks before it issues a discharge (they live in 3P tickets):
// ConfineUser (8), ConfineOrganization (9), ConfineGoogleHD (19), ConfineGitHubOrg (20) and
// MaxValidity (21). Against an ordinary access they are invalid, so they refuse it (as Fly does).
// They differ only in the shape of their body, so they are one class.
import { deny, type Verdict } from '../access-model.js';
import { jsonInteger, type JsonValue } from '../json.js';
import { asArray, asString, asUint, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, defineCaveat, type CaveatDefinition, type CaveatKind } from './caveat.js';

class DischargeRequirementCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    /** The body as the library renders it in JSON. */
    private readonly json: JsonValue
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return this.json;
  }

  prohibits(): Verdict {
    return deny('invalid access (this caveat only applies when discharging a 3P caveat)');
  }
}

function requirement(
  type: bigint,
  name: string,
  read: (value: unknown) => JsonValue
): CaveatDefinition {
  return defineCaveat(
    type,
    name,
    (raw, kind) => new DischargeRequirementCaveat(raw, kind, read(decodeValue(raw)))
  );
}

/** ConfineUser / ConfineOrganization: `[id]`, JSON `{"id": N}`. */
const confineId = (value: unknown): JsonValue => {
  const [id] = asArray(value, '[id]', 1);
  return { id: jsonInteger(asUint(id, 'an id')) };
};
/** ConfineGitHubOrg / MaxValidity: a bare unsigned number. */
const uint = (value: unknown): JsonValue => jsonInteger(asUint(value, 'a number'));

export const confineUserDefinition = requirement(8n, 'ConfineUser', confineId);
export const confineOrganizationDefinition = requirement(9n, 'ConfineOrganization', confineId);
export const confineGoogleHdDefinition = requirement(19n, 'ConfineGoogleHD', value =>
  asString(value, 'a domain')
);
export const confineGitHubOrgDefinition = requirement(20n, 'ConfineGitHubOrg', uint);
export const maxValidityDefinition = requirement(21n, 'MaxValidity', uint);
