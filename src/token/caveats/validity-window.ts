// Type 4, ValidityWindow: `[notBefore, notAfter]` Unix seconds (Go int64s). Checked only when the
// access carries a clock: the access summary is clock-free and reports expiry separately.
import { ALLOW, deny, type NormalizedAccess, type Verdict } from '../access-model.js';
import { jsonInteger, type JsonValue } from '../json.js';
import { asArray, asInt, decodeValue } from '../msgpack-values.js';
import { GO_MAX_UNIX_SECONDS, isoFromUnix } from '../time.js';
import { BaseCaveat, defineCaveat, type CaveatKind } from './caveat.js';

export class ValidityWindowCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly notBefore: bigint,
    readonly notAfter: bigint
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return { not_before: jsonInteger(this.notBefore), not_after: jsonInteger(this.notAfter) };
  }

  prohibits(a: NormalizedAccess): Verdict {
    if (a.now === undefined) return ALLOW;
    const now = BigInt(Math.floor(a.now));
    // Beyond Go's time range a bound wraps to a time long past (see GO_MAX_UNIX_SECONDS).
    if (this.notAfter > GO_MAX_UNIX_SECONDS) {
      return deny('token only valid until a time Go reads as long past');
    }
    if (now > this.notAfter) return deny(`token only valid until ${isoFromUnix(this.notAfter)}`);
    if (now < this.notBefore && this.notBefore <= GO_MAX_UNIX_SECONDS) {
      return deny(`token not valid until ${isoFromUnix(this.notBefore)}`);
    }
    return ALLOW;
  }
}

export const validityWindowDefinition = defineCaveat(4n, 'ValidityWindow', (raw, kind) => {
  const [notBefore, notAfter] = asArray(decodeValue(raw), '[notBefore, notAfter]', 2);
  return new ValidityWindowCaveat(
    raw,
    kind,
    asInt(notBefore, 'a Unix time'),
    asInt(notAfter, 'a Unix time')
  );
});
