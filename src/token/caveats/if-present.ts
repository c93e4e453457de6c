// Type 13, IfPresent: `[ifs (flat caveat array), else (action mask)]`. When the access names a
// resource one of the `ifs` constrains, those caveats decide; otherwise only `else` is allowed.
// This is how deploy tokens say "full control of this app, read-only on the rest of the org".
import { actionLetters } from '../actions.js';
import {
  actionsWithin,
  ALLOW,
  deny,
  type NormalizedAccess,
  type Verdict
} from '../access-model.js';
import type { JsonValue } from '../json.js';
import { arrayItems } from '../msgpack-scan.js';
import { asMask, decodeValue, ShapeError } from '../msgpack-values.js';
import { BaseCaveat, defineCaveat, type Caveat, type CaveatKind } from './caveat.js';

class IfPresentCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly ifs: readonly Caveat[],
    readonly otherwise: number
  ) {
    super(raw, kind);
  }

  override nested(): readonly Caveat[] {
    return this.ifs;
  }

  describe(): JsonValue {
    return {
      ifs: this.ifs.map(c => ({ type: c.name, body: c.describe() })),
      else: actionLetters(this.otherwise)
    };
  }

  prohibits(a: NormalizedAccess): Verdict {
    let applies = false;
    const refusals: string[] = [];
    for (const caveat of this.ifs) {
      const verdict = caveat.prohibits(a);
      if (verdict.ok) {
        applies = true;
      } else if (!verdict.unspecified) {
        applies = true;
        refusals.push(verdict.reason);
      }
    }
    if (refusals.length) return deny(refusals.join('; '));
    return applies ? ALLOW : actionsWithin(a.action, this.otherwise);
  }
}

export const ifPresentDefinition = defineCaveat(13n, 'IfPresent', (raw, kind, ctx) => {
  // The ifs are decoded from their own bytes, so nested caveats keep theirs exactly.
  const [ifsRange, elseRange] = arrayItems(raw, 0) ?? [];
  if (!ifsRange || !elseRange) throw new ShapeError('[ifs, else]');
  const ifs = ctx.decodeSet(raw.subarray(...ifsRange), ctx.depth + 1);
  const otherwise = asMask(decodeValue(raw.subarray(...elseRange)), 'an action mask', 16);
  return new IfPresentCaveat(raw, kind, ifs, otherwise);
});
