// Type 26, Action: a bare action mask every access must stay within (ssh's read-only half).
import { actionLetters } from '../actions.js';
import { actionsWithin, type NormalizedAccess, type Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';
import { asMask, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, type CaveatDefinition } from './caveat.js';

class ActionCaveat extends BaseCaveat {
  readonly type = 26n;
  readonly name = 'Action';

  constructor(
    raw: Uint8Array,
    readonly mask: number
  ) {
    super(raw);
  }

  describe(): JsonValue {
    return actionLetters(this.mask);
  }

  prohibits(a: NormalizedAccess): Verdict {
    return actionsWithin(a.action, this.mask);
  }
}

export const actionDefinition: CaveatDefinition = {
  type: 26n,
  name: 'Action',
  decode: raw => new ActionCaveat(raw, asMask(decodeValue(raw), 'an action mask', 16))
};
