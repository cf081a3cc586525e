/**
 * The fleet of a target: where each tenant runs (placement, shard, cluster), which member clusters
 * exist (one per dedicated tenant, plus the declared extra shared clusters), their address blocks
 * and node pools, and the control-plane endpoints members reach. Pure functions of the model: the
 * same tenants.yaml always gives the same fleet, and a tenant's shard and address block depend on
 * its own slug (or pin) only, so adding or removing another tenant never moves it.
 */
import { z } from 'zod';
import { EXTRA_CONTROL_PLANE_ENDPOINTS, MEMBER_CLUSTER_ADD_ONS, SHARED_PLANES } from '../../config/fleet';
import { WORKLOAD_IDENTITIES } from '../../config/identities';
import { BASE_SETTINGS } from '../../config/environments';
import { DEDICATED_CLUSTER_SIZE, TENANT_NODE_POOL, TIER_PLACEMENT } from '../../config/tenancy';
import { NODE_POOL_NAMES, PLATFORM_NAMESPACES } from '../../config/types';
import type {
  ClusterFleet,
  Component,
  EnvironmentName,
  FleetEndpoint,
  FleetMember,
  NodePoolName,
  NodePoolSpec,
  Placement,
  PlatformNamespace,
  ServiceComponent,
  TargetSpec,
  TenancySettings,
  Tenant,
} from '../../config/types';
import { profileOf, shortHash } from '../clouds';
import { cidrHost, cidrsOverlap, cidrSubnet, parseCidr } from '../k8s/cidr';
import { parseQuantity } from '../k8s/quantity';
import { poolCapacity } from './capacity';
import { ModelError } from './errors';

/**
 * The base environment's tenancy settings (config/environments/base.ts), for models that predate `settings.tenancy`
 * (hand-built test models) and the bench: one platform cluster, 16 shards.
 */
export const DEFAULT_TENANCY: TenancySettings = BASE_SETTINGS.tenancy;

/** The platform cluster's name in shard maps. */
const PLATFORM_CLUSTER = 'platform';

/** 32-bit FNV-1a: a stable hash with no dependency, the same in every Node version. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The virtual shard of a tenant: its pin, else `fnv1a(slug) mod virtualShards`. Depends on nothing else. */
export function shardOf(tenant: Pick<Tenant, 'slug' | 'shard'>, virtualShards: number): number {
  return tenant.shard ?? fnv1a(tenant.slug) % virtualShards;
}

/** Folder of a shard under `tenants/`: zero-padded so folders sort in shard order. */
function shardFolder(shard: number, virtualShards: number): string {
  return `shard-${String(shard).padStart(String(Math.max(1, virtualShards - 1)).length, '0')}`;
}

/** Where a tenant runs on a target of `environment`: forced shared, else its environment's, its own, its tier's. */
export function placementOf(
  tenant: Pick<Tenant, 'tier' | 'placement' | 'placementByEnvironment'>,
  environment: EnvironmentName,
  tenancy: Pick<TenancySettings, 'forceShared'>,
): Placement {
  if (tenancy.forceShared) return 'shared';
  return tenant.placementByEnvironment?.[environment] ?? tenant.placement ?? TIER_PLACEMENT[tenant.tier];
}

