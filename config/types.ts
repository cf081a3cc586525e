/**
 * The platform model: plain typed data, read by both the Kubernetes app (apps/k8s.ts) and the cloud
 * app (apps/cloud.ts). Nothing here knows about cdk8s or cdktf.
 */

export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENTS)[number];

export const CLOUDS = ['azure', 'aws', 'gcp'] as const;
export type Cloud = (typeof CLOUDS)[number];

export const TIERS = ['FREE', 'STARTER', 'PROFESSIONAL', 'ENTERPRISE'] as const;
export type Tier = (typeof TIERS)[number];

/** Where a tenant runs on a target: a namespace in a shared cluster, or a cluster of its own (fact sheet §4). */
export const PLACEMENTS = ['shared', 'dedicated'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** The seven platform namespaces (fact sheet §2; its namespace list varies between pages, this is the one chosen). */
export const PLATFORM_NAMESPACES = [
  'matih-system',
  'matih-control-plane',
  'matih-data-plane',
  'matih-frontend',
  'matih-ingress',
  'matih-monitoring',
  'matih-observability',
] as const;
export type PlatformNamespace = (typeof PLATFORM_NAMESPACES)[number];

/**
 * Namespaces of node agents that need the host (hostPath to the kubelet's device-plugin socket),
 * outside the seven so their Pod Security exception covers nothing else: one agent each.
 */
export const NODE_AGENT_NAMESPACES = ['nvidia-device-plugin'] as const;
export type NodeAgentNamespace = (typeof NODE_AGENT_NAMESPACES)[number];

/** Where a component may run: a platform namespace, or a node agent's own namespace. */
export type ComponentNamespace = PlatformNamespace | NodeAgentNamespace;

/** Argo CD runs beside the platform namespaces, not as one of the seven. */
export const ARGOCD_NAMESPACE = 'argocd';

/**
 * Node pools of fact sheet §12 plus `platform` (the platform's own add-ons: operators, ingress,
 * observability; docs/adr/0014-where-platform-add-ons-run.md); the plane decides the pool, the
 * pool decides the taint.
 */
export const NODE_POOL_NAMES = ['system', 'platform', 'ctrlplane', 'dataplane', 'compute', 'aicompute', 'gpu', 'playground'] as const;

export type NodePoolName = (typeof NODE_POOL_NAMES)[number];

/** A node taint (https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/). */
export interface Taint {
  readonly key: string;
  /** Absent for a taint without value (`key:Effect`). */
  readonly value?: string;
  readonly effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

type ResourceList = {
  readonly cpu: string;
  readonly memory: string;
};

// Type aliases, not interfaces: chart values types (imports/charts) accept them only with an implicit index signature.
export type Resources = {
  readonly requests: ResourceList;
  readonly limits: ResourceList;
};

export interface Autoscaling {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly targetCPUUtilizationPercentage: number;
}

export interface Billing {
  readonly costCenter: string;
  readonly application: string;
  readonly team: string;
}

export interface NamedPort {
  /** IANA-style port name (at most 15 characters), used for Service ports and NetworkPolicies. */
  readonly name: string;
  readonly port: number;
  /** @default TCP */
  readonly protocol?: 'TCP' | 'UDP';
}

/**
 * A Service that a chart or an operator creates for a component (first-party services render
 * their own). Clients' connection settings must name one of these (or a rendered Service), on one
 * of its ports; the gate checks it (lib/gate/rules/connection-endpoints.ts).
 */
export interface ComponentService {
  /** Service name, as the chart's or operator's templates form it. */
  readonly name: string;
  /** Names of the component's `ports` the Service exposes (its target ports). */
  readonly ports: readonly string[];
  /** Service port of a named port whose Service port differs from the pod port (vLLM's router: 80 -> 8000). */
  readonly servicePorts?: Readonly<Record<string, number>>;
  /**
   * Ports the chart or operator serves whatever the model says (CloudNativePG: 5432): Service and
   * pod port of that name. The model's port of the same name must equal it, or the NetworkPolicies
   * open a port nothing listens on. @default the model's ports
   */
  readonly fixedPorts?: Readonly<Record<string, number>>;
  /** Headless (clusterIP None): its name resolves to the pods, so clients connect on pod ports. */
  readonly headless?: boolean;
}

/** One Kubernetes Secret a component reads, and which keys become which environment variables. */
export interface SecretUse {
  /** Name of the Kubernetes Secret (config/secrets.ts declares how it is produced). */
  readonly secret: string;
  /** Environment variable name -> key inside the Secret. */
  readonly env: Readonly<Record<string, string>>;
}

/** A Kubernetes API permission (one Role rule) a workload or group needs. */
export interface ApiPermission {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
  /**
   * Objects the permission is limited to: exact names, or `by-name` when the names are computed at
   * synth (the rendered Role must then list names; it never grants the whole resource).
   * @default every object of the resources
   */
  readonly resourceNames?: readonly string[] | 'by-name';
  /** Why the holder needs it; required next to any grant of a sensitive resource or verb (config/api-access.ts). */
  readonly reason?: string;
}

/** Who holds a Role's permissions, as a RoleBinding names it. */
interface RbacSubject {
  readonly kind: 'ServiceAccount' | 'Group' | 'User';
  readonly name: string;
  /** Namespace of a ServiceAccount. */
  readonly namespace?: string;
}

/**
 * One declared holder of a Role (or ClusterRole) and what the Role may grant it. The gate rejects
 * a rendered Role that grants a sensitive resource to a subject without such a declaration.
 */
export interface ApiGrant {
  readonly roleKind: 'Role' | 'ClusterRole';
  /** Namespace of the Role; absent for a ClusterRole. */
  readonly namespace?: string;
  readonly role: string;
  readonly subject: RbacSubject;
  readonly permissions: readonly ApiPermission[];
  /** Where the declaration lives, for messages (`components.<name>.kubernetesApi`, a constant's file). */
  readonly declaredAt: string;
}

/** Egress to something outside the cluster (LLM APIs, Stripe, SMTP). */
export interface ExternalEgress {
  readonly name: string;
  /** CIDR blocks; `0.0.0.0/0` means the internet (private ranges are excluded by the policy). */
  readonly cidrs: readonly string[];
  readonly ports: readonly number[];
  /**
   * Also the target's private endpoints (`cluster.privateEndpointCidr`): where the cloud's storage
   * and token services are reached without the internet (Azure private endpoints, AWS interface endpoints).
   * @default false
   */
  readonly privateEndpoints?: boolean;
}

/**
 * A public route to a service through the platform ingress controller. Proxy behaviour is typed
 * here and mapped to the controller's annotations in one place
 * (constructs/k8s/core/ingress-annotations.ts), so changing controllers never touches the catalog.
 */
export interface IngressRoute {
  /** Host prefix under the target's domain: `api` gives `api.<domain>`. */
  readonly hostPrefix: string;
  /** @default / */
  readonly path?: string;
  /** Largest request body accepted (`50m`). @default the controller's (100m) */
  readonly maxBodySize?: string;
  /** Read and send timeout towards the service, in seconds. @default the controller's (60) */
  readonly timeoutSeconds?: number;
  /** The service upgrades connections to WebSocket. @default false */
  readonly websocket?: boolean;
}

interface ComponentBase {
  /** Rendered only when true; an overlay may switch a component off per environment. */
  readonly enabled: boolean;
  /** Namespace the component runs in: one of the seven platform namespaces (a node agent: its own namespace). */
  readonly namespace: ComponentNamespace;
  /** Node pool its pods are scheduled on (selector + toleration of the pool's taint). */
  readonly nodePool: NodePoolName;
  readonly description: string;
  /** Fact sheet source keys, e.g. `[NSCP][PORTS]`. */
  readonly source: string;
  /** Ports its pods listen on (what NetworkPolicies open for dependants). */
  readonly ports: readonly NamedPort[];
  /** Labels that select its pods (for NetworkPolicies of dependants). */
  readonly podSelector: Readonly<Record<string, string>>;
  /** Names of components it talks to (egress is opened to their ports). */
  readonly dependsOn: readonly string[];
  /** Fact sheet §3.8 billing labels. */
  readonly billing: Billing;
}

/**
 * Persistent storage of a service: it runs as a StatefulSet with one volume per pod (data services
 * whose maintained charts cannot pass the restricted profile are rendered this way).
 */
interface ServiceStorage {
  /** Size of each pod's volume (a Kubernetes quantity). */
  readonly size: string;
  /** Where the volume is mounted (writable). */
  readonly mountPath: string;
}

/**
 * Pods of several components that form one cluster (consensus, replication) and talk among
 * themselves on ports no client uses: every pod labelled `matih.ai/peer-group: <group>` may reach
 * every other on `ports`.
 */
interface PeerGroup {
  readonly group: string;
  readonly ports: readonly number[];
}

/** A MATIH service (first-party, or third-party software the platform renders itself), rendered as Deployment (or StatefulSet) + Service + friends. */
export interface ServiceComponent extends ComponentBase {
  readonly kind: 'service';
  readonly plane: 'control-plane' | 'data-plane' | 'frontend' | 'docs';
  readonly runtime: 'java' | 'python' | 'node' | 'go' | 'jvm' | 'static';
  readonly image: { readonly repository: string; readonly tag: string };
  /** Main HTTP port (also in `ports` as `http`). */
  readonly port: number;
  /** Separate metrics port, when the service does not serve metrics on `port`. */
  readonly metricsPort?: number;
  /** Path of the metrics endpoint. */
  readonly metricsPath: string;
  /** Health endpoint for startup, liveness and readiness probes. */
  readonly healthPath: string;
  readonly replicas: number;
  readonly resources: Resources;
  /** When set, an HPA owns the replica count. `null` removes it in an overlay. */
  readonly autoscaling?: Autoscaling | null;
  /** PodDisruptionBudget minAvailable; defaults to replicas - 1 (at least 1) when replicas > 1. */
  readonly pdbMinAvailable?: number;
  readonly secrets: readonly SecretUse[];
  /** Non-secret settings, rendered into a ConfigMap and read with envFrom. */
  readonly config: Readonly<Record<string, string>>;
  readonly kafka: { readonly produces: readonly string[]; readonly consumes: readonly string[] };
  readonly ingress?: IngressRoute | null;
  /**
   * Kubernetes API access in its own namespace; absent means no token is mounted. A sensitive grant
   * (secrets, pods/exec, RBAC objects, webhooks: config/api-access.ts) needs its `reason`.
   */
  readonly kubernetesApi?: readonly ApiPermission[];
  readonly externalEgress: readonly ExternalEgress[];
  /** Writable paths besides /tmp (emptyDir mounts). */
  readonly writablePaths: readonly string[];
  /** Cloud workload identity this service's account needs (infrastructure-service, ml-service). */
  readonly cloudIdentity?: 'infrastructure' | 'object-storage';
  /** Container command and arguments, where the image's entrypoint needs them. @default the image's */
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  /** Runs as a StatefulSet with a volume per pod. @default a Deployment without storage */
  readonly storage?: ServiceStorage;
  /** The cluster its pods form with other components' pods. @default none */
  readonly peers?: PeerGroup;
  /** UID and GID its image runs as (a third-party image's own user). @default 1000 (config/pod-security.ts) */
  readonly runAsUser?: number;
  /**
   * Writable paths that start with the image's own content: an init container (same image) copies each into its
   * emptyDir before the service starts, for entrypoints that edit files shipped in the image (Neo4j's conf). @default none
   */
  readonly seededPaths?: readonly string[];
  /** Name of a port whose TCP connection makes the pod ready, for servers that answer HTTP before clients can use them. @default the HTTP health path */
  readonly readinessPort?: string;
  /** Nightly copy to object storage by a dump job running as the `<name>-backup` identity. @default none */
  readonly backup?: ServiceBackupPolicy;
}

/** A field of a chart's object that Argo CD must ignore (Application spec.ignoreDifferences). */
export interface ChartIgnoreDifference {
  readonly group?: string;
  readonly kind: string;
  readonly name?: string;
  readonly jqPathExpressions: readonly string[];
}

/** Helm values: any map (config/components/define.ts narrows each chart's to its vendored values type). */
export type ChartValuesMap = Readonly<Record<string, unknown>>;

/** Upstream software deployed from a pinned Helm chart by an Argo CD Application. */
export interface ChartComponent<V = ChartValuesMap> extends ComponentBase {
  readonly kind: 'chart';
  /** Wave group: what it must come after. */
  readonly category: 'operator' | 'ingress' | 'data' | 'ml' | 'observability' | 'gitops';
  readonly chart: { readonly repoURL: string; readonly name: string; readonly version: string };
  /** Helm release name; @default the component name */
  readonly releaseName?: string;
  /**
   * Fields of the chart's objects that Argo CD neither diffs nor overwrites (RespectIgnoreDifferences): values a chart
   * generates once at render time and cannot take from a Secret. @default none
   */
  readonly ignoreDifferences?: readonly ChartIgnoreDifference[];
  /**
   * Why Helm's check of the values against the chart's values.schema.json is skipped (Argo CD `skipSchemaValidation`): a
   * schema whose `$ref`s point at documents on the internet makes the render depend on them (the repo server fetches
   * them on every render). The rendered objects still go through the gate's schemas. @default validated
   */
  readonly skipSchemaValidation?: string;
  /** Values key the chart reads its pods' extra labels from (a workload identity's labels go there); @default podLabels */
  readonly podLabelsKey?: string;
  /**
   * Dot-separated values path of the pod annotations of a chart whose pods read their configuration only at start and
   * whose own checksum annotation Argo CD ignores: the Application writes `matih.ai/values-sha256` (a hash of the
   * Application's merged values: catalog, overlays, overrides, target) there, so any change of the values rolls the pods.
   * @default no restart hash
   */
  readonly restartOnValuesChange?: string;
  /** Values typed by the chart version (imports/charts), merged with environment overlays like everything else. */
  readonly values: V;
  /** True when it keeps data (PVCs): Argo CD must never prune or delete it. */
  readonly stateful: boolean;
  /** Custom resource kinds (group/Kind) this chart defines, for sync-wave ordering. */
  readonly providesKinds: readonly string[];
  /** Its pods call the Kubernetes API server (spawners, executors): opens egress to it. */
  readonly callsKubernetesApi?: boolean;
  /**
   * Services the chart creates that clients connect to.
   * @default one Service named after the release (`releaseName`, else the component name) on every port: Helm's usual fullname
   */
  readonly services?: readonly ComponentService[];
  /**
   * A node add-on some clouds run themselves: the chart is left out of a target whose cloud runs
   * it (lib/clouds, `nodes`) or whose pools do not need it. @default always deployed
   */
  readonly cloudAddOn?: CloudAddOn;
  /**
   * A replica value of 0 (`replicaCount`, `replicas`, `<section>.replicaCount`) on a stateful chart
   * stops the service that holds the data; the model refuses it unless this says it is meant.
   * @default false
   */
  readonly allowZeroReplicas?: boolean;
  /**
   * Copies of a stateful chart's data in the target's object storage, written by its `backup-write` identity
   * (config/identities.ts) from pods of its own (the chart's pods carry no cloud identity). @default none
   */
  readonly backup?: ServiceBackupPolicy;
  /**
   * CSI VolumeSnapshots of the chart's claims on a schedule with a retention (snapscheduler's SnapshotSchedule in the
   * chart's namespace, the cloud's VolumeSnapshotClass): for volumes no other pod can mount while their workload runs
   * (ReadWriteOnce claims of per-user servers). The snapshots stay in the cloud's disk-snapshot store. @default none
   */
  readonly volumeSnapshots?: VolumeSnapshotPolicy;
}

/** Node add-ons a cloud may run itself. */
export type CloudAddOn = 'nvidia-device-plugin';

/** Software run by an operator from custom resources (Kafka, Ray, Temporal). */
export interface OperatedComponent<S extends object = object> extends ComponentBase {
  readonly kind: 'operated';
  /** The chart component (operator) that reconciles it. */
  readonly operator: string;
  /** Custom resource kinds that describe it (group/Kind). */
  readonly resources: readonly string[];
  readonly stateful: boolean;
  /** Its pods call the Kubernetes API server (spawners, executors): opens egress to it. */
  readonly callsKubernetesApi?: boolean;
  /** Services the operator creates that clients connect to (operators name them their own way). @default none */
  readonly services?: readonly ComponentService[];
  /** Egress outside the cluster (the target's object storage for backups). */
  readonly externalEgress?: readonly ExternalEgress[];
  /** Secrets of config/secrets.ts its custom resources and jobs read in its namespace (synced there by ESO). */
  readonly secrets?: readonly string[];
  /**
   * Replicas, resources, storage and engine settings of its custom resources, per environment
   * through overlays (Kafka and Ray size through `settings.kafka` and `settings.ray` instead).
   */
  readonly sizing: S;
  /**
   * Its backup writer is a pod of its own (a dump job), admitted on the client ports of its first Service by the
   * writer identity's label; off, the writer is the component's own pods (CloudNativePG's, Elasticsearch's). @default false
   */
  readonly backupWriterIsClient?: boolean;
}

/** A sized replica set of an operated component. */
export interface ReplicaSizing {
  readonly replicas: number;
  readonly resources: Resources;
}

/** ClickHouse servers and Keeper nodes (storage per replica). */
export interface ClickHouseSizing {
  readonly server: ReplicaSizing & { readonly storage: string };
  readonly keeper: ReplicaSizing & { readonly storage: string };
  /** Exports of every table (schema and data, Native format) copied to object storage. */
  readonly backup: DumpBackupPolicy;
}

/** The TemporalCluster: services, shard count (fixed for the cluster's lifetime) and workflow retention. */
export interface TemporalSizing {
  /** History shards; cannot change after the cluster is created. */
  readonly historyShards: number;
  /** Retention of closed workflows in the platform's Temporal namespaces (Go duration, e.g. `720h`). */
  readonly retention: string;
  readonly resources: Resources;
}

/**
 * Backups of a stateful data service: when they run and how long they are kept. Where they go is
 * the target's object storage (lib/clouds `backupLocation`), written by the service's own
 * `backup-write` identity (config/identities.ts).
 */
export interface BackupPolicy {
  /** Cron schedule in UTC, five fields (`0 2 * * *`). */
  readonly schedule: string;
  /** Days a backup is kept before it is deleted. */
  readonly retentionDays: number;
}

/** A backup policy whose job stages a dump before the upload (ObjectStorageDump). */
export interface DumpBackupPolicy extends BackupPolicy {
  /**
   * Size of the volume the dump is staged on (a Kubernetes quantity, `50Gi`): a claim of the target's storage class
   * that lives as long as the job's pod, so a large dump cannot fill the node's disk. At least the largest dump.
   */
  readonly scratch: string;
}

/**
 * The backup policy of a chart or service component, whose dump job is a pod of its own (the
 * `<name>-backup` identity's): the NetworkPolicies let that pod reach the component's ports.
 */
export interface ServiceBackupPolicy extends BackupPolicy {
  /**
   * Port of the dump pod the service itself connects to, to push its data (Dgraph's export to an S3
   * endpoint): the NetworkPolicies open it from the component's pods to the dump pod. @default none
   */
  readonly receivePort?: number;
  /** Resources of the dump job's containers. @default 100m/256Mi requests, 1/1Gi limits (ObjectStorageDump) */
  readonly resources?: Resources;
  /** Size of the volume a dump job stages its dump on (DumpBackupPolicy `scratch`); required by dump jobs, unused by mirrors. @default none */
  readonly scratch?: string;
}

/** A label selector over PersistentVolumeClaims (metav1.LabelSelector: every term must hold). */
export interface ClaimSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: ReadonlyArray<{
    readonly key: string;
    readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    readonly values?: readonly string[];
  }>;
}

/**
 * Scheduled CSI snapshots of a component's claims: `schedule` (cron, UTC) and `retentionDays` as for
 * every backup, and the claims of the component's namespace that are copied.
 */
export interface VolumeSnapshotPolicy extends BackupPolicy {
  /** The claims to snapshot, by their labels (the labels the chart and its spawner give them). */
  readonly claimSelector: ClaimSelector;
}

/** The CloudNativePG cluster: instances (one primary, the rest streaming replicas), storage and backups. */
export interface PostgresSizing {
  readonly instances: number;
  /** Data volume per instance. */
  readonly storage: string;
  /** Separate WAL volume per instance. */
  readonly walStorage: string;
  readonly resources: Resources;
  /** `max_connections` of every instance (HikariCP pools of every service add up). */
  readonly maxConnections: number;
  /**
   * Connections kept for the clients outside the Spring Boot pools (charts with their own pools, the operator,
   * superuser slots): the pools at their replica maxima get `maxConnections` less these (lib/model/datasource.ts).
   */
  readonly reservedConnections: number;
  /** Base backups on this schedule; WAL is archived continuously, so recovery reaches any point in the retention window. */
  readonly backup: BackupPolicy;
  /**
   * Set to recover the cluster from its backups (README "Backups and restore"): a Cluster created
   * with this bootstraps from the archive of `fromServerName` up to `targetTime` (or its end) and
   * archives its own new timeline as `archiveServerName`. Only read when the Cluster is created.
   * @default initdb: a new, empty cluster
   */
  readonly restore?: PostgresRestore | null;
}

/** Point-in-time recovery of the PostgreSQL cluster from its object-storage archive. */
export interface PostgresRestore {
  /** Server name the backups were archived under (the Cluster's name, or a previous `archiveServerName`). */
  readonly fromServerName: string;
  /** Archive name of the recovered cluster's new timeline; must differ from `fromServerName`. */
  readonly archiveServerName: string;
  /** Recover up to this time (RFC 3339 with offset, `2026-09-01T10:00:00Z`); @default the end of the archive. */
  readonly targetTime?: string;
}

/** Redis primary with replicas, watched by Sentinels. */
export interface RedisSizing {
  /** Redis pods: one primary, the rest replicas. */
  readonly replicas: number;
  /** Sentinel pods; odd for a quorum. */
  readonly sentinels: number;
  readonly storage: string;
  readonly resources: Resources;
  readonly sentinelResources: Resources;
  /** RDB snapshots copied to object storage. */
  readonly backup: DumpBackupPolicy;
}

/** The Elasticsearch cluster (every node master-eligible and data). */
export interface ElasticsearchSizing {
  readonly nodes: number;
  readonly storage: string;
  readonly resources: Resources;
  /** Snapshots by snapshot lifecycle management to the object-storage repository. */
  readonly backup: BackupPolicy;
}

/** The MongoDB replica set. */
export interface MongoSizing {
  readonly members: number;
  readonly storage: string;
  readonly resources: Resources;
  /** mongodump archives copied to object storage. */
  readonly backup: DumpBackupPolicy;
}

/** The Spark Connect server (driver) and its executors (Spark sizes: `4g`). */
export interface SparkConnectSizing {
  readonly server: { readonly cores: number; readonly memory: string; readonly resources: Resources };
  readonly executor: { readonly instances: number; readonly cores: number; readonly memory: string };
}

/** The Flink session cluster behind the SQL gateway (Flink sizes: `2048m`). */
export interface FlinkSizing {
  readonly jobManager: { readonly cpu: number; readonly memory: string };
  readonly taskManager: {
    readonly cpu: number;
    readonly memory: string;
    readonly slots: number;
    readonly min: number;
    readonly max: number;
  };
  readonly checkpointIntervalSeconds: number;
}

export type Component = ServiceComponent | ChartComponent | OperatedComponent;

export interface KafkaTopic {
  readonly name: string;
  /** Partitions in prod; dev uses the environment's default partition count. */
  readonly partitions: number;
  readonly source: string;
}

/** The Kafka component's own sizing (the cluster sizes through `settings.kafka`): its nightly topic dump. */
export interface KafkaComponentSizing {
  readonly backup: ServiceBackupPolicy;
}

export interface KafkaSizing {
  readonly brokers: number;
  readonly controllers: number;
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  readonly defaultPartitions: number;
  readonly retentionHours: number;
  /** Plain 9092 listener (dev only); TLS 9093 is always on. */
  readonly plainListener: boolean;
  /** Cap each topic's declared partition count at `defaultPartitions` (small clusters), never raising a smaller one. */
  readonly capTopicPartitions: boolean;
  readonly brokerStorage: string;
  readonly brokerResources: Resources;
}

export interface RaySizing {
  readonly head: Resources;
  readonly cpuWorkers: { readonly minReplicas: number; readonly maxReplicas: number; readonly resources: Resources } | null;
  readonly gpuWorkers: { readonly minReplicas: number; readonly maxReplicas: number; readonly resources: Resources } | null;
}

/** Settings an environment overlay may change besides components. */
export interface EnvironmentSettings {
  readonly name: EnvironmentName;
  /** Base domain for hosts; per-target domains come from the target. */
  readonly certificateIssuer: 'letsencrypt-staging-dns01' | 'letsencrypt-prod-dns01';
  /** Where secret values come from: a developer-filled store or the cloud vault. */
  readonly secretsSource: 'dev-generated' | 'cloud-vault';
  readonly kafka: KafkaSizing;
  readonly ray: RaySizing;
  /**
   * HikariCP pool size of each Spring Boot service's PostgreSQL datasource (fact sheet, PostgreSQL row):
   * its SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE (lib/model/datasource.ts).
   */
  readonly dbPoolSize: number;
  /** Refresh interval of ExternalSecrets. */
  readonly secretRefreshInterval: string;
  /** Settings of the cloud stacks (cdktf) that differ by environment. */
  readonly cloud: CloudSettings;
  /** How the target's tenants are spread over clusters (placement, shards, shared clusters). */
  readonly tenancy: TenancySettings;
}

/**
 * The fleet of a target: shared tenants are split into virtual shards (`hash(slug) mod
 * virtualShards`, or the tenant's pinned `shard`), each shard is one Argo CD Application on one
 * shared cluster; dedicated tenants get a cluster of their own. Per environment (overlays) and per
 * target (`config/overrides/<target>.yaml`).
 */
export interface TenancySettings {
  /** Every tenant is placed shared, whatever its tier or its own placement (dev: one small cluster). */
  readonly forceShared: boolean;
  /**
   * Number of virtual shards of the target's shared tenants. Fixed for the target's lifetime:
   * changing it moves tenants between shards (the diff reports each move).
   */
  readonly virtualShards: number;
  /** The most objects one Argo CD Application may own; the gate fails a shard Application above it. */
  readonly maxObjectsPerApplication: number;
  /**
   * How far the tier quotas (requests) of the tenants placed on a node pool may exceed what the pool
   * offers at its maximum size (quotas are ceilings, rarely all used at once): the scheduling rule
   * warns beyond it against the room the platform's pods leave, the fleet plan refuses a cluster
   * beyond it against the pool's whole allocatable. @default TENANT_OVERCOMMIT_RATIO (config/tenancy.ts)
   */
  readonly quotaOvercommit: number;
  /** Shared clusters besides the platform cluster, each hosting the shards it lists; the platform cluster hosts the rest. */
  readonly sharedClusters: readonly SharedClusterSpec[];
  /** Where member clusters' (dedicated and shared) address blocks are carved from: one `/blockPrefix` per cluster. */
  readonly memberNetwork: { readonly supernet: string; readonly blockPrefix: number };
}

/** A shared cluster of a target besides the platform cluster: its own stack `<target>-<name>` and folder `dist/<target>-<name>/`. */
interface SharedClusterSpec {
  /** DNS label; the cluster is `<target>-<name>`. */
  readonly name: string;
  /** Virtual shards it hosts: numbers or inclusive ranges such as `"32-63"`. */
  readonly shards: readonly (number | string)[];
  /** Address block index inside `memberNetwork.supernet`. @default a hash of the name */
  readonly networkSlot?: number;
  /** Node pools that differ from the target's (machine type, maximum), by pool name. @default the target's pools */
  readonly pools?: Readonly<Partial<Record<NodePoolName, { readonly machineType?: string; readonly max?: number }>>>;
}

/** Environment-dependent settings of the cloud stacks; each cloud reads its own block. */
export interface CloudSettings {
  /** Cloud-side deletion protection and `prevent_destroy` on clusters and stateful resources. */
  readonly deletionProtection: boolean;
  /**
   * Exception to private-by-default: the cluster API server keeps a public endpoint, reachable only
   * from the target's `cluster.authorizedCidrs` (an error without them). Off: the API server has a
   * private endpoint only (AKS private cluster, EKS private access only, GKE private endpoint).
   * Vaults, storage and cloud APIs stay private either way.
   */
  readonly publicApiEndpoint: boolean;
  readonly azure: {
    /** AKS control-plane tier (the uptime SLA needs Standard). */
    readonly aksSkuTier: 'Free' | 'Standard' | 'Premium';
    /** Retention of the Log Analytics workspace (control-plane logs and Container Insights). */
    readonly logRetentionDays: number;
    /** Replication of the platform storage account. */
    readonly storageReplication: 'LRS' | 'ZRS' | 'GRS' | 'GZRS';
  };
  readonly aws: {
    /** Retention of the EKS control-plane and Container Insights log groups. */
    readonly logRetentionDays: number;
  };
  readonly gcp: {
    /** Retention of the project's `_Default` Cloud Logging bucket, where GKE system and workload logs land. */
    readonly logRetentionDays: number;
  };
}

/** The whole overlayable platform: components plus environment settings. */
export interface PlatformSpec {
  readonly settings: EnvironmentSettings;
  readonly components: Readonly<Record<string, Component>>;
}

export interface NodePoolSpec {
  readonly name: NodePoolName;
  /** Cloud machine type (VM size, instance type, machine type): a key of config/machine-types.ts for the cloud. */
  readonly machineType: string;
  /** Autoscaling bounds (nodes in the whole pool, across its zones). */
  readonly min: number;
  readonly max: number;
  /** Zones the pool spreads over: `1` on Azure, `eu-west-1a` on AWS, `europe-west4-a` on GCP. */
  readonly zones: readonly string[];
  /** Labels our stacks put on every node of the pool (the cloud adds its own: lib/clouds, `nodes`). */
  readonly labels: Readonly<Record<string, string>>;
  /** Taints our stacks put on every node of the pool (the cloud may add its own: lib/clouds, `nodes`). */
  readonly taints: readonly Taint[];
  /**
   * Reserved for the cloud's own critical add-ons: on AKS the default pool with
   * `only_critical_addons_enabled`, which AKS taints `CriticalAddonsOnly=true:NoSchedule` itself.
   * @default false
   */
  readonly criticalAddonsOnly?: boolean;
  /** GPUs per node, for the gpu pool. */
  readonly gpu?: { readonly type: string; readonly count: number };
}

export interface AzureTarget {
  readonly cloud: 'azure';
  readonly subscriptionId: string;
  readonly tenantId: string;
  readonly location: string;
  readonly resourceGroup: string;
  readonly keyVaultName: string;
  readonly storageAccountName: string;
  readonly acrName: string;
  readonly state: { readonly resourceGroup: string; readonly storageAccount: string; readonly container: string };
}

export interface AwsTarget {
  readonly cloud: 'aws';
  readonly accountId: string;
  readonly region: string;
  readonly bucketName: string;
  readonly state: { readonly bucket: string; readonly region: string };
}

export interface GcpTarget {
  readonly cloud: 'gcp';
  readonly projectId: string;
  readonly region: string;
  readonly bucketName: string;
  readonly state: { readonly bucket: string };
  /**
   * Where member clusters' projects are created (each member cluster gets a project of its own:
   * GKE workload identity is per project). Needed as soon as the target has a member cluster.
   */
  readonly memberProjects?: { readonly folderId: string; readonly billingAccount: string };
}

export interface TargetSpec {
  /** `<env>-<cloud>`: the dist/ folder and the cdktf stack name. */
  readonly name: string;
  readonly environment: EnvironmentName;
  /** DNS zone for the target; hosts are `api.<domain>`, tenants `<slug>.<domain>`. */
  readonly domain: string;
  /** ACME account e-mail for cert-manager. */
  readonly acmeEmail: string;
  readonly cluster: {
    readonly name: string;
    readonly kubernetesVersion: string;
    /**
     * CIDRs allowed to reach the public API endpoint, used only where the environment keeps one
     * (`settings.cloud.publicApiEndpoint`); a private endpoint ignores them. Never `0.0.0.0/0`.
     */
    readonly authorizedCidrs: readonly string[];
    readonly vnetCidr: string;
    readonly nodeCidr: string;
    readonly podCidr: string;
    readonly serviceCidr: string;
    readonly dnsServiceIp: string;
    /** GKE private control-plane range. */
    readonly masterCidr: string;
    /** AKS: delegated subnet that gives the API server a private address in the VNet (VNet integration). */
    readonly apiServerCidr: string;
    /**
     * Private endpoints of cloud services (Azure private endpoints of vaults and storage, AWS
     * interface endpoints): inside vnetCidr, outside every other range, so workloads reach them on
     * private addresses the network policies' cluster-network egress already names.
     */
    readonly privateEndpointCidr: string;
    /**
     * Where the platform cluster exposes its control-plane endpoints to member clusters of its fleet
     * (internal load balancer addresses): inside nodeCidr, outside the addresses nodes take.
     */
    readonly fleetEndpointCidr: string;
    readonly nodePools: readonly NodePoolSpec[];
  };
  readonly provider: AzureTarget | AwsTarget | GcpTarget;
  /** Storage class for persistent volumes on this cloud. */
  readonly storageClass: string;
  readonly costCenter: string;
}

export interface TenantQuota {
  readonly requestsCpu: string;
  readonly requestsMemory: string;
  readonly limitsCpu: string;
  readonly limitsMemory: string;
  readonly pods: number;
  readonly services: number;
  readonly persistentVolumeClaims: number;
  readonly requestsStorage: string;
}

export interface Tenant {
  readonly slug: string;
  readonly tier: Tier;
  readonly targets: readonly string[];
  readonly displayName?: string;
  /** Identity-provider group given admin within the tenant namespace. */
  readonly ownerGroup: string;
  /** Resolved quota (tier default, or the tenant's own for ENTERPRISE). */
  readonly quota: TenantQuota;
  /** The tenant's own placement. @default by tier (config/tenancy.ts TIER_PLACEMENT) */
  readonly placement?: Placement;
  /** Placement per environment, over `placement`. @default none */
  readonly placementByEnvironment?: Readonly<Partial<Record<EnvironmentName, Placement>>>;
  /** Pinned virtual shard (when shared). @default hash of the slug */
  readonly shard?: number;
  /** Pinned address block of its dedicated cluster. @default hash of the slug */
  readonly networkSlot?: number;
  /** The location the tenant is leaving: kept, protected, until `retired`. @default none */
  readonly movedFrom?: TenantLocation & { readonly retired: boolean };
}

/** Where a tenant was placed: shared (in a shard) or dedicated. */
interface TenantLocation {
  readonly placement: Placement;
  /** The shard it was in, when shared. @default the tenant's current shard */
  readonly shard?: number;
}

/** Everything one target renders from: the merged spec plus target and tenants. */
export interface ResolvedTarget {
  readonly target: TargetSpec;
  readonly settings: EnvironmentSettings;
  readonly components: Readonly<Record<string, Component>>;
  readonly tenants: readonly Tenant[];
  readonly topics: readonly KafkaTopic[];
  /**
   * Cloud workload identities of config/identities.ts, keyed by identity name: the ServiceAccount
   * annotations and pod labels that bind a ServiceAccount to its cloud identity on this target.
   */
  readonly identities: Readonly<Record<string, ResolvedIdentity>>;
  /**
   * This cluster's place in its target's fleet (platform cluster or member cluster).
   * @default a platform cluster without members, tenants in their hash shards (lib/model/fleet.ts fleetOf)
   */
  readonly fleet?: ClusterFleet;
}

/** A cluster of a target's fleet other than the platform cluster. */
export interface FleetMember {
  /** `<target>-<member>`: its dist folder, cdktf stack and Argo CD cluster name. */
  readonly name: string;
  readonly kind: 'dedicated' | 'shared';
  /** The tenant's slug (dedicated) or the shared cluster's name. */
  readonly member: string;
  /** The tenant of a dedicated cluster, with its request quota (its cluster is sized for it). */
  readonly tenant?: { readonly slug: string; readonly tier: Tier; readonly requests: { readonly cpu: string; readonly memory: string } };
  /** Index of its address block in `settings.tenancy.memberNetwork.supernet`. */
  readonly slot: number;
  /** Its address block: every range of the cluster lies inside. */
  readonly block: string;
}

/** A control-plane service of the platform cluster that member clusters reach over the fleet's network path. */
export interface FleetEndpoint {
  readonly component: string;
  readonly namespace: PlatformNamespace;
  readonly port: NamedPort;
  /** Node pool its pods run on (where a load balancer outside the cluster forwards to). */
  readonly nodePool: NodePoolName;
  /** Addresses of the platform's internal load balancer for it (cloud profile `fleetGateway`). */
  readonly addresses: readonly string[];
}

export interface ClusterFleet {
  readonly role: 'platform' | 'dedicated' | 'shared';
  /** The platform cluster's target. */
  readonly platform: string;
  /** Tenants are `<slug>.<tenantDomain>` on every cluster of the fleet (the platform target's domain). */
  readonly tenantDomain: string;
  /** Virtual shard of each tenant hosted here (its folder `tenants/<shard>/`). */
  readonly shards: Readonly<Record<string, number>>;
  readonly virtualShards: number;
  readonly maxObjectsPerApplication: number;
  /** Tenants kept here only while they move elsewhere (`movedFrom` not yet retired). */
  readonly retained: readonly string[];
  /** Tenants moving here while their old place is kept (their DNS zone is delegated from there until retired). @default none */
  readonly arriving?: readonly string[];
  /** For each retained tenant, the cluster it moves to (annotated on its namespace, read by `npm run diff`). @default none */
  readonly movingTo?: Readonly<Record<string, string>>;
  /** The platform: every member cluster of the target. A member: itself. */
  readonly members: readonly FleetMember[];
  /** The control-plane endpoints the platform exposes to its members (and a member reaches). */
  readonly endpoints: readonly FleetEndpoint[];
}

export interface ResolvedIdentity {
  readonly namespace: PlatformNamespace;
  readonly serviceAccount: string;
  readonly annotations: Readonly<Record<string, string>>;
  readonly podLabels: Readonly<Record<string, string>>;
}

/** How a named Kubernetes Secret is produced (by ESO from the vault, cert-manager or an operator). */
export interface SecretSpec {
  readonly name: string;
  readonly description: string;
  /** Keys the Secret holds; each is one vault entry. */
  readonly keys: readonly string[];
  /** `external-secret`: ESO from the cloud vault; `certificate`: cert-manager; `strimzi`: the Kafka operator. */
  readonly producer: 'external-secret' | 'certificate' | 'strimzi';
  /** Value shape for the dev-secrets generator. */
  readonly generate?: Readonly<Record<string, 'password' | 'hex32' | 'base64-64' | 'username' | 'placeholder'>>;
  /** Secrets whose loss breaks running pods keep their Kubernetes Secret when the ExternalSecret is deleted. */
  readonly retainOnDelete: boolean;
  /** Shared across services (same vault entry read into several namespaces). */
  readonly shared: boolean;
}

type Primitive = string | number | boolean | bigint | symbol | undefined | null;

/**
 * What an overlay of T may contain (Helm's merge rules, lib/model/overlay.ts): any subset of T's
 * keys, deeply, with `null` to delete.
 */
export type Overlay<T> = T extends Primitive ? T : T extends readonly unknown[] ? T : { readonly [K in keyof T]?: Overlay<T[K]> | null };
