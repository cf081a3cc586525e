/**
 * Pinned facts about the shipped model: what the platform's documents (the fact sheet) say, written
 * out independently of the catalog, so changing one is a visible, deliberate edit here too.
 */
import { COMPONENTS } from '../../config/components';
import { loadPlatform, resolveSpec } from '../../lib/model/load';
import { TARGETS } from '../../config/targets';
import { PLATFORM_NAMESPACES } from '../../config/types';
import { POD_SECURITY_EXCEPTIONS } from '../../config/namespaces';

/**
 * Every component the fact sheet names (§3.1-§3.7), written out independently of the catalog so a
 * dropped or renamed entry fails here.
 */
const FACT_SHEET_COMPONENTS = [
  // §3.1 control plane
  'api-gateway',
  'iam-service',
  'tenant-service',
  'platform-registry',
  'notification-service',
  'audit-service',
  'billing-service',
  'observability-api',
  'infrastructure-service',
  'config-service',
  // §3.2 data plane
  'query-engine',
  'catalog-service',
  'semantic-layer',
  'bi-service',
  'pipeline-service',
  'data-plane-agent',
  'ai-service',
  'ml-service',
  'data-quality-service',
  'ontology-service',
  'governance-service',
  'ops-agent-service',
  'auth-proxy',
  'render-service',
  'embeddings-service',
  // §3.3 frontends
  'bi-workbench',
  'ml-workbench',
  'data-workbench',
  'agentic-workbench',
  'control-plane-ui',
  'data-plane-ui',
  'ops-workbench',
  'onboarding-wizard',
  // §3.4 data infrastructure
  'postgresql',
  'redis',
  'kafka',
  'trino',
  'elasticsearch',
  'minio',
  'qdrant',
  'neo4j',
  'dgraph',
  'clickhouse',
  'starrocks',
  'mongodb',
  'chromadb',
  'polaris',
  'hive-metastore',
  'airflow',
  'openmetadata',
  'temporal',
  // §3.5 ML infrastructure
  'ray',
  'mlflow',
  'feast',
  'vllm',
  'triton',
  'jupyterhub',
  'ollama',
  // §3.6 operators and utilities
  'cert-manager',
  'external-secrets',
  'strimzi-kafka-operator',
  'kuberay-operator',
  'temporal-operator',
  'crossplane',
  // The fact sheet's ingress-nginx [NSING] is succeeded by F5's NGINX Ingress Controller (docs/adr/0010-ingress-controller-successor.md).
  'nginx-ingress',
  'external-dns',
  'keda',
  'clickhouse-operator',
  'spark-operator',
  'flink-operator',
  // §3.7 observability
  'kube-prometheus-stack',
  'grafana',
  'loki',
  'tempo',
  'opentelemetry-collector',
];

describe('component catalog', () => {
  it('holds every component the fact sheet names, and at least 55', () => {
    const missing = FACT_SHEET_COMPONENTS.filter((name) => !(name in COMPONENTS));
    expect(missing).toEqual([]);
    expect(Object.keys(COMPONENTS).length).toBeGreaterThanOrEqual(55);
  });

  it('places every component in one of the seven platform namespaces (node agents in their own, with a recorded exception)', () => {
    const outside = Object.entries(COMPONENTS).filter(([, c]) => !(PLATFORM_NAMESPACES as readonly string[]).includes(c.namespace));
    expect(outside.map(([name]) => name)).toEqual(['nvidia-device-plugin']);
    for (const [, c] of outside) expect(POD_SECURITY_EXCEPTIONS.map((e) => e.namespace)).toContain(c.namespace);
    expect(PLATFORM_NAMESPACES).toHaveLength(7);
  });

  it('uses the canonical port registry, not the 8080-for-everything variant', () => {
    const port = (name: string) => {
      const c = COMPONENTS[name as keyof typeof COMPONENTS];
      return c.kind === 'service' ? c.port : undefined;
    };
    expect([port('api-gateway'), port('iam-service'), port('tenant-service'), port('config-service')]).toEqual([8080, 8081, 8082, 8888]);
    expect([port('ai-service'), port('render-service'), port('embeddings-service')]).toEqual([8000, 8098, 8213]);
  });

  it('pins every image and chart', () => {
    for (const [name, c] of Object.entries(COMPONENTS)) {
      // A version-like tag (first-party 1.3.0, NVIDIA's 24.08-py3), never a moving one.
      if (c.kind === 'service') expect(`${name}:${c.image.tag}`).toMatch(/:v?\d+\.\d+([.-][\w.]+)?$/);
      if (c.kind === 'chart') expect(`${name}@${c.chart.version}`).toMatch(/@v?\d+\.\d+\.\d+(-[\w.]+)?$/);
    }
  });
});

