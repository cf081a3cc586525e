import type { ChartValues } from '../../imports/charts';
import type { UnvendoredChartKey } from '../chart-values';
import { NODE_POOL_LABEL, poolTolerations, type PoolToleration } from '../node-pools';
import { restrictedContainer, restrictedPod } from '../pod-security';
import type {
  ApiPermission,
  Autoscaling,
  Billing,
  ChartComponent,
  ChartIgnoreDifference,
  ChartValuesMap,
  Component,
  ComponentService,
  ExternalEgress,
  IngressRoute,
  NamedPort,
  NodePoolName,
  OperatedComponent,
  ComponentNamespace,
  PlatformNamespace,
  Resources,
  SecretUse,
  ServiceComponent,
} from '../types';

/** Platform release the first-party images are pinned to (fact sheet [PVER]). */
export const PLATFORM_VERSION = '1.3.0';
export const IMAGE_REPOSITORY_PREFIX = 'matihlabsacr.azurecr.io/matih';

/**
 * Checks every entry against `Component` and keeps each entry's own type, so a typed overlay of
 * `clickhouse` may only name ClickHouse's fields (its sizing included).
 */
export function defineComponents<T extends Record<string, Component>>(c: T): T {
  return c;
}

export function billing(costCenter: string, application: string, team: string): Billing {
  return { costCenter, application, team };
}

export function resources(reqCpu: string, reqMemory: string, limCpu: string, limMemory: string): Resources {
  return { requests: { cpu: reqCpu, memory: reqMemory }, limits: { cpu: limCpu, memory: limMemory } };
}

export function hpa(minReplicas: number, maxReplicas: number, targetCPUUtilizationPercentage = 70): Autoscaling {
  return { minReplicas, maxReplicas, targetCPUUtilizationPercentage };
}

/**
 * IngressClass of the platform ingress controller (F5 NGINX Ingress Controller, controller
 * `nginx.org/ingress-controller`). Not `nginx`: that class belonged to ingress-nginx, whose
 * IngressClass must be removable without touching the new one (docs/adr/0010-ingress-controller-successor.md).
 */
export const INGRESS_CLASS = 'platform';

// ---- in-cluster endpoints shared by several services --------------------------------------------
// One place per service: its host and port, read by every client setting below and by the operator add-ons.

/** CloudNativePG Cluster of the shared PostgreSQL; the operator names its Services `<cluster>-rw` (primary), `-ro`, `-r`. */
export const POSTGRES_CLUSTER_NAME = 'matih-pg';
export const PG_PORT = 5432;
/** The read-write Service: always the current primary, also after a failover. */
export const PG_HOST = `${POSTGRES_CLUSTER_NAME}-rw.matih-control-plane.svc.cluster.local`;

/** RedisReplication and RedisSentinel of the OT Redis operator; it names the primary's Service `<name>-master`, the Sentinels' `<name>-sentinel`. */
export const REDIS_NAME = 'redis';
export const REDIS_PORT = 6379;
export const REDIS_SENTINEL_PORT = 26379;
export const REDIS_MASTER_SET = 'mymaster';
export const REDIS_HOST = `${REDIS_NAME}-master.matih-control-plane.svc.cluster.local`;
const REDIS_SENTINEL_HOST = `${REDIS_NAME}-sentinel.matih-control-plane.svc.cluster.local`;

/** ECK Elasticsearch; the operator names its HTTP Service `<name>-es-http`. */
export const ELASTICSEARCH_NAME = 'elasticsearch';
export const ELASTICSEARCH_PORT = 9200;
export const ELASTICSEARCH_HOST = `${ELASTICSEARCH_NAME}-es-http.matih-data-plane.svc.cluster.local`;
/** In-cluster plain HTTP as before (the NetworkPolicies decide who connects); clients authenticate with basic auth. */
export const ELASTICSEARCH_URL = `http://${ELASTICSEARCH_HOST}:${ELASTICSEARCH_PORT}`;
/** The platform's file-realm user of the Elasticsearch cluster; its password is the vault entry elasticsearch-credentials. */
export const ELASTICSEARCH_USER = 'matih';
/** Client settings of a service that searches or indexes: URL and user (the password comes from ELASTICSEARCH_SECRET). */
export const ELASTICSEARCH_CONFIG: Record<string, string> = { ELASTICSEARCH_URL, ELASTICSEARCH_USERNAME: ELASTICSEARCH_USER };

/** MongoDBCommunity replica set; the operator names its Service `<name>-svc`. */
export const MONGODB_NAME = 'mongodb';
export const MONGODB_PORT = 27017;

