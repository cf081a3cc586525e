/**
 * What each cloud adds to our pools and what one node offers: the node profiles of lib/clouds
 * against the clouds' published rules, worked through by hand here.
 */
import { MACHINE_TYPES } from '../../config/machine-types';
import { TARGETS } from '../../config/targets';
import { CLOUD_PROFILES, CRITICAL_ADDONS_ONLY, needsAddOn } from '../../lib/clouds';
import { aksAllocatable, eksAllocatable, gkeAllocatable, machineType, tieredCpuReservationMillis } from '../../lib/clouds/nodes';
import { poolViews } from '../../lib/gate/scheduling/pools';
import { pool, targetWith } from './support';

const MI = 2 ** 20;
const GI = 2 ** 30;

describe('kubelet reservations', () => {
  test('AKS 1.29+: the published examples (8 GB with 30 pods, 4 GB with 70 pods), the CPU table, the row above for 6 cores', () => {
    // 20 MB x 30 + 50 MB = 650 MB kube-reserved, plus the 100 Mi eviction threshold.
    expect(aksAllocatable({ vcpus: 2, memoryGiB: 8, gpus: 0, maxPods: 30 })).toEqual({
      cpuMillis: 1900,
      memoryBytes: 8 * GI - 650 * MI - 100 * MI,
      pods: 30,
    });
    // 20 MB x 70 + 50 MB = 1450 MB is more than 25 % of 4 GB, so 25 % is reserved.
    expect(aksAllocatable({ vcpus: 4, memoryGiB: 4, gpus: 0, maxPods: 70 }).memoryBytes).toBe(3 * GI - 100 * MI);
    expect(aksAllocatable({ vcpus: 16, memoryGiB: 128, gpus: 0, maxPods: 250 }).cpuMillis).toBe(16000 - 260);
    expect(aksAllocatable({ vcpus: 6, memoryGiB: 112, gpus: 1, maxPods: 250 }).cpuMillis).toBe(6000 - 180);
  });

  test('EKS and GKE CPU: 6 % of the first core, 1 % of the second, 0.5 % of the next two, 0.25 % above', () => {
    expect([1, 2, 4, 8, 16].map(tieredCpuReservationMillis)).toEqual([60, 70, 80, 90, 110]);
  });

  test('EKS AL2023: 255 Mi + 11 Mi per pod, plus 100 Mi eviction', () => {
    expect(eksAllocatable(machineType('aws', 'm5.2xlarge'))).toEqual({
      cpuMillis: 7910,
      memoryBytes: 32 * GI - (255 + 11 * 58 + 100) * MI,
      pods: 58,
    });
  });

  test('GKE: 25 % of 4 GiB, 20 % of the next 4, 10 % of the next 8, 6 % up to 128, plus 100 Mi eviction; 255 Mi under 1 GiB', () => {
    expect(gkeAllocatable(machineType('gcp', 'e2-standard-4'))).toEqual({
      cpuMillis: 3920,
      memoryBytes: Math.floor(16 * GI - 2.6 * GI - 100 * MI),
      pods: 110,
    });
    expect(gkeAllocatable(machineType('gcp', 'a2-highgpu-1g')).memoryBytes).toBe(Math.floor(85 * GI - (2.6 + 0.06 * 69) * GI - 100 * MI));
    expect(gkeAllocatable({ vcpus: 1, memoryGiB: 0.5, gpus: 0, maxPods: 110 }).memoryBytes).toBe(0.5 * GI - 255 * MI - 100 * MI);
  });

  test('every pool of every target uses a machine type of the table, on its own cloud', () => {
    for (const t of TARGETS) for (const p of t.cluster.nodePools) expect(MACHINE_TYPES[t.provider.cloud][p.machineType]).toBeDefined();
    expect(() => machineType('azure', 'm5.xlarge')).toThrow(/machine type "m5.xlarge" is not in config\/machine-types.ts for azure/);
  });
});

describe('what each cloud adds to a pool', () => {
  test('AKS: agent pool labels, zones as <location>-<n>, CriticalAddonsOnly on the critical-add-ons pool, no device plugin', () => {
    const [system, gpu] = poolViews(targetWith('azure', [pool('azure', 'system'), pool('azure', 'gpu')]));
    expect(system.nodeLabels[0]).toMatchObject({
      'kubernetes.azure.com/agentpool': 'system',
      'kubernetes.azure.com/mode': 'system',
      'topology.kubernetes.io/zone': 'westeurope-1',
      'node.kubernetes.io/instance-type': 'Standard_D4s_v3',
      'matih.ai/node-pool': 'system',
    });
    expect(system.taints).toEqual([{ key: 'CriticalAddonsOnly', value: 'true', effect: 'NoSchedule' }]);
    expect(gpu.allocatable.gpus).toBe(0);
    expect(CLOUD_PROFILES.azure.nodes.installsNvidiaDevicePlugin).toBe(false);
  });

  test('EKS: node group and capacity type labels, no taint of its own (our stack taints the critical-add-ons pool), no device plugin', () => {
    const [system] = poolViews(targetWith('aws', [pool('aws', 'system')]));
    expect(system.nodeLabels[0]).toMatchObject({ 'eks.amazonaws.com/nodegroup': 'system', 'topology.kubernetes.io/zone': 'eu-west-1a' });
    expect(CLOUD_PROFILES.aws.nodes.taints(system.spec)).toEqual([]);
    expect([system.taints, system.stackTaints]).toEqual([[CRITICAL_ADDONS_ONLY], [CRITICAL_ADDONS_ONLY]]);
    expect(CLOUD_PROFILES.aws.nodes.installsNvidiaDevicePlugin).toBe(false);
  });

  test('GKE: node pool and accelerator labels, its own nvidia.com/gpu taint on GPU pools (one per key and effect), its own device plugin', () => {
    const [gpu] = poolViews(targetWith('gcp', [pool('gcp', 'gpu')]));
    expect(gpu.nodeLabels[0]).toMatchObject({
      'cloud.google.com/gke-nodepool': 'gpu',
      'cloud.google.com/gke-accelerator': 'nvidia-tesla-v100',
    });
    expect(gpu.taints).toEqual([{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }]);
    expect([gpu.cloudDevicePlugin, gpu.allocatable.gpus]).toEqual([true, 1]);
  });

  test('a target needs its own device plugin only where the cloud runs none and a pool has GPUs', () => {
    expect(needsAddOn(targetWith('azure', [pool('azure', 'gpu')]), 'nvidia-device-plugin')).toBe(true);
    expect(needsAddOn(targetWith('aws', [pool('aws', 'gpu')]), 'nvidia-device-plugin')).toBe(true);
    expect(needsAddOn(targetWith('gcp', [pool('gcp', 'gpu')]), 'nvidia-device-plugin')).toBe(false);
    expect(needsAddOn(targetWith('azure', [pool('azure', 'platform')]), 'nvidia-device-plugin')).toBe(false);
  });
});
