import type { Placement, TenantQuota, Tier } from './types';

/**
 * Tier quotas. The fact sheet's tables disagree (§4); this one table is used everywhere:
 * FREE from [RESISO] (storage chosen: 10Gi), STARTER from [NSTEN] (limits chosen as 2x requests),
 * PROFESSIONAL from [PROVNS] (pods and storage from the [NSTEN] STANDARD row). ENTERPRISE has no
 * default: every ENTERPRISE tenant must state its own quota in tenants.yaml ([PROVNS] "custom").
 */
export const TIER_QUOTAS: Readonly<Record<Exclude<Tier, 'ENTERPRISE'>, TenantQuota>> = {
  FREE: {
    requestsCpu: '2',
    requestsMemory: '4Gi',
    limitsCpu: '4',
    limitsMemory: '8Gi',
    pods: 20,
    services: 10,
    persistentVolumeClaims: 5,
    requestsStorage: '10Gi',
  },
  STARTER: {
    requestsCpu: '8',
    requestsMemory: '16Gi',
    limitsCpu: '16',
    limitsMemory: '32Gi',
    pods: 30,
    services: 20,
    persistentVolumeClaims: 10,
    requestsStorage: '50Gi',
  },
  PROFESSIONAL: {
    requestsCpu: '16',
    requestsMemory: '32Gi',
    limitsCpu: '32',
    limitsMemory: '64Gi',
    pods: 100,
    services: 100,
    persistentVolumeClaims: 50,
    requestsStorage: '200Gi',
  },
};

/** LimitRange `tenant-limits` of [NSISO][RESISO], the same for every tier. */
export const TENANT_LIMITS = {
  default: { cpu: '500m', memory: '512Mi' },
  defaultRequest: { cpu: '100m', memory: '256Mi' },
  max: { cpu: '2', memory: '4Gi' },
  min: { cpu: '50m', memory: '64Mi' },
} as const;

/** Ports a tenant namespace may reach in platform namespaces ([NSTEN]: 8080, 5432, 6379). */
export const TENANT_PLATFORM_PORTS = [8080, 5432, 6379] as const;

/** Node pool for tenant workloads of shared clusters ([AKS]: playground is for the free tier). */
export const TENANT_NODE_POOL = { FREE: 'playground', STARTER: 'playground', PROFESSIONAL: 'dataplane', ENTERPRISE: 'dataplane' } as const;

/**
 * Default placement per tier (fact sheet §4 "Deployment model"): FREE and STARTER get a namespace in
 * a shared cluster, PROFESSIONAL and ENTERPRISE a dedicated cluster. A tenant may override it
 * (`placement`, `placementByEnvironment` in tenants.yaml); `settings.tenancy.forceShared` overrides both.
 */
export const TIER_PLACEMENT: Readonly<Record<Tier, Placement>> = {
  FREE: 'shared',
  STARTER: 'shared',
  PROFESSIONAL: 'dedicated',
  ENTERPRISE: 'dedicated',
};

/**
 * Size of a dedicated cluster per tier: the target's node pools (config/node-pools.ts) with their
 * maxima scaled by `maxFactor` (at least each pool's minimum). The fact sheet gives no per-tier
 * cluster size; ENTERPRISE gets the full platform pools, PROFESSIONAL half, the others (only by
 * explicit `placement: dedicated`) the dev-sized third.
 */
export const DEDICATED_CLUSTER_SIZE: Readonly<Record<Tier, { readonly maxFactor: number }>> = {
  FREE: { maxFactor: 0.34 },
  STARTER: { maxFactor: 0.34 },
  PROFESSIONAL: { maxFactor: 0.5 },
  ENTERPRISE: { maxFactor: 1 },
};
