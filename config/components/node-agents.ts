import type { ChartComponent } from '../types';
import { billing, helmChart, nodeSelectorTerms, placement, resources } from './define';

const GPU = placement('gpu');

export const NODE_AGENTS = {
  // AKS and EKS install GPU drivers but no device plugin, so nothing would advertise nvidia.com/gpu there;
  // GKE runs its own (lib/clouds, `nodes`), so the chart is left out on GKE targets (cloudAddOn).
  'nvidia-device-plugin': helmChart({
    category: 'operator',
    namespace: 'nvidia-device-plugin',
    nodePool: 'gpu',
    billing: billing('CC-ML', 'nvidia-device-plugin', 'ml-engineering'),
    description: 'NVIDIA device plugin DaemonSet: advertises nvidia.com/gpu on GPU nodes where the cloud does not (AKS, EKS)',
    source: '[MLCAP][HC]',
    chart: { repoURL: 'https://nvidia.github.io/k8s-device-plugin', name: 'nvidia-device-plugin', version: '0.20.0' },
    ports: [],
    podSelector: { 'app.kubernetes.io/name': 'nvidia-device-plugin', 'app.kubernetes.io/instance': 'nvidia-device-plugin' },
    cloudAddOn: 'nvidia-device-plugin',
    values: {
      ...GPU,
      // The chart's default affinity requires node-feature-discovery labels that nothing sets here; select the GPU pool instead.
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: nodeSelectorTerms('gpu'),
          },
        },
      },
      resources: resources('50m', '64Mi', '200m', '128Mi'),
    },
  }),
} satisfies Record<string, ChartComponent>;
