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

export type { BucketResource, CloudProfile, CrossplaneProfile, RecordedIdentity, StoreServiceAccount, VaultLocation } from './profile';
export * from './identities';
export { ARGOCD_FLEET_SERVICE_ACCOUNTS, EXEC_API_VERSION, FLEET_TLS } from './profile';

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