const KAFKA_BOOTSTRAP = 'matih-kafka-kafka-bootstrap.matih-data-plane.svc.cluster.local:9093';
export const MINIO_ENDPOINT = 'http://minio.matih-data-plane.svc.cluster.local:9000';
const IAM_JWKS_URI = 'http://iam-service.matih-control-plane.svc.cluster.local:8081/.well-known/jwks.json';

export function pgConfig(database: string, runtime: 'java' | 'python'): Record<string, string> {
  const base = { DB_HOST: PG_HOST, DB_PORT: String(PG_PORT), DB_NAME: database };
  return runtime === 'java' ? { ...base, SPRING_DATASOURCE_URL: `jdbc:postgresql://${PG_HOST}:${PG_PORT}/${database}` } : base;
}

// Redis runs with Sentinel [NSCP]; clients ask the Sentinels for the primary of the master set.
export const REDIS_CONFIG: Record<string, string> = {
  REDIS_HOST,
  REDIS_PORT: String(REDIS_PORT),
  REDIS_SENTINEL_MASTER: REDIS_MASTER_SET,
  REDIS_SENTINEL_NODES: `${REDIS_SENTINEL_HOST}:${REDIS_SENTINEL_PORT}`,
};

export const KAFKA_CONFIG: Record<string, string> = {
  KAFKA_BOOTSTRAP_SERVERS: KAFKA_BOOTSTRAP,
  KAFKA_SECURITY_PROTOCOL: 'SSL',
};

export const JWT_CONFIG: Record<string, string> = { JWT_ISSUER: 'matih-iam-service', JWT_JWKS_URI: IAM_JWKS_URI };

// ---- secret uses (config/secrets.ts declares each secret and its keys) -------------------------

export const DB_SECRET: SecretUse = { secret: 'matih-db-credentials', env: { DB_USERNAME: 'username', DB_PASSWORD: 'password' } };
export const REDIS_SECRET: SecretUse = { secret: 'matih-redis-credentials', env: { REDIS_PASSWORD: 'password' } };
/** The platform's Elasticsearch user (a file-realm user of the ECK cluster). */
export const ELASTICSEARCH_SECRET: SecretUse = { secret: 'elasticsearch-credentials', env: { ELASTICSEARCH_PASSWORD: 'password' } };
export const JWT_SECRET: SecretUse = { secret: 'platform-jwt-secret', env: { JWT_SECRET: 'signing-key' } };
export const QDRANT_SECRET: SecretUse = { secret: 'qdrant-credentials', env: { QDRANT_API_KEY: 'api-key' } };
export const LLM_KEYS_SECRET: SecretUse = {
  secret: 'ai-service-llm-keys',
  env: { OPENAI_API_KEY: 'openai-api-key', ANTHROPIC_API_KEY: 'anthropic-api-key', AZURE_OPENAI_API_KEY: 'azure-openai-api-key' },
};
export const OBJECT_STORE_SECRET: SecretUse = {
  secret: 'lakehouse-s3-credentials',
  env: { AWS_ACCESS_KEY_ID: 'access-key', AWS_SECRET_ACCESS_KEY: 'secret-key' },
};

// ---- egress and Kubernetes API permissions -----------------------------------------------------

export const INTERNET = '0.0.0.0/0';
export const LLM_APIS: ExternalEgress = { name: 'llm-apis', cidrs: [INTERNET], ports: [443] };
/**
 * The target's object storage (Blob, S3, GCS) and the token exchange of its workload identity, over
 * HTTPS: public endpoints, or the private endpoints of the target's network where the cloud stack
 * puts them (the Azure storage account has no public endpoint). Only for servers that write their own
 * backups (CloudNativePG's Barman plugin, Elasticsearch snapshots): a nightly dump job reaches the storage
 * through its backup identity's policy, so the servers it copies keep no way out.
 */
export const OBJECT_STORAGE_EGRESS: ExternalEgress = { name: 'object-storage', cidrs: [INTERNET], ports: [443], privateEndpoints: true };

export const READ_WORKLOADS: readonly ApiPermission[] = [
  { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'list', 'watch'] },
];

// ---- chart value helpers -----------------------------------------------------------------------

/** nodeSelector + tolerations of a node pool, in the shape nearly every chart accepts. */
export function placement(pool: NodePoolName): { nodeSelector: Record<string, string>; tolerations: Array<Record<string, string>> } {
  // Plain records: chart values types take tolerations as free-form maps.
  return { nodeSelector: { [NODE_POOL_LABEL]: pool }, tolerations: poolTolerations(pool).map((t: PoolToleration) => ({ ...t })) };
}

