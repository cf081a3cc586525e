import type { TerraformStack } from 'cdktf';
import type { FederatedIdentity } from '../../../lib/clouds';
import type { Cloud, CloudSettings, FleetEndpoint, TargetSpec, Tenant } from '../../../config/types';

/** A cluster's place in its target's fleet, as the cloud side needs it. */
export interface CloudFleet {
  readonly role: 'platform' | 'dedicated' | 'shared';
  /** The platform cluster's target (the stack's own for the platform). */
  readonly platform: TargetSpec;
  /** Tenants' zones are `<slug>.<tenantDomain>` (the platform target's domain), delegated from the platform zone. */
  readonly tenantDomain: string;
  /**
   * Tenants moving in: their zone exists here but the place they leave keeps its delegation until
   * `movedFrom.retired` (the DNS cutover), so two stacks never manage one NS record.
   */
  readonly arriving: readonly string[];
  /** The platform: every member cluster's target. A member: none. */
  readonly members: readonly TargetSpec[];
  /** The control-plane endpoints the platform exposes to its members (their fleet addresses). */
  readonly endpoints: readonly FleetEndpoint[];
}

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
  /** The cluster's place in its fleet. @default a platform cluster without members */
  readonly fleet?: CloudFleet;
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
