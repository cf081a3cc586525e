import type { EnvironmentOverlay } from './overlay-types';

/** Staging mirrors prod at smaller scale ([SCALE] staging column); certificates are real. */
export const staging: EnvironmentOverlay = {
  settings: {
    name: 'staging',
    kafka: { brokers: 3, replicationFactor: 3, minInsyncReplicas: 2, defaultPartitions: 3, retentionHours: 168, brokerStorage: '50Gi' },
    ray: {
      cpuWorkers: { minReplicas: 1, maxReplicas: 4 },
      // GPU workers run in prod only.
      gpuWorkers: null,
    },
    dbPoolSize: 20,
  },
  components: {
    'api-gateway': { replicas: 2, autoscaling: null },
    'iam-service': { replicas: 2, autoscaling: null },
    'tenant-service': { replicas: 1, autoscaling: null },
    'query-engine': { replicas: 2, autoscaling: null },
    'ai-service': { replicas: 2, autoscaling: null },
  },
};