describe('environments', () => {
  // The TypeScript overlays only: data-file overrides (config/overrides/*.yaml) are a user's to add.
  const spec = (target: string) => resolveSpec(TARGETS.find((t) => t.name === target)!);
  const service = (target: string, name: string) => {
    const c = spec(target).components[name];
    if (c.kind !== 'service') throw new Error(`${name} is not a service`);
    return c;
  };

  it('follows the [SCALE] runbook for replicas per environment', () => {
    expect(['dev-azure', 'staging-azure', 'prod-azure'].map((t) => service(t, 'api-gateway').replicas)).toEqual([1, 2, 3]);
    expect(['dev-azure', 'staging-azure', 'prod-azure'].map((t) => service(t, 'iam-service').replicas)).toEqual([1, 2, 2]);
    expect(['dev-azure', 'staging-azure', 'prod-azure'].map((t) => service(t, 'tenant-service').replicas)).toEqual([1, 1, 2]);
    expect(service('prod-azure', 'query-engine').autoscaling).toMatchObject({ minReplicas: 3, maxReplicas: 5 });
    expect(service('dev-azure', 'query-engine').autoscaling).toBeUndefined();
  });

  it('sizes Kafka per environment (fact sheet §3.4)', () => {
    const kafka = (t: string) => spec(t).settings.kafka;
    expect(kafka('dev-azure')).toMatchObject({ brokers: 1, replicationFactor: 1, minInsyncReplicas: 1, plainListener: true });
    expect(kafka('prod-aws')).toMatchObject({ brokers: 3, replicationFactor: 3, minInsyncReplicas: 2, plainListener: false });
  });

  // The fact sheet's prod 30 is not taken: 30 per pod at the replica maxima needs over twice the shared PostgreSQL's
  // max_connections (config/environments/base.ts; lib/model/datasource.ts refuses it). Dev keeps the sheet's 10.
  it('sizes the HikariCP pool dev 10 as the fact sheet, and prod 10 (its 30 would not fit max_connections)', () => {
    expect(['dev-azure', 'prod-azure', 'prod-aws', 'prod-gcp'].map((t) => spec(t).settings.dbPoolSize)).toEqual([10, 10, 10, 10]);
  });

  it('uses the staging issuer and generated secrets in dev only', () => {
    expect(spec('dev-azure').settings).toMatchObject({ certificateIssuer: 'letsencrypt-staging-dns01', secretsSource: 'dev-generated' });
    for (const t of ['staging-azure', 'prod-azure', 'prod-aws', 'prod-gcp']) {
      expect(spec(t).settings).toMatchObject({ certificateIssuer: 'letsencrypt-prod-dns01', secretsSource: 'cloud-vault' });
    }
  });

  it('loads every target of the shipped config, each tenant only where it is placed', () => {
    const model = loadPlatform();
    // Each target's platform cluster, then its member clusters (test/model/fleet.test.ts).
    expect(model.targets.filter((t) => t.fleet?.role === 'platform').map((t) => t.target.name)).toEqual(TARGETS.map((t) => t.name));
    for (const t of model.targets) for (const tenant of t.tenants) expect(tenant.targets).toContain(t.fleet?.platform ?? t.target.name);
  });
});
