/**
 * What a node pool can carry at its maximum size, for the fleet's placement checks: the
 * scheduling rule's allocatable per node (lib/clouds `nodeAllocatable`: the cloud's published
 * kubelet reservations) times the pool's maximum node count. One capacity model for both: the
 * scheduling rule judges each cluster's pods and tenant quotas against the same figures.
 */
import { MACHINE_TYPES } from '../../config/machine-types';
import type { NodePoolSpec, TargetSpec } from '../../config/types';
import { nodeAllocatable } from '../clouds';

export interface PoolCapacity {
  /** Allocatable CPU cores at the pool's maximum size. */
  readonly cpu: number;
  /** Allocatable memory in bytes at the pool's maximum size. */
  readonly memory: number;
}

/** Allocatable CPU and memory of a pool of `target` at its maximum node count; undefined for a machine type the cloud's table lacks. */
export function poolCapacity(target: TargetSpec, pool: Pick<NodePoolSpec, 'machineType' | 'max'>): PoolCapacity | undefined {
  if (!MACHINE_TYPES[target.provider.cloud][pool.machineType]) return undefined;
  const node = nodeAllocatable(target, pool);
  return { cpu: (pool.max * node.cpuMillis) / 1000, memory: pool.max * node.memoryBytes };
}
