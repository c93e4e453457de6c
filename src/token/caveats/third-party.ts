// Type 11, 3P: `[location, verifierKey, ticket]`, a demand for a discharge from a third party.
// Type 12, BindToParentToken: the discharge's binding to its permission token.
// Both belong to signature verification, not access validation (Fly strips them before Validate),
// so they only refuse an access when misplaced inside an IfPresent.
import { deny, type Verdict } from '../access-model.js';
import { jsonBytes, type JsonValue } from '../json.js';
import { asArray, asOptionalBytes, asString, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, defineCaveat, type CaveatKind } from './caveat.js';

export class ThirdPartyCaveat extends BaseCaveat {
  override readonly verificationOnly = true;

  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly location: string,
    readonly verifierKey: Uint8Array | null,
    readonly ticket: Uint8Array | null
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return {
      Location: this.location,
      VerifierKey: jsonBytes(this.verifierKey),
      Ticket: jsonBytes(this.ticket)
    };
  }

  prohibits(): Verdict {
    return deny('bad caveat (3rd party caveat)');
  }
}

export class BindToParentTokenCaveat extends BaseCaveat {
  override readonly verificationOnly = true;

  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly binding: Uint8Array | null
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return jsonBytes(this.binding);
  }

  prohibits(): Verdict {
    return deny('bad caveat (bind-to-parent)');
  }
}

export const thirdPartyDefinition = defineCaveat(11n, '3P', (raw, kind) => {
  const [location, verifierKey, ticket] = asArray(
    decodeValue(raw),
    '[location, verifierKey, ticket]',
    3
  );
  return new ThirdPartyCaveat(
    raw,
    kind,
    asString(location, 'a location'),
    asOptionalBytes(verifierKey, 'verifier key bytes'),
    asOptionalBytes(ticket, 'ticket bytes')
  );
});

export const bindToParentTokenDefinition = defineCaveat(
  12n,
  'BindToParentToken',
  (raw, kind) =>
    new BindToParentTokenCaveat(raw, kind, asOptionalBytes(decodeValue(raw), 'binding bytes'))
);
