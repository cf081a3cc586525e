import type { TerraformStack } from 'cdktf';
import type { FederatedIdentity } from '../../../lib/clouds';
import type { Cloud, CloudSettings, TargetSpec, Tenant } from '../../../config/types';

/** What one cloud stack is built from: plain data from config/, never files or environment. */
export interface CloudModel {
  readonly target: TargetSpec;
  /** Tenants placed on this target (each gets a DNS child zone and its own vault prefix/policy). */
  readonly tenants: readonly Tenant[];
  /**
   * Federated identities: config/identities.ts plus one per tenant.
   * @default federatedIdentities(tenants)
   */
  readonly identities: readonly FederatedIdentity[];
  /** The environment's cloud settings: deletion protection, tiers, retention, replication. */
  readonly settings: CloudSettings;
}

/**
 * The contract every cloud folder implements. Each folder imports only its own provider (by deep
 * path), so swapping cdktf for CDK Terrain (`cdktn`) or a provider major version is per folder.
 */
export interface CloudPlatform {
  readonly cloud: Cloud;
  /** Adds the provider and every resource of the target to `stack`. */
  build(stack: TerraformStack, model: CloudModel): void;
}

export interface CloudStackProps {
  readonly model: CloudModel;
  readonly platform: CloudPlatform;
}
