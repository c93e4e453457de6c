// Type 13, IfPresent: `[ifs (flat caveat array), else (action mask)]`. When the access names a
// resource one of the `ifs` constrains, those caveats decide; otherwise only `else` is allowed.
// This is how deploy tokens say "full control of this app, read-only on the rest of the org".
import { actionLetters, isSubsetOf, missingBits } from '../actions.js';
import { ALLOW, deny, type NormalizedAccess, type Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';
import { arrayItems } from '../msgpack-scan.js';
import { asMask, decodeValue, ShapeError } from '../msgpack-values.js';
import {
  ALLOWED,
  BaseCaveat,
  judgeBitsOf,
  judgeEachBit,
  judgeOf,
  REFUSED,
  type Caveat,
  type CaveatDefinition,
  type Judgement,
  type CaveatSource
} from './caveat.js';

export class IfPresentCaveat extends BaseCaveat {
  readonly type = 13n;
  readonly name = 'IfPresent';

  constructor(
    raw: CaveatSource,
    readonly ifs: readonly Caveat[],
    readonly otherwise: number
  ) {
    super(raw);
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
    if (!applies && !isSubsetOf(a.action, this.otherwise)) {
      const missing = actionLetters(missingBits(a.action, this.otherwise));
      return deny(`unauthorized for access ${actionLetters(a.action)} (${missing} not allowed)`);
    }
    return ALLOW;
  }

  /** IfPresent allows or refuses; it never calls an access unspecified. */
  specifiedBits(_a: NormalizedAccess, candidates: number): number {
    return candidates;
  }

  /**
   * judge for every single-action bit at once, when each inner caveat can say for which bits it
   * is specified (then a bit is allowed when no inner caveat refuses it and either one applies
   * or `else` has it); otherwise bit by bit. Deploy tokens wrap their apps in an IfPresent, and
   * judging it five times per probe was a fifth of classifying them.
   */
  judgeBits(a: NormalizedAccess, bits: readonly number[], candidates: number): number {
    let refused = 0;
    let applies = 0;
    for (const caveat of this.ifs) {
      if (!caveat.specifiedBits) return judgeEachBit(this, a, bits, candidates);
      const specified = caveat.specifiedBits(a, candidates);
      if (specified === 0) continue;
      refused |= specified & ~judgeBitsOf(caveat, a, bits, specified);
      applies |= specified;
    }
    return candidates & ~refused & (applies | this.otherwise);
  }

  /** prohibits, without the refusal messages (the inner caveats judged the same way). */
  override judge(a: NormalizedAccess): Judgement {
    let applies = false;
    let refused = false;
    for (const caveat of this.ifs) {
      const judgement = judgeOf(caveat, a);
      if (judgement === ALLOWED) {
        applies = true;
      } else if (judgement === REFUSED) {
        applies = true;
        refused = true;
      }
    }
    if (refused) return REFUSED;
    if (!applies && !isSubsetOf(a.action, this.otherwise)) return REFUSED;
    return ALLOWED;
  }
}

export const ifPresentDefinition: CaveatDefinition = {
  type: 13n,
  name: 'IfPresent',
  decode(body, ctx) {
    const items = arrayItems(body.raw, 0);
    const ifsRange = items?.[0];
    const elseRange = items?.[1];
    if (!ifsRange || !elseRange) throw new ShapeError('[ifs, else]');
    const ifs = ctx.decodeSet(body.raw.subarray(ifsRange[0], ifsRange[1]), ctx.depth + 1);
    const otherwise = asMask(
      decodeValue(body.raw.subarray(elseRange[0], elseRange[1])),
      'an action mask',
      16
    );
    return new IfPresentCaveat(body, ifs, otherwise);
  }
};
