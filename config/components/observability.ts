import type { ChartComponent } from '../types';
import {
  billing,
  containerSecurity,
  familyChart,
  helmChart,
  placement,
  podSecurity,
  resources,
  type ChartValuesOf,
  type FamilyChartOptions,
} from './define';

/** Add-ons run on the untainted platform pool (docs/adr: where platform add-ons run). */
const PLATFORM = placement('platform');
const PROMETHEUS_URL = 'http://monitoring-kube-prometheus-prometheus.matih-monitoring.svc.cluster.local:9090';
const selector = (name: string, instance = name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': instance });
// kube-state-metrics' default collectors (kube-prometheus-stack 65.1.1) less secrets, mutatingwebhookconfigurations and
// validatingwebhookconfigurations.
const KUBE_STATE_METRICS_COLLECTORS = [
  'certificatesigningrequests',
  'configmaps',
  'cronjobs',
  'daemonsets',
  'deployments',
  'endpoints',
  'horizontalpodautoscalers',
  'ingresses',
  'jobs',
  'leases',
  'limitranges',
  'namespaces',
  'networkpolicies',
  'nodes',
  'persistentvolumeclaims',
  'persistentvolumes',
  'poddisruptionbudgets',
  'pods',
  'replicasets',
  'replicationcontrollers',
  'resourcequotas',
  'services',
  'statefulsets',
  'storageclasses',
  'volumeattachments',
];
const SECRET_DIR = '/etc/alertmanager/secrets/alertmanager-receivers';

function obsChart<N extends string, V extends string, A extends ChartValuesOf<N, V>>(
  name: string,
  o: FamilyChartOptions<N, V, A, 'category' | 'namespace' | 'nodePool' | 'billing'>,
): ChartComponent<ChartValuesOf<N, V>> {
  return familyChart(
    { category: 'observability', namespace: 'matih-observability', nodePool: 'platform', billing: billing('CC-PLATFORM', name, 'sre') },
    o,
  ) as never;
}

export const OBSERVABILITY = {
  // The monitoring.coreos.com CRDs on their own: first-party ServiceMonitors and PrometheusRules need them
  // long before Prometheus itself can start (its Alertmanager reads secrets that ESO creates in wave 3).
  'prometheus-operator-crds': helmChart({
    category: 'operator',
    namespace: 'matih-monitoring',
    nodePool: 'platform',
    billing: billing('CC-PLATFORM', 'prometheus-operator-crds', 'sre'),
    description: 'CustomResourceDefinitions of the Prometheus operator (ServiceMonitor, PrometheusRule, ...)',
    source: '[PROMSET]',
    chart: { repoURL: 'https://prometheus-community.github.io/helm-charts', name: 'prometheus-operator-crds', version: '27.0.0' },
    ports: [],
    podSelector: { 'app.kubernetes.io/name': 'prometheus-operator-crds' },
    providesKinds: [
      'monitoring.coreos.com/ServiceMonitor',
      'monitoring.coreos.com/PodMonitor',
      'monitoring.coreos.com/PrometheusRule',
      'monitoring.coreos.com/Prometheus',
      'monitoring.coreos.com/Alertmanager',
    ],
    values: {},
  }),
  // One Prometheus + Alertmanager in matih-monitoring (the name of [PROMSET][CD18][NPIN]) instead of the per-plane monitoring namespaces of [NSMON].
  // node-exporter needs hostNetwork/hostPID, which the restricted Pod Security Standard forbids, so it is off.
  'kube-prometheus-stack': obsChart('kube-prometheus-stack', {
    namespace: 'matih-monitoring',
    releaseName: 'monitoring',
    description: 'Prometheus operator, Prometheus (15 s scrape, 15 d retention, 50Gi) and Alertmanager',
    source: '[PROMSET][NSMON][ALERTCH][CD18]',
    chart: { repoURL: 'https://prometheus-community.github.io/helm-charts', name: 'kube-prometheus-stack', version: '65.1.1' },
    // The operator adds a config-reloader sidecar to every Prometheus pod (reloader-web 8080); the chart's Service and
    // ServiceMonitor name it.
    ports: [
      { name: 'http-web', port: 9090 },
      { name: 'reloader-web', port: 8080 },
    ],
    podSelector: { 'app.kubernetes.io/name': 'prometheus', 'operator.prometheus.io/name': 'monitoring-kube-prometheus-prometheus' },
    // The chart's fullname is `<release>-kube-prometheus-stack` cut to 26 characters: `monitoring-kube-prometheus`.
    services: [{ name: 'monitoring-kube-prometheus-prometheus', ports: ['http-web', 'reloader-web'] }],
    stateful: true,
    // CRDs come from prometheus-operator-crds (wave 1), so this chart can wait for the Alertmanager secrets (wave 3).
    providesKinds: [],
    values: {
      crds: { enabled: false },
      grafana: { enabled: false },
      nodeExporter: { enabled: false },
      // The admission webhook's certificate from cert-manager (the chart's own Issuer and Certificate) instead of a hook Job
      // that creates the Secret at install time.
      prometheusOperator: { ...PLATFORM, admissionWebhooks: { patch: PLATFORM, certManager: { enabled: true } } },
      // Managed control planes (AKS, EKS, GKE) expose no etcd, scheduler or controller-manager metrics to the cluster, and
      // kube-proxy serves its metrics on 127.0.0.1 (or does not run where Cilium replaces it): no Service, no dead targets.
      kubeEtcd: { enabled: false },
      kubeScheduler: { enabled: false },
      kubeControllerManager: { enabled: false },
      kubeProxy: { enabled: false },
      // The chart's default collectors without secrets and the two webhook configuration kinds: their metrics feed no rule or
      // dashboard of this chart, and collecting them takes list on every Secret and webhook of the cluster (least privilege).
      'kube-state-metrics': { ...PLATFORM, collectors: KUBE_STATE_METRICS_COLLECTORS },
      prometheus: {
        prometheusSpec: {
          ...PLATFORM,
          scrapeInterval: '15s',
          retention: '15d',
          serviceMonitorSelectorNilUsesHelmValues: false,
          podMonitorSelectorNilUsesHelmValues: false,
          ruleSelectorNilUsesHelmValues: false,
          securityContext: podSecurity(1000, 2000),
          resources: resources('500m', '2Gi', '2', '4Gi'),
          storageSpec: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } } } } },
        },
      },
      alertmanager: {
        alertmanagerSpec: {
          ...PLATFORM,
          replicas: 2,
          secrets: ['alertmanager-receivers'],
          securityContext: podSecurity(1000, 2000),
          storage: { volumeClaimTemplate: { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } } } },
        },
        config: {
          global: {
            smtp_from: 'alerts@matih.ai',
            smtp_smarthost: 'smtp.sendgrid.net:587',
            smtp_auth_username: 'apikey',
            smtp_auth_password_file: `${SECRET_DIR}/smtp-pass`,
            slack_api_url_file: `${SECRET_DIR}/slack-webhook`,
          },
          route: {
            receiver: 'slack-alerts',
            group_by: ['alertname', 'namespace'],
            routes: [
              { receiver: 'pagerduty', matchers: ['severity="critical"'], continue: true },
              { receiver: 'slack-warnings', matchers: ['severity="warning"'] },
              { receiver: 'slack-provisioning', matchers: ['category="provisioning"'] },
            ],
          },
          receivers: [
            { name: 'pagerduty', pagerduty_configs: [{ routing_key_file: `${SECRET_DIR}/pagerduty-key` }] },
            {
              name: 'slack-alerts',
              slack_configs: [{ channel: '#matih-alerts', send_resolved: true }],
              email_configs: [{ to: 'alerts@matih.ai' }],
            },
            { name: 'slack-warnings', slack_configs: [{ channel: '#matih-warnings', send_resolved: true }] },
            { name: 'slack-provisioning', slack_configs: [{ channel: '#matih-provisioning' }] },
          ],
        },
      },
    },
  }),
  grafana: obsChart('grafana', {
    description: 'Shared Grafana with Prometheus, Loki and Tempo data sources',
    source: '[NSMON][MON]',
    chart: { repoURL: 'https://grafana.github.io/helm-charts', name: 'grafana', version: '8.0.0' },
    ports: [{ name: 'grafana', port: 3000 }],
    podSelector: selector('grafana'),
    services: [{ name: 'grafana', ports: ['grafana'], servicePorts: { grafana: 80 } }],
    dependsOn: ['kube-prometheus-stack', 'loki', 'tempo'],
    stateful: true,
    values: {
      ...PLATFORM,
      admin: { existingSecret: 'grafana-admin-credentials', userKey: 'admin-user', passwordKey: 'admin-password' },
      persistence: { enabled: true, size: '10Gi' },
      securityContext: podSecurity(472),
      // Grafana writes only its data directory (the PVC at /var/lib/grafana), its log directory and /tmp (the paths the
      // Grafana Operator mounts writable for a read-only root).
      containerSecurityContext: containerSecurity(472),
      extraEmptyDirMounts: [
        { name: 'tmp', mountPath: '/tmp' },
        { name: 'logs', mountPath: '/var/log/grafana' },
      ],
      // init-chown-data runs as root with CHOWN (and pulls busybox 1.31.1); fsGroup already gives the PVC to uid 472.
      initChownData: { enabled: false },
      // The test pod is a helm test hook Argo CD never runs.
      testFramework: { enabled: false },
      resources: resources('100m', '256Mi', '500m', '512Mi'),
      serviceMonitor: { enabled: true },
      datasources: {
        'datasources.yaml': {
          apiVersion: 1,
          datasources: [
            { name: 'Prometheus', type: 'prometheus', url: PROMETHEUS_URL, isDefault: true },
            { name: 'Loki', type: 'loki', url: 'http://loki.matih-observability.svc.cluster.local:3100' },
            { name: 'Tempo', type: 'tempo', url: 'http://tempo.matih-observability.svc.cluster.local:3200' },
          ],
        },
      },
    },
  }),
  // Single-binary Loki on a PVC keeps the 7-day hot tier of [LOKI]; the warm/cold tiers on object storage are not configured here.
  loki: obsChart('loki', {
    description: 'Loki log store (single binary, 7 d retention)',
    source: '[LOKI][MON]',
    chart: { repoURL: 'https://grafana.github.io/helm-charts', name: 'loki', version: '6.16.0' },
    ports: [
      { name: 'http-metrics', port: 3100 },
      { name: 'grpc', port: 9095 },
    ],
    podSelector: selector('loki'),
    stateful: true,
    values: {
      deploymentMode: 'SingleBinary',
      loki: {
        auth_enabled: false,
        commonConfig: { replication_factor: 1 },
        storage: { type: 'filesystem' },
        schemaConfig: {
          configs: [
            { from: '2024-01-01', store: 'tsdb', object_store: 'filesystem', schema: 'v13', index: { prefix: 'index_', period: '24h' } },
          ],
        },
        limits_config: { retention_period: '168h' },
        compactor: { retention_enabled: true, delete_request_store: 'filesystem' },
        podSecurityContext: podSecurity(10001),
      },
      // No sc-rules sidecar: nothing ships Loki rule ConfigMaps or Secrets, and the sidecar's ClusterRole reads every Secret of
      // the cluster (the ruler keeps its local rules_directory on the PVC).
      sidecar: { rules: { enabled: false } },
      singleBinary: { replicas: 1, ...PLATFORM, persistence: { size: '100Gi' }, resources: resources('500m', '1Gi', '2', '4Gi') },
      read: { replicas: 0 },
      write: { replicas: 0 },
      backend: { replicas: 0 },
      chunksCache: { enabled: false },
      resultsCache: { enabled: false },
      lokiCanary: { enabled: false },
      test: { enabled: false },
      gateway: { enabled: false },
    },
  }),
  tempo: obsChart('tempo', {
    description: 'Tempo trace store (OTLP receivers, 7 d retention)',
    source: '[MON]',
    chart: { repoURL: 'https://grafana.github.io/helm-charts', name: 'tempo', version: '1.24.4' },
    ports: [
      { name: 'http', port: 3200 },
      { name: 'otlp-grpc', port: 4317 },
      { name: 'otlp-http', port: 4318 },
    ],
    podSelector: selector('tempo'),
    stateful: true,
    values: {
      ...PLATFORM,
      tempo: {
        retention: '168h',
        receivers: { otlp: { protocols: { grpc: { endpoint: '0.0.0.0:4317' }, http: { endpoint: '0.0.0.0:4318' } } } },
        resources: resources('250m', '1Gi', '1', '2Gi'),
        securityContext: containerSecurity(10001),
      },
      securityContext: podSecurity(10001),
      // Tempo never calls the Kubernetes API.
      serviceAccount: { automountServiceAccountToken: false },
      persistence: { enabled: true, size: '50Gi' },
      serviceMonitor: { enabled: true },
    },
  }),
  'opentelemetry-collector': obsChart('opentelemetry-collector', {
    description: 'OpenTelemetry collector gateway: OTLP from services to Tempo',
    source: '[MON]',
    chart: { repoURL: 'https://open-telemetry.github.io/opentelemetry-helm-charts', name: 'opentelemetry-collector', version: '0.108.0' },
    ports: [
      { name: 'otlp', port: 4317 },
      { name: 'otlp-http', port: 4318 },
    ],
    podSelector: selector('opentelemetry-collector'),
    dependsOn: ['tempo'],
    values: {
      mode: 'deployment',
      replicaCount: 2,
      image: { repository: 'otel/opentelemetry-collector-k8s' },
      // No preset needs the Kubernetes API: the namespace's default ServiceAccount (no token) instead of one of its own.
      serviceAccount: { create: false, name: 'default' },
      ...PLATFORM,
      podSecurityContext: podSecurity(10001),
      securityContext: containerSecurity(10001),
      resources: resources('100m', '256Mi', '1', '1Gi'),
      config: {
        exporters: { 'otlp/tempo': { endpoint: 'tempo.matih-observability.svc.cluster.local:4317', tls: { insecure: true } } },
        service: { pipelines: { traces: { receivers: ['otlp'], processors: ['memory_limiter', 'batch'], exporters: ['otlp/tempo'] } } },
      },
    },
  }),
  // Fluent Bit tails /var/log through hostPath, which the restricted Pod Security Standard forbids; enabling it needs a PSA exception for matih-observability.
  'fluent-bit': obsChart('fluent-bit', {
    enabled: false,
    description: 'Fluent Bit DaemonSet shipping container logs to Loki',
    source: '[LOKI]',
    chart: { repoURL: 'https://fluent.github.io/helm-charts', name: 'fluent-bit', version: '0.57.9' },
    ports: [{ name: 'http', port: 2020 }],
    podSelector: selector('fluent-bit'),
    dependsOn: ['loki'],
    values: {
      tolerations: [{ operator: 'Exists', effect: 'NoSchedule' }],
      resources: resources('50m', '64Mi', '200m', '256Mi'),
      serviceMonitor: { enabled: true },
      config: {
        outputs:
          '[OUTPUT]\n    Name loki\n    Match kube.*\n    Host loki.matih-observability.svc.cluster.local\n    Port 3100\n    Labels job=fluent-bit\n    Auto_Kubernetes_Labels on\n',
      },
    },
  }),
} satisfies Record<string, ChartComponent>;
