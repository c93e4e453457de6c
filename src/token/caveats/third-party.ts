// Type 11, 3P: `[location, verifierKey, ticket]`, a demand for a discharge from a third party.
// Type 12, BindToParentToken: the discharge's binding to its permission token.
// Both belong to signature verification, not access validation (Fly strips them before Validate),
// so they only refuse an access when misplaced inside an IfPresent.
import { deny, type Verdict } from '../access-model.js';
import { jsonBytes, type JsonValue } from '../json.js';
import { asArray, asOptionalBytes, asString, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, type CaveatDefinition } from './caveat.js';

export class ThirdPartyCaveat extends BaseCaveat {
  readonly type = 11n;
  readonly name = '3P';
  override readonly verificationOnly = true;

  constructor(
    raw: Uint8Array,
    readonly location: string,
    readonly verifierKey: Uint8Array | null,
    readonly ticket: Uint8Array | null
  ) {
    super(raw);
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
  readonly type = 12n;
  readonly name = 'BindToParentToken';
  override readonly verificationOnly = true;

  constructor(
    raw: Uint8Array,
    readonly binding: Uint8Array | null
  ) {
    super(raw);
  }

  describe(): JsonValue {
    return jsonBytes(this.binding);
  }

  prohibits(): Verdict {
    return deny('bad caveat (bind-to-parent)');
  }
}

export const thirdPartyDefinition: CaveatDefinition = {
  type: 11n,
  name: '3P',
  decode(raw) {
    const [location, verifierKey, ticket] = asArray(
      decodeValue(raw),
      '[location, verifierKey, ticket]',
      3
    );
    return new ThirdPartyCaveat(
      raw,
      asString(location, 'a location'),
      asOptionalBytes(verifierKey, 'verifier key bytes'),
      asOptionalBytes(ticket, 'ticket bytes')
    );
  }
};

export const bindToParentTokenDefinition: CaveatDefinition = {
  type: 12n,
  name: 'BindToParentToken',
  decode: raw =>
    new BindToParentTokenCaveat(raw, asOptionalBytes(decodeValue(raw), 'binding bytes'))
};
