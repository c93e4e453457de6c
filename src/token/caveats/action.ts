// Type 26, Action: a bare action mask every access must stay within (ssh's read-only half).
import { actionLetters } from '../actions.js';
import { actionsWithin, type NormalizedAccess, type Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';
import { asMask, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, defineCaveat, type CaveatKind } from './caveat.js';

class ActionCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly mask: number
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return actionLetters(this.mask);
  }

  prohibits(a: NormalizedAccess): Verdict {
    return actionsWithin(a.action, this.mask);
  }
}

export const actionDefinition = defineCaveat(
  26n,
  'Action',
  (raw, kind) => new ActionCaveat(raw, kind, asMask(decodeValue(raw), 'an action mask', 16))
);
