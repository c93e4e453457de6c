// Any type number without a module (up to 2^64-1): kept with its raw bytes. Fly refuses every
// access through a caveat it does not know, so this caveat does too.
import { deny, type Verdict } from '../access-model.js';
import { jsonSafe, toHex, type JsonValue } from '../json.js';
import { decodePlainValue } from '../msgpack-values.js';
import { BaseCaveat } from './caveat.js';

export class UnregisteredCaveat extends BaseCaveat {
  constructor(raw: Uint8Array, type: bigint) {
    super(raw, { type, name: 'Unregistered' });
  }

  describe(): JsonValue {
    return { msgpack_hex: toHex(this.raw), value: this.value() };
  }

  /** The decoded value when it is valid msgpack, else null (the hex still says everything). */
  private value(): JsonValue {
    try {
      return jsonSafe(decodePlainValue(this.raw));
    } catch {
      return null;
    }
  }

  prohibits(): Verdict {
    return deny(`bad caveat (unregistered type ${this.type})`);
  }
}
