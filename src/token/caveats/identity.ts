// Who made the token. IsUser (10, `[id]`) is plain metadata. The attestations FlyioUserID (23),
// GitHubUserID (24) and GoogleUserID (25, big-endian bytes) are positive assertions a discharge
// makes; top-level validation skips them and they refuse anything when nested.
import { ALLOW, deny, type Verdict } from '../access-model.js';
import { jsonInteger, type JsonValue } from '../json.js';
import { asArray, asBytes, asUint, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, defineCaveat, type CaveatDefinition, type CaveatKind } from './caveat.js';

export class IsUserCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly userId: bigint
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return { uint64: jsonInteger(this.userId) }; // sic: the library's JSON key
  }

  prohibits(): Verdict {
    return ALLOW;
  }
}

/** An attestation: which user a third party vouches for. The three differ only in their data. */
export class AttestationCaveat extends BaseCaveat {
  override readonly isAttestation = true;

  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly userId: bigint
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return jsonInteger(this.userId);
  }

  prohibits(): Verdict {
    return deny('bad caveat (attestations cannot authorize an access)');
  }
}

function bigEndian(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

function attestation(
  type: bigint,
  name: string,
  read: (value: unknown) => bigint
): CaveatDefinition {
  return defineCaveat(
    type,
    name,
    (raw, kind) => new AttestationCaveat(raw, kind, read(decodeValue(raw)))
  );
}

export const isUserDefinition = defineCaveat(10n, 'IsUser', (raw, kind) => {
  const [id] = asArray(decodeValue(raw), '[userId]', 1);
  return new IsUserCaveat(raw, kind, asUint(id, 'a user id'));
});

const uintId = (value: unknown): bigint => asUint(value, 'a user id');
export const flyioUserIdDefinition = attestation(23n, 'FlyioUserID', uintId);
export const gitHubUserIdDefinition = attestation(24n, 'GitHubUserID', uintId);
/** Google's user ids are big-endian bytes. */
export const googleUserIdDefinition = attestation(25n, 'GoogleUserID', value =>
  bigEndian(asBytes(value, 'user id bytes'))
);
