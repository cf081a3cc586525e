import { NODE_POOL_NAMES } from './types';
import type { Cloud, NodePoolName, NodePoolSpec, Taint } from './types';

/** Label every node of a pool carries, and that workloads select with nodeSelector. */
export const NODE_POOL_LABEL = 'matih.ai/node-pool';

const dedicated = (key: string): Taint[] => [{ key, value: 'true', effect: 'NoSchedule' }];

/**
 * Taints of fact sheet §12. Two choices recorded here: the fact sheet keys the playground taint
 * `matih.io/playground`; it is `matih.ai/playground` like every other platform key (tolerations
 * are written from this table, so nothing else spells it). `platform` is untainted on purpose: it
 * is where add-ons run, and where a pod that names no pool can still land
 * (docs/adr/0014-where-platform-add-ons-run.md).
 */
const TAINTS: Readonly<Record<NodePoolName, readonly Taint[]>> = {
  system: [],
  platform: [],
  ctrlplane: dedicated('matih.ai/control-plane'),
  dataplane: dedicated('matih.ai/data-plane'),
  compute: dedicated('matih.ai/compute'),
  aicompute: dedicated('matih.ai/ai-compute'),
  gpu: [{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }],
  playground: dedicated('matih.ai/playground'),
};

/** The taints our stacks put on a pool (the cloud may add more: lib/clouds, `nodes.taints`). */
export function taintsOf(pool: NodePoolName): readonly Taint[] {
  return TAINTS[pool];
}

/** The labels our stacks put on every node of a pool. */
export function poolLabels(pool: NodePoolName): Readonly<Record<string, string>> {
  return { [NODE_POOL_LABEL]: pool };
}

type PoolSize = readonly [machineType: string, min: number, max: number];
type PoolSizes = Readonly<Record<NodePoolName, PoolSize>>;

/**
 * Fact sheet §12 [AKS], plus `platform` (sized by the capacity table of INVENTORY.md). Choices
 * recorded here, on every cloud: the playground scales from zero (it runs only FREE and STARTER
 * tenants' pods) on 4-vCPU machines, because a tenant container may request 2 CPU / 4Gi
 * (config/tenancy.ts TENANT_LIMITS) and a 2-vCPU node offers less; the GPU pool grows to 5, the
 * Ray GPU workers' maximum (4) plus the vLLM engine.
 */
const AZURE: PoolSizes = {
  system: ['Standard_D4s_v3', 3, 3],
  platform: ['Standard_D4s_v3', 2, 4],
  ctrlplane: ['Standard_D4s_v3', 2, 5],
  dataplane: ['Standard_D8s_v3', 2, 10],
  compute: ['Standard_E16s_v3', 2, 10],
  aicompute: ['Standard_D8s_v3', 1, 8],
  gpu: ['Standard_NC6s_v3', 0, 5],
  playground: ['Standard_D4s_v3', 0, 3],
};

/** Fact sheet §12 [CLUSTER][CLARCH]; sizes the page leaves out (m5, t3) are chosen as m5.xlarge and t3.xlarge. */
const AWS: PoolSizes = {
  system: ['m6i.xlarge', 3, 3],
  platform: ['m5.xlarge', 2, 4],
  ctrlplane: ['m5.xlarge', 2, 5],
  dataplane: ['m5.2xlarge', 2, 10],
  compute: ['r5.4xlarge', 2, 10],
  aicompute: ['m5.2xlarge', 1, 8],
  gpu: ['p3.2xlarge', 0, 5],
  playground: ['t3.xlarge', 0, 3],
};

/** Fact sheet §12 [GKE]; GKE has no playground pool there, so e2-standard-4 0..3 is chosen to match AKS. */
const GCP: PoolSizes = {
  system: ['e2-standard-4', 3, 3],
  platform: ['e2-standard-4', 2, 4],
  ctrlplane: ['e2-standard-4', 2, 5],
  dataplane: ['e2-standard-8', 2, 10],
  compute: ['e2-highmem-16', 2, 10],
  aicompute: ['e2-standard-8', 1, 8],
  gpu: ['a2-highgpu-1g', 0, 5],
  playground: ['e2-standard-4', 0, 3],
};

const GPU: Readonly<Record<Cloud, NonNullable<NodePoolSpec['gpu']>>> = {
  azure: { type: 'nvidia-tesla-v100', count: 1 },
  aws: { type: 'nvidia-tesla-v100', count: 1 },
  gcp: { type: 'nvidia-tesla-a100', count: 1 },
};

const ORDER: readonly NodePoolName[] = NODE_POOL_NAMES;

interface NodePoolOptions {
  /** Zones every pool spreads over (cloud zone names). */
  readonly zones: readonly string[];
  /** Maxima scaled by this factor (rounded up, never below the minimum); smaller clusters use < 1. @default 1 */
  readonly maxFactor?: number;
  /** Pools whose size differs from the cloud's table on this target (machine type, min, max; no scaling). @default none */
  readonly sizes?: Partial<Readonly<Record<NodePoolName, PoolSize>>>;
  /** Pools this target does not create. @default none */
  readonly without?: readonly NodePoolName[];
}

/** The node pools of a cloud on one target. */
export function nodePools(cloud: Cloud, o: NodePoolOptions): NodePoolSpec[] {
  const table = { azure: AZURE, aws: AWS, gcp: GCP }[cloud];
  return ORDER.filter((p) => !(o.without ?? []).includes(p)).map((name) => {
    const own = o.sizes?.[name];
    const [machineType, min, max] = own ?? table[name];
    return {
      name,
      machineType,
      min,
      max: own ? max : Math.max(min, Math.ceil(max * (o.maxFactor ?? 1))),
      zones: [...o.zones],
      labels: poolLabels(name),
      taints: taintsOf(name),
      ...(name === 'system' ? { criticalAddonsOnly: true } : {}),
      ...(name === 'gpu' ? { gpu: GPU[cloud] } : {}),
    };
  });
}

/** A toleration in the Kubernetes shape (`operator: Equal` for valued taints, `Exists` otherwise). */
export interface PoolToleration {
  readonly key: string;
  readonly operator: 'Equal' | 'Exists';
  readonly value?: string;
  readonly effect: Taint['effect'];
}

/** The toleration of one taint: `Equal` to a valued taint, `Exists` for a taint without a value. */
export function tolerationOf(t: Taint): PoolToleration {
  return t.value === undefined
    ? { key: t.key, operator: 'Exists', effect: t.effect }
    : { key: t.key, operator: 'Equal', value: t.value, effect: t.effect };
}

/** The tolerations a pod needs to run on a pool: one per taint our stacks put on it (none for untainted pools). */
export function poolTolerations(pool: NodePoolName): PoolToleration[] {
  return taintsOf(pool).map(tolerationOf);
}
