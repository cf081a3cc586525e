import { ELASTICSEARCH_NAME, POSTGRES_CLUSTER_NAME } from './components/define';
import type { PlatformNamespace } from './types';

/**
 * Cloud workload identities: a Kubernetes ServiceAccount that federates to a cloud identity.
 * The cloud app creates the identity and its trust for `system:serviceaccount:<namespace>:<serviceAccount>`;
 * the Kubernetes app annotates that same ServiceAccount. A test cross-checks the two outputs.
 */
export interface WorkloadIdentity {
  /** Short name, used in cloud resource names (`<cluster>-<name>`). */
  readonly name: string;
  readonly namespace: PlatformNamespace;
  readonly serviceAccount: string;
  /** What it may do; each cloud maps this to its least-privilege role. */
  readonly permission: 'vault-read' | 'dns-zone-write' | 'cloud-provisioning' | 'object-storage' | 'backup-write';
  /**
   * For `backup-write`: the data service whose backups it writes. It may read, write and delete
   * objects under that service's backup location only (lib/clouds `backupLocation`).
   */
  readonly backupOf?: string;
}

/**
 * Pod label naming the workload identity a pod runs as (every pod of an identity carries it, on every
 * cloud): the identity's NetworkPolicy selects its pods by it (token exchange, the services it uses).
 */
export const CLOUD_IDENTITY_LABEL = 'matih.ai/cloud-identity';

export const WORKLOAD_IDENTITIES: readonly WorkloadIdentity[] = [
  { name: 'external-secrets', namespace: 'matih-system', serviceAccount: 'external-secrets', permission: 'vault-read' },
  { name: 'cert-manager', namespace: 'matih-system', serviceAccount: 'cert-manager', permission: 'dns-zone-write' },
  { name: 'external-dns', namespace: 'matih-system', serviceAccount: 'external-dns', permission: 'dns-zone-write' },
  { name: 'crossplane', namespace: 'matih-system', serviceAccount: 'crossplane-provider', permission: 'cloud-provisioning' },
  {
    name: 'infrastructure-service',
    namespace: 'matih-control-plane',
    serviceAccount: 'infrastructure-service',
    permission: 'cloud-provisioning',
  },
  { name: 'ml-service', namespace: 'matih-data-plane', serviceAccount: 'ml-service', permission: 'object-storage' },
  // Backup writers, one per stateful data service (docs/adr/0009-data-services-on-operators.md). CloudNativePG's Barman
  // Cloud plugin runs in the instance pods, whose ServiceAccount carries the Cluster's name.
  {
    name: 'postgresql-backup',
    namespace: 'matih-control-plane',
    serviceAccount: POSTGRES_CLUSTER_NAME,
    permission: 'backup-write',
    backupOf: 'postgresql',
  },
  { name: 'redis-backup', namespace: 'matih-control-plane', serviceAccount: 'redis-backup', permission: 'backup-write', backupOf: 'redis' },
  {
    name: 'elasticsearch-backup',
    namespace: 'matih-data-plane',
    serviceAccount: ELASTICSEARCH_NAME,
    permission: 'backup-write',
    backupOf: 'elasticsearch',
  },
  {
    name: 'mongodb-backup',
    namespace: 'matih-data-plane',
    serviceAccount: 'mongodb-backup',
    permission: 'backup-write',
    backupOf: 'mongodb',
  },
  {
    name: 'clickhouse-backup',
    namespace: 'matih-data-plane',
    serviceAccount: 'clickhouse-backup',
    permission: 'backup-write',
    backupOf: 'clickhouse',
  },
  // The mirror pods of a chart's data run beside the chart, not as its pods (constructs/k8s/operators/minio).
  { name: 'minio-backup', namespace: 'matih-data-plane', serviceAccount: 'minio-backup', permission: 'backup-write', backupOf: 'minio' },
  // The nightly topic dump is a Kafka client with a KafkaUser of its own (constructs/k8s/operators/strimzi/backup.ts).
  { name: 'kafka-backup', namespace: 'matih-data-plane', serviceAccount: 'kafka-backup', permission: 'backup-write', backupOf: 'kafka' },
  { name: 'qdrant-backup', namespace: 'matih-data-plane', serviceAccount: 'qdrant-backup', permission: 'backup-write', backupOf: 'qdrant' },
  { name: 'dgraph-backup', namespace: 'matih-data-plane', serviceAccount: 'dgraph-backup', permission: 'backup-write', backupOf: 'dgraph' },
  {
    name: 'chromadb-backup',
    namespace: 'matih-data-plane',
    serviceAccount: 'chromadb-backup',
    permission: 'backup-write',
    backupOf: 'chromadb',
  },
  { name: 'neo4j-backup', namespace: 'matih-data-plane', serviceAccount: 'neo4j-backup', permission: 'backup-write', backupOf: 'neo4j' },
];
