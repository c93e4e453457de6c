// Organization roles: AllowedRoles (30, a uint32 role mask) and IsMember (22, `[]`, the same as
// AllowedRoles{member}). An access needs admin when it touches a feature members may not use
// that way (flyio.MemberFeatures), otherwise member.
import { actionLetters, isSubsetOf, ACTION_ALL, ACTION_READ } from '../actions.js';
import { ALLOW, deny, type NormalizedAccess, type Verdict } from '../access-model.js';
import { jsonInteger, type JsonValue } from '../json.js';
import { asArray, asMask, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, defineCaveat, type CaveatKind } from './caveat.js';

const ROLE_MEMBER = 1;
const ROLE_ADMIN = 0xffffffff;

/** What ordinary members may do with each org feature; unknown features need admin. */
const MEMBER_FEATURES: ReadonlyMap<string, number> = new Map([
  ['wg', ACTION_ALL],
  ['domain', ACTION_ALL],
  ['site', ACTION_ALL],
  ['builder', ACTION_ALL],
  ['addon', ACTION_ALL],
  ['checks', ACTION_ALL],
  ['litefs-cloud', ACTION_ALL],
  ['membership', ACTION_READ],
  ['billing', ACTION_READ],
  ['authentication', ACTION_READ],
  ['deletion', 0],
  ['document_signing', 0]
]);

function permittedRole(a: NormalizedAccess): number {
  if (a.feature === undefined) return ROLE_MEMBER;
  const memberMask = MEMBER_FEATURES.get(a.feature);
  return memberMask !== undefined && isSubsetOf(a.action, memberMask) ? ROLE_MEMBER : ROLE_ADMIN;
}

function roleName(role: number): string {
  if (role === ROLE_ADMIN) return 'admin';
  return role === ROLE_MEMBER ? 'member' : `roles ${role}`;
}

function checkRoles(mask: number, a: NormalizedAccess): Verdict {
  const needed = permittedRole(a);
  // Role masks are uint32: compare unsigned.
  if ((mask & needed) >>> 0 === needed >>> 0) return ALLOW;
  return deny(
    `unauthorized for role: ${actionLetters(a.action)} on this resource needs ${roleName(needed)}`
  );
}

class AllowedRolesCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly roles: number
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return jsonInteger(BigInt(this.roles >>> 0));
  }

  prohibits(a: NormalizedAccess): Verdict {
    return checkRoles(this.roles, a);
  }
}

class IsMemberCaveat extends BaseCaveat {
  describe(): JsonValue {
    return {};
  }

  prohibits(a: NormalizedAccess): Verdict {
    return checkRoles(ROLE_MEMBER, a);
  }
}

export const allowedRolesDefinition = defineCaveat(
  30n,
  'AllowedRoles',
  (raw, kind) => new AllowedRolesCaveat(raw, kind, asMask(decodeValue(raw), 'a role mask', 32))
);

export const isMemberDefinition = defineCaveat(22n, 'IsMember', (raw, kind) => {
  asArray(decodeValue(raw), '[]');
  return new IsMemberCaveat(raw, kind);
});
