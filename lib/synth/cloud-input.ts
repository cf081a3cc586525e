/**
 * What the cloud half needs of each cluster of the model: plain data (no cdktf), so the main thread
 * builds it and posts it to the cloud worker (lib/synth/worker.ts) as it is.
 */
import type { CloudSettings, ResolvedTarget, TargetSpec, Tenant } from '../../config/types';
import type { CloudFleet, CloudModel } from '../../constructs/cloud/common/model';
import { federatedIdentities } from '../clouds';
import { fleetOf, memberIdentityNames, memberTarget, tenancyOf } from '../model/fleet';
import { targetByName } from '../model/targets';

/** The part of a resolved target the cloud side needs. */
export interface CloudTargetInput {
  readonly target: TargetSpec;
  readonly tenants: readonly Tenant[];
  /** The environment's cloud settings (`settings.cloud` after overlays). */
  readonly settings: CloudSettings;
  /** The cluster's place in its fleet. @default a platform cluster without members */
  readonly fleet?: CloudFleet;
  /** Identities of config/identities.ts the cluster needs (a member runs no control plane). @default all */
  readonly identityNames?: readonly string[];
}

export function cloudModel(input: CloudTargetInput): CloudModel {
  const names = input.identityNames;
  return {
    target: input.target,
    tenants: input.tenants,
    identities: federatedIdentities(input.tenants).filter((i) => i.tenant !== undefined || !names || names.includes(i.name)),
    settings: input.settings,
    ...(input.fleet ? { fleet: input.fleet } : {}),
  };
}

/** The cloud side's view of a cluster of the model: its fleet role, platform, members and endpoints. */
export function cloudInput(cluster: ResolvedTarget): CloudTargetInput {
  const fleet = fleetOf(cluster);
  const platform = fleet.role === 'platform' ? cluster.target : targetByName(fleet.platform);
  const tenancy = tenancyOf(cluster.settings.tenancy, cluster.target.name);
  return {
    target: cluster.target,
    tenants: cluster.tenants,
    settings: cluster.settings.cloud,
    fleet: {
      role: fleet.role,
      platform,
      tenantDomain: fleet.tenantDomain,
      arriving: fleet.arriving ?? [],
      members: fleet.role === 'platform' ? fleet.members.map((m) => memberTarget(cluster.target, m, tenancy)) : [],
      endpoints: fleet.endpoints,
    },
    ...(fleet.role === 'platform' ? {} : { identityNames: memberIdentityNames(cluster.components) }),
  };
}
