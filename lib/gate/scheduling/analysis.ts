/**
 * Where every pod of a target can run, and how full that makes each node pool. For each pod
 * template (rendered workloads, operator custom resources, Helm Applications through their pod
 * maps, tenant placements) the scheduler's filters decide the pools it may use: labels that
 * satisfy its nodeSelector and required node affinity, taints it tolerates, `nvidia.com/gpu`
 * advertised by a device plugin when it asks for GPUs, and a node large enough for one pod.
 * Capacity then sums, per pool, the requests of the pods that can only land there against the
 * pool's maximum size. Pure: the same objects and model give the same analysis.
 */
import { TENANT_LIMITS, TENANT_PLACEMENT_CONFIGMAP } from '../../../config/tenancy';
import { TIERS, type ResolvedTarget, type Tenant } from '../../../config/types';
import { tenantPlacement } from '../../../constructs/k8s/tenants/placement';
import { tenancyOf } from '../../model/fleet';
import type { Located } from '../context';
import type { K8sObject } from '../../k8s/object';
import { blockingTaints, describeTaint, type NodeTaint, selectsNode, type Toleration } from '../../k8s/scheduling';
import { chartPodTemplates } from './chart-pods';
import type { PodTemplate } from './pod-template';
import { poolViews, type PoolView } from './pools';
import { add, describeRequests, NO_REQUESTS, requestsOf, type Requests, scale } from './resources';
import { renderedPodTemplates } from './workloads';
import { tenantNamespace } from '../../model/tenants';

