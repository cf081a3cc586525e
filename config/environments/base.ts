import { TENANT_OVERCOMMIT_RATIO } from '../tenancy';
import type { EnvironmentSettings } from '../types';

/**
 * Production-grade defaults every environment starts from (the Helm charts' values.yaml are
 * "production defaults" too [HCSTRUCT]); dev.ts, staging.ts and prod.ts overlay them.
 */
export const BASE_SETTINGS: EnvironmentSettings = {
  name: 'prod',
  certificateIssuer: 'letsencrypt-prod-dns01',
  secretsSource: 'cloud-vault',
  // Fact sheet §3.4 [KTOPO][DSKAFKA]: prod 3 brokers, RF 3, minISR 2, 6 partitions, 30 days.
  kafka: {
    brokers: 3,
    controllers: 3,
    replicationFactor: 3,
    minInsyncReplicas: 2,
    defaultPartitions: 6,
    retentionHours: 720,
    plainListener: false,
    // Prod topics keep the partition counts of config/kafka-topics.ts.
    capTopicPartitions: false,
    brokerStorage: '100Gi',
    brokerResources: { requests: { cpu: '1', memory: '4Gi' }, limits: { cpu: '2', memory: '8Gi' } },
  },
  // Fact sheet §3.5 [RAY][MLARCH]: prod head 4 CPU/8Gi, CPU workers 2-8, GPU workers 1-4.
  ray: {
    head: { requests: { cpu: '4', memory: '8Gi' }, limits: { cpu: '4', memory: '8Gi' } },
    cpuWorkers: {
      minReplicas: 2,
      maxReplicas: 8,
      resources: { requests: { cpu: '4', memory: '16Gi' }, limits: { cpu: '4', memory: '16Gi' } },
    },
    gpuWorkers: {
      minReplicas: 1,
      maxReplicas: 4,
      resources: { requests: { cpu: '4', memory: '32Gi' }, limits: { cpu: '6', memory: '48Gi' } },
    },
  },
  // 10, not the fact sheet's prod 30 [DSPG]: prod's Spring Boot pods at their replica maxima would need over twice
  // max_connections at 30 (lib/model/datasource.ts checks the sum, and refuses 30).
  dbPoolSize: 10,
  secretRefreshInterval: '1h',
  cloud: {
    deletionProtection: true,
    // Private by default: no API server, vault or bucket is reachable from the internet.
    publicApiEndpoint: false,
    // Standard tier: the AKS uptime SLA; ZRS keeps the platform storage through a zone outage.
    azure: { aksSkuTier: 'Standard', logRetentionDays: 90, storageReplication: 'ZRS' },
    aws: { logRetentionDays: 365 },
    // Cloud Logging bills retention beyond 30 days; 90 matches the Azure workspace.
    gcp: { logRetentionDays: 90 },
  },
  tenancy: {
    forceShared: false,
    // Fixed for a target's lifetime (changing it moves tenants between shards): room for ~16 x 5,000 objects.
    virtualShards: 16,
    // An Argo CD Application stays responsive up to a few thousand objects; the gate fails a shard above this.
    maxObjectsPerApplication: 5000,
    // Tier quotas are ceilings: the scheduling rule's ratio (config/tenancy.ts), the fleet plan's ceiling.
    quotaOvercommit: TENANT_OVERCOMMIT_RATIO,
    sharedClusters: [],
    // Outside every platform range (config/targets/common.ts NETWORK): 512 member blocks of /18 per target.
    memberNetwork: { supernet: '10.128.0.0/9', blockPrefix: 18 },
  },
};
