import type { ChartComponent } from '../types';
import { billing, containerSecurity, helmChart, operatorChart, placement, podSecurity, resources } from './define';

const SYSTEM = placement('system');
/** Requests and limits of a small controller (each chart reads them at its own key). */
const OPERATOR_RESOURCES = resources('100m', '128Mi', '500m', '512Mi');

// Argo CD is not in COMPONENTS: it is bootstrapped separately into the `argocd` namespace (ARGOCD_NAMESPACE) by the GitOps code.
// Kong is not a separate chart: the control-plane api-gateway service is the Kong gateway.
const selector = (name: string, instance = name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': instance });
const DATA_PLANE_NS = ['matih-data-plane'];

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
      ...SYSTEM,
      resources: OPERATOR_RESOURCES,
      webhook: SYSTEM,
      cainjector: SYSTEM,
      startupapicheck: SYSTEM,
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
      // CRDs come with the chart (installCRDs defaults to true in the packaged chart, whose generated CRD templates read it).
      // The ServiceAccount is the workload identity's (platform/identities.yaml); name and pod labels are set per target by the GitOps feature.
      serviceAccount: { create: false, name: 'external-secrets' },
      serviceMonitor: { enabled: true },
      ...SYSTEM,
      resources: OPERATOR_RESOURCES,
      webhook: SYSTEM,
      certController: SYSTEM,
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
    values: { watchNamespaces: DATA_PLANE_NS, ...SYSTEM, resources: resources('200m', '384Mi', '1', '512Mi') },
  }),
  'kuberay-operator': operatorChart('kuberay-operator', {
    description: 'KubeRay operator (RayCluster, RayJob, RayService)',
    source: '[ORCH][RAY]',
    chart: { repoURL: 'https://ray-project.github.io/kuberay-helm/', name: 'kuberay-operator', version: '1.7.0' },
    ports: [{ name: 'http', port: 8080 }],
    podSelector: selector('kuberay-operator'),
    providesKinds: ['ray.io/RayCluster', 'ray.io/RayJob', 'ray.io/RayService'],
    values: { watchNamespace: DATA_PLANE_NS, singleNamespaceInstall: false, ...SYSTEM, resources: OPERATOR_RESOURCES },
  }),
  'temporal-operator': operatorChart('temporal-operator', {
    description: 'Temporal operator (TemporalCluster, TemporalNamespace); webhooks need cert-manager',
    source: '[ORCH][TEMP]',
    // Chart versions run 0.1.0 to 0.6.0; v0.22.0 is the operator (image) version, which chart 0.6.0 would default to v0.20.0.
    // The chart's crds/ are those of December 2024: v0.22.0 adds only optional fields (jsonPatch overrides, mTLS permissiveMetrics) the platform does not set.
    chart: { repoURL: 'https://alexandrevilain.github.io/temporal-operator', name: 'temporal-operator', version: '0.6.0' },
    ports: [
      { name: 'webhook', port: 9443 },
      { name: 'metrics', port: 8080 },
    ],
    podSelector: selector('temporal-operator'),
    dependsOn: ['cert-manager'],
    providesKinds: ['temporal.io/TemporalCluster', 'temporal.io/TemporalNamespace'],
    values: {
      manager: {
        image: { tag: 'v0.22.0' },
        ...SYSTEM,
        resources: OPERATOR_RESOURCES,
        // The image is distroless nonroot (65532); the chart sets only the pod's runAsNonRoot.
        containerSecurityContext: containerSecurity(65532),
      },
    },
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
    // Pod labels (the workload identity's) go into customLabels: crossplane 2.3.4 reads no podLabels.
    podLabelsKey: 'customLabels',
    values: {
      metrics: { enabled: true },
      ...SYSTEM,
      rbacManager: SYSTEM,
      // The chart's own defaults for both pods; the init container runs with securityContextCrossplane too.
      resourcesCrossplane: resources('100m', '256Mi', '500m', '1024Mi'),
      resourcesRBACManager: resources('100m', '256Mi', '100m', '512Mi'),
      podSecurityContextCrossplane: podSecurity(65532),
      securityContextCrossplane: containerSecurity(65532),
      podSecurityContextRBACManager: podSecurity(65532),
      securityContextRBACManager: containerSecurity(65532),
    },
  }),
  'ingress-nginx': helmChart({
    category: 'ingress',
    namespace: 'matih-ingress',
    nodePool: 'system',
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
        ...SYSTEM,
        resources: resources('100m', '256Mi', '1', '512Mi'),
        ingressClassResource: { name: 'nginx', default: true, controllerValue: 'k8s.io/ingress-nginx' },
        allowSnippetAnnotations: false,
        config: { 'ssl-redirect': 'true', 'use-forwarded-headers': 'true', 'proxy-body-size': '100m' },
        service: { type: 'LoadBalancer', externalTrafficPolicy: 'Local' },
        metrics: { enabled: true, serviceMonitor: { enabled: true } },
        admissionWebhooks: { patch: SYSTEM },
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
      ...SYSTEM,
      resources: OPERATOR_RESOURCES,
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
    values: {
      podSecurityContext: { operator: podSecurity(1000), metricServer: podSecurity(1000), webhooks: podSecurity(1000) },
      ...SYSTEM,
      // resources.limits/requests are read only when resources.<pod> is empty, and every pod has chart defaults.
      resources: { operator: OPERATOR_RESOURCES, metricServer: OPERATOR_RESOURCES, webhooks: OPERATOR_RESOURCES },
    },
  }),
  'clickhouse-operator': operatorChart('clickhouse-operator', {
    description: 'Altinity ClickHouse operator (ClickHouseInstallation, ClickHouseKeeperInstallation)',
    source: '[COMP][DSOLAP]',
    chart: { repoURL: 'https://helm.altinity.com', name: 'altinity-clickhouse-operator', version: '0.25.5' },
    ports: [{ name: 'metrics', port: 8888 }],
    podSelector: selector('altinity-clickhouse-operator', 'clickhouse-operator'),
    providesKinds: ['clickhouse.altinity.com/ClickHouseInstallation', 'clickhouse-keeper.altinity.com/ClickHouseKeeperInstallation'],
    values: {
      ...SYSTEM,
      podSecurityContext: podSecurity(1000),
      operator: { containerSecurityContext: containerSecurity(1000), resources: OPERATOR_RESOURCES },
      metrics: { containerSecurityContext: containerSecurity(1000), resources: OPERATOR_RESOURCES },
      serviceMonitor: { enabled: true },
    },
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
    values: {
      spark: { jobNamespaces: DATA_PLANE_NS },
      controller: { ...SYSTEM, resources: OPERATOR_RESOURCES },
      webhook: { ...SYSTEM, resources: OPERATOR_RESOURCES },
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
    values: {
      watchNamespaces: DATA_PLANE_NS,
      // The chart's values say ghcr.io/apache/flink-kubernetes-operator:latest; the release image is Apache's on Docker Hub.
      image: { repository: 'apache/flink-kubernetes-operator', tag: '1.12.1' },
      podSecurityContext: podSecurity(9999),
      // The operator and its webhook write their JVM temp files and the webhook keystore into the image.
      operatorSecurityContext: containerSecurity(9999, false),
      webhookSecurityContext: containerSecurity(9999, false),
      operatorPod: { ...SYSTEM, resources: OPERATOR_RESOURCES, webhook: { resources: OPERATOR_RESOURCES } },
    },
  }),
} satisfies Record<string, ChartComponent>;
