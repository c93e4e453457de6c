// The resource-set caveats (resset.ResourceSet): a map from resource id to the actions allowed on
// it. Eight caveat types differ only in which field of the access they read and how ids look,
// so they are one class and one table. The zero id (0 or "") means "any" and must be alone; an
// empty map allows nothing; an access that does not name the resource is "unspecified" (which
// IfPresent uses to pick its else branch).
import { actionLetters } from '../actions.js';
import {
  actionsWithin,
  deny,
  unspecified,
  type NormalizedAccess,
  type Verdict
} from '../access-model.js';
import type { JsonValue } from '../json.js';
import {
  asArray,
  asMapEntries,
  asMask,
  decodeValue,
  stringKey,
  uintKey
} from '../msgpack-values.js';
import { BaseCaveat, type CaveatDefinition, type CaveatKind } from './caveat.js';

type ResourceId = bigint | string;

/** The access fields that name a resource of a set. */
type ResourceField =
  | 'volume'
  | 'appId'
  | 'feature'
  | 'machine'
  | 'machineFeature'
  | 'cluster'
  | 'appFeature'
  | 'storageObject';

interface ResourceKind extends CaveatKind {
  /** Key of the JSON body (`apps`, `features`, ...). */
  readonly jsonKey: string;
  /** Resource name used in refusals (`app`, `org feature`, ...). */
  readonly resource: string;
  /** The access field naming the resource. */
  readonly field: ResourceField;
  /** How ids are written: unsigned integers, strings, or strings matched as URL prefixes. */
  readonly ids: 'uint' | 'string' | 'prefix';
}

// prettier-ignore
const KINDS: readonly ResourceKind[] = ([
  // type, name,              JSON key,          refusals name,     access field,     ids
  [2n,  'Volumes',            'volumes',         'volume',          'volume',         'string'],
  [3n,  'Apps',               'apps',            'app',             'appId',          'uint'],
  [5n,  'FeatureSet',         'features',        'org feature',     'feature',        'string'],
  [7n,  'Machines',           'machines',        'machine',         'machine',        'string'],
  [14n, 'MachineFeatureSet',  'features',        'machine feature', 'machineFeature', 'string'],
  [16n, 'Clusters',           'clusters',        'cluster',         'cluster',        'string'],
  [28n, 'AppFeatureSet',      'features',        'app feature',     'appFeature',     'string'],
  [29n, 'StorageObjects',     'storage_objects', 'storage object',  'storageObject',  'prefix']
] as const).map(([type, name, jsonKey, resource, field, ids]) => ({ type, name, jsonKey, resource, field, ids }));

export class ResourceSetCaveat extends BaseCaveat {
  private readonly zero: ResourceId;
  /** Exact-match lookup (all kinds but prefix ones), so a check costs O(1) however big the set. */
  private readonly exact: ReadonlyMap<ResourceId, number> | null;
  /** "4455667 ..." for refusals: sorted, at most ten ids. */
  private readonly shownIds: string;

  constructor(
    private readonly kind: ResourceKind,
    raw: Uint8Array,
    readonly entries: ReadonlyArray<readonly [ResourceId, number]>
  ) {
    super(raw, kind);
    this.zero = kind.ids === 'uint' ? 0n : '';
    this.exact = kind.ids === 'prefix' ? null : new Map(entries);
    const ids = entries.map(([key]) => String(key)).sort();
    this.shownIds =
      ids.slice(0, 10).join(' ') + (ids.length > 10 ? ` ... (${ids.length} in all)` : '');
  }

  keys(): ResourceId[] {
    return this.entries.map(([key]) => key);
  }

  describe(): JsonValue {
    const set = this.entries.map(([key, mask]) => [String(key), actionLetters(mask)] as const);
    return { [this.kind.jsonKey]: Object.fromEntries(set) };
  }

  /** The actions the entries matching `id` allow together (AND of their masks); -1 when none match. */
  private maskOf(id: ResourceId): number {
    let allowed = 0xffff;
    let found = false;
    const matches = this.exact
      ? [this.exact.get(this.zero), this.exact.get(id)]
      : this.entries
          .filter(
            ([key]) => key === this.zero || (typeof id === 'string' && id.startsWith(String(key)))
          )
          .map(([, mask]) => mask);
    for (const mask of matches) {
      if (mask === undefined) continue;
      allowed &= mask;
      found = true;
    }
    return found ? allowed : -1;
  }

  prohibits(a: NormalizedAccess): Verdict {
    if (this.entries.length !== 1 && this.entries.some(([key]) => key === this.zero)) {
      return deny('bad caveat: cannot specify zero ID along with other IDs');
    }
    const id = a[this.kind.field];
    if (id === undefined) return unspecified(this.kind.resource);
    const allowed = this.maskOf(id);
    if (allowed < 0) {
      return deny(`unauthorized for ${this.kind.resource} ${String(id)} (only [${this.shownIds}])`);
    }
    return actionsWithin(a.action, allowed, ` on ${this.kind.resource}`);
  }
}

/** The body `[{id: action}]`, keys typed as the kind says. */
function decodeEntries(kind: ResourceKind, value: unknown): Array<readonly [ResourceId, number]> {
  if (kind.ids === 'uint') {
    const [map] = asArray(value, '[{id: action}]', 1);
    return asMapEntries(map, '{id: action}').map(
      ([key, mask]) => [uintKey(key, 'integer ids'), asMask(mask, 'an action mask', 16)] as const
    );
  }
  const [map] = asArray(value, '[{name: action}]', 1);
  return asMapEntries(map, '{name: action}').map(
    ([key, mask]) => [stringKey(key, 'string keys'), asMask(mask, 'an action mask', 16)] as const
  );
}

export const resourceSetDefinitions: readonly CaveatDefinition[] = KINDS.map(kind => ({
  type: kind.type,
  name: kind.name,
  decode: raw => new ResourceSetCaveat(kind, raw, decodeEntries(kind, decodeValue(raw)))
}));
