// The resource-set caveats: Volumes (2), Apps (3), FeatureSet (5), Machines (7),
// MachineFeatureSet (14), Clusters (16), AppFeatureSet (28), StorageObjects (29).
// Each constrains one kind of resource named by the access; an access that does not name it is
// "unspecified" (which IfPresent uses to pick its else branch).
import type { NormalizedAccess, Verdict } from '../access-model.js';
import type { JsonValue } from '../json.js';
import { BaseCaveat, type CaveatDefinition, type Judgement, type CaveatSource } from './caveat.js';
import {
  decodeStringSet,
  decodeUintSet,
  type ResourceId,
  type ResourceSet
} from './resource-set.js';

abstract class ResourceSetCaveat<K extends ResourceId> extends BaseCaveat {
  /** Key of the JSON body (`apps`, `features`, ...). */
  protected abstract readonly jsonKey: string;
  /** Resource name used in refusals (`app`, `org feature`, ...). */
  protected abstract readonly resourceType: string;
  protected abstract pick(access: NormalizedAccess): K | undefined;

  constructor(
    raw: CaveatSource,
    readonly resources: ResourceSet<K>
  ) {
    super(raw);
  }

  describe(): JsonValue {
    return { [this.jsonKey]: this.resources.describe() };
  }

  prohibits(access: NormalizedAccess): Verdict {
    return this.resources.prohibits(this.pick(access), access.action, this.resourceType);
  }

  override judge(access: NormalizedAccess): Judgement {
    return this.resources.judge(this.pick(access), access.action);
  }

  judgeBits(access: NormalizedAccess, _bits: readonly number[], candidates: number): number {
    return this.resources.allowedBits(this.pick(access), candidates);
  }

  specifiedBits(access: NormalizedAccess, candidates: number): number {
    return this.resources.specifiedBits(this.pick(access), candidates);
  }
}

export class AppsCaveat extends ResourceSetCaveat<bigint> {
  readonly type = 3n;
  readonly name = 'Apps';
  protected readonly jsonKey = 'apps';
  protected readonly resourceType = 'app';
  protected pick(a: NormalizedAccess): bigint | undefined {
    return a.appId;
  }
}

export class VolumesCaveat extends ResourceSetCaveat<string> {
  readonly type = 2n;
  readonly name = 'Volumes';
  protected readonly jsonKey = 'volumes';
  protected readonly resourceType = 'volume';
  protected pick(a: NormalizedAccess): string | undefined {
    return a.volume;
  }
}

export class FeatureSetCaveat extends ResourceSetCaveat<string> {
  readonly type = 5n;
  readonly name = 'FeatureSet';
  protected readonly jsonKey = 'features';
  protected readonly resourceType = 'org feature';
  protected pick(a: NormalizedAccess): string | undefined {
    return a.feature;
  }
}

export class MachinesCaveat extends ResourceSetCaveat<string> {
  readonly type = 7n;
  readonly name = 'Machines';
  protected readonly jsonKey = 'machines';
  protected readonly resourceType = 'machine';
  protected pick(a: NormalizedAccess): string | undefined {
    return a.machine;
  }
}

export class MachineFeatureSetCaveat extends ResourceSetCaveat<string> {
  readonly type = 14n;
  readonly name = 'MachineFeatureSet';
  protected readonly jsonKey = 'features';
  protected readonly resourceType = 'machine feature';
  protected pick(a: NormalizedAccess): string | undefined {
    return a.machineFeature;
  }
}

export class ClustersCaveat extends ResourceSetCaveat<string> {
  readonly type = 16n;
  readonly name = 'Clusters';
  protected readonly jsonKey = 'clusters';
  protected readonly resourceType = 'cluster';
  protected pick(a: NormalizedAccess): string | undefined {
    return a.cluster;
  }
}

export class AppFeatureSetCaveat extends ResourceSetCaveat<string> {
  readonly type = 28n;
  readonly name = 'AppFeatureSet';
  protected readonly jsonKey = 'features';
  protected readonly resourceType = 'app feature';
  protected pick(a: NormalizedAccess): string | undefined {
    return a.appFeature;
  }
}

export class StorageObjectsCaveat extends ResourceSetCaveat<string> {
  readonly type = 29n;
  readonly name = 'StorageObjects';
  protected readonly jsonKey = 'storage_objects';
  protected readonly resourceType = 'storage object';
  protected pick(a: NormalizedAccess): string | undefined {
    return a.storageObject;
  }
}

export const appsDefinition: CaveatDefinition = {
  type: 3n,
  name: 'Apps',
  decode: body => new AppsCaveat(body, decodeUintSet(body.value()))
};

export const volumesDefinition: CaveatDefinition = {
  type: 2n,
  name: 'Volumes',
  decode: body => new VolumesCaveat(body, decodeStringSet(body.value()))
};

export const featureSetDefinition: CaveatDefinition = {
  type: 5n,
  name: 'FeatureSet',
  decode: body => new FeatureSetCaveat(body, decodeStringSet(body.value()))
};

export const machinesDefinition: CaveatDefinition = {
  type: 7n,
  name: 'Machines',
  decode: body => new MachinesCaveat(body, decodeStringSet(body.value()))
};

export const machineFeatureSetDefinition: CaveatDefinition = {
  type: 14n,
  name: 'MachineFeatureSet',
  decode: body => new MachineFeatureSetCaveat(body, decodeStringSet(body.value()))
};

export const clustersDefinition: CaveatDefinition = {
  type: 16n,
  name: 'Clusters',
  decode: body => new ClustersCaveat(body, decodeStringSet(body.value()))
};

export const appFeatureSetDefinition: CaveatDefinition = {
  type: 28n,
  name: 'AppFeatureSet',
  decode: body => new AppFeatureSetCaveat(body, decodeStringSet(body.value()))
};

export const storageObjectsDefinition: CaveatDefinition = {
  type: 29n,
  name: 'StorageObjects',
  decode: body => new StorageObjectsCaveat(body, decodeStringSet(body.value(), true))
};
