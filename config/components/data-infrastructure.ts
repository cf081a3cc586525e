import type {
  ChartComponent,
  ClickHouseSizing,
  Component,
  ElasticsearchSizing,
  KafkaComponentSizing,
  FlinkSizing,
  MongoSizing,
  PostgresSizing,
  RedisSizing,
  ReplicaSizing,
  SparkConnectSizing,
  TemporalSizing,
} from '../types';
import {
  billing,
  containerSecurity,
  ELASTICSEARCH_HOST,
  ELASTICSEARCH_NAME,
  ELASTICSEARCH_PORT,
  ELASTICSEARCH_USER,
  familyChart,
  MINIO_ENDPOINT,
  MONGODB_NAME,
  MONGODB_PORT,
  OBJECT_STORAGE_EGRESS,
  operated,
  PG_HOST,
  PG_PORT,
  placement,
  podSecurity,
  POSTGRES_CLUSTER_NAME,
  REDIS_NAME,
  REDIS_PORT,
  REDIS_SENTINEL_PORT,
  resources,
  goService,
  jvmService,
  pythonService,
  type ChartValuesOf,
  type FamilyChartOptions,
} from './define';

/** Strimzi Kafka cluster; it runs in matih-data-plane ([FLINKJ]; [NSCP] places the bootstrap in matih-control-plane). */
export const KAFKA_CLUSTER_NAME = 'matih-kafka';
/** Strimzi KafkaConnect cluster running Debezium for PostgreSQL CDC. */
export const KAFKA_CONNECT_CLUSTER_NAME = 'matih-connect';
export const CLICKHOUSE_INSTALLATION_NAME = 'matih-clickhouse';
/** The read-only ClickHouse user of the nightly export and its password (vault entry clickhouse-backup-credentials). */
export const CLICKHOUSE_BACKUP_USER = { user: 'backup', secret: 'clickhouse-backup-credentials', key: 'password' } as const;
export const TEMPORAL_CLUSTER_NAME = 'temporal';

const DP = placement('dataplane');
const COMPUTE = placement('compute');

// ---- Dgraph: Zeros (membership) and Alphas (data), one Raft group each; pods reach each other by stable names.
const DGRAPH_NAMESPACE = 'matih-data-plane';
const DGRAPH_REPLICAS = 3;
const headless = (component: string) => `${component}-headless.${DGRAPH_NAMESPACE}.svc.cluster.local`;
/** Every Zero's cluster address (`<pod>.<headless Service>:5080`). */
const DGRAPH_ZEROS = Array.from({ length: DGRAPH_REPLICAS }, (_, i) => `dgraph-zero-${i}.${headless('dgraph-zero')}:5080`);
/** Private address ranges allowed to call Dgraph's admin operations (with the admin token). */
const DGRAPH_ADMIN_WHITELIST = '10.0.0.0/8,172.16.0.0/12,192.168.0.0/16';
/** Port of the backup pod's S3 endpoint that the Alpha uploads its export to (constructs/k8s/operators/backup/dgraph.ts). */
export const DGRAPH_EXPORT_RECEIVE_PORT = 9000;
/** What the two Dgraph components share: image, place, cost centre, metrics and the cluster ports (Zero 5080, Alpha 7080). */
const DGRAPH = {
  plane: 'data-plane',
  namespace: DGRAPH_NAMESPACE,
  nodePool: 'dataplane',
  billing: billing('CC-DP', 'dgraph', 'data-platform'),
  source: '[DSGRAPH][NPEG][CG]',
  // v24.1 is Dgraph's maintained line. v24.1.9 (May 2026) stops /debug/vars and /debug/pprof/cmdline from serving the
  // process's command line, which holds the admin token of `--security "token=..."`, and fixes exports of empty data.
  image: { repository: 'dgraph/dgraph', tag: 'v24.1.9' },
  metricsPath: '/debug/prometheus_metrics',
  peers: { group: 'dgraph', ports: [5080, 7080] },
} as const;

/** A data-infrastructure chart: matih-data-plane, dataplane pool, CC-DP. */
function dataChart<N extends string, V extends string, A extends ChartValuesOf<N, V>>(
  name: string,
  o: FamilyChartOptions<N, V, A, 'category' | 'namespace' | 'nodePool' | 'billing'>,
): ChartComponent<ChartValuesOf<N, V>> {
  return familyChart(
    { category: 'data', namespace: 'matih-data-plane', nodePool: 'dataplane', billing: billing('CC-DP', name, 'data-platform') },
    o,
  ) as never;
}

const selector = (name: string, instance = name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': instance });

/** Labels every pod of an operated data service carries (set through its custom resource), so one podSelector covers them all. */
const servicePods = (name: string) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name });

/** Nightly backups kept 30 days (a choice: the fact sheet names no backup policy). */
const NIGHTLY = (hourUtc: number) => ({ schedule: `0 ${hourUtc} * * *`, retentionDays: 30 });

/**
 * One database per service on the shared PostgreSQL [DSPG], owned by the shared login `matih`
 * (third-party charts log in with matih-db-credentials too); each becomes a CloudNativePG Database.
 */
export const POSTGRES_DATABASES: readonly string[] = [
  'iam',
  'tenant',
  'registry',
  'notification',
  'audit',
  'billing',
  'config',
  'query',
  'catalog',
  'semantic',
  'bi',
  'pipeline',
  'ai',
  'ml',
  'quality',
  'ontology',
  'governance',
  'ops_agent',
  'embeddings',
  'airflow',
  'mlflow',
  'openmetadata',
  'temporal',
  'temporal_visibility',
  'hive_metastore',
  'polaris',
  'feast',
];

