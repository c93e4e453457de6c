// Type 6, Mutations: `[[name, ...]]`, the GraphQL mutations the token may run (ssh tokens).
// Every access must name one of them.
import { ALLOW, deny, unspecified, type NormalizedAccess, type Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';
import { asArray, asOptionalArray, asString, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, type CaveatDefinition } from './caveat.js';

export class MutationsCaveat extends BaseCaveat {
  readonly type = 6n;
  readonly name = 'Mutations';

  constructor(
    raw: Uint8Array,
    readonly mutations: readonly string[] | null
  ) {
    super(raw);
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

export const mutationsDefinition: CaveatDefinition = {
  type: 6n,
  name: 'Mutations',
  decode(raw) {
    const [list] = asArray(decodeValue(raw), '[[mutation, ...]]', 1);
    const names = asOptionalArray(list, 'a list of mutations');
    return new MutationsCaveat(
      raw,
      names === null ? null : names.map(n => asString(n, 'mutation names'))
    );
  }
};
