/**
 * How each cloud's nodes look to the scheduler: the labels and taints the cloud adds to the pools
 * our stacks create, whether it runs an NVIDIA device plugin itself, and what one node offers to
 * pods after the kubelet reservations the cloud publishes. The cdktf stacks build the pools from
 * config/node-pools.ts; the safety gate's scheduling rule reads the same pools through these
 * profiles, so both sides describe the same nodes.
 */
import { MACHINE_TYPES, type MachineType } from '../../config/machine-types';
import type { Cloud, NodePoolSpec, TargetSpec, Taint } from '../../config/types';

const MI = 2 ** 20;
const GI = 2 ** 30;

/** What pods may request on one node (the scheduler's `allocatable`). */
export interface Allocatable {
  readonly cpuMillis: number;
  readonly memoryBytes: number;
  readonly gpus: number;
  readonly pods: number;
}

/** The taint that keeps everything but critical add-ons off a pool (`only_critical_addons_enabled` on AKS). */
export const CRITICAL_ADDONS_ONLY: Taint = { key: 'CriticalAddonsOnly', value: 'true', effect: 'NoSchedule' };

export interface NodeProfile {
  /** Labels the cloud puts on every node of a pool besides ours, for a node in `zone` (one of the pool's zones). */
  labels(target: TargetSpec, pool: NodePoolSpec, zone: string): Readonly<Record<string, string>>;
  /** Taints the cloud puts on every node of a pool by itself. */
  taints(pool: NodePoolSpec): readonly Taint[];
  /**
   * Who taints a `criticalAddonsOnly` pool CriticalAddonsOnly: the cloud (AKS, through
   * `only_critical_addons_enabled`) or our stack (EKS and GKE have no such switch).
   */
  readonly criticalAddonsTaint: 'cloud' | 'stack';
  /** True when the cloud runs an NVIDIA device plugin on GPU nodes itself (`nvidia.com/gpu` is then advertised without ours). */
  readonly installsNvidiaDevicePlugin: boolean;
  /** Capacity minus the cloud's kubelet reservations and hard eviction threshold; GPUs count only with a device plugin. */
  allocatable(machine: MachineType): Omit<Allocatable, 'gpus'>;
  /** Where the reservation formula is published. */
  readonly reservationSource: string;
}

/** The taints our stack puts on a pool: the pool's own, plus CriticalAddonsOnly where the cloud does not add it. */
export function stackTaints(nodes: NodeProfile, pool: NodePoolSpec): Taint[] {
  return pool.criticalAddonsOnly && nodes.criticalAddonsTaint === 'stack' ? [...pool.taints, CRITICAL_ADDONS_ONLY] : [...pool.taints];
}

/** Labels every kubelet sets (kubernetes.io well-known labels) for the x86-64 Linux nodes of every pool. */
export function wellKnownLabels(pool: NodePoolSpec, zoneLabel: string, region: string): Record<string, string> {
  return {
    'kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'node.kubernetes.io/instance-type': pool.machineType,
    'topology.kubernetes.io/region': region,
    'topology.kubernetes.io/zone': zoneLabel,
  };
}

/**
 * CPU kube-reserved of EKS and GKE: 6 % of the first core, 1 % of the second, 0.5 % of the third
 * and fourth, 0.25 % of every further core.
 */
export function tieredCpuReservationMillis(vcpus: number): number {
  const tiers: Array<[cores: number, share: number]> = [
    [1, 0.06],
    [1, 0.01],
    [2, 0.005],
    [Infinity, 0.0025],
  ];
  let left = vcpus;
  let reserved = 0;
  for (const [cores, share] of tiers) {
    const here = Math.min(left, cores);
    reserved += here * share * 1000;
    left -= here;
    if (left <= 0) break;
  }
  return Math.round(reserved);
}

/** Memory of a machine in bytes. */
export function memoryBytes(machine: MachineType): number {
  return machine.memoryGiB * GI;
}

export { MI, GI };

/**
 * AKS (https://learn.microsoft.com/azure/aks/node-resource-reservations, "AKS 1.29 and later"):
 * CPU from the published table by core count (a count between rows takes the next larger row);
 * memory kube-reserved = min(20 MB x max pods + 50 MB, 25 % of memory), plus the 100 Mi hard
 * eviction threshold. MB are taken as MiB (the larger reading).
 */
const AKS_CPU_TABLE: ReadonlyArray<[cores: number, millis: number]> = [
  [1, 60],
  [2, 100],
  [4, 140],
  [8, 180],
  [16, 260],
  [32, 420],
  [64, 740],
];

export function aksAllocatable(machine: MachineType): Omit<Allocatable, 'gpus'> {
  const row = AKS_CPU_TABLE.find(([cores]) => cores >= machine.vcpus) ?? AKS_CPU_TABLE[AKS_CPU_TABLE.length - 1];
  const memory = memoryBytes(machine);
  const kubeReserved = Math.min((20 * machine.maxPods + 50) * MI, 0.25 * memory);
  return { cpuMillis: machine.vcpus * 1000 - row[1], memoryBytes: Math.floor(memory - kubeReserved - 100 * MI), pods: machine.maxPods };
}

/**
 * EKS AL2023 (nodeadm, https://github.com/awslabs/amazon-eks-ami, `nodeadm/internal/kubelet/config.go`):
 * CPU tiered (tieredCpuReservationMillis), memory kube-reserved = 255 Mi + 11 Mi x max pods, plus
 * the 100 Mi hard eviction threshold.
 */
export function eksAllocatable(machine: MachineType): Omit<Allocatable, 'gpus'> {
  const reserved = (255 + 11 * machine.maxPods + 100) * MI;
  return {
    cpuMillis: machine.vcpus * 1000 - tieredCpuReservationMillis(machine.vcpus),
    memoryBytes: memoryBytes(machine) - reserved,
    pods: machine.maxPods,
  };
}

/**
 * GKE Standard (https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes): CPU
 * tiered (tieredCpuReservationMillis); memory 25 % of the first 4 GiB, 20 % of the next 4, 10 % of
 * the next 8, 6 % of the next 112, 2 % above 128 GiB (255 MiB below 1 GiB), plus the 100 MiB hard
 * eviction threshold.
 */
export function gkeAllocatable(machine: MachineType): Omit<Allocatable, 'gpus'> {
  const memory = memoryBytes(machine);
  let reserved: number;
  if (memory < GI) reserved = 255 * MI;
  else {
    reserved = 0;
    let left = memory;
    for (const [size, share] of [
      [4 * GI, 0.25],
      [4 * GI, 0.2],
      [8 * GI, 0.1],
      [112 * GI, 0.06],
      [Infinity, 0.02],
    ] as const) {
      const here = Math.min(left, size);
      reserved += here * share;
      left -= here;
      if (left <= 0) break;
    }
  }
  return {
    cpuMillis: machine.vcpus * 1000 - tieredCpuReservationMillis(machine.vcpus),
    memoryBytes: Math.floor(memory - reserved - 100 * MI),
    pods: machine.maxPods,
  };
}

/** The machine type of a pool on a cloud; a type missing from the table is a model error. */
export function machineType(cloud: Cloud, name: string): MachineType {
  const found = MACHINE_TYPES[cloud][name];
  if (!found) {
    throw new Error(
      `machine type "${name}" is not in config/machine-types.ts for ${cloud} (known: ${Object.keys(MACHINE_TYPES[cloud]).join(', ')})`,
    );
  }
  return found;
}
