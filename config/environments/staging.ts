import type { EnvironmentOverlay } from './overlay-types';

/** Staging mirrors prod at smaller scale ([SCALE] staging column); certificates are real. */
export const staging: EnvironmentOverlay = {
  settings: {
    name: 'staging',
    kafka: {
      brokers: 3,
      replicationFactor: 3,
      minInsyncReplicas: 2,
      defaultPartitions: 3,
      retentionHours: 168,
      brokerStorage: '50Gi',
      capTopicPartitions: true,
    },
    ray: {
      cpuWorkers: { minReplicas: 1, maxReplicas: 4 },
      // GPU workers run in prod only.
      gpuWorkers: null,
    },
    // Staging is rebuilt from prod's definition at will: no deletion protection, free control plane, short retention.
    cloud: {
      deletionProtection: false,
      azure: { aksSkuTier: 'Free', logRetentionDays: 30, storageReplication: 'LRS' },
      aws: { logRetentionDays: 90 },
      gcp: { logRetentionDays: 30 },
    },
  },
  components: {
    'api-gateway': { replicas: 2, autoscaling: null },
    'iam-service': { replicas: 2, autoscaling: null },
    'tenant-service': { replicas: 1, autoscaling: null },
    'query-engine': { replicas: 2, autoscaling: null },
    'ai-service': { replicas: 2, autoscaling: null },
    temporal: { sizing: { retention: '168h' } },
    'spark-connect': { sizing: { executor: { instances: 2, memory: '4g' } } },
    'kafka-connect': { sizing: { replicas: 1 } },
  },
};
