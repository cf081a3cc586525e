/**
 * vCPUs and memory of the machine types the node pools use (the clouds' published sizes). Capacity
 * checks of the fleet read them through lib/model/capacity.ts.
 */
export const MACHINE_TYPES: Readonly<Record<string, { readonly vcpu: number; readonly memoryGi: number }>> = {
  // Azure
  Standard_D2s_v3: { vcpu: 2, memoryGi: 8 },
  Standard_D4s_v3: { vcpu: 4, memoryGi: 16 },
  Standard_D8s_v3: { vcpu: 8, memoryGi: 32 },
  Standard_D16s_v3: { vcpu: 16, memoryGi: 64 },
  Standard_E16s_v3: { vcpu: 16, memoryGi: 128 },
  Standard_NC6s_v3: { vcpu: 6, memoryGi: 112 },
  // AWS
  't3.large': { vcpu: 2, memoryGi: 8 },
  'm5.xlarge': { vcpu: 4, memoryGi: 16 },
  'm5.2xlarge': { vcpu: 8, memoryGi: 32 },
  'm5.4xlarge': { vcpu: 16, memoryGi: 64 },
  'm6i.xlarge': { vcpu: 4, memoryGi: 16 },
  'r5.4xlarge': { vcpu: 16, memoryGi: 128 },
  'p3.2xlarge': { vcpu: 8, memoryGi: 61 },
  // GCP
  'e2-standard-2': { vcpu: 2, memoryGi: 8 },
  'e2-standard-4': { vcpu: 4, memoryGi: 16 },
  'e2-standard-8': { vcpu: 8, memoryGi: 32 },
  'e2-standard-16': { vcpu: 16, memoryGi: 64 },
  'e2-highmem-16': { vcpu: 16, memoryGi: 128 },
  'a2-highgpu-1g': { vcpu: 12, memoryGi: 85 },
};
