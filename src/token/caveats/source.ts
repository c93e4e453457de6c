// Where a request must come from: FromMachineSource (15, `[machineId]`) and FlySrc
// (31, `[org, app, instance]`, from the Fly-Src header; empty parts are not checked).
import { ALLOW, deny, type NormalizedAccess, type Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';
import { asArray, asString, decodeValue } from '../msgpack-values.js';
import { BaseCaveat, type CaveatDefinition } from './caveat.js';

class FromMachineSourceCaveat extends BaseCaveat {
  readonly type = 15n;
  readonly name = 'FromMachineSource';

  constructor(
    raw: Uint8Array,
    readonly machineId: string
  ) {
    super(raw);
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
  readonly type = 31n;
  readonly name = 'FlySrc';

  constructor(
    raw: Uint8Array,
    readonly organization: string,
    readonly app: string,
    readonly instance: string
  ) {
    super(raw);
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

export const fromMachineSourceDefinition: CaveatDefinition = {
  type: 15n,
  name: 'FromMachineSource',
  decode(raw) {
    const [id] = asArray(decodeValue(raw), '[machineId]', 1);
    return new FromMachineSourceCaveat(raw, asString(id, 'a machine id'));
  }
};

export const flySrcDefinition: CaveatDefinition = {
  type: 31n,
  name: 'FlySrc',
  decode(raw) {
    const [org, app, instance] = asArray(decodeValue(raw), '[org, app, instance]', 3);
    return new FlySrcCaveat(
      raw,
      asString(org, 'an org name'),
      asString(app, 'an app name'),
      asString(instance, 'an instance id')
    );
  }
};
