import type { Cloud } from './types';

/** What one machine of a type offers before the cloud's kubelet reservations (lib/clouds, `nodes.allocatable`). */
export interface MachineType {
  readonly vcpus: number;
  /** Memory in GiB, as the cloud publishes it. */
  readonly memoryGiB: number;
  /** NVIDIA GPUs attached (advertised as `nvidia.com/gpu` once a device plugin runs). */
  readonly gpus: number;
  /** Pods the kubelet admits per node with this cluster's network setup (it also sizes the memory reservation). */
  readonly maxPods: number;
}

// Azure CNI Overlay admits 250 pods per node by default (https://learn.microsoft.com/azure/aks/azure-cni-overlay).
const AKS_MAX_PODS = 250;
// GKE Standard admits 110 pods per node by default (https://cloud.google.com/kubernetes-engine/docs/how-to/flexible-pod-cidr).
const GKE_MAX_PODS = 110;

/**
 * The machine types the node pools use, per cloud: sizes from the providers' published tables
 * (learn.microsoft.com Dv3/Ev3/NCv3 series, aws.amazon.com/ec2/instance-types, cloud.google.com
 * general-purpose and accelerator-optimized machine families); EKS max pods from the ENI table of
 * amazon-eks-ami (`eni-max-pods.txt`: ENIs x (IPv4 per ENI - 1) + 2).
 */
export const MACHINE_TYPES: Readonly<Record<Cloud, Readonly<Record<string, MachineType>>>> = {
  azure: {
    Standard_D4s_v3: { vcpus: 4, memoryGiB: 16, gpus: 0, maxPods: AKS_MAX_PODS },
    Standard_D8s_v3: { vcpus: 8, memoryGiB: 32, gpus: 0, maxPods: AKS_MAX_PODS },
    // Shared tenant clusters of the fleet bench (apps/bench/fleet.ts) size their playground with it.
    Standard_D16s_v3: { vcpus: 16, memoryGiB: 64, gpus: 0, maxPods: AKS_MAX_PODS },
    Standard_E16s_v3: { vcpus: 16, memoryGiB: 128, gpus: 0, maxPods: AKS_MAX_PODS },
    Standard_NC6s_v3: { vcpus: 6, memoryGiB: 112, gpus: 1, maxPods: AKS_MAX_PODS },
  },
  aws: {
    't3.xlarge': { vcpus: 4, memoryGiB: 16, gpus: 0, maxPods: 58 },
    'm5.xlarge': { vcpus: 4, memoryGiB: 16, gpus: 0, maxPods: 58 },
    'm5.2xlarge': { vcpus: 8, memoryGiB: 32, gpus: 0, maxPods: 58 },
    'm5.4xlarge': { vcpus: 16, memoryGiB: 64, gpus: 0, maxPods: 234 },
    'm6i.xlarge': { vcpus: 4, memoryGiB: 16, gpus: 0, maxPods: 58 },
    'r5.4xlarge': { vcpus: 16, memoryGiB: 128, gpus: 0, maxPods: 234 },
    'p3.2xlarge': { vcpus: 8, memoryGiB: 61, gpus: 1, maxPods: 58 },
  },
  gcp: {
    'e2-standard-4': { vcpus: 4, memoryGiB: 16, gpus: 0, maxPods: GKE_MAX_PODS },
    'e2-standard-8': { vcpus: 8, memoryGiB: 32, gpus: 0, maxPods: GKE_MAX_PODS },
    'e2-standard-16': { vcpus: 16, memoryGiB: 64, gpus: 0, maxPods: GKE_MAX_PODS },
    'e2-highmem-16': { vcpus: 16, memoryGiB: 128, gpus: 0, maxPods: GKE_MAX_PODS },
    'a2-highgpu-1g': { vcpus: 12, memoryGiB: 85, gpus: 1, maxPods: GKE_MAX_PODS },
  },
};
