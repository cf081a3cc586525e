import type { ChartComponent } from '../types';
import { billing, containerSecurity, helmChart, INGRESS_CLASS, operatorChart, placement, podSecurity, resources } from './define';

/** Add-ons run on the untainted platform pool (docs/adr: where platform add-ons run). */
const PLATFORM = placement('platform');
/** Requests and limits of a small controller (each chart reads them at its own key). */
const OPERATOR_RESOURCES = resources('100m', '128Mi', '500m', '512Mi');

// Argo CD is not in COMPONENTS: it is bootstrapped separately into the `argocd` namespace (ARGOCD_NAMESPACE) by the GitOps code.
// Kong is not a separate chart: the control-plane api-gateway service is the Kong gateway.
const selector = (name: string, instance = name) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': instance });
const DATA_PLANE_NS = ['matih-data-plane'];

/** The operator that takes the CSI snapshots of a chart's `volumeSnapshots` (a component of this catalog). */
export const VOLUME_SNAPSHOT_OPERATOR = 'snapscheduler';

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
      ...PLATFORM,
      resources: OPERATOR_RESOURCES,
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
      // CRDs come with the chart (installCRDs defaults to true in the packaged chart, whose generated CRD templates read it).
      // The ServiceAccount is the workload identity's (platform/identities.yaml); name and pod labels are set per target by the GitOps feature.
      serviceAccount: { create: false, name: 'external-secrets' },
      serviceMonitor: { enabled: true },
      ...PLATFORM,
      resources: OPERATOR_RESOURCES,
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
    values: { watchNamespaces: DATA_PLANE_NS, ...PLATFORM, resources: resources('200m', '384Mi', '1', '512Mi') },
  }),
  'kuberay-operator': operatorChart('kuberay-operator', {
    description: 'KubeRay operator (RayCluster, RayJob, RayService)',
    source: '[ORCH][RAY]',
    chart: { repoURL: 'https://ray-project.github.io/kuberay-helm/', name: 'kuberay-operator', version: '1.7.0' },
    ports: [{ name: 'http', port: 8080 }],
    podSelector: selector('kuberay-operator'),
    providesKinds: ['ray.io/RayCluster', 'ray.io/RayJob', 'ray.io/RayService'],
    values: { watchNamespace: DATA_PLANE_NS, singleNamespaceInstall: false, ...PLATFORM, resources: OPERATOR_RESOURCES },
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
        ...PLATFORM,
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
      ...PLATFORM,
      // No aggregated ClusterRoles for people (crossplane:aggregate-to-admin/edit/view/browse): the platform binds none of them
      // and the chart binds crossplane-admin to the group crossplane:masters, which would hold * on every Secret and
      // RoleBinding of the cluster; Crossplane's own ServiceAccounts get their rights from other roles.
      rbacManager: { ...PLATFORM, skipAggregatedClusterRoles: true },
      // The chart's own defaults for both pods; the init container runs with securityContextCrossplane too.
      resourcesCrossplane: resources('100m', '256Mi', '500m', '1024Mi'),
      resourcesRBACManager: resources('100m', '256Mi', '100m', '512Mi'),
      podSecurityContextCrossplane: podSecurity(65532),
      securityContextCrossplane: containerSecurity(65532),
      podSecurityContextRBACManager: podSecurity(65532),
      securityContextRBACManager: containerSecurity(65532),
    },
  }),
  // F5's NGINX Ingress Controller succeeds ingress-nginx, which reached end of maintenance in March 2026
  // (docs/adr/0010-ingress-controller-successor.md); the same Ingress objects, its own annotations.
  'nginx-ingress': helmChart({
    category: 'ingress',
    namespace: 'matih-ingress',
    nodePool: 'platform',
    billing: billing('CC-PLATFORM', 'nginx-ingress', 'platform-engineering'),
    description: `F5 NGINX Ingress Controller (class ${INGRESS_CLASS}), 2 replicas behind a cloud LoadBalancer`,
    source: '[NSING][HC]',
    chart: { repoURL: 'https://helm.nginx.com/stable', name: 'nginx-ingress', version: '2.6.4' },
    ports: [
      { name: 'http', port: 80 },
      { name: 'https', port: 443 },
      { name: 'prometheus', port: 9113 },
    ],
    podSelector: selector('nginx-ingress'),
    skipSchemaValidation:
      "nginx-ingress 2.6.4's values.schema.json takes its Kubernetes types by $ref from raw.githubusercontent.com (kubernetes-json-schema, branch master): every render would fetch a mutable document from the internet, and fail without it",
    values: {
      controller: {
        replicaCount: 2,
        ...PLATFORM,
        resources: resources('100m', '256Mi', '1', '512Mi'),
        ingressClass: { name: INGRESS_CLASS, create: true, setAsDefaultIngress: true },
        // Only Ingress objects: no VirtualServer/Policy custom resources and no configuration snippets.
        enableCustomResources: false,
        enableSnippets: false,
        // An init container copies /etc/nginx into an emptyDir, so the controller runs read-only.
        readOnlyRootFilesystem: true,
        // HTTPS redirect for every TLS host is the controller's default; the body limit as before (DP umbrella [NSING]).
        config: { entries: { 'client-max-body-size': '100m', 'server-tokens': 'False' } },
        service: { type: 'LoadBalancer', externalTrafficPolicy: 'Local' },
        // Usage reports would leave the cluster.
        telemetryReporting: { enable: false },
      },
      prometheus: { create: true, port: 9113, service: { create: true }, serviceMonitor: { create: true } },
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
      ...PLATFORM,
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
    // Its TLS certificates come from cert-manager (the chart's own CA Issuer and Certificate), not from the operator writing a
    // Secret at run time.
    dependsOn: ['cert-manager'],
    values: {
      certificates: { autoGenerated: false, certManager: { enabled: true } },
      // Scale targets are Deployments and StatefulSets (supported without this): no `*/scale` and `*/*` get rules.
      rbac: { enabledCustomScaledRefKinds: false },
      podSecurityContext: { operator: podSecurity(1000), metricServer: podSecurity(1000), webhooks: podSecurity(1000) },
      ...PLATFORM,
      // resources.limits/requests are read only when resources.<pod> is empty, and every pod has chart defaults.
      resources: { operator: OPERATOR_RESOURCES, metricServer: OPERATOR_RESOURCES, webhooks: OPERATOR_RESOURCES },
    },
  }),
  'clickhouse-operator': operatorChart('clickhouse-operator', {
    description: 'Altinity ClickHouse operator (ClickHouseInstallation, ClickHouseKeeperInstallation)',
    source: '[COMP][DSOLAP]',
    chart: { repoURL: 'https://helm.altinity.com', name: 'altinity-clickhouse-operator', version: '0.25.5' },
    // The chart's name for the exporter of ClickHouse servers' metrics; the operator's own (op-metrics 9999) only Prometheus
    // scrapes, which reaches chart pods on any port.
    ports: [{ name: 'ch-metrics', port: 8888 }],
    podSelector: selector('altinity-clickhouse-operator', 'clickhouse-operator'),
    providesKinds: ['clickhouse.altinity.com/ClickHouseInstallation', 'clickhouse-keeper.altinity.com/ClickHouseKeeperInstallation'],
    values: {
      ...PLATFORM,
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
      controller: { ...PLATFORM, resources: OPERATOR_RESOURCES },
      webhook: { ...PLATFORM, resources: OPERATOR_RESOURCES },
      prometheus: { metrics: { enable: true }, podMonitor: { create: true } },
    },
  }),
  // Operators of the data services that replaced the withdrawn Bitnami charts (docs/adr/0009-data-services-on-operators.md).
  // CloudNativePG 1.30 supports Kubernetes 1.34-1.36 (its supported-releases table); its chart's pods are restricted by default.
  'cloudnative-pg': operatorChart('cloudnative-pg', {
    description: 'CloudNativePG operator (Cluster, Database, ScheduledBackup): the shared PostgreSQL',
    source: '[DSPG][ORCH]',
    chart: { repoURL: 'https://cloudnative-pg.github.io/charts', name: 'cloudnative-pg', version: '0.29.0' },
    // The chart's own port names (its Service's targetPort is `webhook-server`).
    ports: [
      { name: 'webhook-server', port: 9443 },
      { name: 'metrics', port: 8080 },
    ],
    podSelector: selector('cloudnative-pg'),
    // The operator calls the Barman Cloud plugin's gRPC service to archive WAL and take backups.
    dependsOn: ['plugin-barman-cloud'],
    providesKinds: [
      'postgresql.cnpg.io/Cluster',
      'postgresql.cnpg.io/Database',
      'postgresql.cnpg.io/ScheduledBackup',
      'postgresql.cnpg.io/Backup',
      'postgresql.cnpg.io/Pooler',
    ],
    // Top-level nodeSelector, tolerations and resources (cloudnative-pg chart 0.29 values.yaml).
    values: { ...PLATFORM, resources: OPERATOR_RESOURCES },
  }),
  // The Barman Cloud plugin (CNPG-I) replaces the in-tree barmanObjectStore that CloudNativePG 1.31 removes; same namespace as the operator.
  'plugin-barman-cloud': operatorChart('plugin-barman-cloud', {
    description: 'Barman Cloud plugin of CloudNativePG (ObjectStore): WAL archiving and base backups to object storage',
    source: '[DSPG][ORCH]',
    chart: { repoURL: 'https://cloudnative-pg.github.io/charts', name: 'plugin-barman-cloud', version: '0.7.0' },
    ports: [{ name: 'grpc', port: 9090 }],
    podSelector: selector('plugin-barman-cloud'),
    providesKinds: ['barmancloud.cnpg.io/ObjectStore'],
    // Top-level nodeSelector, tolerations and resources (plugin-barman-cloud chart 0.7 values.yaml).
    values: { ...PLATFORM, resources: OPERATOR_RESOURCES },
  }),
  // ECK 3.5 is tested on Kubernetes 1.32-1.36; its default pod context lacks seccomp, which the restricted profile requires.
  'eck-operator': operatorChart('eck-operator', {
    description: 'Elastic Cloud on Kubernetes operator (Elasticsearch)',
    source: '[DINF][ORCH]',
    chart: { repoURL: 'https://helm.elastic.co', name: 'eck-operator', version: '3.5.0' },
    ports: [{ name: 'webhook', port: 9443 }],
    podSelector: selector('elastic-operator', 'eck-operator'),
    providesKinds: ['elasticsearch.k8s.elastic.co/Elasticsearch'],
    values: {
      managedNamespaces: ['matih-data-plane'],
      ...PLATFORM,
      resources: OPERATOR_RESOURCES,
      podSecurityContext: podSecurity(1000),
      securityContext: containerSecurity(1000),
      // Usage telemetry goes through Kibana, which the platform does not run.
      telemetry: { disabled: true },
    },
  }),
  // OT Redis operator 0.24 (chart 0.24.0 of 2026-03-13); RedisReplication + RedisSentinel. Not the newest: the chart's
  // repository (OT-CONTAINER-KIT/redis-operator, charts/redis-operator) has released 0.25.0 and 0.26.x since (moving up
  // means checking their values, CRDs and Kubernetes support first).
  'redis-operator': operatorChart('redis-operator', {
    description: 'OT Redis operator (RedisReplication, RedisSentinel): the shared Redis with Sentinel',
    source: '[NSCP][ORCH]',
    chart: { repoURL: 'https://ot-container-kit.github.io/helm-charts', name: 'redis-operator', version: '0.24.0' },
    ports: [{ name: 'metrics', port: 8080 }],
    podSelector: { name: 'redis-operator' },
    providesKinds: ['redis.redis.opstreelabs.in/RedisReplication', 'redis.redis.opstreelabs.in/RedisSentinel'],
    values: {
      redisOperator: { watchNamespace: 'matih-control-plane' },
      ...PLATFORM,
      resources: OPERATOR_RESOURCES,
      podSecurityContext: podSecurity(1000),
      securityContext: containerSecurity(1000),
    },
  }),
  // MongoDB Controllers for Kubernetes 1.10 (community resource) is tested on Kubernetes 1.34-1.36; its values nest under `operator`.
  'mongodb-kubernetes': helmChart({
    category: 'operator',
    namespace: 'matih-system',
    nodePool: 'platform',
    billing: billing('CC-PLATFORM', 'mongodb-kubernetes', 'platform-engineering'),
    description: 'MongoDB Controllers for Kubernetes (MongoDBCommunity): the MongoDB replica set',
    source: '[K17][ORCH]',
    chart: { repoURL: 'https://mongodb.github.io/helm-charts', name: 'mongodb-kubernetes', version: '1.10.0' },
    ports: [{ name: 'webhook', port: 1993 }],
    podSelector: { 'app.kubernetes.io/name': 'mongodb-kubernetes-operator', 'app.kubernetes.io/component': 'controller' },
    providesKinds: ['mongodbcommunity.mongodb.com/MongoDBCommunity'],
    values: {
      operator: {
        // Its ServiceAccounts and Roles for database pods are created in the watched namespace.
        watchNamespace: 'matih-data-plane',
        watchedResources: ['mongodbcommunity'],
        ...PLATFORM,
        resources: resources('100m', '200Mi', '1', '1Gi'),
        podSecurityContext: podSecurity(2000),
        securityContext: containerSecurity(2000),
        // Usage telemetry would leave the cluster.
        telemetry: { enabled: false },
        // Its admission webhook validates the Enterprise resources only; the platform runs none.
        webhook: { registerConfiguration: false, installClusterRole: false },
      },
    },
  }),
  // Scheduled CSI snapshots of claims no job can mount (JupyterHub's per-user volumes; docs/adr/0031-jupyterhub-volumes-by-csi-snapshots.md).
  // The chart allows Kubernetes ^1.20 and the operator uses only GA APIs (snapshot.storage.k8s.io/v1, PVCs, Leases); its CI
  // runs kind up to 1.32, so 1.33-1.34 rest on those APIs being stable. 3.5.0 is the newest release (the repository is active).
  [VOLUME_SNAPSHOT_OPERATOR]: operatorChart('snapscheduler', {
    description: 'snapscheduler (SnapshotSchedule): CSI VolumeSnapshots of selected claims on a schedule, with retention',
    source: '[ORCH]',
    chart: { repoURL: 'https://backube.github.io/helm-charts/', name: 'snapscheduler', version: '3.5.0' },
    // kube-rbac-proxy in front of the manager's metrics (the chart's Service snapscheduler-metrics).
    ports: [{ name: 'https', port: 8443 }],
    podSelector: selector('snapscheduler'),
    providesKinds: ['snapscheduler.backube/SnapshotSchedule'],
    values: {
      // The CRD comes with the chart, as for the other operators: the Application owns it, delete-protected (providesKinds).
      manageCRDs: true,
      ...PLATFORM,
      resources: OPERATOR_RESOURCES,
      rbacProxy: { resources: resources('10m', '32Mi', '100m', '128Mi') },
      // Both images are distroless `nonroot` (65532); the chart sets runAsNonRoot and drops ALL but sets no seccomp profile.
      podSecurityContext: podSecurity(65532),
      securityContext: containerSecurity(65532),
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
      operatorPod: { ...PLATFORM, resources: OPERATOR_RESOURCES, webhook: { resources: OPERATOR_RESOURCES } },
    },
  }),
} satisfies Record<string, ChartComponent>;