export interface SchedulingFinding {
  readonly file: string;
  readonly object: K8sObject;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface Placement {
  readonly pod: PodTemplate;
  /** Pools with a node whose labels satisfy the pod's nodeSelector and required node affinity. */
  readonly selected: readonly PoolView[];
  /** Of those, the pools whose NoSchedule/NoExecute taints it all tolerates. */
  readonly tolerated: readonly PoolView[];
  /** Of those, the pools where one pod fits on a node (GPUs advertised when it asks for them). */
  readonly fits: readonly PoolView[];
}

export interface PoolCapacity {
  readonly pool: PoolView;
  /** Maximum nodes of the pool. */
  readonly nodes: number;
  /** What one node offers to pods (`gpus` once a device plugin runs there). */
  readonly perNode: Requests;
  /** nodes x perNode. */
  readonly capacity: Requests;
  /** Requests of the pods that can only land here, at their floor (replicas, HPA minReplicas), DaemonSets once per node. */
  readonly requested: Requests;
  /** The same at the ceiling (HPA maxReplicas, autoscaler maxima). */
  readonly requestedAtMax: Requests;
  readonly pods: number;
  readonly podsAtMax: number;
  /** Whether `nvidia.com/gpu` is advertised on the pool's nodes, and by whom. */
  readonly devicePlugin: 'cloud' | 'chart' | 'none';
}

export interface TenantPlacement {
  readonly tenant: Tenant;
  readonly located?: Located;
  /** The pool the tenant's pods land on, when exactly one fits. */
  readonly pool?: PoolView;
}

export interface SchedulingAnalysis {
  readonly pools: readonly PoolView[];
  readonly placements: readonly Placement[];
  readonly capacity: readonly PoolCapacity[];
  readonly tenants: readonly TenantPlacement[];
  readonly findings: readonly SchedulingFinding[];
}

/** Above this share of a pool's capacity the gate warns (a rolling update needs the rest); above 100 % it fails. */
export const CAPACITY_WARNING = 0.8;

function fitsOn(requests: Requests, free: Requests): boolean {
  return requests.cpuMillis <= free.cpuMillis && requests.memoryBytes <= free.memoryBytes && requests.gpus <= free.gpus;
}

function minus(a: Requests, b: Requests): Requests {
  return { cpuMillis: a.cpuMillis - b.cpuMillis, memoryBytes: a.memoryBytes - b.memoryBytes, gpus: a.gpus - b.gpus };
}

/** The largest share of capacity any resource reaches (GPUs only where the pool has any). */
export function share(used: Requests, capacity: Requests): number {
  const parts = [used.cpuMillis / Math.max(capacity.cpuMillis, 1), used.memoryBytes / Math.max(capacity.memoryBytes, 1)];
  if (capacity.gpus > 0 || used.gpus > 0) parts.push(used.gpus / Math.max(capacity.gpus, 1e-9));
  return Math.max(...parts);
}

function percent(used: number, capacity: number): string {
  return `${capacity > 0 ? Math.round((100 * used) / capacity) : used > 0 ? '∞' : 0} %`;
}

/** `cpu 90 %, memory 94 %` (and GPUs), as capacity messages print usage. */
export function describeShare(used: Requests, capacity: Requests): string {
  const parts = [`cpu ${percent(used.cpuMillis, capacity.cpuMillis)}`, `memory ${percent(used.memoryBytes, capacity.memoryBytes)}`];
  if (capacity.gpus > 0 || used.gpus > 0) parts.push(`GPU ${used.gpus}/${capacity.gpus}`);
  return parts.join(', ');
}

function selectorText(pod: PodTemplate): string {
  const parts = [`nodeSelector ${JSON.stringify(pod.placement.nodeSelector)}`];
  if (pod.placement.requiredTerms) parts.push(`required node affinity ${JSON.stringify(pod.placement.requiredTerms)}`);
  return parts.join(' and ');
}

/** The largest pod a tenant may run: one container at its LimitRange maximum. */
const TENANT_POD = requestsOf(TENANT_LIMITS.max.cpu, TENANT_LIMITS.max.memory);

/**
 * One pod per tier, placed as that tier's tenants would be on this target
 * (constructs/k8s/tenants/placement.ts): every tier must have a place even before a tenant of it
 * arrives. Reported against the target's AppProject, the object that admits tenant namespaces.
 */
function tierPods(objects: readonly Located[], model: ResolvedTarget): PodTemplate[] {
  const anchor = objects.find((l) => l.object.kind === 'AppProject' && l.object.apiVersion.startsWith('argoproj.io/'));
  if (!anchor) return [];
  return TIERS.map((tier) => {
    const placement = tenantPlacement(model, tier);
    return {
      ...anchor,
      what: `tier ${tier} (TENANT_NODE_POOL: ${placement.pool})`,
      namespace: 'tenant-*',
      placement: { nodeSelector: placement.nodeSelector, tolerations: placement.tolerations },
      requests: TENANT_POD,
      replicas: { min: 0, max: 0 },
      transient: true,
    };
  });
}

/** The pod templates a tenant's placement ConfigMap describes (one per tenant). */
function tenantPods(objects: readonly Located[], model: ResolvedTarget, findings: SchedulingFinding[]): Map<Tenant, PodTemplate> {
  const byTenant = new Map<Tenant, PodTemplate>();
  // Indexed once: a lookup per tenant over every object is quadratic (10,000 tenants: 16 s).
  const placements = new Map<string, Located>();
  const namespaces = new Map<string, Located>();
  for (const l of objects) {
    const { kind, metadata } = l.object;
    if (kind === 'ConfigMap' && metadata.name === TENANT_PLACEMENT_CONFIGMAP && metadata.namespace && !placements.has(metadata.namespace))
      placements.set(metadata.namespace, l);
    else if (kind === 'Namespace' && !namespaces.has(metadata.name)) namespaces.set(metadata.name, l);
  }
  for (const tenant of model.tenants) {
    const namespace = tenantNamespace(tenant.slug);
    const located = placements.get(namespace);
    if (!located) {
      const ns = namespaces.get(namespace);
      if (ns)
        findings.push({
          ...ns,
          severity: 'error',
          message: `tenant ${tenant.slug} (${tenant.tier}) has no ConfigMap ${TENANT_PLACEMENT_CONFIGMAP}: the services that start its pods would not know where they run`,
        });
      continue;
    }
    const data = (located.object as { data?: Record<string, string> }).data ?? {};
    let nodeSelector: Record<string, string>;
    let tolerations: Toleration[];
    try {
      nodeSelector = JSON.parse(data.nodeSelector ?? '{}') as Record<string, string>;
      tolerations = JSON.parse(data.tolerations ?? '[]') as Toleration[];
    } catch (error) {
      findings.push({ ...located, severity: 'error', message: `data is not JSON: ${(error as Error).message}` });
      continue;
    }
    byTenant.set(tenant, {
      ...located,
      what: `ConfigMap ${namespace}/${TENANT_PLACEMENT_CONFIGMAP} (tenant ${tenant.slug}, tier ${tenant.tier})`,
      namespace,
      placement: { nodeSelector, tolerations },
      requests: TENANT_POD,
      replicas: { min: 0, max: 0 },
      transient: true,
    });
  }
  return byTenant;
}

/** Every pod template the target will run, rendered objects and Helm Applications alike, plus the notes on charts. */
export function podTemplatesOf(objects: readonly Located[]): { pods: PodTemplate[]; notes: SchedulingFinding[] } {
  const charts = chartPodTemplates(objects);
  return {
    pods: [...renderedPodTemplates(objects), ...charts.pods],
    notes: charts.notes.map((n) => ({ ...n.located, severity: n.severity, message: n.message })),
  };
}

/** The last analysis only: a synth renders one target at a time, and an entry per model would keep every target's objects alive. */
let last: { model: ResolvedTarget; objects: readonly K8sObject[]; analysis: SchedulingAnalysis } | undefined;

/**
 * analyseScheduling, computed once per model and set of objects: INVENTORY.md and the gate both
 * read it for the target being built (the objects are compared by identity, so any change recomputes).
 */
export function schedulingAnalysis(objects: readonly Located[], model: ResolvedTarget): SchedulingAnalysis {
  if (last && last.model === model && last.objects.length === objects.length && last.objects.every((o, i) => o === objects[i].object))
    return last.analysis;
  const analysis = analyseScheduling(objects, model);
  last = { model, objects: objects.map((l) => l.object), analysis };
  return analysis;
}

export function analyseScheduling(objects: readonly Located[], model: ResolvedTarget): SchedulingAnalysis {
  const pools = poolViews(model.target);
  const cloud = model.target.provider.cloud;
  const { pods, notes } = podTemplatesOf(objects);
  const findings: SchedulingFinding[] = [...notes];
  const tenants = tenantPods(objects, model, findings);
  const all = [...pods, ...tierPods(objects, model), ...tenants.values()];

  // 1. Labels, affinity and taints.
  const first = all.map((pod) => {
    const selected = pools.filter((p) => p.nodeLabels.some((labels) => selectsNode(pod.placement, labels)));
    const tolerated = selected.filter((p) => blockingTaints(pod.placement.tolerations, p.taints).length === 0);
    return { pod, selected, tolerated };
  });

  // 2. Device plugins: the cloud's, or a DaemonSet of ours that can run on the pool.
  const chartPlugin = new Set<PoolView>();
  for (const { pod, tolerated } of first) if (pod.devicePlugin && pod.perNode) for (const p of tolerated) chartPlugin.add(p);
  const gpusPerNode = (p: PoolView) => (p.cloudDevicePlugin || chartPlugin.has(p) ? p.machine.gpus : 0);

  // 3. DaemonSets take their share of every node they run on.
  const daemonSets = new Map<PoolView, Requests>();
  for (const { pod, tolerated } of first)
    if (pod.perNode) for (const p of tolerated) daemonSets.set(p, add(daemonSets.get(p) ?? NO_REQUESTS, pod.requests));
  const perNode = (p: PoolView): Requests => ({ ...p.allocatable, gpus: gpusPerNode(p) });

  // 4. One pod on one node.
  const placements: Placement[] = first.map(({ pod, selected, tolerated }) => {
    const fits = tolerated.filter((p) => {
      const free = pod.perNode ? perNode(p) : minus(perNode(p), daemonSets.get(p) ?? NO_REQUESTS);
      return fitsOn(pod.requests, free);
    });
    return { pod, selected, tolerated, fits };
  });

  for (const { pod, selected, tolerated, fits } of placements) {
    const at = { file: pod.file, object: pod.object };
    if (selected.length === 0) {
      findings.push({
        ...at,
        severity: 'error',
        message: `${pod.what}: no node pool has nodes matching its ${selectorText(pod)} (pools: ${pools.map((p) => `${p.name} ${JSON.stringify(p.spec.labels)}`).join(', ')})`,
      });
      continue;
    }
    if (tolerated.length === 0) {
      const blocked = selected.map((p) => {
        const taints = blockingTaints(pod.placement.tolerations, p.taints).map(
          (t) => describeTaint(t) + (p.stackTaints.some((o) => sameTaint(o, t)) ? '' : ` (added by ${cloud})`),
        );
        return `${p.name}: ${taints.join(', ')}`;
      });
      findings.push({
        ...at,
        severity: 'error',
        message: `${pod.what}: the pools matching its nodeSelector/affinity (${selected.map((p) => p.name).join(', ')}) all carry a taint it does not tolerate: ${blocked.join('; ')}`,
      });
      continue;
    }
    if (pod.requests.gpus > 0 && tolerated.every((p) => gpusPerNode(p) === 0)) {
      const gpuPools = tolerated.filter((p) => p.machine.gpus > 0);
      findings.push({
        ...at,
        severity: 'error',
        message:
          `${pod.what}: requests ${pod.requests.gpus} nvidia.com/gpu but no pool it may use (${tolerated.map((p) => p.name).join(', ')}) advertises nvidia.com/gpu` +
          (gpuPools.length > 0
            ? `: ${gpuPools.map((p) => p.name).join(', ')} has GPUs, but ${cloud} installs no NVIDIA device plugin and none of ours runs there`
            : ': none of them has GPUs'),
      });
      continue;
    }
    if (fits.length === 0) {
      findings.push({
        ...at,
        severity: 'error',
        message: `${pod.what}: one pod requests ${describeRequests(pod.requests)}, more than one node of any pool it may use offers: ${tolerated
          .map(
            (p) =>
              `${p.name} (${p.spec.machineType}: ${describeRequests(minus(perNode(p), pod.perNode ? NO_REQUESTS : (daemonSets.get(p) ?? NO_REQUESTS)))})`,
          )
          .join(', ')}`,
      });
      continue;
    }
    if (!pod.transient && !pod.perNode && fits.length > 1 && (pod.replicas.min > 0 || pod.replicas.max > 0)) {
      findings.push({
        ...at,
        severity: 'warning',
        message: `${pod.what}: may land on ${fits.length} pools (${fits.map((p) => p.name).join(', ')}), so no pool's capacity counts it: give it a nodeSelector`,
      });
    }
  }

  // 5. Capacity of each pool against the pods that can only land there.
  const capacity: PoolCapacity[] = pools.map((pool) => {
    const node = perNode(pool);
    let requested = NO_REQUESTS;
    let requestedAtMax = NO_REQUESTS;
    let podCount = 0;
    let podsAtMax = 0;
    for (const { pod, fits } of placements) {
      if (pod.transient || !fits.includes(pool)) continue;
      if (pod.perNode) {
        requested = add(requested, scale(pod.requests, pool.spec.max));
        requestedAtMax = add(requestedAtMax, scale(pod.requests, pool.spec.max));
        podCount += pool.spec.max;
        podsAtMax += pool.spec.max;
      } else if (fits.length === 1) {
        requested = add(requested, scale(pod.requests, pod.replicas.min));
        requestedAtMax = add(requestedAtMax, scale(pod.requests, pod.replicas.max));
        podCount += pod.replicas.min;
        podsAtMax += pod.replicas.max;
      }
    }
    return {
      pool,
      nodes: pool.spec.max,
      perNode: node,
      capacity: scale(node, pool.spec.max),
      requested,
      requestedAtMax,
      pods: podCount,
      podsAtMax,
      devicePlugin: pool.cloudDevicePlugin ? 'cloud' : chartPlugin.has(pool) ? 'chart' : 'none',
    };
  });
  for (const c of capacity) {
    const at = poolObject(c.pool);
    const usage = share(c.requested, c.capacity);
    const sizing = `${c.pods === 0 ? 'nothing' : describeRequests(c.requested)} requested by ${c.pods} pods against ${c.nodes} x ${c.pool.spec.machineType} (${describeRequests(c.capacity)})`;
    if (usage > 1)
      findings.push({
        ...at,
        severity: 'error',
        message: `node pool ${c.pool.name} is over capacity at its maximum size: ${describeShare(c.requested, c.capacity)}; ${sizing}`,
      });
    else if (usage > CAPACITY_WARNING)
      findings.push({
        ...at,
        severity: 'warning',
        message: `node pool ${c.pool.name} is above ${Math.round(CAPACITY_WARNING * 100)} % of its maximum size (no room for a rolling update): ${describeShare(c.requested, c.capacity)}; ${sizing}`,
      });
    if (share(c.requestedAtMax, c.capacity) > 1)
      findings.push({
        ...at,
        severity: 'warning',
        message: `node pool ${c.pool.name} cannot hold its pods at their autoscaling maxima (${c.podsAtMax} pods): ${describeShare(c.requestedAtMax, c.capacity)}`,
      });
  }

  // 6. Tenants: one pool each, and their quotas against what the pool has left.
  const placementOf = new Map(placements.map((p) => [p.pod, p]));
  const tenantPlacements: TenantPlacement[] = model.tenants.map((tenant) => {
    const pod = tenants.get(tenant);
    const placement = pod ? placementOf.get(pod) : undefined;
    return {
      tenant,
      ...(pod ? { located: { file: pod.file, object: pod.object } } : {}),
      ...(placement?.fits.length === 1 ? { pool: placement.fits[0] } : {}),
    };
  });
  // The fleet plan refuses the same ratio against the whole pool (lib/model/capacity.ts); here against the room left.
  const overcommit = tenancyOf(model.settings.tenancy, model.target.name).quotaOvercommit;
  for (const c of capacity) {
    const placed = tenantPlacements.filter((t) => t.pool === c.pool);
    if (placed.length === 0) continue;
    const room = minus(c.capacity, c.requested);
    const quota = (t: Tenant) => requestsOf(t.quota.requestsCpu, t.quota.requestsMemory);
    for (const t of placed) {
      if (!fitsOn({ ...quota(t.tenant), gpus: 0 }, { ...room, gpus: 0 }))
        findings.push({
          ...t.located!,
          severity: 'error',
          message: `tenant ${t.tenant.slug} (${t.tenant.tier}) may request ${describeRequests(quota(t.tenant))} but node pool ${c.pool.name} has ${describeRequests(room)} left at its maximum size after the platform's pods: its quota can never be used`,
        });
    }
    const total = placed.reduce((sum, t) => add(sum, quota(t.tenant)), NO_REQUESTS);
    const ratio = Math.max(total.cpuMillis / Math.max(room.cpuMillis, 1), total.memoryBytes / Math.max(room.memoryBytes, 1));
    if (ratio > overcommit)
      findings.push({
        ...poolObject(c.pool),
        severity: 'warning',
        message: `node pool ${c.pool.name}: the request quotas of its ${placed.length} tenants (${describeRequests(total)}) are ${ratio.toFixed(1)}x what it has left at its maximum size (${describeRequests(room)}), beyond settings.tenancy.quotaOvercommit ${overcommit}`,
      });
  }

  return { pools, placements, capacity, tenants: tenantPlacements, findings };
}

function sameTaint(a: NodeTaint, b: NodeTaint): boolean {
  return a.key === b.key && a.effect === b.effect && (a.value ?? '') === (b.value ?? '');
}

/** Pool-level findings are reported against the pool, beside the capacity table of INVENTORY.md. */
function poolObject(pool: PoolView): { file: string; object: K8sObject } {
  return { file: 'INVENTORY.md', object: { apiVersion: 'matih.ai/v1', kind: 'NodePool', metadata: { name: pool.name } } };
}