/** The node-affinity form of placement() for charts that read `nodeSelectorTerms` (required affinity) instead. */
export function nodeSelectorTerms(
  pool: NodePoolName,
): Array<{ matchExpressions: Array<{ key: string; operator: 'In'; values: string[] }> }> {
  const selector = placement(pool).nodeSelector;
  return [{ matchExpressions: Object.entries(selector).map(([key, value]) => ({ key, operator: 'In', values: [value] })) }];
}

/** Pod security context for chart values (config/pod-security.ts). */
export function podSecurity(uid: number, gid = uid): ReturnType<typeof restrictedPod> {
  return restrictedPod(uid, gid);
}

/** Container security context for chart values (config/pod-security.ts). */
export function containerSecurity(uid: number, readOnlyRootFilesystem = true): ReturnType<typeof restrictedContainer> {
  return restrictedContainer(uid, uid, readOnlyRootFilesystem);
}

// ---- first-party services ----------------------------------------------------------------------

export interface ServiceOptions {
  readonly plane: ServiceComponent['plane'];
  readonly namespace: PlatformNamespace;
  readonly nodePool: NodePoolName;
  readonly description: string;
  readonly source: string;
  readonly port: number;
  readonly billing: Billing;
  readonly replicas: number;
  readonly dependsOn?: readonly string[];
  readonly metricsPort?: number;
  readonly resources?: Resources;
  readonly autoscaling?: Autoscaling | null;
  readonly pdbMinAvailable?: number;
  readonly secrets?: readonly SecretUse[];
  readonly config?: Readonly<Record<string, string>>;
  readonly kafka?: { readonly produces?: readonly string[]; readonly consumes?: readonly string[] };
  readonly ingress?: IngressRoute | null;
  readonly kubernetesApi?: readonly ApiPermission[];
  readonly externalEgress?: readonly ExternalEgress[];
  readonly writablePaths?: readonly string[];
  readonly cloudIdentity?: ServiceComponent['cloudIdentity'];
  readonly image?: ServiceComponent['image'];
  readonly enabled?: boolean;
  readonly healthPath?: string;
  readonly metricsPath?: string;
  /** Ports besides `http` (and `metrics`) that clients use. */
  readonly extraPorts?: readonly NamedPort[];
  readonly command?: readonly string[];
  readonly args?: readonly string[];
  readonly storage?: ServiceComponent['storage'];
  readonly peers?: ServiceComponent['peers'];
  readonly runAsUser?: number;
  readonly seededPaths?: readonly string[];
  readonly readinessPort?: string;
  readonly backup?: ServiceComponent['backup'];
}

interface RuntimeDefaults {
  readonly healthPath: string;
  readonly metricsPath: string;
  readonly resources: Resources;
  readonly writablePaths: readonly string[];
  readonly config: Readonly<Record<string, string>>;
}

