// resset.ResourceSet: a map from resource id to allowed actions. The zero id (0 or "") means
// "any" and must be alone; an empty map allows nothing; several entries may match (prefixes).
import { actionLetters, isSubsetOf, missingBits } from '../actions.js';
import { ALLOW, deny, unspecified, type Verdict } from '../access-model.js';
import { setOwnField, type JsonValue } from '../json.js';
import { ALLOWED, REFUSED, UNSPECIFIED, type Judgement } from './caveat.js';
import { asArray, asMapEntries, asMask, stringKey, uintKey } from '../msgpack-values.js';

export type ResourceId = bigint | string;

export class ResourceSet<K extends ResourceId> {
  private readonly zeroMask: number | undefined;
  /** Exact-match lookup (all sets but prefix ones), so a check costs O(1) however big the set. */
  private readonly exact: ReadonlyMap<K, number> | null;
  private only: string | null = null;
  /** The last id judge looked up, and what the set allows it (-1: not in the set). */
  private looked = false;
  private lookedId: K | undefined = undefined;
  private lookedMask = 0;

  constructor(
    readonly entries: ReadonlyArray<readonly [K, number]>,
    private readonly zero: K,
    private readonly prefixMatch: ((entry: K, id: K) => boolean) | null = null
  ) {
    this.zeroMask = entries.find(([key]) => key === zero)?.[1];
    this.exact = prefixMatch ? null : new Map(entries);
  }

  keys(): K[] {
    return this.entries.map(([key]) => key);
  }

  /** Library JSON: `{"<id>": "rwcdC"}`. */
  describe(): { [key: string]: JsonValue } {
    // Built field by field, as fromEntries would, without a pair array per entry.
    const out: { [key: string]: JsonValue } = {};
    for (const [key, mask] of this.entries) setOwnField(out, String(key), actionLetters(mask));
    return out;
  }

  /** "4455667 ..." for refusals: sorted, at most ten ids. */
  private onlyList(): string {
    if (this.only === null) {
      const ids = this.keys().map(String).sort();
      this.only =
        ids.slice(0, 10).join(' ') + (ids.length > 10 ? ` ... (${ids.length} in all)` : '');
    }
    return this.only;
  }

  /** The actions the entries matching `id` allow together (AND of their masks); -1 when none match. */
  private maskOf(id: K): number {
    let allowed = 0xffff;
    let found = false;
    if (this.zeroMask !== undefined) {
      allowed &= this.zeroMask;
      found = true;
    }
    if (this.exact) {
      const mask = this.exact.get(id);
      if (mask !== undefined) {
        allowed &= mask;
        found = true;
      }
    } else if (this.prefixMatch) {
      for (const [key, mask] of this.entries) {
        if (this.prefixMatch(key, id)) {
          allowed &= mask;
          found = true;
        }
      }
    }
    return found ? allowed : -1;
  }

  /** prohibits, without the refusal messages (same checks, same order). */
  judge(id: K | undefined, action: number): Judgement {
    if (this.zeroMask !== undefined && this.entries.length !== 1) return REFUSED;
    if (id === undefined) return UNSPECIFIED;
    // A probe asks about one id for each action bit in turn: the lookup is kept for that id.
    if (!this.looked || this.lookedId !== id) {
      this.looked = true;
      this.lookedId = id;
      this.lookedMask = this.maskOf(id);
    }
    if (this.lookedMask < 0) return REFUSED;
    return isSubsetOf(action, this.lookedMask) ? ALLOWED : REFUSED;
  }

  /** Of the single-action `candidates`, those judge does not call unspecified (any action alike). */
  specifiedBits(id: K | undefined, candidates: number): number {
    if (this.zeroMask !== undefined && this.entries.length !== 1) return candidates;
    return id === undefined ? 0 : candidates;
  }

  /** Of the single-action `candidates`, those judge allows for `id` (one lookup for all). */
  allowedBits(id: K | undefined, candidates: number): number {
    // judge(id, 0) passes exactly when every check but the action's passes (0 is a subset of
    // any mask); then a single bit is allowed when it is in the id's mask.
    return this.judge(id, 0) === ALLOWED ? candidates & this.lookedMask : 0;
  }

  prohibits(id: K | undefined, action: number, resourceType: string): Verdict {
    if (this.zeroMask !== undefined && this.entries.length !== 1) {
      return deny('bad caveat: cannot specify zero ID along with other IDs');
    }
    if (id === undefined) return unspecified(resourceType);
    const allowed = this.maskOf(id);
    if (allowed < 0) {
      return deny(`unauthorized for ${resourceType} ${String(id)} (only [${this.onlyList()}])`);
    }
    if (!isSubsetOf(action, allowed)) {
      return deny(
        `unauthorized for access ${actionLetters(action)} on ${resourceType} (${actionLetters(missingBits(action, allowed))} not allowed)`
      );
    }
    return ALLOW;
  }
}

/** The caveat body `[map]` with unsigned-integer keys. */
export function decodeUintSet(value: unknown): ResourceSet<bigint> {
  const [map] = asArray(value, '[{id: action}]', 1);
  const entries = asMapEntries(map, '{id: action}').map(
    ([key, mask]) => [uintKey(key, 'integer ids'), asMask(mask, 'an action mask', 16)] as const
  );
  return new ResourceSet<bigint>(entries, 0n);
}

/** The caveat body `[map]` with string keys; `prefix` makes keys match as URL prefixes. */
export function decodeStringSet(value: unknown, prefix = false): ResourceSet<string> {
  const [map] = asArray(value, '[{name: action}]', 1);
  const entries = asMapEntries(map, '{name: action}').map(
    ([key, mask]) => [stringKey(key, 'string keys'), asMask(mask, 'an action mask', 16)] as const
  );
  return prefix
    ? new ResourceSet<string>(entries, '', (entry, id) => id.startsWith(entry))
    : new ResourceSet<string>(entries, '');
}
