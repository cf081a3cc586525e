/**
 * The node pools of a target as the scheduler will see them: the pools our stacks create
 * (config/node-pools.ts through the target) with the labels and taints the cloud adds itself
 * (lib/clouds, `nodes`), and what one node offers to pods after the cloud's kubelet reservations.
 */
import type { MachineType } from '../../../config/machine-types';
import type { NodePoolSpec, TargetSpec } from '../../../config/types';
import { nodeAllocatable, profileOf } from '../../clouds';
import { type Allocatable, machineType, stackTaints } from '../../clouds/nodes';
import type { NodeTaint } from '../../k8s/scheduling';

export interface PoolView {
  readonly name: string;
  readonly spec: NodePoolSpec;
  readonly machine: MachineType;
  /** The labels of a node of the pool, one set per zone (a node is in exactly one zone). */
  readonly nodeLabels: ReadonlyArray<Readonly<Record<string, string>>>;
  /** Our taints and the cloud's, one per key and effect. */
  readonly taints: readonly NodeTaint[];
  /** The taints our stack puts on the pool (the rest the cloud adds). */
  readonly stackTaints: readonly NodeTaint[];
  /** What one node offers; `gpus` counts only where the cloud runs a device plugin (ours is added by the rule). */
  readonly allocatable: Allocatable;
  /** The cloud runs its own NVIDIA device plugin on this pool's GPU nodes. */
  readonly cloudDevicePlugin: boolean;
}

function dedupe(taints: readonly NodeTaint[]): NodeTaint[] {
  const seen = new Set<string>();
  return taints.filter((t) => {
    const key = `${t.key}:${t.effect}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every pool of the target, in the target's order. */
export function poolViews(target: TargetSpec): PoolView[] {
  const nodes = profileOf(target).nodes;
  return target.cluster.nodePools.map((spec) => {
    const machine = machineType(target.provider.cloud, spec.machineType);
    const cloudDevicePlugin = nodes.installsNvidiaDevicePlugin && machine.gpus > 0;
    const zones = spec.zones.length > 0 ? spec.zones : [''];
    return {
      name: spec.name,
      spec,
      machine,
      nodeLabels: zones.map((zone) => ({ ...nodes.labels(target, spec, zone), ...spec.labels })),
      taints: dedupe([...stackTaints(nodes, spec), ...nodes.taints(spec)]),
      stackTaints: stackTaints(nodes, spec),
      allocatable: nodeAllocatable(target, spec),
      cloudDevicePlugin,
    };
  });
}
