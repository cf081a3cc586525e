/** The cloud profiles, by cloud. Add a cloud: a profile file here plus a folder in constructs/cloud/. */
import type { Cloud, TargetSpec } from '../../config/types';
import { aws } from './aws';
import { azure } from './azure';
import { gcp } from './gcp';
import type { CloudProfile, VaultLocation } from './profile';

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
export { ELASTICSEARCH_CONFIG_DIR, backupPrefix } from './profile';
export * from './identities';

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

/** Where `service`'s backups live on a target (its own container or prefix; its backup identity may touch nothing else). */
export function backupLocation(target: TargetSpec, service: string): import('./profile').BackupLocation {
  return profileOf(target).backup.location(target, service);
}
