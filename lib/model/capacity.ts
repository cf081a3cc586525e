/**
 * What a node pool can carry, for the fleet's placement checks. Until the scheduling rule's
 * per-cloud kubelet reservation formulas are model data, allocatable is taken as a fixed share of
 * each machine's size (ALLOCATABLE_SHARE): every check of the fleet reads capacity through
 * `poolCapacity`, so switching to the scheduling rule's figures is a change here only.
 */
import { MACHINE_TYPES } from '../../config/machine-types';
import type { NodePoolSpec } from '../../config/types';

/** Share of a node's CPU and memory left to pods after system and kubelet reservations (assumption, see above). */
export const ALLOCATABLE_SHARE = { cpu: 0.9, memory: 0.8 } as const;

export interface PoolCapacity {
  /** Allocatable CPU cores at the pool's maximum size. */
  readonly cpu: number;
  /** Allocatable memory in bytes at the pool's maximum size. */
  readonly memory: number;
}

/** Allocatable CPU and memory of a pool at its maximum node count; undefined for an unknown machine type. */
export function poolCapacity(pool: Pick<NodePoolSpec, 'machineType' | 'max'>): PoolCapacity | undefined {
  const machine = MACHINE_TYPES[pool.machineType];
  if (!machine) return undefined;
  return {
    cpu: pool.max * machine.vcpu * ALLOCATABLE_SHARE.cpu,
    memory: pool.max * machine.memoryGi * 2 ** 30 * ALLOCATABLE_SHARE.memory,
  };
}