const RUNTIME_DEFAULTS: Record<ServiceComponent['runtime'], RuntimeDefaults> = {
  java: {
    healthPath: '/api/v1/actuator/health',
    metricsPath: '/api/v1/actuator/prometheus',
    resources: resources('250m', '768Mi', '1', '1536Mi'),
    writablePaths: [],
    config: { SPRING_PROFILES_ACTIVE: 'prod', JAVA_TOOL_OPTIONS: '-XX:MaxRAMPercentage=75 -Djava.io.tmpdir=/tmp' },
  },
  python: {
    healthPath: '/health',
    metricsPath: '/metrics',
    resources: resources('200m', '512Mi', '1', '1Gi'),
    writablePaths: [],
    config: { ENVIRONMENT: 'production', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' },
  },
  node: {
    healthPath: '/health',
    metricsPath: '/metrics',
    resources: resources('100m', '256Mi', '500m', '512Mi'),
    writablePaths: [],
    config: { NODE_ENV: 'production' },
  },
  // Third-party Go servers rendered by the platform (Dgraph): health and metrics paths are their own.
  go: {
    healthPath: '/health',
    metricsPath: '/metrics',
    resources: resources('250m', '512Mi', '1', '1Gi'),
    writablePaths: [],
    config: {},
  },
  // Third-party JVM servers rendered by the platform (Neo4j): their own heap settings and health paths, no Spring defaults.
  jvm: {
    healthPath: '/',
    metricsPath: '',
    resources: resources('500m', '1Gi', '1', '2Gi'),
    writablePaths: [],
    config: {},
  },
  // Static frontends: nginx-unprivileged serves /healthz on the app port; it exports no metrics, so metricsPath is empty.
  static: {
    healthPath: '/healthz',
    metricsPath: '',
    resources: resources('50m', '64Mi', '200m', '128Mi'),
    writablePaths: ['/var/cache/nginx', '/var/run'],
    config: {},
  },
};

/** The IAM service, whose JWKS endpoint every service that validates platform JWTs reads (JWT_JWKS_URI). */
const IAM_SERVICE = 'iam-service';

function service(name: string, runtime: ServiceComponent['runtime'], o: ServiceOptions): ServiceComponent {
  const d = RUNTIME_DEFAULTS[runtime];
  // Fetching the JWKS is a connection to iam-service like any other: it needs the edge (and its NetworkPolicy).
  const dependsOn = o.dependsOn ?? [];
  const readsJwks = o.config?.JWT_JWKS_URI !== undefined && name !== IAM_SERVICE && !dependsOn.includes(IAM_SERVICE);
  const ports: NamedPort[] = [{ name: 'http', port: o.port }];
  if (o.metricsPort !== undefined) ports.push({ name: 'metrics', port: o.metricsPort });
  ports.push(...(o.extraPorts ?? []));
  return {
    kind: 'service',
    enabled: o.enabled ?? true,
    namespace: o.namespace,
    nodePool: o.nodePool,
    description: o.description,
    source: o.source,
    ports,
    podSelector: { 'app.kubernetes.io/name': name },
    dependsOn: readsJwks ? [...dependsOn, IAM_SERVICE] : dependsOn,
    billing: o.billing,
    plane: o.plane,
    runtime,
    image: o.image ?? { repository: `${IMAGE_REPOSITORY_PREFIX}/${name}`, tag: PLATFORM_VERSION },
    port: o.port,
    ...(o.metricsPort !== undefined ? { metricsPort: o.metricsPort } : {}),
    metricsPath: o.metricsPath ?? d.metricsPath,
    healthPath: o.healthPath ?? d.healthPath,
    replicas: o.replicas,
    resources: o.resources ?? d.resources,
    ...(o.autoscaling !== undefined ? { autoscaling: o.autoscaling } : {}),
    ...(o.pdbMinAvailable !== undefined ? { pdbMinAvailable: o.pdbMinAvailable } : {}),
    secrets: o.secrets ?? [],
    config: { ...d.config, ...(o.config ?? {}) },
    kafka: { produces: o.kafka?.produces ?? [], consumes: o.kafka?.consumes ?? [] },
    ...(o.ingress !== undefined ? { ingress: o.ingress } : {}),
    ...(o.kubernetesApi !== undefined ? { kubernetesApi: o.kubernetesApi } : {}),
    externalEgress: o.externalEgress ?? [],
    writablePaths: [...d.writablePaths, ...(o.writablePaths ?? [])],
    ...(o.cloudIdentity !== undefined ? { cloudIdentity: o.cloudIdentity } : {}),
    ...(o.command !== undefined ? { command: o.command } : {}),
    ...(o.args !== undefined ? { args: o.args } : {}),
    ...(o.storage !== undefined ? { storage: o.storage } : {}),
    ...(o.peers !== undefined ? { peers: o.peers } : {}),
    ...(o.runAsUser !== undefined ? { runAsUser: o.runAsUser } : {}),
    ...(o.seededPaths !== undefined ? { seededPaths: o.seededPaths } : {}),
    ...(o.readinessPort !== undefined ? { readinessPort: o.readinessPort } : {}),
    ...(o.backup !== undefined ? { backup: o.backup } : {}),
  };
}

export const javaService = (name: string, o: ServiceOptions): ServiceComponent => service(name, 'java', o);
export const pythonService = (name: string, o: ServiceOptions): ServiceComponent => service(name, 'python', o);
export const nodeService = (name: string, o: ServiceOptions): ServiceComponent => service(name, 'node', o);
export const goService = (name: string, o: ServiceOptions): ServiceComponent => service(name, 'go', o);
export const jvmService = (name: string, o: ServiceOptions): ServiceComponent => service(name, 'jvm', o);

/** A static React/Vite frontend served by nginx-unprivileged in matih-frontend. */
export function frontend(
  name: string,
  o: Pick<ServiceOptions, 'description' | 'source' | 'port'> & Partial<ServiceOptions>,
): ServiceComponent {
  return service(name, 'static', {
    plane: 'frontend',
    namespace: 'matih-frontend',
    nodePool: 'ctrlplane', // frontends share the control-plane pool: small, always-on, next to the gateway
    billing: billing('CC-FE', name, 'frontend'),
    replicas: 2,
    dependsOn: ['api-gateway'],
    ...o,
  });
}

// ---- upstream charts and operator-run software -------------------------------------------------

/** `<chart>@<version>` of every vendored chart version (imports/charts, generated by `npm run import -- --charts`). */
type VendoredChartKey = keyof ChartValues;

/** A chart version with no vendored files and no exception in config/chart-values.ts: its values cannot be typed. */
interface NotVendored<K extends string> {
  readonly 'no vendored values for this chart version (vendor it and run npm run import -- --charts, or add an exception to config/chart-values.ts)': K;
}

/** The values type of chart `N` at version `V`, generated from the chart's own files (imports/charts). */
export type ChartValuesOf<N extends string, V extends string> = `${N}@${V}` extends VendoredChartKey
  ? ChartValues[`${N}@${V}`]
  : `${N}@${V}` extends UnvendoredChartKey
    ? ChartValuesMap
    : NotVendored<`${N}@${V}`>;

type Leaf = string | number | boolean | bigint | symbol | null | undefined | readonly unknown[];
type MapPart<T> = Exclude<NonNullable<T>, Leaf>;
type Depth = [never, 0, 1, 2];
/**
 * Dotted paths of the keys of `A` that the values type `T` does not declare, down to `D` levels. Object literals are
 * excess-checked by the compiler anyway; this also catches keys that arrive through a spread (`...placement('system')`
 * where the chart reads no top-level nodeSelector), which sit at the top or a map or two down: deeper costs compile time.
 */
type UndeclaredKeys<T, A, P extends string = '', D extends number = 3> = [D] extends [never]
  ? never
  : unknown extends T
    ? never
    : A extends Leaf
      ? never
      : string extends keyof A
        ? never
        : {
            [K in keyof A & string]: K extends keyof MapPart<T> ? UndeclaredKeys<MapPart<T>[K], A[K], `${P}${K}.`, Depth[D]> : `${P}${K}`;
          }[keyof A & string];

/** Requires `A` to set no key its chart version does not declare; the error names the keys. */
type OnlyDeclaredKeys<T, A> = [UndeclaredKeys<T, A>] extends [never]
  ? unknown
  : { readonly 'values keys the chart does not read': UndeclaredKeys<T, A> };

interface ChartOptions<N extends string = string, V extends string = string, A = ChartValuesMap> {
  readonly category: ChartComponent['category'];
  /** Repository, chart name and exact version; name and version select the values type. */
  readonly chart: { readonly repoURL: string; readonly name: N; readonly version: V };
  readonly namespace: ComponentNamespace;
  readonly nodePool: NodePoolName;
  readonly description: string;
  readonly source: string;
  readonly ports: readonly NamedPort[];
  readonly podSelector: Readonly<Record<string, string>>;
  readonly billing: Billing;
  /** Values of the chart version: a key the chart does not declare is a compile error. */
  readonly values: A;
  readonly dependsOn?: readonly string[];
  readonly stateful?: boolean;
  readonly providesKinds?: readonly string[];
  readonly releaseName?: string;
  /** @default validated (ChartComponent.skipSchemaValidation) */
  readonly skipSchemaValidation?: string;
  /** @default podLabels (ChartComponent.podLabelsKey) */
  readonly podLabelsKey?: string;
  /** @default no restart hash (ChartComponent.restartOnValuesChange) */
  readonly restartOnValuesChange?: string;
  /** @default none (ChartComponent.ignoreDifferences) */
  readonly ignoreDifferences?: readonly ChartIgnoreDifference[];
  readonly enabled?: boolean;
  readonly callsKubernetesApi?: boolean;
  /** Installed only where the target's cloud does not provide it (ChartComponent.cloudAddOn). @default everywhere */
  readonly cloudAddOn?: ChartComponent['cloudAddOn'];
  /** Services the chart creates that clients connect to (ChartComponent.services). @default the release's Service */
  readonly services?: readonly ComponentService[];
  /** @default none (ChartComponent.backup) */
  readonly backup?: ChartComponent['backup'];
  /** @default none (ChartComponent.volumeSnapshots) */
  readonly volumeSnapshots?: ChartComponent['volumeSnapshots'];
}

/** The component of chart options, untyped: the typed entry points below check the options, this only copies them. */
function chartComponent(o: ChartOptions): ChartComponent {
  return {
    kind: 'chart',
    enabled: o.enabled ?? true,
    namespace: o.namespace,
    nodePool: o.nodePool,
    description: o.description,
    source: o.source,
    ports: o.ports,
    podSelector: o.podSelector,
    dependsOn: o.dependsOn ?? [],
    billing: o.billing,
    category: o.category,
    chart: o.chart,
    ...(o.releaseName !== undefined ? { releaseName: o.releaseName } : {}),
    ...(o.podLabelsKey !== undefined ? { podLabelsKey: o.podLabelsKey } : {}),
    ...(o.restartOnValuesChange !== undefined ? { restartOnValuesChange: o.restartOnValuesChange } : {}),
    ...(o.skipSchemaValidation !== undefined ? { skipSchemaValidation: o.skipSchemaValidation } : {}),
    ...(o.ignoreDifferences !== undefined ? { ignoreDifferences: o.ignoreDifferences } : {}),
    values: o.values,
    stateful: o.stateful ?? false,
    providesKinds: o.providesKinds ?? [],
    ...(o.callsKubernetesApi ? { callsKubernetesApi: true } : {}),
    ...(o.cloudAddOn ? { cloudAddOn: o.cloudAddOn } : {}),
    ...(o.services !== undefined ? { services: o.services } : {}),
    ...(o.backup !== undefined ? { backup: o.backup } : {}),
    ...(o.volumeSnapshots !== undefined ? { volumeSnapshots: o.volumeSnapshots } : {}),
  };
}

/**
 * A chart component whose values are typed by its chart version. The checks happen at the call site (where N, V and
 * A are known); inside, the options are copied untyped: relating the generic values types to each other in a function
 * body would make the compiler expand every chart's values type (measured: several times the whole typecheck).
 */
export function helmChart<N extends string, V extends string, A extends ChartValuesOf<N, V>>(
  o: ChartOptions<N, V, A> & OnlyDeclaredKeys<ChartValuesOf<N, V>, A>,
): ChartComponent<ChartValuesOf<N, V>> {
  return chartComponent(o as never) as never;
}

/**
 * The component of a family of charts (operators, data, observability, ML) that fixes some options. Each family's
 * typed entry point checks `o` (FamilyChartOptions) and casts the result (see helmChart for why the copy is untyped).
 */
export function familyChart(fixed: Pick<ChartOptions, 'category' | 'namespace' | 'nodePool' | 'billing'>, o: object): ChartComponent {
  return chartComponent({ ...fixed, ...o } as ChartOptions);
}

/** Software an operator runs from custom resources; `sizing` is what its resources are sized by (none for Kafka and Ray: settings size them). */
export function operated<S extends object = Record<string, never>>(
  o: Omit<OperatedComponent<S>, 'kind' | 'enabled' | 'dependsOn' | 'sizing'> & {
    enabled?: boolean;
    dependsOn?: readonly string[];
    sizing?: S;
  },
): OperatedComponent<S> {
  return { kind: 'operated', ...o, enabled: o.enabled ?? true, dependsOn: o.dependsOn ?? [], sizing: o.sizing ?? ({} as S) };
}

/** Chart options with the fields a family of charts fixes left out (and optionally overridden). */
export type FamilyChartOptions<N extends string, V extends string, A, Fixed extends keyof ChartOptions> = Omit<
  ChartOptions,
  Fixed | 'chart' | 'values'
> &
  Partial<Pick<ChartOptions, Fixed>> &
  Pick<ChartOptions<N, V, A>, 'chart' | 'values'> &
  OnlyDeclaredKeys<ChartValuesOf<N, V>, A>;

/**
 * Operators and cluster add-ons: matih-system, the untainted platform pool (docs/adr: where platform
 * add-ons run), platform cost centre. Placement and resources go where each chart reads them (its
 * values type says where, and config/chart-pods.ts maps them for the scheduling rule), so none is implied here.
 */
export function operatorChart<N extends string, V extends string, A extends ChartValuesOf<N, V>>(
  name: string,
  o: FamilyChartOptions<N, V, A, 'category' | 'namespace' | 'nodePool' | 'billing'>,
): ChartComponent<ChartValuesOf<N, V>> {
  return familyChart(
    {
      category: 'operator',
      namespace: 'matih-system',
      nodePool: 'platform',
      billing: billing('CC-PLATFORM', name, 'platform-engineering'),
    },
    o,
  ) as never;
}
