// Type 6, Mutations: `[[name, ...]]`, the GraphQL mutations the token may run (ssh tokens).
// Every access must name one of them.
import { ALLOW, deny, unspecified, type NormalizedAccess, type Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';
import { asArray, asOptionalArray, asString, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, defineCaveat, type CaveatKind } from './caveat.js';

export class MutationsCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly mutations: readonly string[] | null
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return { mutations: this.mutations === null ? null : [...this.mutations] };
  }

  prohibits(a: NormalizedAccess): Verdict {
    if (a.mutation === undefined) return unspecified('a GraphQL mutation');
    if (!(this.mutations ?? []).includes(a.mutation)) {
      return deny(`unauthorized for mutation ${a.mutation}`);
    }
    return ALLOW;
  }
}

export const mutationsDefinition = defineCaveat(6n, 'Mutations', (raw, kind) => {
  const [list] = asArray(decodeValue(raw), '[[mutation, ...]]', 1);
  const names = asOptionalArray(list, 'a list of mutations');
  return new MutationsCaveat(
    raw,
    kind,
    names === null ? null : names.map(n => asString(n, 'mutation names'))
  );
});
