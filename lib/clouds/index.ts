/** The cloud profiles, by cloud. Add a cloud: a profile file here plus a folder in constructs/cloud/. */
import type { Cloud, CloudAddOn, NodePoolSpec, TargetSpec } from '../../config/types';
import type { Allocatable } from './nodes';
import { aws } from './aws';
import { azure } from './azure';
import { gcp } from './gcp';
import type { CloudProfile, VaultLocation } from './profile';
import { machineType } from './nodes';

export const CLOUD_PROFILES: Readonly<Record<Cloud, CloudProfile>> = { azure, aws, gcp };

/** The profile of a target's cloud. */
export function profileOf(target: TargetSpec): CloudProfile {
  return CLOUD_PROFILES[target.provider.cloud];
}

export type {
  BackupLocation,
  BackupProfile,
  BucketResource,
  CloudProfile,
  CrossplaneProfile,
  ElasticsearchSnapshotAccess,
  RecordedIdentity,
  StoreServiceAccount,
  VaultLocation,
} from './profile';
export { DEFAULT_CLASS_ANNOTATION, ELASTICSEARCH_CONFIG_DIR, backupPrefix, providerOf } from './profile';
export * from './identities';
export { ARGOCD_FLEET_SERVICE_ACCOUNTS, EXEC_API_VERSION, FLEET_TLS } from './profile';
export type { Allocatable, NodeProfile } from './nodes';
export { CRITICAL_ADDONS_ONLY, stackTaints } from './nodes';

/** Where the platform's (or a tenant's) secrets live on a target. */
export function vaultLocation(target: TargetSpec, tenant?: string): VaultLocation {
  return profileOf(target).vaultLocation(target, tenant);
}

/**
 * The name prefix of every tenant bucket on a target (`<cloud prefix>tenant-`): Crossplane names a
 * tenant's bucket `<prefix><tenant namespace>`, and the cloud identity that provisions them is
 * scoped to exactly this prefix, so the two sides read it from one place.
 */
export function tenantBucketPrefix(target: TargetSpec): string {
  return `${profileOf(target).crossplane.bucketPrefix(target)}tenant-`;
}

/**
 * True when a target needs its own copy of a node add-on: its cloud does not run one and a pool
 * needs it (the NVIDIA device plugin: a pool with GPUs).
 */
export function needsAddOn(target: TargetSpec, addOn: CloudAddOn): boolean {
  switch (addOn) {
    case 'nvidia-device-plugin':
      return !profileOf(target).nodes.installsNvidiaDevicePlugin && target.cluster.nodePools.some((p) => (p.gpu?.count ?? 0) > 0);
  }
}

/**
 * What one node of `pool` offers to pods on `target`: the machine's size minus the cloud's published
 * kubelet reservations; GPUs count only where the cloud runs its own device plugin (the scheduling
 * rule adds ours). The one allocatable figure of the model: the scheduling rule and the fleet's
 * capacity checks (lib/model/capacity.ts) both read it.
 */
export function nodeAllocatable(target: TargetSpec, pool: Pick<NodePoolSpec, 'machineType'>): Allocatable {
  const nodes = profileOf(target).nodes;
  const machine = machineType(target.provider.cloud, pool.machineType);
  return { ...nodes.allocatable(machine), gpus: nodes.installsNvidiaDevicePlugin ? machine.gpus : 0 };
}

/** Where `service`'s backups live on a target (its own container or prefix; its backup identity may touch nothing else). */
export function backupLocation(target: TargetSpec, service: string): import('./profile').BackupLocation {
  return profileOf(target).backup.location(target, service);
}