const shardEntry = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+(-\d+)?$/, 'expected a shard number or a range "a-b"')]);
const tenancySchema = z.strictObject({
  forceShared: z.boolean(),
  virtualShards: z.number().int().min(1).max(4096),
  maxObjectsPerApplication: z.number().int().min(100),
  quotaOvercommit: z.number().positive(),
  sharedClusters: z.array(
    z.strictObject({
      name: z
        .string()
        .regex(/^[a-z]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label')
        .max(20)
        .refine((n) => !n.includes('--'), 'must not contain "--" (it separates a member from its Application names)'),
      shards: z.array(shardEntry).min(1),
      networkSlot: z.number().int().nonnegative().optional(),
      pools: z
        .partialRecord(
          z.enum(NODE_POOL_NAMES),
          z.strictObject({ machineType: z.string().optional(), max: z.number().int().positive().optional() }),
        )
        .optional(),
    }),
  ),
  memberNetwork: z.strictObject({ supernet: z.string(), blockPrefix: z.number().int().min(16).max(20) }),
});

/** `settings.tenancy` of a target, validated (YAML overrides can set anything). */
export function tenancyOf(raw: unknown, target: string): TenancySettings {
  if (raw === undefined) return DEFAULT_TENANCY;
  const parsed = tenancySchema.safeParse(raw);
  if (!parsed.success) {
    throw new ModelError(
      `config (target ${target})`,
      parsed.error.issues.map((i) => `settings.tenancy.${i.path.map(String).join('.')}: ${i.message}`),
    );
  }
  const tenancy = parsed.data as TenancySettings;
  try {
    parseCidr(tenancy.memberNetwork.supernet);
  } catch (error) {
    throw new ModelError(`config (target ${target})`, [`settings.tenancy.memberNetwork.supernet: ${(error as Error).message}`]);
  }
  return tenancy;
}

/** Every shard a shared cluster lists (numbers and inclusive `a-b` ranges). */
export function expandShards(entries: readonly (number | string)[]): number[] {
  return entries.flatMap((e) => {
    if (typeof e === 'number') return [e];
    const [from, to = from] = e.split('-').map(Number);
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  });
}

/** Where a tenant is on one target. */
interface TenantPlace {
  readonly placement: Placement;
  readonly shard: number;
  /** Name of the cluster's target: the platform target, or `<target>-<member>`. */
  readonly cluster: string;
}

interface FleetPlan {
  readonly tenancy: TenancySettings;
  /** Current place of every tenant of the target. */
  readonly places: ReadonlyMap<string, TenantPlace>;
  /** Places being left (movedFrom, not retired) on another cluster than the current one. */
  readonly retained: ReadonlyMap<string, TenantPlace>;
  /** Shared cluster of each virtual shard (`platform` or a shared cluster name). */
  readonly shardClusters: readonly string[];
  readonly members: readonly FleetMember[];
}

function memberClusterTarget(platform: string, member: string): string {
  return `${platform}-${member}`;
}

/**
 * Places every tenant of one target and lists its member clusters. Errors name tenants.yaml or the
 * tenancy settings and say how to fix them (pin a shard or an address block, map shards elsewhere).
 */
export function planFleet(target: TargetSpec, tenancy: TenancySettings, tenants: readonly Tenant[], tenantsFile: string): FleetPlan {
  const problems: string[] = [];
  const settingsProblems: string[] = [];
  const V = tenancy.virtualShards;
  const shardClusters: string[] = Array.from({ length: V }, () => PLATFORM_CLUSTER);
  const declared = new Map<string, number>();
  tenancy.sharedClusters.forEach((c, i) => {
    if (declared.has(c.name) || c.name === PLATFORM_CLUSTER)
      settingsProblems.push(`settings.tenancy.sharedClusters[${i}].name: "${c.name}" is used twice or reserved`);
    declared.set(c.name, i);
    for (const shard of expandShards(c.shards)) {
      if (shard >= V)
        settingsProblems.push(`settings.tenancy.sharedClusters[${i}].shards: shard ${shard} does not exist (virtualShards is ${V})`);
      else if (shardClusters[shard] !== PLATFORM_CLUSTER)
        settingsProblems.push(`settings.tenancy.sharedClusters[${i}].shards: shard ${shard} is already on ${shardClusters[shard]}`);
      else shardClusters[shard] = c.name;
    }
  });
  if (settingsProblems.length > 0) throw new ModelError(`config (target ${target.name})`, settingsProblems);

  const clusterOfShard = (shard: number): string =>
    shardClusters[shard] === PLATFORM_CLUSTER ? target.name : memberClusterTarget(target.name, shardClusters[shard]);
  const placeOf = (tenant: Tenant, placement: Placement, shard: number): TenantPlace => ({
    placement,
    shard,
    cluster: placement === 'dedicated' ? memberClusterTarget(target.name, tenant.slug) : clusterOfShard(shard),
  });

  const places = new Map<string, TenantPlace>();
  const retained = new Map<string, TenantPlace>();
  tenants.forEach((tenant) => {
    const where = `tenants (slug "${tenant.slug}")`;
    for (const [key, value] of [
      ['shard', tenant.shard],
      ['movedFrom.shard', tenant.movedFrom?.shard],
    ] as const) {
      if (value !== undefined && value >= V)
        problems.push(`${where}.${key}: shard ${value} does not exist on ${target.name} (virtualShards is ${V})`);
    }
    if (declared.has(tenant.slug))
      problems.push(`${where}.slug: "${tenant.slug}" is the name of a shared cluster of ${target.name}; a dedicated cluster would clash`);
    const shard = shardOf(tenant, V);
    const place = placeOf(tenant, placementOf(tenant, target.environment, tenancy), shard);
    places.set(tenant.slug, place);
    const from = tenant.movedFrom;
    if (from && !from.retired) {
      const old = placeOf(tenant, from.placement, from.shard ?? shard);
      if (old.cluster !== place.cluster) retained.set(tenant.slug, old);
    }
  });
  if (problems.length > 0) throw new ModelError(tenantsFile, problems);

  // Member clusters: every dedicated place (current or kept), then the declared shared clusters.
  const slots = new Map<number, string>();
  const supernet = tenancy.memberNetwork.supernet;
  const blockCount = 2 ** (tenancy.memberNetwork.blockPrefix - parseCidr(supernet).prefix);
  const members: FleetMember[] = [];
  const dedicated = new Map<string, Tenant>();
  for (const tenant of tenants) {
    for (const place of [places.get(tenant.slug), retained.get(tenant.slug)])
      if (place?.placement === 'dedicated') dedicated.set(tenant.slug, tenant);
  }
  const addMember = (kind: FleetMember['kind'], member: string, pinned: number | undefined, where: string, tenant?: Tenant): void => {
    const slot = pinned ?? fnv1a(`network/${member}`) % blockCount;
    if (slot >= blockCount) {
      problems.push(`${where}: slot ${slot} is outside ${supernet} (${blockCount} blocks of /${tenancy.memberNetwork.blockPrefix})`);
      return;
    }
    const taken = slots.get(slot);
    if (taken) {
      const free = Array.from({ length: blockCount }, (_, i) => i).find((i) => !slots.has(i) && i !== slot);
      problems.push(
        `${where}: address block ${slot} of ${target.name} is already ${taken}'s; pin one of them to a free block (networkSlot: ${free})`,
      );
      return;
    }
    slots.set(slot, `${kind === 'dedicated' ? 'tenant' : 'shared cluster'} ${member}`);
    members.push({
      name: memberClusterTarget(target.name, member),
      kind,
      member,
      ...(tenant
        ? {
            tenant: {
              slug: tenant.slug,
              tier: tenant.tier,
              requests: { cpu: tenant.quota.requestsCpu, memory: tenant.quota.requestsMemory },
            },
          }
        : {}),
      slot,
      block: cidrSubnet(supernet, tenancy.memberNetwork.blockPrefix - parseCidr(supernet).prefix, slot),
    });
  };
  // Pinned blocks first, so a pin always wins over another member's hashed block.
  const candidates = [
    ...[...dedicated.values()].map((t) => ({
      kind: 'dedicated' as const,
      member: t.slug,
      pin: t.networkSlot,
      where: `tenants (slug "${t.slug}").networkSlot`,
      tenant: t,
    })),
    ...tenancy.sharedClusters.map((c, i) => ({
      kind: 'shared' as const,
      member: c.name,
      pin: c.networkSlot,
      where: `settings.tenancy.sharedClusters[${i}].networkSlot`,
      tenant: undefined,
    })),
  ].sort(
    (a, b) => (a.pin === undefined ? 1 : 0) - (b.pin === undefined ? 1 : 0) || (a.member < b.member ? -1 : a.member > b.member ? 1 : 0),
  );
  for (const c of candidates) addMember(c.kind, c.member, c.pin, c.where, c.tenant);
  for (const range of platformRanges(target)) {
    if (cidrsOverlap(range, supernet))
      problems.push(
        `settings.tenancy.memberNetwork.supernet: ${supernet} overlaps the platform cluster's range ${range} of ${target.name}`,
      );
  }
  if (problems.length > 0) throw new ModelError(tenantsFile, problems);
  members.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { tenancy, places, retained, shardClusters, members };
}

/** Every address range of a cluster (what a peered network must not overlap). */
export function platformRanges(target: TargetSpec): string[] {
  const c = target.cluster;
  return [c.vnetCidr, c.nodeCidr, c.podCidr, c.serviceCidr, c.masterCidr, c.apiServerCidr, c.privateEndpointCidr];
}

/**
 * The ranges of a member cluster inside its block: pods the first half (GKE routes them), nodes an
 * eighth, services a sixteenth, the API server subnet and the GKE master range, then private
 * endpoints the last sixteenth (Azure: one per tenant vault, about a thousand on a /18 block).
 * Everything lies inside the block, so blocks that never overlap give clusters that never do.
 */
export function memberNetwork(block: string): Omit<TargetSpec['cluster'], 'name' | 'kubernetesVersion' | 'authorizedCidrs' | 'nodePools'> {
  const nodeCidr = cidrSubnet(block, 3, 4);
  const serviceCidr = cidrSubnet(block, 4, 10);
  const small = 28 - parseCidr(block).prefix;
  return {
    vnetCidr: block,
    podCidr: cidrSubnet(block, 1, 0),
    nodeCidr,
    serviceCidr,
    dnsServiceIp: cidrHost(serviceCidr, 10),
    apiServerCidr: cidrSubnet(block, small, 11 * 2 ** (small - 4)),
    masterCidr: cidrSubnet(block, small, 11 * 2 ** (small - 4) + 1),
    privateEndpointCidr: cidrSubnet(block, 4, 12),
    // Members expose no endpoints; kept inside nodeCidr like on every cluster.
    fleetEndpointCidr: cidrSubnet(nodeCidr, 26 - parseCidr(nodeCidr).prefix, 2 ** (26 - parseCidr(nodeCidr).prefix) - 1),
  };
}

/** A cloud resource name from the platform's and the member's, kept within `max` characters by a hash. */
function memberName(base: string, member: string, max: number, separator = '-'): string {
  const name = `${base}${separator}${member}`;
  if (name.length <= max) return name;
  const hash = shortHash(name, 6);
  return `${name.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/**
 * Node pools of a member: its platform target's, without ctrlplane (no control plane there). The
 * member runs the same data plane, whose pods and autoscaling maxima those pools hold (the
 * scheduling rule checks both clusters with the same figures). A dedicated cluster's tenant pool
 * (TENANT_NODE_POOL of its tier) grows by the tenant's request quota in whole nodes
 * (DEDICATED_CLUSTER_SIZE); a shared cluster's pools take its `pools` overrides.
 */
function memberPools(target: TargetSpec, member: FleetMember, overrides: SharedPoolOverrides | undefined): NodePoolSpec[] {
  const tenant = member.kind === 'dedicated' ? member.tenant : undefined;
  return target.cluster.nodePools
    .filter((p) => p.name !== 'ctrlplane')
    .map((p) => {
      if (tenant && p.name === TENANT_NODE_POOL[tenant.tier]) return { ...p, max: p.max + quotaNodes(target, p, tenant.requests) };
      const o = overrides?.[p.name];
      return o ? { ...p, ...(o.machineType ? { machineType: o.machineType } : {}), ...(o.max ? { max: Math.max(p.min, o.max) } : {}) } : p;
    });
}

/** Whole nodes of `pool` that hold `quotaShare` times a tenant's request quota (the larger of CPU and memory). */
function quotaNodes(target: TargetSpec, pool: NodePoolSpec, requests: { readonly cpu: string; readonly memory: string }): number {
  const node = poolCapacity(target, { machineType: pool.machineType, max: 1 });
  if (!node) return 0;
  const share = DEDICATED_CLUSTER_SIZE.quotaShare;
  return Math.ceil(Math.max((share * parseQuantity(requests.cpu)) / node.cpu, (share * parseQuantity(requests.memory)) / node.memory));
}

type SharedPoolOverrides = TenancySettings['sharedClusters'][number]['pools'];

/** The target spec of a member cluster: same environment, cloud and region; its own names, block, pools and vaults. */
export function memberTarget(target: TargetSpec, member: FleetMember, tenancy: TenancySettings): TargetSpec {
  const shared = tenancy.sharedClusters.find((c) => c.name === member.member);
  const p = target.provider;
  const unique = shortHash(member.name, 8);
  const compact = member.member.replace(/-/g, '');
  const provider: TargetSpec['provider'] =
    p.cloud === 'azure'
      ? {
          ...p,
          resourceGroup: `${p.resourceGroup}-${member.member}`,
          // Key Vault and storage account names are global: 24 characters at most.
          keyVaultName: `kv-${member.member.slice(0, 12).replace(/-+$/, '')}-${unique}`,
          storageAccountName: `st${compact.slice(0, 14)}${unique}`,
        }
      : p.cloud === 'aws'
        ? { ...p, bucketName: memberName(p.bucketName, member.member, 63) }
        : { ...p, projectId: memberName(p.projectId, member.member, 30), bucketName: memberName(p.bucketName, member.member, 63) };
  return {
    name: member.name,
    environment: target.environment,
    // A dedicated cluster's zone is its tenant's (`<slug>.<domain>`); a shared one gets `<name>.<domain>`.
    domain: `${member.member}.${target.domain}`,
    acmeEmail: target.acmeEmail,
    cluster: {
      // GKE cluster names are at most 40 characters.
      name: memberName(target.cluster.name, member.member, 40),
      kubernetesVersion: target.cluster.kubernetesVersion,
      authorizedCidrs: target.cluster.authorizedCidrs,
      ...memberNetwork(member.block),
      nodePools: memberPools(target, member, shared?.pools),
    },
    provider,
    storageClass: target.storageClass,
    costCenter: target.costCenter,
  };
}

/**
 * What a member cluster runs: every data-plane service, the member add-ons, and everything they
 * depend on or are operated by, transitively, except the shared planes. A service's dependency on
 * a shared-plane service becomes egress to that endpoint's fleet addresses; the endpoints found
 * (plus EXTRA_CONTROL_PLANE_ENDPOINTS) are what the platform exposes.
 */
export function memberComponents(
  target: TargetSpec,
  components: Readonly<Record<string, Component>>,
): { components: Record<string, Component>; endpoints: FleetEndpoint[] } {
  const keep = new Set<string>();
  const remote = new Set<string>(EXTRA_CONTROL_PLANE_ENDPOINTS.filter((n) => components[n]));
  const isShared = (c: Component): boolean => c.kind === 'service' && SHARED_PLANES.includes(c.plane);
  const visit = (name: string): void => {
    const c = components[name];
    if (!c || keep.has(name)) return;
    if (isShared(c)) {
      remote.add(name);
      return;
    }
    keep.add(name);
    c.dependsOn.forEach(visit);
    if (c.kind === 'operated') visit(c.operator);
  };
  for (const [name, c] of Object.entries(components)) if (c.kind === 'service' && c.plane === 'data-plane') visit(name);
  MEMBER_CLUSTER_ADD_ONS.forEach(visit);
  const gateway = profileOf(target).fleetGateway;
  const maxEndpoints = gateway.maxEndpoints?.(target);
  if (maxEndpoints !== undefined && remote.size > maxEndpoints)
    throw new ModelError(`config (target ${target.name})`, [
      `fleet endpoints: member clusters need ${remote.size} control-plane endpoints (${[...remote].sort().join(', ')}), more than the ${maxEndpoints} addresses of cluster.fleetEndpointCidr ${target.cluster.fleetEndpointCidr}; enlarge it, or drop data-plane dependencies on shared-plane services (config/fleet.ts EXTRA_CONTROL_PLANE_ENDPOINTS)`,
    ]);
  const endpoints: FleetEndpoint[] = [...remote].sort().map((name, index) => {
    const c = components[name] as ServiceComponent;
    const port = c.ports.find((p) => p.port === c.port) ?? { name: 'http', port: c.port };
    if (!(PLATFORM_NAMESPACES as readonly string[]).includes(c.namespace))
      throw new ModelError(`config (target ${target.name})`, [
        `components.${name}.namespace: a control-plane endpoint of the fleet must run in a platform namespace, not ${c.namespace}`,
      ]);
    return {
      component: name,
      namespace: c.namespace as PlatformNamespace,
      port,
      nodePool: c.nodePool,
      addresses: gateway.addresses(target, index),
    };
  });
  const byName = new Map(endpoints.map((e) => [e.component, e]));
  const result: Record<string, Component> = {};
  for (const name of Object.keys(components).filter((n) => keep.has(n))) {
    const c = components[name];
    const remoteDeps = c.dependsOn.filter((d) => byName.has(d));
    if (remoteDeps.length === 0) {
      result[name] = c;
      continue;
    }
    if (c.kind !== 'service')
      throw new ModelError(`config (target ${target.name})`, [
        `components.${name}.dependsOn: a ${c.kind} on a member cluster cannot depend on the control-plane service(s) ${remoteDeps.join(', ')}`,
      ]);
    result[name] = {
      ...c,
      dependsOn: c.dependsOn.filter((d) => !byName.has(d)),
      // The control plane is on the platform cluster: reached on its fleet addresses, over the peering.
      externalEgress: [
        ...c.externalEgress,
        ...remoteDeps.map((d) => {
          const e = byName.get(d)!;
          return { name: `fleet-${d}`, cidrs: e.addresses.map((a) => `${a}/32`), ports: [e.port.port] };
        }),
      ],
    };
  }
  return { components: result, endpoints };
}

/** Workload identities a member cluster needs: those of config/identities.ts whose component (or backed-up data service) runs there. */
export function memberIdentityNames(components: Readonly<Record<string, Component>>): string[] {
  return WORKLOAD_IDENTITIES.filter(
    (i) => components[i.name] || components[i.serviceAccount] || (i.backupOf && components[i.backupOf]),
  ).map((i) => i.name);
}

const GI = 2 ** 30;

/**
 * Tier quotas against pool capacity: the requests of every tenant whose tier lands on a pool
 * (TENANT_NODE_POOL) must fit `quotaOvercommit` times the pool's allocatable at its maximum size
 * (lib/model/capacity.ts, the scheduling rule's figures). Decided before rendering, without the
 * platform's own pods: the scheduling rule then warns against the room those pods leave.
 */
export function capacityProblems(cluster: TargetSpec, tenants: readonly Tenant[], tenancy: TenancySettings): string[] {
  const problems: string[] = [];
  const demand = new Map<NodePoolName, { cpu: number; memory: number; tenants: number }>();
  for (const t of tenants) {
    const pool = TENANT_NODE_POOL[t.tier];
    const d = demand.get(pool) ?? { cpu: 0, memory: 0, tenants: 0 };
    demand.set(pool, {
      cpu: d.cpu + parseQuantity(t.quota.requestsCpu),
      memory: d.memory + parseQuantity(t.quota.requestsMemory),
      tenants: d.tenants + 1,
    });
  }
  for (const [name, d] of [...demand].sort(([a], [b]) => a.localeCompare(b))) {
    const pool = cluster.cluster.nodePools.find((p) => p.name === name);
    if (!pool) {
      problems.push(`cluster ${cluster.name}: ${d.tenants} tenant(s) need node pool "${name}", which the cluster does not have`);
      continue;
    }
    const capacity = poolCapacity(cluster, pool);
    if (!capacity) {
      problems.push(`cluster ${cluster.name}: pool ${name}: unknown machine type "${pool.machineType}" (config/machine-types.ts)`);
      continue;
    }
    const cpuLimit = capacity.cpu * tenancy.quotaOvercommit;
    const memoryLimit = capacity.memory * tenancy.quotaOvercommit;
    if (d.cpu > cpuLimit || d.memory > memoryLimit) {
      problems.push(
        `cluster ${cluster.name}: pool ${name} carries ${d.tenants} tenant(s) with quota requests of ${round(d.cpu)} CPU / ${round(d.memory / GI)}Gi, ` +
          `more than ${tenancy.quotaOvercommit}x its allocatable ${round(capacity.cpu)} CPU / ${round(capacity.memory / GI)}Gi at ${pool.max} nodes; ` +
          'map some of its shards to another shared cluster (settings.tenancy.sharedClusters) or enlarge the pool',
      );
    }
  }
  return problems;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The fleet view of a cluster that is not part of a planned fleet (hand-built models): a platform cluster, hash shards. */
export function defaultFleet(
  target: TargetSpec,
  tenants: readonly Pick<Tenant, 'slug' | 'shard'>[] = [],
  tenancy = DEFAULT_TENANCY,
): ClusterFleet {
  return {
    role: 'platform',
    platform: target.name,
    tenantDomain: target.domain,
    shards: Object.fromEntries(tenants.map((t) => [t.slug, shardOf(t, tenancy.virtualShards)])),
    virtualShards: tenancy.virtualShards,
    maxObjectsPerApplication: tenancy.maxObjectsPerApplication,
    retained: [],
    members: [],
    endpoints: [],
  };
}

const fleets = new WeakMap<object, ClusterFleet>();

/**
 * The fleet view of a cluster model: its own, or (hand-built models) a platform cluster with hash
 * shards. A tenant the view does not list (a model whose tenants were replaced by hand) gets its
 * hash shard, the same formula the fleet plan uses.
 */
export function fleetOf(model: {
  readonly target: TargetSpec;
  readonly tenants?: readonly Tenant[];
  readonly settings?: { readonly tenancy?: unknown };
  readonly fleet?: ClusterFleet;
}): ClusterFleet {
  let fleet = fleets.get(model);
  if (fleet) return fleet;
  const own = model.fleet;
  const tenants = model.tenants ?? [];
  if (own && tenants.every((t) => own.shards[t.slug] !== undefined)) fleet = own;
  else if (own)
    fleet = {
      ...own,
      shards: { ...Object.fromEntries(tenants.map((t) => [t.slug, shardOf(t, own.virtualShards)])), ...own.shards },
    };
  else fleet = defaultFleet(model.target, tenants, tenancyOf(model.settings?.tenancy, model.target.name));
  fleets.set(model, fleet);
  return fleet;
}

/** The file (under `tenants/`) of a tenant on a cluster: `<shard folder>/<slug>`. */
export function tenantFileOf(fleet: ClusterFleet, slug: string): string {
  const shard = fleet.shards[slug];
  if (shard === undefined) throw new Error(`tenant ${slug} is not hosted on ${fleet.platform}'s cluster`);
  return `${shardFolder(shard, fleet.virtualShards)}/${slug}`;
}