export const DATA_INFRASTRUCTURE = {
  // PostgreSQL and Redis are the shared stores of matih-control-plane [NSCP]; data-plane services reach them across namespaces.
  // CloudNativePG replaces the withdrawn Bitnami chart (docs/adr/0009-data-services-on-operators.md); PostgreSQL 16 as before [PVER].
  postgresql: operated({
    callsKubernetesApi: true, // the instance manager and the Barman Cloud sidecar read their Cluster and ObjectStore
    namespace: 'matih-control-plane',
    nodePool: 'dataplane',
    description: `Shared PostgreSQL 16 (CloudNativePG Cluster ${POSTGRES_CLUSTER_NAME}): one database per service, WAL archiving and nightly base backups`,
    source: '[DINF][HCUMB][NSCP][DSPG][SECCTX][PVER]',
    ports: [{ name: 'tcp-postgresql', port: PG_PORT }],
    // Instance pods and the operator's bootstrap and join Jobs all carry the cluster label.
    podSelector: { 'cnpg.io/cluster': POSTGRES_CLUSTER_NAME },
    // CloudNativePG's Services: `-rw` the primary, `-ro` the replicas, `-r` any instance.
    // PostgreSQL listens on 5432 in every CloudNativePG instance; the operator offers no other port.
    services: ['rw', 'ro', 'r'].map((role) => ({
      name: `${POSTGRES_CLUSTER_NAME}-${role}`,
      ports: ['tcp-postgresql'],
      fixedPorts: { 'tcp-postgresql': 5432 },
    })),
    billing: billing('CC-PLATFORM', 'postgresql', 'platform-engineering'),
    operator: 'cloudnative-pg',
    resources: [
      'postgresql.cnpg.io/Cluster',
      'postgresql.cnpg.io/Database',
      'postgresql.cnpg.io/ScheduledBackup',
      'barmancloud.cnpg.io/ObjectStore',
    ],
    stateful: true,
    externalEgress: [OBJECT_STORAGE_EGRESS],
    // The owner's login: initdb and the managed role read it.
    secrets: ['matih-db-credentials'],
    // Primary and 2 replicas as the Bitnami release had [DSPG]; WAL on its own volume so a full WAL disk never stops reads.
    sizing: {
      instances: 3,
      storage: '50Gi',
      walStorage: '10Gi',
      resources: resources('1', '4Gi', '2', '8Gi'),
      // The Spring Boot pools at their replica maxima (settings.dbPoolSize each) plus the reserve must fit (lib/model/datasource.ts).
      maxConnections: 1000,
      // For the clients the check does not count: the Python services' SQLAlchemy pools, Temporal's SQL stores, the charts
      // (Airflow, MLflow, OpenMetadata, Hive, Polaris), Debezium, the operator and superuser slots. Chosen, not computed.
      reservedConnections: 150,
      // `restore` (overrides/<target>.yaml) recovers the cluster from these backups; README "Backups and restore".
      backup: NIGHTLY(2),
    } satisfies PostgresSizing,
  }),
  // The OT Redis operator replaces the withdrawn Bitnami chart: a primary with replicas and three Sentinels, as before [NSCP].
  redis: operated({
    namespace: 'matih-control-plane',
    nodePool: 'dataplane',
    description: `Shared Redis with Sentinel (RedisReplication and RedisSentinel ${REDIS_NAME}): caches, sessions, pub/sub and the Feast online store`,
    source: '[HCUMB][NSCP][SECCTX][COMM][FS]',
    ports: [
      { name: 'tcp-redis', port: REDIS_PORT },
      { name: 'tcp-sentinel', port: REDIS_SENTINEL_PORT },
    ],
    podSelector: servicePods(REDIS_NAME),
    services: [
      { name: `${REDIS_NAME}-master`, ports: ['tcp-redis'] },
      { name: `${REDIS_NAME}-sentinel`, ports: ['tcp-sentinel'] },
    ],
    billing: billing('CC-PLATFORM', 'redis', 'platform-engineering'),
    operator: 'redis-operator',
    backupWriterIsClient: true,
    resources: ['redis.redis.opstreelabs.in/RedisReplication', 'redis.redis.opstreelabs.in/RedisSentinel'],
    stateful: true,
    secrets: ['matih-redis-credentials'],
    sizing: {
      replicas: 3,
      sentinels: 3,
      storage: '8Gi',
      resources: resources('250m', '1Gi', '1', '2Gi'),
      sentinelResources: resources('50m', '64Mi', '250m', '128Mi'),
      // One RDB snapshot: at most the volume.
      backup: { ...NIGHTLY(3), scratch: '8Gi' },
    } satisfies RedisSizing,
  }),
  kafka: operated({
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    description: `Strimzi Kafka 3.7 cluster ${KAFKA_CLUSTER_NAME} (KRaft, node pools); TLS 9093 always, plain 9092 in dev`,
    source: '[KTOPO][DSKAFKA][FLINKJ][NSCP][SECCTX]',
    ports: [
      { name: 'tcp-clients', port: 9092 },
      { name: 'tcp-clientstls', port: 9093 },
    ],
    podSelector: { 'strimzi.io/cluster': KAFKA_CLUSTER_NAME, 'strimzi.io/kind': 'Kafka' },
    // Strimzi's `<cluster>-kafka-bootstrap`; clients use the TLS listener (the plain one exists in dev only).
    services: [{ name: `${KAFKA_CLUSTER_NAME}-kafka-bootstrap`, ports: ['tcp-clientstls'] }],
    billing: billing('CC-DP', 'kafka', 'data-platform'),
    operator: 'strimzi-kafka-operator',
    resources: ['kafka.strimzi.io/Kafka', 'kafka.strimzi.io/KafkaNodePool', 'kafka.strimzi.io/KafkaTopic', 'kafka.strimzi.io/KafkaUser'],
    stateful: true,
    backupWriterIsClient: true,
    // Each night the previous UTC day of every topic (the Java tools need more than the dump default's 1Gi).
    // A day of every topic: at most what one broker's volume holds (settings.kafka.brokerStorage).
    sizing: { backup: { ...NIGHTLY(1), resources: resources('250m', '1Gi', '1', '2Gi'), scratch: '100Gi' } } satisfies KafkaComponentSizing,
  }),
  'kafka-connect': operated({
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    description: 'Kafka Connect with Debezium: PostgreSQL change data capture to cdc.{db}.{schema}.{table}',
    source: '[CDC]',
    ports: [{ name: 'rest-api', port: 8083 }],
    podSelector: { 'strimzi.io/cluster': KAFKA_CONNECT_CLUSTER_NAME, 'strimzi.io/kind': 'KafkaConnect' },
    services: [{ name: `${KAFKA_CONNECT_CLUSTER_NAME}-connect-api`, ports: ['rest-api'] }],
    dependsOn: ['kafka', 'postgresql'],
    billing: billing('CC-DP', 'kafka-connect', 'data-platform'),
    operator: 'strimzi-kafka-operator',
    resources: ['kafka.strimzi.io/KafkaConnect', 'kafka.strimzi.io/KafkaConnector'],
    stateful: false,
    sizing: { replicas: 2, resources: resources('500m', '1Gi', '2', '2Gi') } satisfies ReplicaSizing,
  }),
  // Chart 1.x with the [K8TRINO] Trino v458 image; coordinator and workers on the compute pool.
  trino: dataChart('trino', {
    nodePool: 'compute',
    description: 'Trino v458: iceberg (Polaris REST), delta (Hive metastore), system and memory catalogs',
    source: '[K8TRINO][TCAT][DSTRINO]',
    chart: { repoURL: 'https://trinodb.github.io/charts', name: 'trino', version: '0.33.0' },
    ports: [{ name: 'http', port: 8080 }],
    podSelector: selector('trino'),
    dependsOn: ['polaris', 'hive-metastore', 'minio'],
    values: {
      image: { tag: '458' },
      securityContext: { runAsUser: 1000, runAsGroup: 1000 },
      containerSecurityContext: containerSecurity(1000, false),
      server: {
        workers: 2,
        autoscaling: { enabled: true, maxReplicas: 10, targetCPUUtilizationPercentage: 70 },
        // [K8TRINO] lists PASSWORD+OAUTH2; OAuth2 needs IAM client settings, so the base enables PASSWORD only.
        config: {
          authenticationType: 'PASSWORD',
          query: { maxMemory: '80GB' },
        },
      },
      auth: { passwordAuthSecret: 'trino-password-db' },
      // Trino 0.33.0 reads placement per role only (no top-level nodeSelector or tolerations).
      coordinator: {
        ...COMPUTE,
        jvm: { maxHeapSize: '10G' },
        config: { query: { maxMemoryPerNode: '12GB' } },
        resources: resources('5', '10Gi', '7', '14Gi'),
      },
      worker: {
        ...COMPUTE,
        jvm: { maxHeapSize: '10G' },
        config: { query: { maxMemoryPerNode: '12GB' } },
        resources: resources('5', '10Gi', '7', '14Gi'),
      },
      env: [
        { name: 'POLARIS_CLIENT_ID', valueFrom: { secretKeyRef: { name: 'polaris-trino-credentials', key: 'client-id' } } },
        { name: 'POLARIS_CLIENT_SECRET', valueFrom: { secretKeyRef: { name: 'polaris-trino-credentials', key: 'client-secret' } } },
        { name: 'S3_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 'lakehouse-s3-credentials', key: 'access-key' } } },
        { name: 'S3_SECRET_KEY', valueFrom: { secretKeyRef: { name: 'lakehouse-s3-credentials', key: 'secret-key' } } },
      ],
      catalogs: {
        iceberg: [
          'connector.name=iceberg',
          'iceberg.catalog.type=rest',
          'iceberg.rest-catalog.uri=http://polaris.matih-data-plane.svc.cluster.local:8181/api/catalog',
          'iceberg.rest-catalog.warehouse=matih',
          'iceberg.rest-catalog.security=OAUTH2',
          'iceberg.rest-catalog.oauth2.credential=${ENV:POLARIS_CLIENT_ID}:${ENV:POLARIS_CLIENT_SECRET}',
          'fs.native-s3.enabled=true',
          `s3.endpoint=${MINIO_ENDPOINT}`,
          's3.path-style-access=true',
          's3.region=us-east-1',
          's3.aws-access-key=${ENV:S3_ACCESS_KEY}',
          's3.aws-secret-key=${ENV:S3_SECRET_KEY}',
        ].join('\n'),
        delta: [
          'connector.name=delta_lake',
          'hive.metastore.uri=thrift://hive-metastore.matih-data-plane.svc.cluster.local:9083',
          'fs.native-s3.enabled=true',
          `s3.endpoint=${MINIO_ENDPOINT}`,
          's3.path-style-access=true',
          's3.region=us-east-1',
          's3.aws-access-key=${ENV:S3_ACCESS_KEY}',
          's3.aws-secret-key=${ENV:S3_SECRET_KEY}',
        ].join('\n'),
        memory: 'connector.name=memory',
      },
    },
  }),
  // ECK replaces the withdrawn Bitnami chart; Elasticsearch 8.19 is the maintained 8.x line after the fact sheet's 8.11 [DINF].
  elasticsearch: operated({
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    description: `Elasticsearch 8.19 (ECK Elasticsearch ${ELASTICSEARCH_NAME}): audit search, full-text search and the OpenMetadata search index`,
    source: '[DINF][OBSCAP][AUDIT]',
    ports: [
      { name: 'http', port: ELASTICSEARCH_PORT },
      { name: 'transport', port: 9300 },
    ],
    podSelector: servicePods(ELASTICSEARCH_NAME),
    // ECK serves HTTP on 9200 and transport on 9300 whatever the cluster's settings.
    services: [{ name: `${ELASTICSEARCH_NAME}-es-http`, ports: ['http'], fixedPorts: { http: 9200 } }],
    billing: billing('CC-DP', 'elasticsearch', 'data-platform'),
    operator: 'eck-operator',
    resources: ['elasticsearch.k8s.elastic.co/Elasticsearch'],
    stateful: true,
    externalEgress: [OBJECT_STORAGE_EGRESS],
    // Three master-eligible data nodes: the smallest cluster that keeps a quorum through one node's loss.
    sizing: { nodes: 3, storage: '100Gi', resources: resources('1', '4Gi', '2', '8Gi'), backup: NIGHTLY(1) } satisfies ElasticsearchSizing,
  }),
  // Chart 5.4.0: 5.2.0 renders fixed security contexts (runAsUser/runAsGroup/fsGroup, readOnlyRootFilesystem) that can
  // never pass the restricted profile; 5.3.0 added containerSecurityContext and whole pod contexts.
  minio: dataChart('minio', {
    description: 'MinIO object storage: lakehouse, MLflow artifacts, exports, Spark history, Flink checkpoints',
    source: '[DSOBJ][K8SPARK][K8FLINK]',
    chart: { repoURL: 'https://charts.min.io/', name: 'minio', version: '5.4.0' },
    ports: [
      { name: 'http', port: 9000 },
      { name: 'console', port: 9001 },
    ],
    podSelector: { app: 'minio', release: 'minio' },
    services: [
      { name: 'minio', ports: ['http'] },
      { name: 'minio-console', ports: ['console'] },
    ],
    stateful: true,
    // Every bucket mirrored to the target's object storage (constructs/k8s/operators/minio).
    backup: NIGHTLY(5),
    values: {
      mode: 'distributed',
      replicas: 4,
      existingSecret: 'minio-root-credentials',
      ...DP,
      securityContext: { enabled: true, ...podSecurity(1000), fsGroupChangePolicy: 'OnRootMismatch' },
      containerSecurityContext: containerSecurity(1000, false),
      resources: resources('500m', '2Gi', '2', '4Gi'),
      persistence: { enabled: true, size: '500Gi' },
      // The chart's default user is console/console123: no user is created from values.
      users: [],
      buckets: [
        'mlflow-artifacts',
        'pipeline-outputs',
        'exports',
        'thumbnails',
        'lakehouse',
        'backups',
        'spark-history',
        'flink-checkpoints',
        'models',
      ].map((name) => ({ name, policy: 'none', purge: false })),
      // The bucket Job (a post-install hook) and its mc container.
      postJob: { ...DP, securityContext: { enabled: true, ...podSecurity(1000) } },
      makeBucketJob: { securityContext: { enabled: true }, containerSecurityContext: containerSecurity(1000, false) },
      metrics: { serviceMonitor: { enabled: true } },
      // MinIO never calls the Kubernetes API: the namespace's default ServiceAccount mounts no token.
      serviceAccount: { create: false, name: 'default' },
    },
  }),
  qdrant: dataChart('qdrant', {
    description: 'Qdrant vector database for embeddings (production; LanceDB in dev)',
    source: '[NPEG][DSVEC]',
    chart: { repoURL: 'https://qdrant.github.io/qdrant-helm', name: 'qdrant', version: '1.12.4' },
    ports: [
      { name: 'http', port: 6333 },
      { name: 'grpc', port: 6334 },
    ],
    podSelector: selector('qdrant'),
    // The headless Service names each pod (`qdrant-<n>.qdrant-headless`): the snapshot job reaches every node through it.
    services: [
      { name: 'qdrant', ports: ['http', 'grpc'] },
      { name: 'qdrant-headless', ports: ['http', 'grpc'], headless: true },
    ],
    stateful: true,
    values: {
      replicaCount: 3,
      ...DP,
      // The unprivileged image runs as 1000; fsGroup owns the volumes, so the root chown init container stays off.
      image: { useUnprivilegedImage: true },
      updateVolumeFsOwnership: false,
      podSecurityContext: podSecurity(1000),
      containerSecurityContext: containerSecurity(1000),
      resources: resources('500m', '2Gi', '2', '8Gi'),
      persistence: { size: '50Gi' },
      // Chart 1.12.4 resolves apiKey.valueFrom through lookup (empty under Argo CD: no key, no authentication) and then
      // dereferences readOnlyApiKey.valueFrom (nil pointer); Qdrant reads the key from the environment instead.
      env: [{ name: 'QDRANT__SERVICE__API_KEY', valueFrom: { secretKeyRef: { name: 'qdrant-credentials', key: 'api-key' } } }],
      config: { cluster: { enabled: true } },
    },
    // Every node's full-storage snapshot (its own shards), copied by the qdrant-backup job (constructs/k8s/operators/backup):
    // the snapshots of all nodes wait together on its scratch volume, so at most the 3 nodes' 50Gi volumes.
    backup: { ...NIGHTLY(5), scratch: '150Gi' },
  }),
  // Rendered by the platform itself, like Dgraph and ChromaDB below: the neo4j chart's 5.26 line is published only at
  // helm.neo4j.com and its last version in git (5.17.0) reads the cluster through lookup and leaves the root filesystem
  // writable (docs/adr: neo4j without a chart). Community edition: one server, no clustering.
  neo4j: jvmService('neo4j', {
    plane: 'data-plane',
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    billing: billing('CC-DP', 'neo4j', 'data-platform'),
    description: 'Neo4j 5 knowledge graph (Community, one server)',
    source: '[DSGRAPH]',
    // The 5.26 LTS line; 5.26.26 is tagged in neo4j/docker-neo4j (the official image's sources, 12 May 2026 release).
    image: { repository: 'neo4j', tag: '5.26.26' },
    port: 7474,
    extraPorts: [{ name: 'tcp-bolt', port: 7687 }],
    replicas: 1,
    resources: resources('1', '4Gi', '1', '4Gi'),
    // The image's user; its entrypoint runs as any non-root user whose writable paths are volumes.
    runAsUser: 7474,
    storage: { size: '50Gi', mountPath: '/data' },
    // What the image's entrypoint writes besides /data: neo4j.conf (edited in place, so seeded from the image), the
    // plugins it copies in (APOC), logs, the pid folder and the LOAD CSV folder.
    seededPaths: ['/var/lib/neo4j/conf'],
    writablePaths: ['/logs', '/plugins', '/import', '/var/lib/neo4j/run'],
    // The HTTP discovery document answers once the server is up; clients query over Bolt, which is what makes it ready.
    readinessPort: 'tcp-bolt',
    // Community edition exports no Prometheus metrics.
    metricsPath: '',
    secrets: [{ secret: 'neo4j-auth', env: { NEO4J_AUTH: 'NEO4J_AUTH' } }],
    config: {
      // APOC core ships in the image (labs/): the entrypoint copies it into /plugins, no download (the nightly export uses it).
      NEO4J_PLUGINS: '["apoc"]',
      // Half the container's memory for the heap, whatever its size; the page cache keeps the image's 512M default.
      NEO4J_server_jvm_additional: '-XX:MaxRAMPercentage=50',
    },
    // A logical export over Bolt (APOC), restored with cypher-shell: README "Backups and restore".
    backup: { ...NIGHTLY(23), scratch: '50Gi' },
  }),
  // Dgraph and ChromaDB are rendered by the platform itself (constructs/k8s/workloads, StatefulSets under the restricted
  // profile): no dgraph chart version (to 25.0.0-preview6) sets more of a container security context than runAsUser and
  // fsGroup, and every chromadb chart version (to 0.2.2) writes one map into both the pod's and the container's context,
  // where the container-only fields the restricted profile needs are invalid (docs/adr: dgraph and chromadb without charts).
  dgraph: goService('dgraph', {
    ...DGRAPH,
    description: 'Dgraph Alpha: the context graph for the AI services (3 replicas of one group)',
    port: 8080,
    extraPorts: [{ name: 'grpc', port: 9080 }],
    replicas: DGRAPH_REPLICAS,
    resources: resources('1', '4Gi', '2', '8Gi'),
    // Live once the HTTP server is up; the Raft group forms behind it.
    healthPath: '/health?live=1',
    storage: { size: '100Gi', mountPath: '/dgraph' },
    dependsOn: ['dgraph-zero'],
    // Admin operations (export, Alter) answer loopback only by default; the backup job calls /admin from its own pod. The
    // whitelist admits the private ranges (every target's pod addresses lie in them) and the token guards them all.
    secrets: [{ secret: 'dgraph-admin', env: { DGRAPH_ADMIN_TOKEN: 'token' } }],
    command: [
      'bash',
      '-c',
      [
        `exec dgraph alpha --my="$(hostname).${headless('dgraph')}:7080" --zero "${DGRAPH_ZEROS.join(',')}"`,
        `--security "whitelist=${DGRAPH_ADMIN_WHITELIST};token=$DGRAPH_ADMIN_TOKEN"`,
      ].join(' '),
    ],
    // The Alpha exports its group into the backup pod's S3 endpoint (rclone serve s3) on this port. rclone 1.74's serve s3
    // holds a multipart upload's parts in memory until it completes (rclone issue #7453): the limit bounds the largest
    // export file (g01.rdf.gz) the job can receive; a bigger one fails the job (OOMKilled), it never truncates.
    backup: { ...NIGHTLY(6), receivePort: DGRAPH_EXPORT_RECEIVE_PORT, resources: resources('250m', '1Gi', '1', '4Gi'), scratch: '100Gi' },
  }),
  'dgraph-zero': goService('dgraph-zero', {
    ...DGRAPH,
    description: 'Dgraph Zero: membership and shard placement of the context graph (3-node Raft group)',
    port: 6080,
    extraPorts: [{ name: 'grpc', port: 5080 }],
    replicas: DGRAPH_REPLICAS,
    resources: resources('250m', '1Gi', '1', '2Gi'),
    storage: { size: '20Gi', mountPath: '/dgraph' },
    // Raft index = ordinal + 1; the first Zero bootstraps the group, the others join it (as the dgraph chart does).
    command: [
      'bash',
      '-c',
      [
        'set -e',
        'ordinal=${HOSTNAME##*-}',
        `args=(--my="$(hostname).${headless('dgraph-zero')}:5080" --raft "idx=$((ordinal + 1))" --replicas ${DGRAPH_REPLICAS})`,
        `[ "$ordinal" -eq 0 ] || args+=(--peer "${DGRAPH_ZEROS[0]}")`,
        'exec dgraph zero "${args[@]}"',
      ].join('\n'),
    ],
  }),
  clickhouse: operated({
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    description: `ClickHouse OLAP (ClickHouseInstallation ${CLICKHOUSE_INSTALLATION_NAME} with ClickHouse Keeper)`,
    source: '[DSOLAP][COMP]',
    ports: [
      { name: 'http', port: 8123 },
      { name: 'tcp', port: 9000 },
      { name: 'keeper', port: 2181 },
    ],
    // The Altinity operator names them `clickhouse-<ClickHouseInstallation>` and `keeper-<ClickHouseKeeperInstallation>`.
    services: [
      { name: `clickhouse-${CLICKHOUSE_INSTALLATION_NAME}`, ports: ['http', 'tcp'] },
      { name: `keeper-${CLICKHOUSE_INSTALLATION_NAME}-keeper`, ports: ['keeper'] },
    ],
    // Set on both the ClickHouse and the Keeper pod templates: the operator's own `clickhouse.altinity.com/chi` label is not on Keeper pods.
    podSelector: selector('clickhouse', CLICKHOUSE_INSTALLATION_NAME),
    billing: billing('CC-DP', 'clickhouse', 'data-platform'),
    operator: 'clickhouse-operator',
    backupWriterIsClient: true,
    resources: ['clickhouse.altinity.com/ClickHouseInstallation', 'clickhouse-keeper.altinity.com/ClickHouseKeeperInstallation'],
    stateful: true,
    secrets: [CLICKHOUSE_BACKUP_USER.secret],
    sizing: {
      server: { replicas: 2, storage: '200Gi', resources: resources('2', '8Gi', '4', '16Gi') },
      keeper: { replicas: 3, storage: '10Gi', resources: resources('250m', '512Mi', '1', '1Gi') },
      // One replica's export (every replica holds every row): at most its volume, as the Native files are zstd'd like the parts.
      backup: { ...NIGHTLY(0), scratch: '200Gi' },
    } satisfies ClickHouseSizing,
  }),
  // StarRocks runs as root [SECCTX] and every namespace enforces the restricted Pod Security Standard; ClickHouse serves OLAP.
  // Enabling it needs an explicit PSA exception for its namespace.
  starrocks: dataChart('starrocks', {
    enabled: false,
    description: 'StarRocks OLAP (operator + cluster via kube-starrocks)',
    source: '[DSOLAP][SECCTX]',
    chart: { repoURL: 'https://starrocks.github.io/starrocks-kubernetes-operator', name: 'kube-starrocks', version: '1.11.4' },
    ports: [
      { name: 'http', port: 8030 },
      { name: 'mysql', port: 9030 },
    ],
    podSelector: { 'app.starrocks.ownerreference/name': 'kube-starrocks-fe' },
    stateful: true,
    providesKinds: ['starrocks.com/StarRocksCluster'],
    values: {
      operator: { ...DP },
      starrocks: {
        starrocksFESpec: { replicas: 3, ...DP, storageSpec: { name: 'fe', storageSize: '20Gi' } },
        starrocksBeSpec: { replicas: 3, ...DP, storageSpec: { name: 'be', storageSize: '200Gi' } },
      },
    },
  }),
  // MongoDB Controllers for Kubernetes (community resource) replaces the withdrawn Bitnami chart.
  mongodb: operated({
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    description: `MongoDB document store (MongoDBCommunity replica set ${MONGODB_NAME})`,
    source: '[K17][NSTOPO][SECCTX]',
    ports: [{ name: 'mongodb', port: MONGODB_PORT }],
    podSelector: servicePods(MONGODB_NAME),
    // The operator's `<name>-svc` is headless: clients reach the replica set members directly.
    services: [{ name: `${MONGODB_NAME}-svc`, ports: ['mongodb'], headless: true }],
    billing: billing('CC-DP', 'mongodb', 'data-platform'),
    operator: 'mongodb-kubernetes',
    backupWriterIsClient: true,
    resources: ['mongodbcommunity.mongodb.com/MongoDBCommunity'],
    stateful: true,
    secrets: ['mongodb-credentials'],
    sizing: {
      members: 3,
      storage: '50Gi',
      resources: resources('500m', '1Gi', '2', '4Gi'),
      // A gzip'd archive of one member's data: at most its volume.
      backup: { ...NIGHTLY(4), scratch: '50Gi' },
    } satisfies MongoSizing,
  }),
  // Rendered by the platform itself: see dgraph above. Chroma 0.5.23 (the chart's last pin), token authentication.
  chromadb: pythonService('chromadb', {
    plane: 'data-plane',
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    billing: billing('CC-DP', 'chromadb', 'data-platform'),
    description: 'ChromaDB vector store for the ops agent runbooks',
    source: '[K17][NSTOPO]',
    image: { repository: 'ghcr.io/chroma-core/chroma', tag: '0.5.23' },
    port: 8000,
    replicas: 1,
    resources: resources('250m', '512Mi', '1', '2Gi'),
    healthPath: '/api/v1/heartbeat',
    // Chroma exports no Prometheus metrics.
    metricsPath: '',
    storage: { size: '20Gi', mountPath: '/data' },
    secrets: [{ secret: 'chromadb-auth', env: { CHROMA_SERVER_AUTHN_CREDENTIALS: 'token' } }],
    config: {
      IS_PERSISTENT: 'TRUE',
      PERSIST_DIRECTORY: '/data',
      ALLOW_RESET: 'FALSE',
      ANONYMIZED_TELEMETRY: 'FALSE',
      // Clients send the token as `Authorization: Bearer <token>` (the provider's default transport header).
      CHROMA_SERVER_AUTHN_PROVIDER: 'chromadb.auth.token_authn.TokenAuthenticationServerProvider',
    },
    // A logical export of every collection through the HTTP API (the fact sheet names no source its embeddings derive from).
    backup: { ...NIGHTLY(0), scratch: '20Gi' },
  }),
  polaris: dataChart('polaris', {
    description: 'Apache Polaris Iceberg REST catalog (warehouse matih)',
    source: '[SPARK][K8TRINO]',
    chart: { repoURL: 'https://downloads.apache.org/polaris/helm-chart', name: 'polaris', version: '1.7.0' },
    ports: [
      { name: 'http', port: 8181 },
      { name: 'management', port: 8182 },
    ],
    podSelector: selector('polaris'),
    services: [
      { name: 'polaris', ports: ['http'] },
      { name: 'polaris-mgmt', ports: ['management'] },
    ],
    dependsOn: ['postgresql', 'minio'],
    values: {
      replicaCount: 2,
      ...DP,
      podSecurityContext: podSecurity(10000, 10001),
      containerSecurityContext: containerSecurity(10000),
      resources: resources('250m', '1Gi', '1', '2Gi'),
      persistence: {
        type: 'relational-jdbc',
        relationalJdbc: { secret: { name: 'polaris-db-credentials', username: 'username', password: 'password', jdbcUrl: 'jdbc-url' } },
      },
      storage: { secret: { name: 'lakehouse-s3-credentials', awsAccessKeyId: 'access-key', awsSecretAccessKey: 'secret-key' } },
      // Polaris never calls the Kubernetes API: the namespace's default ServiceAccount mounts no token.
      serviceAccount: { create: false, name: 'default' },
    },
  }),
  'hive-metastore': dataChart('hive-metastore', {
    description: 'Hive metastore (thrift 9083) for the Trino delta catalog',
    source: '[K8TRINO]',
    chart: { repoURL: 'oci://quay.io/okdp/charts', name: 'hive-metastore', version: '1.4.0' },
    ports: [{ name: 'thrift', port: 9083 }],
    podSelector: selector('hive-metastore'),
    dependsOn: ['postgresql', 'minio'],
    values: {
      ...DP,
      // The chart defaults to :latest; release 1.4.0 of OKDP/hive-metastore publishes metastore 4.0.1 as 4.0.1-1.4.0.
      image: { tag: '4.0.1-1.4.0', pullSecrets: [] },
      podSecurityContext: podSecurity(1000),
      containerSecurityContext: containerSecurity(1000, false),
      resources: resources('250m', '1Gi', '1', '2Gi'),
      db: {
        driverRef: 'org.postgresql.Driver',
        driverName: 'postgresql',
        host: PG_HOST,
        port: 5432,
        databaseName: 'hive_metastore',
        user: { name: 'matih', password: { secretName: 'matih-db-credentials', propertyName: 'password' } },
      },
      cloud_storage: 's3',
      s3: {
        url: MINIO_ENDPOINT,
        warehouseDirectory: 's3a://lakehouse/warehouse',
        accessKey: { secretName: 'lakehouse-s3-credentials', propertyName: 'access-key' },
        secretKey: { secretName: 'lakehouse-s3-credentials', propertyName: 'secret-key' },
      },
      // The schema initialisation Job is a post-install hook (a PostSync hook under Argo CD), but the metastore cannot
      // become healthy without the schema: run it before the sync instead (Argo CD's own hook annotations take precedence
      // over Helm's).
      initJob: { annotations: { 'argocd.argoproj.io/hook': 'PreSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' } },
      // The chart's policy would be named hive-metastore like the platform's own (constructs/k8s/network).
      networkPolicies: { enabled: false },
      // The metastore never calls the Kubernetes API: the namespace's default ServiceAccount mounts no token.
      serviceAccount: { create: false, name: 'default' },
    },
  }),
  'spark-connect': operated({
    callsKubernetesApi: true, // the Connect server starts its executors as pods
    namespace: 'matih-data-plane',
    nodePool: 'compute',
    description: 'Spark 4.1 Connect server (SparkConnect resource of the Spark operator)',
    source: '[SPARK][K8SPARK]',
    ports: [{ name: 'grpc', port: 15002 }],
    podSelector: { 'app.kubernetes.io/name': 'spark-connect' },
    // The SparkConnect names its server Service (spec.server.service) after itself.
    services: [{ name: 'spark-connect', ports: ['grpc'] }],
    dependsOn: ['minio', 'polaris', 'hive-metastore'],
    billing: billing('CC-DP', 'spark-connect', 'data-platform'),
    operator: 'spark-operator',
    resources: ['sparkoperator.k8s.io/SparkConnect'],
    stateful: false,
    // Pod memory = spark memory + overhead (10%, at least 384m), so the server's limit leaves room above 4g.
    sizing: {
      server: { cores: 2, memory: '4g', resources: resources('2', '5Gi', '2', '5Gi') },
      executor: { instances: 4, cores: 2, memory: '8g' },
    } satisfies SparkConnectSizing,
  }),
  'spark-history': dataChart('spark-history', {
    nodePool: 'compute',
    description: 'Spark history server reading event logs from s3a://spark-history',
    source: '[K8SPARK]',
    chart: { repoURL: 'oci://quay.io/okdp/charts', name: 'spark-history-server', version: '1.0.0' },
    ports: [{ name: 'http', port: 18080 }],
    podSelector: selector('spark-history-server', 'spark-history'),
    dependsOn: ['minio'],
    values: {
      ...COMPUTE,
      podSecurityContext: podSecurity(185),
      containerSecurityContext: containerSecurity(185, false),
      resources: resources('250m', '1Gi', '1', '2Gi'),
    },
  }),
  'flink-sql-gateway': operated({
    callsKubernetesApi: true, // native Kubernetes mode: the JobManager creates TaskManager pods
    namespace: 'matih-data-plane',
    nodePool: 'compute',
    description: 'Flink session cluster with SQL gateway (JobManager 1, TaskManagers 2–8, RocksDB + S3 checkpoints)',
    source: '[K8FLINK][FLINKJ]',
    ports: [
      { name: 'http', port: 8083 },
      { name: 'rest', port: 8081 },
    ],
    // Flink labels JobManager and TaskManagers alike; selecting only `component: jobmanager` left TaskManagers outside every policy.
    podSelector: { app: 'flink-sql-gateway', type: 'flink-native-kubernetes' },
    // Flink's native Kubernetes mode creates `<cluster-id>` (headless: clients reach the JobManager pod, whose
    // sql-gateway sidecar listens on 8083) and `<cluster-id>-rest` for the REST API.
    services: [
      { name: 'flink-sql-gateway', ports: ['http'], headless: true },
      { name: 'flink-sql-gateway-rest', ports: ['rest'] },
    ],
    dependsOn: ['kafka', 'minio'],
    billing: billing('CC-DP', 'flink-sql-gateway', 'data-platform'),
    operator: 'flink-operator',
    resources: ['flink.apache.org/FlinkDeployment', 'flink.apache.org/FlinkSessionJob'],
    stateful: false,
    // JobManager 1, TaskManagers 2-8, 60 s checkpoints [K8FLINK][FLINKJ].
    sizing: {
      jobManager: { cpu: 1, memory: '2048m' },
      taskManager: { cpu: 2, memory: '4096m', slots: 2, min: 2, max: 8 },
      checkpointIntervalSeconds: 60,
    } satisfies FlinkSizing,
  }),
  airflow: dataChart('airflow', {
    callsKubernetesApi: true, // KubernetesExecutor: the scheduler runs each task as a pod
    description: 'Apache Airflow (KubernetesExecutor, DAGs on PVC, shared PostgreSQL)',
    source: '[AIRFLOW]',
    chart: { repoURL: 'https://airflow.apache.org', name: 'airflow', version: '1.15.0' },
    ports: [{ name: 'airflow-ui', port: 8080 }],
    podSelector: { tier: 'airflow', component: 'webserver', release: 'airflow' },
    services: [{ name: 'airflow-webserver', ports: ['airflow-ui'] }],
    dependsOn: ['postgresql'],
    stateful: true,
    values: {
      executor: 'KubernetesExecutor',
      // Upstream 1.15.0's defaults, pinned: Airflow 2.9.3 (also the task pods' image) and its statsd exporter.
      images: {
        airflow: { repository: 'apache/airflow', tag: '2.9.3' },
        statsd: { repository: 'quay.io/prometheus/statsd-exporter', tag: 'v0.26.1' },
      },
      postgresql: { enabled: false },
      redis: { enabled: false },
      data: { metadataSecretName: 'airflow-metadata-secret' },
      webserverSecretKeySecretName: 'airflow-webserver-secret',
      fernetKeySecretName: 'airflow-fernet-key',
      dags: { persistence: { enabled: true, size: '10Gi', accessMode: 'ReadWriteMany' } },
      ...DP,
      securityContexts: { pod: podSecurity(50000, 0), containers: containerSecurity(50000, false) },
      // statsd-exporter runs as nobody.
      statsd: { securityContexts: { pod: podSecurity(65534), container: containerSecurity(65534) } },
      webserver: {
        replicas: 2,
        resources: resources('250m', '1Gi', '1', '2Gi'),
        defaultUser: {
          enabled: true,
          username: 'admin',
          role: 'Admin',
          email: 'platform@matih.ai',
          firstName: 'Platform',
          lastName: 'Admin',
        },
      },
      scheduler: { replicas: 2, resources: resources('250m', '1Gi', '1', '2Gi') },
      // Under Argo CD the Helm hooks become PostSync hooks, which wait for the scheduler, which waits for the
      // migrations: plain Sync hooks instead (the Airflow chart's documented Argo CD setting).
      migrateDatabaseJob: {
        useHelmHooks: false,
        applyCustomEnv: false,
        jobAnnotations: { 'argocd.argoproj.io/hook': 'Sync' },
        serviceAccount: { automountServiceAccountToken: false },
      },
      createUserJob: {
        useHelmHooks: false,
        applyCustomEnv: false,
        jobAnnotations: { 'argocd.argoproj.io/hook': 'Sync' },
        serviceAccount: { automountServiceAccountToken: false },
        // The chart passes webserver.defaultUser.password on the command line; the password comes from the vault instead
        // (Kubernetes expands $(VAR) from the container's environment).
        env: [{ name: 'AIRFLOW_ADMIN_PASSWORD', valueFrom: { secretKeyRef: { name: 'airflow-admin-credentials', key: 'password' } } }],
        args: [
          'bash',
          '-c',
          'exec airflow users create "$@"',
          '--',
          '-r',
          '{{ .Values.webserver.defaultUser.role }}',
          '-u',
          '{{ .Values.webserver.defaultUser.username }}',
          '-e',
          '{{ .Values.webserver.defaultUser.email }}',
          '-f',
          '{{ .Values.webserver.defaultUser.firstName }}',
          '-l',
          '{{ .Values.webserver.defaultUser.lastName }}',
          '-p',
          '$(AIRFLOW_ADMIN_PASSWORD)',
        ],
      },
    },
  }),
  openmetadata: dataChart('openmetadata', {
    description: 'OpenMetadata catalog backend (PostgreSQL + Elasticsearch)',
    source: '[CD][DPARCH]',
    chart: { repoURL: 'https://helm.open-metadata.org', name: 'openmetadata', version: '1.12.10' },
    ports: [{ name: 'http', port: 8585 }],
    podSelector: selector('openmetadata'),
    dependsOn: ['postgresql', 'elasticsearch'],
    values: {
      replicaCount: 2,
      ...DP,
      podSecurityContext: podSecurity(1000),
      securityContext: containerSecurity(1000, false),
      resources: resources('500m', '2Gi', '2', '4Gi'),
      openmetadata: {
        config: {
          elasticsearch: {
            host: ELASTICSEARCH_HOST,
            port: ELASTICSEARCH_PORT,
            scheme: 'http',
            searchType: 'elasticsearch',
            auth: {
              enabled: true,
              username: ELASTICSEARCH_USER,
              password: { secretRef: 'elasticsearch-credentials', secretKey: 'password' },
            },
          },
          database: {
            host: PG_HOST,
            port: PG_PORT,
            driverClass: 'org.postgresql.Driver',
            dbScheme: 'postgresql',
            databaseName: 'openmetadata',
            auth: { username: 'matih', password: { secretRef: 'matih-db-credentials', secretKey: 'password' } },
          },
          // The server still mounts the Airflow password (Secret airflow-secrets) unless auth is off too: the chart's
          // `enabled | default true` turns false into true.
          pipelineServiceClientConfig: { enabled: false, airflow: { auth: { enabled: false } } },
          // The chart's default Fernet key (which encrypts stored connection credentials) is public: the vault's instead.
          fernetkey: { value: '', secretRef: 'openmetadata-fernet-key', secretKey: 'FERNET_KEY' },
        },
      },
      // OpenMetadata never calls the Kubernetes API.
      automountServiceAccountToken: false,
    },
  }),
  temporal: operated({
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    description: `Temporal cluster ${TEMPORAL_CLUSTER_NAME} for durable pipeline workflows (persistence on the shared PostgreSQL)`,
    source: '[TEMP][PFLOW][COMM]',
    ports: [{ name: 'grpc', port: 7233 }],
    podSelector: { 'app.kubernetes.io/name': TEMPORAL_CLUSTER_NAME, 'app.kubernetes.io/component': 'frontend' },
    services: [{ name: `${TEMPORAL_CLUSTER_NAME}-frontend`, ports: ['grpc'] }],
    dependsOn: ['postgresql'],
    billing: billing('CC-DP', 'temporal', 'data-platform'),
    operator: 'temporal-operator',
    resources: ['temporal.io/TemporalCluster', 'temporal.io/TemporalNamespace'],
    stateful: false,
    // History shards are fixed for the cluster's lifetime: prod gets room to grow; 30 days of closed workflows.
    sizing: { historyShards: 512, retention: '720h', resources: resources('250m', '512Mi', '1', '1Gi') } satisfies TemporalSizing,
  }),
} satisfies Record<string, Component>;
