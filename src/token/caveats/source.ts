// Where a request must come from: FromMachineSource (15, `[machineId]`) and FlySrc
// (31, `[org, app, instance]`, from the Fly-Src header; empty parts are not checked).
import { ALLOW, deny, type NormalizedAccess, type Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';
import { asArray, asString, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, defineCaveat, type CaveatKind } from './caveat.js';

class FromMachineSourceCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly machineId: string
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return { id: this.machineId };
  }

  prohibits(a: NormalizedAccess): Verdict {
    if (a.sourceMachine === undefined) return deny('invalid access: missing source machine');
    if (a.sourceMachine !== this.machineId) {
      return deny(`unauthorized source: only from machine ${this.machineId}`);
    }
    return ALLOW;
  }
}

class FlySrcCaveat extends BaseCaveat {
  constructor(
    raw: Uint8Array,
    kind: CaveatKind,
    readonly organization: string,
    readonly app: string,
    readonly instance: string
  ) {
    super(raw, kind);
  }

  describe(): JsonValue {
    return { organization: this.organization, app: this.app, instance: this.instance };
  }

  prohibits(a: NormalizedAccess): Verdict {
    const parts: Array<[string, string, string | undefined]> = [
      ['machine', this.instance, a.sourceMachine],
      ['app', this.app, a.sourceApp],
      ['org', this.organization, a.sourceOrganization]
    ];
    for (const [what, required, given] of parts) {
      if (required === '') continue;
      if (given === undefined) return deny(`invalid access: missing source ${what}`);
      if (given !== required) return deny(`unauthorized source: only from ${what} ${required}`);
    }
    return ALLOW;
  }
}

export const fromMachineSourceDefinition = defineCaveat(15n, 'FromMachineSource', (raw, kind) => {
  const [id] = asArray(decodeValue(raw), '[machineId]', 1);
  return new FromMachineSourceCaveat(raw, kind, asString(id, 'a machine id'));
});

export const flySrcDefinition = defineCaveat(31n, 'FlySrc', (raw, kind) => {
  const [org, app, instance] = asArray(decodeValue(raw), '[org, app, instance]', 3);
  return new FlySrcCaveat(
    raw,
    kind,
    asString(org, 'an org name'),
    asString(app, 'an app name'),
    asString(instance, 'an instance id')
  );
});
