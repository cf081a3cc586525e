import type { ChartComponent } from '../types';
import { billing, containerSecurity, helmChart, operatorChart, placement, podSecurity, resources } from './define';

// Argo CD is not in COMPONENTS: it is bootstrapped separately into the `argocd` namespace (ARGOCD_NAMESPACE) by the GitOps code.
// Kong is not a separate chart: the control-plane api-gateway service is the Kong gateway.
const selector = (name: string, instance = name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': instance });
const DATA_PLANE_NS = ['matih-data-plane'];
/** Add-ons run on the untainted platform pool (docs/adr/0000-where-platform-add-ons-run.md). */
const PLATFORM = placement('platform');

export const OPERATORS = {
  'cert-manager': operatorChart('cert-manager', {
    description: 'cert-manager: ACME DNS-01 certificates (ClusterIssuers letsencrypt-staging/prod-dns01)',
    source: '[NSTOPO][PROVDNS][DNSM][ORCH]',
    chart: { repoURL: 'https://charts.jetstack.io', name: 'cert-manager', version: 'v1.21.1' },
    ports: [
      { name: 'https', port: 10250 },
      { name: 'http-metrics', port: 9402 },
    ],
    podSelector: { ...selector('cert-manager'), 'app.kubernetes.io/component': 'controller' },
    providesKinds: ['cert-manager.io/Certificate', 'cert-manager.io/ClusterIssuer', 'cert-manager.io/Issuer'],
    values: {
      crds: { enabled: true, keep: true },
      // The ServiceAccount is the workload identity's (platform/identities.yaml); name and pod labels are set per target by the GitOps feature.
      serviceAccount: { create: false, name: 'cert-manager' },
      prometheus: { enabled: true, servicemonitor: { enabled: true } },
      webhook: PLATFORM,
      cainjector: PLATFORM,
      startupapicheck: PLATFORM,
    },
  }),
  'external-secrets': operatorChart('external-secrets', {
    description: 'External Secrets Operator: cloud vault -> Kubernetes Secrets',
    source: '[NSTOPO][SECSM][GKE][ORCH]',
    chart: { repoURL: 'https://charts.external-secrets.io', name: 'external-secrets', version: '2.9.0' },
    ports: [
      { name: 'webhook', port: 10250 },
      { name: 'metrics', port: 8080 },
    ],
    podSelector: selector('external-secrets'),
    providesKinds: ['external-secrets.io/ExternalSecret', 'external-secrets.io/ClusterSecretStore', 'external-secrets.io/SecretStore'],
    values: {
      installCRDs: true,
      // The ServiceAccount is the workload identity's (platform/identities.yaml); name and pod labels are set per target by the GitOps feature.
      serviceAccount: { create: false, name: 'external-secrets' },
      serviceMonitor: { enabled: true },
      webhook: PLATFORM,
      certController: PLATFORM,
    },
  }),
  'strimzi-kafka-operator': operatorChart('strimzi-kafka-operator', {
    description: 'Strimzi cluster operator (KRaft, node pools) watching matih-data-plane',
    source: '[NSTOPO][ORCH][KTOPO]',
    chart: { repoURL: 'https://strimzi.io/charts/', name: 'strimzi-kafka-operator', version: '1.2.0' },
    ports: [{ name: 'http', port: 8080 }],
    podSelector: { name: 'strimzi-cluster-operator', 'strimzi.io/kind': 'cluster-operator' },
    providesKinds: [
      'kafka.strimzi.io/Kafka',
      'kafka.strimzi.io/KafkaNodePool',
      'kafka.strimzi.io/KafkaTopic',
      'kafka.strimzi.io/KafkaUser',
      'kafka.strimzi.io/KafkaConnect',
      'kafka.strimzi.io/KafkaConnector',
    ],
    values: { watchNamespaces: DATA_PLANE_NS, resources: resources('200m', '384Mi', '1', '512Mi') },
  }),
  'kuberay-operator': operatorChart('kuberay-operator', {
    description: 'KubeRay operator (RayCluster, RayJob, RayService)',
    source: '[ORCH][RAY]',
    chart: { repoURL: 'https://ray-project.github.io/kuberay-helm/', name: 'kuberay-operator', version: '1.7.0' },
    ports: [{ name: 'http', port: 8080 }],
    podSelector: selector('kuberay-operator'),
    providesKinds: ['ray.io/RayCluster', 'ray.io/RayJob', 'ray.io/RayService'],
    values: { watchNamespace: DATA_PLANE_NS, singleNamespaceInstall: false },
  }),
  'temporal-operator': operatorChart('temporal-operator', {
    description: 'Temporal operator (TemporalCluster, TemporalNamespace); webhooks need cert-manager',
    source: '[ORCH][TEMP]',
    chart: { repoURL: 'https://alexandrevilain.github.io/temporal-operator', name: 'temporal-operator', version: '0.22.0' },
    ports: [
      { name: 'webhook', port: 9443 },
      { name: 'metrics', port: 8080 },
    ],
    podSelector: selector('temporal-operator'),
    dependsOn: ['cert-manager'],
    providesKinds: ['temporal.io/TemporalCluster', 'temporal.io/TemporalNamespace'],
    // The chart places its pod from `manager.*` only.
    topLevelPlacement: false,
    values: { manager: PLATFORM },
  }),
  crossplane: operatorChart('crossplane', {
    description: 'Crossplane v2 (providers, compositions) for cloud resources of tenants',
    source: '[ORCH]',
    chart: { repoURL: 'https://charts.crossplane.io/stable', name: 'crossplane', version: '2.3.4' },
    ports: [
      { name: 'webhooks', port: 9443 },
      { name: 'metrics', port: 8080 },
    ],
    podSelector: { app: 'crossplane', release: 'crossplane' },
    providesKinds: [
      'pkg.crossplane.io/Provider',
      'pkg.crossplane.io/Function',
      'pkg.crossplane.io/DeploymentRuntimeConfig',
      'apiextensions.crossplane.io/Composition',
      'apiextensions.crossplane.io/CompositeResourceDefinition',
    ],
    values: { metrics: { enabled: true }, rbacManager: PLATFORM },
  }),
  'ingress-nginx': helmChart({
    category: 'ingress',
    namespace: 'matih-ingress',
    nodePool: 'platform',
    billing: billing('CC-PLATFORM', 'ingress-nginx', 'platform-engineering'),
    description: 'Platform NGINX ingress controller (class nginx), 2 replicas behind a cloud LoadBalancer',
    source: '[NSING][HC]',
    chart: { repoURL: 'https://kubernetes.github.io/ingress-nginx', name: 'ingress-nginx', version: '4.13.2' },
    ports: [
      { name: 'http', port: 80 },
      { name: 'https', port: 443 },
      { name: 'metrics', port: 10254 },
    ],
    podSelector: { ...selector('ingress-nginx'), 'app.kubernetes.io/component': 'controller' },
    values: {
      controller: {
        replicaCount: 2,
        ...PLATFORM,
        resources: resources('100m', '256Mi', '1', '512Mi'),
        ingressClassResource: { name: 'nginx', default: true, controllerValue: 'k8s.io/ingress-nginx' },
        allowSnippetAnnotations: false,
        config: { 'ssl-redirect': 'true', 'use-forwarded-headers': 'true', 'proxy-body-size': '100m' },
        service: { type: 'LoadBalancer', externalTrafficPolicy: 'Local' },
        metrics: { enabled: true, serviceMonitor: { enabled: true } },
        admissionWebhooks: { patch: PLATFORM },
      },
    },
  }),
  'external-dns': operatorChart('external-dns', {
    description: 'external-dns: DNS records for ingress hosts (provider set per cloud)',
    source: '[NSTOPO][DNSM]',
    chart: { repoURL: 'https://kubernetes-sigs.github.io/external-dns/', name: 'external-dns', version: '1.15.0' },
    ports: [{ name: 'http', port: 7979 }],
    podSelector: selector('external-dns'),
    values: {
      provider: { name: 'azure' },
      sources: ['ingress', 'service'],
      policy: 'upsert-only',
      txtOwnerId: 'matih',
      // The ServiceAccount is the workload identity's (platform/identities.yaml); name and pod labels are set per target by the GitOps feature.
      serviceAccount: { create: false, name: 'external-dns' },
      serviceMonitor: { enabled: true },
    },
  }),
  keda: operatorChart('keda', {
    description: 'KEDA event-driven autoscaling (custom metrics such as audit_events_queue_size)',
    source: '[NSTOPO][CHAUD]',
    chart: { repoURL: 'https://kedacore.github.io/charts', name: 'keda', version: '2.16.0' },
    ports: [
      { name: 'metricsservice', port: 9666 },
      { name: 'https', port: 6443 },
    ],
    podSelector: { app: 'keda-operator' },
    providesKinds: ['keda.sh/ScaledObject', 'keda.sh/ScaledJob', 'keda.sh/TriggerAuthentication'],
    values: { podSecurityContext: { operator: podSecurity(1000), metricServer: podSecurity(1000), webhooks: podSecurity(1000) } },
  }),
  'clickhouse-operator': operatorChart('clickhouse-operator', {
    description: 'Altinity ClickHouse operator (ClickHouseInstallation, ClickHouseKeeperInstallation)',
    source: '[COMP][DSOLAP]',
    chart: { repoURL: 'https://helm.altinity.com', name: 'altinity-clickhouse-operator', version: '0.25.5' },
    ports: [{ name: 'metrics', port: 8888 }],
    podSelector: selector('altinity-clickhouse-operator', 'clickhouse-operator'),
    providesKinds: ['clickhouse.altinity.com/ClickHouseInstallation', 'clickhouse-keeper.altinity.com/ClickHouseKeeperInstallation'],
    values: { operator: { containerSecurityContext: containerSecurity(1000) }, serviceMonitor: { enabled: true } },
  }),
  'spark-operator': operatorChart('spark-operator', {
    description: 'Kubeflow Spark operator (SparkApplication, SparkConnect) for matih-data-plane jobs',
    source: '[SPARK][K8SPARK][COMP]',
    chart: { repoURL: 'https://kubeflow.github.io/spark-operator', name: 'spark-operator', version: '2.4.0' },
    ports: [
      { name: 'webhook', port: 9443 },
      { name: 'metrics', port: 8080 },
    ],
    podSelector: { ...selector('spark-operator'), 'app.kubernetes.io/component': 'controller' },
    providesKinds: [
      'sparkoperator.k8s.io/SparkApplication',
      'sparkoperator.k8s.io/ScheduledSparkApplication',
      'sparkoperator.k8s.io/SparkConnect',
    ],
    // The chart places its pods from `controller.*` and `webhook.*` only.
    topLevelPlacement: false,
    values: {
      spark: { jobNamespaces: DATA_PLANE_NS },
      controller: PLATFORM,
      webhook: PLATFORM,
      prometheus: { metrics: { enable: true }, podMonitor: { create: true } },
    },
  }),
  // downloads.apache.org keeps only current releases; archive.apache.org keeps every pinned one.
  'flink-operator': operatorChart('flink-operator', {
    description: 'Apache Flink Kubernetes operator (FlinkDeployment, FlinkSessionJob); webhook needs cert-manager',
    source: '[K8FLINK][FLINKJ][COMP]',
    chart: {
      repoURL: 'https://archive.apache.org/dist/flink/flink-kubernetes-operator-1.12.1/',
      name: 'flink-kubernetes-operator',
      version: '1.12.1',
    },
    ports: [
      { name: 'webhook', port: 9443 },
      { name: 'metrics', port: 9999 },
    ],
    podSelector: { 'app.kubernetes.io/name': 'flink-kubernetes-operator' },
    dependsOn: ['cert-manager'],
    providesKinds: ['flink.apache.org/FlinkDeployment', 'flink.apache.org/FlinkSessionJob'],
    // The chart places its pod from `operatorPod.*` only.
    topLevelPlacement: false,
    values: { watchNamespaces: DATA_PLANE_NS, podSecurityContext: podSecurity(9999), operatorPod: PLATFORM },
  }),
} satisfies Record<string, ChartComponent>;
