import type { NodePoolName, Placement, TenantQuota, Tier } from './types';

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

/**
 * Node pool of each tier's tenant pods on shared clusters ([AKS]: the playground is for the free
 * tier; STARTER shares it, PROFESSIONAL and ENTERPRISE run on the data plane's pool).
 */
export const TENANT_NODE_POOL: Readonly<Record<Tier, NodePoolName>> = {
  FREE: 'playground',
  STARTER: 'playground',
  PROFESSIONAL: 'dataplane',
  ENTERPRISE: 'dataplane',
};

/**
 * Where a tenant's pods run. The platform services that start pods in a tenant namespace read
 * the ConfigMap TENANT_PLACEMENT_CONFIGMAP of that namespace (rendered into the tenant's file:
 * constructs/k8s/tenants) and copy its `nodeSelector` and `tolerations` into every pod they
 * create; the safety gate checks that this placement has a pool on the target
 * (docs/adr/0014-where-platform-add-ons-run.md, README "Scheduling and capacity").
 */
export const TENANT_PLACEMENT_CONFIGMAP = 'tenant-placement';

/**
 * How far the request quotas of the tenants placed on a pool may exceed what the pool offers at
 * its maximum size: the default of `settings.tenancy.quotaOvercommit`. Quotas are ceilings most
 * tenants never reach, so the sum may exceed the room 2:1 (chosen here; the fact sheet gives no
 * ratio). The scheduling rule warns beyond it against the room the platform's pods leave; the
 * fleet plan refuses a cluster beyond it against the pool's whole allocatable, which the room can
 * only be smaller than (lib/model/capacity.ts: the same allocatable figures).
 */
export const TENANT_OVERCOMMIT_RATIO = 2;

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
 * Size of a dedicated cluster (lib/model/fleet.ts `memberPools`): its platform target's node pools
 * without ctrlplane, since it runs the same data plane, whose pods and autoscaling maxima those
 * pools hold (the scheduling rule checks both clusters), plus whole nodes of its tier's pool
 * (TENANT_NODE_POOL) for `quotaShare` times the tenant's request quota. The fact sheet gives no
 * per-tier cluster size: the tier counts through its quota; 1 = the whole quota fits beside the
 * data plane when the pool is at its maximum (a half-sized data plane could not hold its own
 * autoscaling maxima: measured by the scheduling rule on a PROFESSIONAL cluster at half size).
 */
export const DEDICATED_CLUSTER_SIZE = { quotaShare: 1 } as const;
