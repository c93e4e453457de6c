// The caveat registry: type number -> module. Decoding a caveat array goes through here, so
// adding a caveat type is one definition and one line below.
import { MAX_IF_PRESENT_DEPTH } from '../limits.js';
import { arrayItems } from '../msgpack-scan.js';
import { asUint, decodeValue, ShapeError } from '../msgpack-values.js';
import { actionDefinition } from './action.js';
import type { Caveat, CaveatDefinition, DecodeContext } from './caveat.js';
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
import { resourceSetDefinitions } from './resources.js';
import { allowedRolesDefinition, isMemberDefinition } from './roles.js';
import { flySrcDefinition, fromMachineSourceDefinition } from './source.js';
import { bindToParentTokenDefinition, thirdPartyDefinition } from './third-party.js';
import { UnregisteredCaveat } from './unregistered.js';
import { validityWindowDefinition } from './validity-window.js';

/** Every registered type, in type-number order. */
const DEFINITIONS: readonly CaveatDefinition[] = [
  organizationDefinition, // 0
  ...resourceSetDefinitions, // 2, 3, 5, 7, 14, 16, 28, 29
  validityWindowDefinition, // 4
  mutationsDefinition, // 6
  confineUserDefinition, // 8
  confineOrganizationDefinition, // 9
  isUserDefinition, // 10
  thirdPartyDefinition, // 11
  bindToParentTokenDefinition, // 12
  ifPresentDefinition, // 13
  fromMachineSourceDefinition, // 15
  confineGoogleHdDefinition, // 19
  confineGitHubOrgDefinition, // 20
  maxValidityDefinition, // 21
  isMemberDefinition, // 22
  flyioUserIdDefinition, // 23
  gitHubUserIdDefinition, // 24
  googleUserIdDefinition, // 25
  actionDefinition, // 26
  commandsDefinition, // 27
  allowedRolesDefinition, // 30
  flySrcDefinition // 31
].sort((a, b) => (a.type < b.type ? -1 : 1));

const BY_TYPE: ReadonlyMap<bigint, CaveatDefinition> = new Map(DEFINITIONS.map(d => [d.type, d]));

export function registeredCaveatTypes(): readonly CaveatDefinition[] {
  return DEFINITIONS;
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

interface CaveatSetOptions {
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
  const items = arrayItems(raw, 0);
  if (items === null) throw new ShapeError('a caveat array');
  if (items.length % 2 !== 0) throw new ShapeError('an even caveat array (type, body pairs)');
  const ctx: DecodeContext = {
    depth,
    decodeSet: (nested, nestedDepth) => decodeCaveatSet(nested, options, nestedDepth)
  };
  const caveats: Caveat[] = [];
  for (let i = 0; i < items.length; i += 2) {
    const [typeStart, typeEnd] = items[i] as [number, number];
    const [bodyStart, bodyEnd] = items[i + 1] as [number, number];
    const type = asUint(decodeValue(raw.subarray(typeStart, typeEnd)), 'a caveat type number');
    const body = raw.subarray(bodyStart, bodyEnd);
    const definition = BY_TYPE.get(type);
    if (definition === undefined) {
      options.onUnregistered(type);
      caveats.push(new UnregisteredCaveat(body, type));
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
      throw new CaveatDecodeError(i / 2, definition.name, expected);
    }
  }
  return caveats;
}
