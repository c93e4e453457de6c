// Who made the token. IsUser (10, `[id]`) is plain metadata. The attestations FlyioUserID (23),
// GitHubUserID (24) and GoogleUserID (25, big-endian bytes) are positive assertions a discharge
// makes; top-level validation skips them and they refuse anything when nested.
import { ALLOW, deny, type Verdict } from '../access-model.js';
import { jsonInteger, type JsonValue } from '../json.js';
import { asArray, asBytes, asUint, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, type CaveatDefinition } from './caveat.js';

export class IsUserCaveat extends BaseCaveat {
  readonly type = 10n;
  readonly name = 'IsUser';

  constructor(
    raw: Uint8Array,
    readonly userId: bigint
  ) {
    super(raw);
  }

  describe(): JsonValue {
    return { uint64: jsonInteger(this.userId) }; // sic: the library's JSON key
  }

  prohibits(): Verdict {
    return ALLOW;
  }
}

abstract class AttestationCaveat extends BaseCaveat {
  override readonly isAttestation = true;

  constructor(
    raw: Uint8Array,
    readonly userId: bigint
  ) {
    super(raw);
  }

  describe(): JsonValue {
    return jsonInteger(this.userId);
  }

  prohibits(): Verdict {
    return deny('bad caveat (attestations cannot authorize an access)');
  }
}

export class FlyioUserIdCaveat extends AttestationCaveat {
  readonly type = 23n;
  readonly name = 'FlyioUserID';
}

export class GitHubUserIdCaveat extends AttestationCaveat {
  readonly type = 24n;
  readonly name = 'GitHubUserID';
}

export class GoogleUserIdCaveat extends AttestationCaveat {
  readonly type = 25n;
  readonly name = 'GoogleUserID';
}

function bigEndian(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

export const isUserDefinition: CaveatDefinition = {
  type: 10n,
  name: 'IsUser',
  decode(raw) {
    const [id] = asArray(decodeValue(raw), '[userId]', 1);
    return new IsUserCaveat(raw, asUint(id, 'a user id'));
  }
};

export const flyioUserIdDefinition: CaveatDefinition = {
  type: 23n,
  name: 'FlyioUserID',
  decode: raw => new FlyioUserIdCaveat(raw, asUint(decodeValue(raw), 'a user id'))
};

export const gitHubUserIdDefinition: CaveatDefinition = {
  type: 24n,
  name: 'GitHubUserID',
  decode: raw => new GitHubUserIdCaveat(raw, asUint(decodeValue(raw), 'a user id'))
};

export const googleUserIdDefinition: CaveatDefinition = {
  type: 25n,
  name: 'GoogleUserID',
  decode: raw => new GoogleUserIdCaveat(raw, bigEndian(asBytes(decodeValue(raw), 'user id bytes')))
};
