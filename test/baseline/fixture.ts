/** A small hand-made model for focused construct tests (independent of the shipped catalog). */
import { prodAzure } from '../../config/targets/prod-azure';
import type { ChartComponent, Component, OperatedComponent, ResolvedTarget, ServiceComponent, Tenant } from '../../config/types';

const billing = { costCenter: 'CC-TEST', application: 'test-app', team: 'test-team' };
const res = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } };

export function service(name: string, o: Partial<ServiceComponent> = {}): ServiceComponent {
  const port = o.port ?? 8080;
  return {
    kind: 'service',
    enabled: true,
    namespace: 'matih-control-plane',
    nodePool: 'ctrlplane',
    description: name,
    source: '[TEST]',
    ports: [{ name: 'http', port }],
    podSelector: { 'app.kubernetes.io/name': name },
    dependsOn: [],
    billing: { ...billing, application: name },
    plane: 'control-plane',
    runtime: 'java',
    image: { repository: `registry.test/matih/${name}`, tag: '1.0.0' },
    port,
    metricsPath: '/metrics',
    healthPath: '/health',
    replicas: 1,
    resources: res,
    secrets: [],
    config: {},
    kafka: { produces: [], consumes: [] },
    externalEgress: [],
    writablePaths: [],
    ...o,
  };
}

function chart(name: string, o: Partial<ChartComponent> & Pick<ChartComponent, 'ports' | 'namespace'>): ChartComponent {
  return {
    kind: 'chart',
    enabled: true,
    nodePool: 'dataplane',
    description: name,
    source: '[TEST]',
    podSelector: { 'app.kubernetes.io/name': name },
    dependsOn: [],
    billing: { ...billing, application: name },
    category: 'data',
    chart: { repoURL: 'https://charts.test', name, version: '1.0.0' },
    values: {},
    stateful: false,
    providesKinds: [],
    ...o,
  };
}

export const COMPONENTS: Record<string, Component> = {
  'nginx-ingress': chart('nginx-ingress', {
    namespace: 'matih-ingress',
    category: 'ingress',
    nodePool: 'system',
    ports: [
      { name: 'http', port: 80 },
      { name: 'https', port: 443 },
    ],
  }),
  'strimzi-kafka-operator': chart('strimzi-kafka-operator', {
    namespace: 'matih-system',
    category: 'operator',
    nodePool: 'system',
    ports: [{ name: 'http', port: 8080 }],
  }),
  kafka: {
    kind: 'operated',
    enabled: true,
    namespace: 'matih-data-plane',
    nodePool: 'dataplane',
    description: 'kafka',
    source: '[TEST]',
    ports: [
      { name: 'tcp-clients', port: 9092 },
      { name: 'tcp-clientstls', port: 9093 },
    ],
    podSelector: { 'strimzi.io/cluster': 'matih-kafka' },
    dependsOn: [],
    billing,
    operator: 'strimzi-kafka-operator',
    resources: ['kafka.strimzi.io/Kafka'],
    stateful: true,
    sizing: {},
  } satisfies OperatedComponent,
  postgresql: chart('postgresql', { namespace: 'matih-control-plane', ports: [{ name: 'tcp-postgresql', port: 5432 }] }),
  'api-gateway': service('api-gateway', {
    replicas: 3,
    autoscaling: { minReplicas: 3, maxReplicas: 10, targetCPUUtilizationPercentage: 65 },
    dependsOn: ['ai-service'],
    ingress: { hostPrefix: 'api', timeoutSeconds: 600 },
    secrets: [{ secret: 'platform-jwt-secret', env: { JWT_SECRET: 'signing-key' } }],
    config: { LOG_LEVEL: 'info' },
  }),
  'ai-service': service('ai-service', {
    namespace: 'matih-data-plane',
    nodePool: 'aicompute',
    plane: 'data-plane',
    runtime: 'python',
    port: 8000,
    ports: [
      { name: 'http', port: 8000 },
      { name: 'metrics', port: 9090 },
    ],
    metricsPort: 9090,
    replicas: 2,
    dependsOn: ['postgresql', 'kafka'],
    externalEgress: [{ name: 'llm-apis', cidrs: ['0.0.0.0/0'], ports: [443] }],
    writablePaths: ['/home/app/.cache'],
    kubernetesApi: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }],
  }),
  'bi-workbench': service('bi-workbench', {
    namespace: 'matih-frontend',
    plane: 'frontend',
    runtime: 'static',
    port: 3000,
    metricsPath: '',
    dependsOn: ['api-gateway'],
    replicas: 2,
  }),
};

export const TENANTS: Tenant[] = [
  {
    slug: 'acme',
    tier: 'STARTER',
    targets: ['test-azure'],
    ownerGroup: 'acme-admins',
    quota: {
      requestsCpu: '8',
      requestsMemory: '16Gi',
      limitsCpu: '16',
      limitsMemory: '32Gi',
      pods: 30,
      services: 20,
      persistentVolumeClaims: 10,
      requestsStorage: '50Gi',
    },
  },
];

export function fixtureModel(overrides: Partial<ResolvedTarget> = {}): ResolvedTarget {
  return {
    target: { ...prodAzure, name: 'test-azure', domain: 'example.test', costCenter: 'CC-TEST' },
    settings: { name: 'prod' } as ResolvedTarget['settings'],
    components: COMPONENTS,
    tenants: TENANTS,
    topics: [],
    identities: {
      'ai-service': {
        namespace: 'matih-data-plane',
        serviceAccount: 'ai-service',
        annotations: { 'azure.workload.identity/client-id': '11111111-2222-3333-4444-555555555555' },
        podLabels: { 'azure.workload.identity/use': 'true' },
      },
      'external-secrets': {
        namespace: 'matih-system',
        serviceAccount: 'external-secrets',
        annotations: { 'azure.workload.identity/client-id': '99999999-2222-3333-4444-555555555555' },
        podLabels: {},
      },
    },
    ...overrides,
  };
}
