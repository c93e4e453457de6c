// The caveat registry: type number -> module. Decoding a caveat array goes through here, so
// adding a caveat type is one definition and one line below.
import { MAX_IF_PRESENT_DEPTH } from '../limits.js';
import { arrayBounds } from '../msgpack-scan.js';
import { asUint, decodeValue, decodeValueIn, ShapeError } from '../msgpack-values.js';
import { actionDefinition } from './action.js';
import type { Caveat, CaveatBody, CaveatDefinition, DecodeContext } from './caveat.js';
import { commandsDefinition } from './commands.js';
import {
  confineGitHubOrgDefinition,
  confineGoogleHdDefinition,
  confineOrganizationDefinition,
  confineUserDefinition,
  maxValidityDefinition
} from './discharge-requirements.js';
import {
  flyioUserIdDefinition,
  gitHubUserIdDefinition,
  googleUserIdDefinition,
  isUserDefinition
} from './identity.js';
import { ifPresentDefinition } from './if-present.js';
import { mutationsDefinition } from './mutations.js';
import { organizationDefinition } from './organization.js';
import {
  appFeatureSetDefinition,
  appsDefinition,
  clustersDefinition,
  featureSetDefinition,
  machineFeatureSetDefinition,
  machinesDefinition,
  storageObjectsDefinition,
  volumesDefinition
} from './resources.js';
import { allowedRolesDefinition, isMemberDefinition } from './roles.js';
import { flySrcDefinition, fromMachineSourceDefinition } from './source.js';
import { bindToParentTokenDefinition, thirdPartyDefinition } from './third-party.js';
import { UnregisteredCaveat } from './unregistered.js';
import { validityWindowDefinition } from './validity-window.js';

const DEFINITIONS: readonly CaveatDefinition[] = [
  organizationDefinition, // 0
  volumesDefinition, // 2
  appsDefinition, // 3
  validityWindowDefinition, // 4
  featureSetDefinition, // 5
  mutationsDefinition, // 6
  machinesDefinition, // 7
  confineUserDefinition, // 8
  confineOrganizationDefinition, // 9
  isUserDefinition, // 10
  thirdPartyDefinition, // 11
  bindToParentTokenDefinition, // 12
  ifPresentDefinition, // 13
  machineFeatureSetDefinition, // 14
  fromMachineSourceDefinition, // 15
  clustersDefinition, // 16
  confineGoogleHdDefinition, // 19
  confineGitHubOrgDefinition, // 20
  maxValidityDefinition, // 21
  isMemberDefinition, // 22
  flyioUserIdDefinition, // 23
  gitHubUserIdDefinition, // 24
  googleUserIdDefinition, // 25
  actionDefinition, // 26
  commandsDefinition, // 27
  appFeatureSetDefinition, // 28
  storageObjectsDefinition, // 29
  allowedRolesDefinition, // 30
  flySrcDefinition // 31
];

const BY_TYPE: ReadonlyMap<bigint, CaveatDefinition> = new Map(DEFINITIONS.map(d => [d.type, d]));

/** Definitions by type number below 128 (the one-byte types), built on first use. */
let bySmallType: Array<CaveatDefinition | undefined> | null = null;

function smallTypes(): Array<CaveatDefinition | undefined> {
  if (bySmallType === null) {
    bySmallType = new Array<CaveatDefinition | undefined>(128).fill(undefined);
    for (const d of DEFINITIONS) if (d.type < 128n) bySmallType[Number(d.type)] = d;
  }
  return bySmallType;
}

/** The module for a type number, if it is registered. */
export function caveatDefinition(type: bigint): CaveatDefinition | undefined {
  return BY_TYPE.get(type);
}

export function registeredCaveatTypes(): readonly CaveatDefinition[] {
  return DEFINITIONS;
}

/**
 * A caveat body inside its set's bytes: the value is read in place when the caveat's module asks,
 * and the view of the body's bytes is made only if someone reads `raw` (a view per caveat was a
 * visible share of decoding, and most are never read).
 */
class LazyBody implements CaveatBody {
  private view: Uint8Array | undefined;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number
  ) {}

  get raw(): Uint8Array {
    return (this.view ??= this.bytes.subarray(this.start, this.end));
  }

  value(): unknown {
    return decodeValueIn(this.bytes, this.start, this.end);
  }
}

/** A caveat that could not be decoded: which one, and what shape it should have had. */
export class CaveatDecodeError extends Error {
  constructor(
    readonly position: number,
    readonly caveatName: string,
    readonly expected: string
  ) {
    super(`caveat ${position + 1} (${caveatName}) has an unexpected body: expected ${expected}`);
  }
}

export interface CaveatSetOptions {
  /** Called for each unregistered type met (top level or nested). */
  onUnregistered(type: bigint): void;
}

/**
 * Decode a flat caveat array `[type0, body0, type1, body1, ...]` that occupies all of `raw`.
 * Throws CaveatDecodeError / ShapeError on malformed input (the caller turns that into a problem).
 */
export function decodeCaveatSet(raw: Uint8Array, options: CaveatSetOptions, depth = 0): Caveat[] {
  if (depth > MAX_IF_PRESENT_DEPTH) {
    throw new ShapeError(`IfPresent nested at most ${MAX_IF_PRESENT_DEPTH} levels deep`);
  }
  const bounds = arrayBounds(raw, 0);
  if (bounds === null) throw new ShapeError('a caveat array');
  const count = bounds.length - 1;
  if (count % 2 !== 0) throw new ShapeError('an even caveat array (type, body pairs)');
  const ctx: DecodeContext = {
    depth,
    decodeSet: (nested, nestedDepth) => decodeCaveatSet(nested, options, nestedDepth)
  };
  const caveats: Caveat[] = [];
  const bySmall = smallTypes();
  for (let i = 0; i < count; i += 2) {
    const typeStart = bounds[i] as number;
    const typeEnd = bounds[i + 1] as number;
    const bodyEnd = bounds[i + 2] as number;
    const bodyStart = typeEnd;
    const position = i / 2;
    // Real type numbers are one-byte fixints: read in place (no view, no decoder, no bigint).
    const head = raw[typeStart] ?? 0xc1;
    const small = typeEnd === typeStart + 1 && head <= 0x7f;
    const type = small
      ? null
      : asUint(decodeValue(raw.subarray(typeStart, typeEnd)), 'a caveat type number');
    const body = new LazyBody(raw, bodyStart, bodyEnd);
    const definition = type === null ? bySmall[head] : caveatDefinition(type);
    if (definition === undefined) {
      const number = type ?? BigInt(head);
      options.onUnregistered(number);
      caveats.push(new UnregisteredCaveat(body.raw, number));
      continue;
    }
    try {
      caveats.push(definition.decode(body, ctx));
    } catch (error) {
      const expected =
        error instanceof CaveatDecodeError
          ? `valid nested caveats (${error.message})`
          : error instanceof ShapeError
            ? error.expected
            : 'a valid body';
      throw new CaveatDecodeError(position, definition.name, expected);
    }
  }
  return caveats;
}
