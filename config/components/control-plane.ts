import type { ServiceComponent } from '../types';
import {
  billing,
  DB_SECRET,
  hpa,
  INTERNET,
  javaService,
  JWT_CONFIG,
  JWT_SECRET,
  KAFKA_CONFIG,
  pgConfig,
  REDIS_CONFIG,
  REDIS_SECRET,
  resources,
  type ServiceOptions,
} from './define';

// Ports come from the canonical port registry [PORTS][REG][CD08][CPARCH], not the "8080 for every CP service" variant of [NSCP][NSING][CHGW].
const CONFIG_EVENTS = 'config.change.events';

function cp(name: string, o: Omit<ServiceOptions, 'plane' | 'namespace' | 'nodePool' | 'billing'>): ServiceComponent {
  return javaService(name, {
    plane: 'control-plane',
    namespace: 'matih-control-plane',
    nodePool: 'ctrlplane',
    billing: billing('CC-CP', name, 'platform-services'),
    ...o,
  });
}

export const CONTROL_PLANE = {
  // [GW] describes Kong 3.5 DB-less; [CPARCH] builds it as the first-party matih/api-gateway image, so Kong is this service, not a separate chart.
  'api-gateway': cp('api-gateway', {
    description: 'Control-plane API gateway (Kong 3.5 DB-less with MATIH plugins); routes CP and tenant APIs',
    source: '[CPARCH][GW][CHGW][SCALE][PORTS]',
    port: 8080,
    replicas: 3,
    autoscaling: hpa(3, 10, 65),
    resources: resources('100m', '256Mi', '500m', '1Gi'),
    dependsOn: [
      'iam-service', 'tenant-service', 'config-service', 'platform-registry', 'notification-service', 'audit-service',
      'billing-service', 'observability-api', 'infrastructure-service', 'query-engine', 'ai-service',
    ],
    secrets: [JWT_SECRET],
    config: { ...JWT_CONFIG, GATEWAY_PROXY_TIMEOUT_SECONDS: '600' },
    ingress: {
      hostPrefix: 'api',
      annotations: {
        'nginx.ingress.kubernetes.io/ssl-redirect': 'true',
        'nginx.ingress.kubernetes.io/proxy-read-timeout': '600',
        'nginx.ingress.kubernetes.io/proxy-send-timeout': '600',
      },
    },
  }),
  'iam-service': cp('iam-service', {
    description: 'Identity and access: SSO (Keycloak), OAuth2, MFA, OPA; issues platform JWTs and serves JWKS',
    source: '[CPARCH][IAM][K8TRINO][SCALE][PORTS]',
    port: 8081,
    replicas: 2,
    autoscaling: hpa(2, 10),
    // Kafka is not in the [NSCP] deps but §10 makes iam the producer of security.audit.events.
    dependsOn: ['postgresql', 'redis', 'kafka'],
    secrets: [DB_SECRET, REDIS_SECRET, JWT_SECRET],
    config: { ...pgConfig('iam', 'java'), ...REDIS_CONFIG, ...KAFKA_CONFIG, JWT_ISSUER: 'matih-iam-service' },
    kafka: { produces: ['security.audit.events'], consumes: [CONFIG_EVENTS] },
  }),
  'tenant-service': cp('tenant-service', {
    description: 'Tenant lifecycle and provisioning orchestration',
    source: '[CPARCH][CHTEN][SCALE][KTOPO][PORTS]',
    port: 8082,
    replicas: 2,
    autoscaling: hpa(2, 8),
    resources: resources('200m', '512Mi', '1000m', '1Gi'),
    dependsOn: ['postgresql', 'redis', 'kafka', 'iam-service', 'infrastructure-service'],
    secrets: [DB_SECRET, REDIS_SECRET, JWT_SECRET],
    config: {
      ...pgConfig('tenant', 'java'), ...REDIS_CONFIG, ...KAFKA_CONFIG, ...JWT_CONFIG,
      TENANT_DEFAULT_TIER: 'STANDARD',
      TENANT_PROVISIONING_TIMEOUT_MINUTES: '30',
    },
    kafka: { produces: ['tenant.lifecycle.events'], consumes: [CONFIG_EVENTS] },
  }),
  'platform-registry': cp('platform-registry', {
    description: 'Registry of platform versions and upgrade orchestration',
    source: '[CPARCH][PREG][PORTS]',
    port: 8084,
    replicas: 2,
    autoscaling: hpa(2, 4),
    dependsOn: ['postgresql', 'kafka'],
    secrets: [DB_SECRET, JWT_SECRET],
    config: { ...pgConfig('registry', 'java'), ...KAFKA_CONFIG, ...JWT_CONFIG },
    kafka: { produces: ['registry.version-events', 'registry.upgrade-orchestration-events'], consumes: [CONFIG_EVENTS] },
  }),
  'notification-service': cp('notification-service', {
    description: 'Notifications over e-mail, Slack, Teams, push, SMS, webhooks and in-app',
    source: '[CPARCH][NOTIF][KTOPO][PORTS]',
    port: 8085,
    replicas: 2,
    autoscaling: hpa(2, 8),
    dependsOn: ['postgresql', 'redis', 'kafka'],
    secrets: [
      DB_SECRET, REDIS_SECRET, JWT_SECRET,
      {
        secret: 'notification-channel-credentials',
        env: {
          SMTP_USERNAME: 'smtp-username', SMTP_PASSWORD: 'smtp-password',
          SLACK_BOT_TOKEN: 'slack-bot-token', TEAMS_WEBHOOK_URL: 'teams-webhook-url',
        },
      },
    ],
    config: { ...pgConfig('notification', 'java'), ...REDIS_CONFIG, ...KAFKA_CONFIG, ...JWT_CONFIG, SMTP_FROM: 'alerts@matih.ai', SMTP_PORT: '587' },
    kafka: {
      consumes: ['tenant.lifecycle.events', 'pipeline.job.events', 'data.quality.events', 'billing.usage.events', CONFIG_EVENTS],
    },
    externalEgress: [{ name: 'notifications', cidrs: [INTERNET], ports: [443, 587] }],
  }),
  'audit-service': cp('audit-service', {
    description: 'Audit trail: consumes domain events, indexes them in Elasticsearch',
    source: '[CPARCH][CHAUD][AUDIT][KTOPO][PORTS]',
    port: 8086,
    replicas: 3,
    autoscaling: hpa(3, 15),
    pdbMinAvailable: 2,
    resources: resources('200m', '512Mi', '1000m', '1Gi'),
    dependsOn: ['postgresql', 'elasticsearch', 'kafka'],
    secrets: [DB_SECRET, JWT_SECRET],
    config: {
      ...pgConfig('audit', 'java'), ...KAFKA_CONFIG, ...JWT_CONFIG,
      ELASTICSEARCH_URIS: 'http://elasticsearch.matih-data-plane.svc.cluster.local:9200',
    },
    kafka: {
      consumes: [
        'audit-events', 'tenant.lifecycle.events', 'query.execution.events', 'ai.agent.events', 'ml.model.events',
        'pipeline.job.events', 'security.audit.events', CONFIG_EVENTS,
      ],
    },
  }),
  'billing-service': cp('billing-service', {
    description: 'Usage metering, invoicing and Stripe payments (ShedLock-scheduled jobs)',
    source: '[CPARCH][BILLSVC][KTOPO][PORTS]',
    port: 8087,
    replicas: 2,
    autoscaling: hpa(2, 6),
    dependsOn: ['postgresql', 'kafka'],
    secrets: [
      DB_SECRET, JWT_SECRET,
      { secret: 'billing-stripe-credentials', env: { STRIPE_API_KEY: 'api-key', STRIPE_WEBHOOK_SECRET: 'webhook-secret' } },
    ],
    config: { ...pgConfig('billing', 'java'), ...KAFKA_CONFIG, ...JWT_CONFIG },
    kafka: {
      produces: ['billing.usage.events'],
      consumes: ['tenant.lifecycle.events', 'query.execution.events', 'ai.agent.events', CONFIG_EVENTS],
    },
    externalEgress: [{ name: 'stripe', cidrs: [INTERNET], ports: [443] }],
  }),
  // [NSCP] puts observability-api in matih-control-plane; the legacy [NSTOPO] page puts it in matih-observability. CP is chosen.
  'observability-api': cp('observability-api', {
    description: 'Query API over metrics, logs and traces for the consoles',
    source: '[CPARCH][NSCP][NSTOPO][PORTS]',
    port: 8088,
    replicas: 2,
    autoscaling: hpa(2, 5),
    dependsOn: ['kube-prometheus-stack', 'elasticsearch', 'loki', 'tempo'],
    secrets: [JWT_SECRET],
    config: {
      ...JWT_CONFIG,
      PROMETHEUS_URL: 'http://monitoring-kube-prometheus-prometheus.matih-monitoring.svc.cluster.local:9090',
      LOKI_URL: 'http://loki.matih-observability.svc.cluster.local:3100',
      TEMPO_URL: 'http://tempo.matih-observability.svc.cluster.local:3200',
      ELASTICSEARCH_URIS: 'http://elasticsearch.matih-data-plane.svc.cluster.local:9200',
    },
  }),
  'infrastructure-service': cp('infrastructure-service', {
    description: 'Cloud provisioning for tenants (Terraform runs, state and credentials)',
    source: '[CPARCH][INFRAPROV][TFSTATE][CREDS][PORTS]',
    port: 8089,
    replicas: 2,
    autoscaling: hpa(2, 4),
    secrets: [JWT_SECRET],
    config: { ...JWT_CONFIG, TERRAFORM_STATE_PREFIX: 'tenants' },
    kubernetesApi: [
      { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] },
    ],
    externalEgress: [{ name: 'cloud-apis', cidrs: [INTERNET], ports: [443] }],
    cloudIdentity: 'infrastructure',
  }),
  'config-service': cp('config-service', {
    description: 'Spring Cloud Config, feature flags and environment promotion',
    source: '[CPARCH][CFG][CFG-PROMO][PORTS]',
    port: 8888,
    replicas: 2,
    autoscaling: hpa(2, 5),
    dependsOn: ['postgresql', 'redis', 'kafka'],
    secrets: [DB_SECRET, REDIS_SECRET, JWT_SECRET],
    config: { ...pgConfig('config', 'java'), ...REDIS_CONFIG, ...KAFKA_CONFIG, ...JWT_CONFIG },
    kafka: { produces: [CONFIG_EVENTS] },
  }),
} satisfies Record<string, ServiceComponent>;
