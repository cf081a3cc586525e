import type { Cloud, NodePoolName, NodePoolSpec } from './types';

/** Taints of fact sheet §12; the playground key really is `matih.io` there and is kept as documented. */
const TAINTS: Record<Exclude<NodePoolName, 'system'>, NodePoolSpec['taint']> = {
  ctrlplane: { key: 'matih.ai/control-plane', value: 'true', effect: 'NoSchedule' },
  dataplane: { key: 'matih.ai/data-plane', value: 'true', effect: 'NoSchedule' },
  compute: { key: 'matih.ai/compute', value: 'true', effect: 'NoSchedule' },
  aicompute: { key: 'matih.ai/ai-compute', value: 'true', effect: 'NoSchedule' },
  gpu: { key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' },
  playground: { key: 'matih.io/playground', value: 'true', effect: 'NoSchedule' },
};

/** Label every node of a pool carries, and that workloads select with nodeSelector. */
export const NODE_POOL_LABEL = 'matih.ai/node-pool';

export function taintOf(pool: NodePoolName): NodePoolSpec['taint'] {
  return pool === 'system' ? undefined : TAINTS[pool];
}

type PoolSizes = Record<NodePoolName, [machineType: string, min: number, max: number]>;

/** Fact sheet §12 [AKS]. */
const AZURE: PoolSizes = {
  system: ['Standard_D4s_v3', 3, 3],
  ctrlplane: ['Standard_D4s_v3', 2, 5],
  dataplane: ['Standard_D8s_v3', 2, 10],
  compute: ['Standard_E16s_v3', 2, 10],
  aicompute: ['Standard_D8s_v3', 1, 8],
  gpu: ['Standard_NC6s_v3', 0, 4],
  playground: ['Standard_D2s_v3', 1, 3],
};

/** Fact sheet §12 [CLUSTER][CLARCH]; sizes the page leaves out (m5, t3) are chosen as m5.xlarge and t3.large. */
const AWS: PoolSizes = {
  system: ['m6i.xlarge', 3, 3],
  ctrlplane: ['m5.xlarge', 2, 5],
  dataplane: ['m5.2xlarge', 2, 10],
  compute: ['r5.4xlarge', 2, 10],
  aicompute: ['m5.2xlarge', 1, 8],
  gpu: ['p3.2xlarge', 0, 4],
  playground: ['t3.large', 1, 3],
};

/** Fact sheet §12 [GKE]; GKE has no playground pool there, so e2-standard-2 1/3 is chosen to match AKS. */
const GCP: PoolSizes = {
  system: ['e2-standard-4', 3, 3],
  ctrlplane: ['e2-standard-4', 2, 5],
  dataplane: ['e2-standard-8', 2, 10],
  compute: ['e2-highmem-16', 2, 10],
  aicompute: ['e2-standard-8', 1, 8],
  gpu: ['a2-highgpu-1g', 0, 4],
  playground: ['e2-standard-2', 1, 3],
};

const GPU: Record<Cloud, NonNullable<NodePoolSpec['gpu']>> = {
  azure: { type: 'nvidia-tesla-v100', count: 1 },
  aws: { type: 'nvidia-tesla-v100', count: 1 },
  gcp: { type: 'nvidia-tesla-a100', count: 1 },
};

const ORDER: NodePoolName[] = ['system', 'ctrlplane', 'dataplane', 'compute', 'aicompute', 'gpu', 'playground'];

/** The node pools of a cloud, optionally scaled down (dev clusters use smaller maxima). */
export function nodePools(cloud: Cloud, scale: { maxFactor?: number; without?: NodePoolName[] } = {}): NodePoolSpec[] {
  const sizes = { azure: AZURE, aws: AWS, gcp: GCP }[cloud];
  return ORDER.filter((p) => !(scale.without ?? []).includes(p)).map((name) => {
    const [machineType, min, max] = sizes[name];
    const scaledMax = Math.max(min, Math.ceil(max * (scale.maxFactor ?? 1)));
    const pool: NodePoolSpec = { name, machineType, min, max: scaledMax };
    const taint = taintOf(name);
    return {
      ...pool,
      ...(taint ? { taint } : {}),
      ...(name === 'gpu' ? { gpu: GPU[cloud] } : {}),
    };
  });
}
