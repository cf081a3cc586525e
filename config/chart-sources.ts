/**
 * Where the source of every pinned chart (and of the subcharts its package carries) lives in git,
 * for `npm run charts:pull -- --from-git`: on a machine that reaches GitHub but not the chart
 * repositories, the chart cache is assembled from git mirrors (`git archive <ref>:<path>`, the
 * subcharts put into `charts/` at the versions the published package carries, then `helm
 * package`). Keyed `<chart>@<version>`. The tags are those of the vendored chart values
 * (../shared/charts/README.md); a chart listed in UNAVAILABLE_CHARTS is reported, never skipped.
 */

export interface ChartGitSource {
  /** GitHub repository, `owner/name`. */
  readonly repo: string;
  /** Tag or commit. */
  readonly ref: string;
  /** Folder of the chart in the repository ('' for the root). */
  readonly path: string;
  /**
   * What the chart's release process changes in the tagged sources: the `version`/`appVersion`
   * placeholders of Chart.yaml, text replaced in files (chartpress image tags).
   */
  readonly release?: {
    readonly version?: string;
    readonly appVersion?: string;
    readonly replace?: ReadonlyArray<{ readonly file: string; readonly from: string; readonly to: string }>;
  };
  /** Versions the published package carries for dependencies pinned by a range (no Chart.lock in git). */
  readonly resolved?: Readonly<Record<string, string>>;
  /**
   * Dependencies whose pinned version is in no git repository, replaced by another version of the
   * same chart. Helm only checks that a dependency of that name is present; charts:verify reports
   * any render in which a stand-in takes part.
   */
  readonly standIns?: Readonly<Record<string, { readonly version: string; readonly reason: string }>>;
  /** Why this source differs from the upstream release, when it does. */
  readonly note?: string;
}

const BITNAMI = (chart: string, version: string): ChartGitSource => ({
  repo: 'bitnami/charts',
  ref: `${chart}/${version}`,
  path: `bitnami/${chart}`,
});
const PROMETHEUS_COMMUNITY = (chart: string, version: string): ChartGitSource => ({
  repo: 'prometheus-community/helm-charts',
  ref: `${chart}-${version}`,
  path: `charts/${chart}`,
});
const GRAFANA = (chart: string, version: string, folder = chart): ChartGitSource => ({
  repo: 'grafana/helm-charts',
  ref: `${chart}-${version}`,
  path: `charts/${folder}`,
});

/** The vendored airflow copy's toleration of its own `workloads=catalog` nodes, at a list indentation. */
const CATALOG_TOLERATION = (indent: string): string =>
  ['tolerations:', '- key: "workloads"', '  operator: "Equal"', '  value: "catalog"', '  effect: "NoSchedule"']
    .map((line, i) => (i === 0 ? line : `${indent}  ${line}`))
    .join('\n');

export const CHART_GIT_SOURCES: Readonly<Record<string, ChartGitSource>> = {
  'airflow@1.15.0': {
    repo: 'lislema/ecdp-helm-charts',
    ref: 'c1edc935bb923a6d56f000ca42026ab7ddfec362',
    path: 'charts/airflow',
    // The copy's own defaults are put back to upstream's, so the render is the one Argo CD gets from airflow.apache.org:
    // no oauth2-proxy sidecar (upstream has none), no `workloads: catalog` node selector or toleration on any pod, and
    // no storage class of the copy's own cluster on the claims (upstream names none: the cluster's default class).
    release: {
      version: '1.15.0',
      replace: [
        { file: 'values.yaml', from: 'oauth2Proxy:\n  enabled: true', to: 'oauth2Proxy:\n  enabled: false' },
        { file: 'values.yaml', from: 'nodeSelector:\n  workloads: catalog', to: 'nodeSelector: {}' },
        { file: 'values.yaml', from: 'nodeSelector:\n    workloads: catalog', to: 'nodeSelector: {}' },
        { file: 'values.yaml', from: CATALOG_TOLERATION(''), to: 'tolerations: []' },
        { file: 'values.yaml', from: CATALOG_TOLERATION('  '), to: 'tolerations: []' },
        { file: 'values.yaml', from: 'storageClassName: dsl-kms-block-storage-class', to: 'storageClassName:' },
      ],
    },
    note: 'apache/airflow is too large to mirror (1.27 GB); this vendored copy of chart 1.15.0 says 1.15.1 in Chart.yaml, adds an oauth2-proxy sidecar, pins every pod to `workloads: catalog` nodes, names a storage class of its own cluster on every claim and points the default images at a private registry (the Application sets its own images); the release edits put the defaults back',
  },
  'altinity-clickhouse-operator@0.25.5': {
    repo: 'Altinity/clickhouse-operator',
    ref: 'release-0.25.5',
    path: 'deploy/helm/clickhouse-operator',
  },
  'cert-manager@v1.21.1': {
    repo: 'cert-manager/cert-manager',
    ref: 'v1.21.1',
    path: 'deploy/charts/cert-manager',
    release: { version: 'v1.21.1', appVersion: 'v1.21.1' },
  },
  'cloudnative-pg@0.29.0': { repo: 'cloudnative-pg/charts', ref: 'cloudnative-pg-v0.29.0', path: 'charts/cloudnative-pg' },
  'crossplane@2.3.4': {
    repo: 'crossplane/crossplane',
    ref: 'v2.3.4',
    path: 'cluster/charts/crossplane',
    release: { version: '2.3.4', appVersion: '2.3.4' },
  },
  'eck-operator@3.5.0': { repo: 'elastic/cloud-on-k8s', ref: 'v3.5.0', path: 'deploy/eck-operator' },
  'external-dns@1.15.0': { repo: 'kubernetes-sigs/external-dns', ref: 'external-dns-helm-chart-1.15.0', path: 'charts/external-dns' },
  'external-secrets@2.9.0': { repo: 'external-secrets/external-secrets', ref: 'helm-chart-2.9.0', path: 'deploy/charts/external-secrets' },
  'feast-feature-server@0.48.1': { repo: 'feast-dev/feast', ref: 'v0.48.1', path: 'infra/charts/feast-feature-server' },
  'flink-kubernetes-operator@1.12.1': {
    repo: 'apache/flink-kubernetes-operator',
    ref: 'release-1.12.1',
    path: 'helm/flink-kubernetes-operator',
  },
  'grafana@8.0.0': GRAFANA('grafana', '8.0.0'),
  'hive-metastore@1.4.0': { repo: 'OKDP/hive-metastore', ref: 'v1.4.0', path: 'helm/hive-metastore' },
  'jupyterhub@3.3.8': {
    repo: 'jupyterhub/zero-to-jupyterhub-k8s',
    ref: '3.3.8',
    path: 'jupyterhub',
    // chartpress sets the chart version and the tags of the images it builds when it packages a release.
    release: { version: '3.3.8', replace: [{ file: 'values.yaml', from: 'set-by-chartpress', to: '3.3.8' }] },
  },
  'keda@2.16.0': { repo: 'kedacore/charts', ref: 'v2.16.0', path: 'keda' },
  'kube-prometheus-stack@65.1.1': {
    ...PROMETHEUS_COMMUNITY('kube-prometheus-stack', '65.1.1'),
    // The newest version of each range on 2024-10-08, when 65.1.1 was released.
    resolved: {
      'kube-state-metrics': '5.25.1',
      'prometheus-node-exporter': '4.39.0',
      grafana: '8.5.2',
      'prometheus-windows-exporter': '0.6.0',
    },
  },
  'kuberay-operator@1.7.0': { repo: 'ray-project/kuberay', ref: 'v1.7.0', path: 'helm-chart/kuberay-operator' },
  'loki@6.16.0': { repo: 'grafana/loki', ref: 'helm-loki-6.16.0', path: 'production/helm/loki' },
  // The first release tag carrying chart 5.4.0; its tree equals the published helm-releases/minio-5.4.0.tgz (later tags edit it unversioned).
  'minio@5.4.0': { repo: 'minio/minio', ref: 'RELEASE.2025-01-18T00-31-37Z', path: 'helm/minio' },
  'mongodb-kubernetes@1.10.0': { repo: 'mongodb/mongodb-kubernetes', ref: '1.10.0', path: 'helm_chart' },
  'mlflow@1.8.1': {
    repo: 'community-charts/helm-charts',
    ref: 'mlflow-1.8.1',
    path: 'charts/mlflow',
    standIns: {
      postgresql: {
        version: '17.1.0',
        reason:
          'Bitnami no longer tags postgresql 18.x in bitnami/charts; the subchart is off (postgresql.enabled: false) and the platform uses its own database',
      },
    },
  },
  // The node-feature-discovery subchart (off: nfd.enabled/gfd.enabled false) is committed in the chart's charts/ folder.
  'nvidia-device-plugin@0.20.0': { repo: 'NVIDIA/k8s-device-plugin', ref: 'v0.20.0', path: 'deployments/helm/nvidia-device-plugin' },
  'nginx-ingress@2.6.4': { repo: 'nginx/kubernetes-ingress', ref: 'v5.5.4', path: 'charts/nginx-ingress' },
  'ollama@1.77.0': { repo: 'otwld/ollama-helm', ref: 'ollama-1.77.0', path: '' },
  'openmetadata@1.12.10': { repo: 'open-metadata/openmetadata-helm-charts', ref: 'openmetadata-1.12.10', path: 'charts/openmetadata' },
  'opentelemetry-collector@0.108.0': {
    repo: 'open-telemetry/opentelemetry-helm-charts',
    ref: 'opentelemetry-collector-0.108.0',
    path: 'charts/opentelemetry-collector',
  },
  'plugin-barman-cloud@0.7.0': { repo: 'cloudnative-pg/charts', ref: 'plugin-barman-cloud-v0.7.0', path: 'charts/plugin-barman-cloud' },
  'polaris@1.7.0': { repo: 'apache/polaris', ref: 'apache-polaris-1.7.0', path: 'helm/polaris' },
  'prometheus-operator-crds@27.0.0': PROMETHEUS_COMMUNITY('prometheus-operator-crds', '27.0.0'),
  'qdrant@1.12.4': { repo: 'qdrant/qdrant-helm', ref: 'qdrant-1.12.4', path: 'charts/qdrant' },
  // The chart as released on 2026-03-13 (after the operator's v0.24.0 tag, whose Chart.yaml still says 0.23.0).
  'redis-operator@0.24.0': {
    repo: 'OT-CONTAINER-KIT/redis-operator',
    ref: '6864c0999063749a0d156cc898ca3fd11a4e4888',
    path: 'charts/redis-operator',
  },
  'snapscheduler@3.5.0': { repo: 'backube/snapscheduler', ref: 'v3.5.0', path: 'helm/snapscheduler' },
  'spark-history-server@1.0.0': {
    repo: 'OKDP/spark-history-server',
    ref: 'helm-spark-history-server/v1.0.0',
    path: 'helm/spark-history-server',
  },
  'spark-operator@2.4.0': { repo: 'kubeflow/spark-operator', ref: 'v2.4.0', path: 'charts/spark-operator-chart' },
  'strimzi-kafka-operator@1.2.0': {
    repo: 'strimzi/strimzi-kafka-operator',
    ref: '1.2.0',
    path: 'packaging/helm-charts/helm3/strimzi-kafka-operator',
    release: { version: '1.2.0', appVersion: '1.2.0' },
  },
  'tempo@1.24.4': GRAFANA('tempo', '1.24.4'),
  // Chart 0.6.0 is the chart of the operator's v0.22.0 (chart versions run 0.1.0 to 0.6.0).
  'temporal-operator@0.6.0': { repo: 'alexandrevilain/temporal-operator', ref: 'helm-chart-0.6.0', path: 'charts/temporal-operator' },
  'trino@0.33.0': { repo: 'trinodb/charts', ref: 'trino-0.33.0', path: 'charts/trino' },
  'vllm-stack@0.1.12': { repo: 'vllm-project/production-stack', ref: 'vllm-stack-0.1.12', path: 'helm' },

  // Subcharts carried by the packages above.
  // cloudnative-pg's Grafana dashboard (Chart.lock 0.0.5; off unless monitoring.grafanaDashboard.create).
  'cluster@0.0.5': { repo: 'cloudnative-pg/grafana-dashboards', ref: 'cluster-v0.0.5', path: 'charts/cluster' },
  'eck-operator-crds@3.5.0': { repo: 'elastic/cloud-on-k8s', ref: 'v3.5.0', path: 'deploy/eck-operator/charts/eck-operator-crds' },
  'bitwarden-sdk-server@v0.6.0': {
    repo: 'external-secrets/bitwarden-sdk-server',
    ref: 'v0.6.0',
    path: 'deploy/charts/bitwarden-sdk-server',
    release: { version: 'v0.6.0', appVersion: 'v0.6.0' },
  },
  'common@2.13.3': BITNAMI('common', '2.13.3'),
  'common@2.16.1': BITNAMI('common', '2.16.1'),
  'common@2.20.0': BITNAMI('common', '2.20.0'),
  'common@2.20.3': BITNAMI('common', '2.20.3'),
  'common@2.31.4': BITNAMI('common', '2.31.4'),
  'mysql@14.0.3': BITNAMI('mysql', '14.0.3'),
  'postgresql@17.1.0': BITNAMI('postgresql', '17.1.0'),
  'kube-state-metrics@5.25.1': PROMETHEUS_COMMUNITY('kube-state-metrics', '5.25.1'),
  'kube-state-metrics@7.2.0': PROMETHEUS_COMMUNITY('kube-state-metrics', '7.2.0'),
  'prometheus-node-exporter@4.39.0': PROMETHEUS_COMMUNITY('prometheus-node-exporter', '4.39.0'),
  'prometheus-node-exporter@4.52.0': PROMETHEUS_COMMUNITY('prometheus-node-exporter', '4.52.0'),
  'prometheus-windows-exporter@0.6.0': PROMETHEUS_COMMUNITY('prometheus-windows-exporter', '0.6.0'),
  'prometheus-windows-exporter@0.12.3': PROMETHEUS_COMMUNITY('prometheus-windows-exporter', '0.12.3'),
  'prometheus-adapter@5.3.0': PROMETHEUS_COMMUNITY('prometheus-adapter', '5.3.0'),
  'kube-prometheus-stack@82.4.3': {
    ...PROMETHEUS_COMMUNITY('kube-prometheus-stack', '82.4.3'),
    // The newest 0.12.x on 2026-02-27, when 82.4.3 was released.
    resolved: { 'prometheus-windows-exporter': '0.12.3' },
  },
  'grafana@8.5.2': GRAFANA('grafana', '8.5.2'),
  'grafana@11.2.2': { repo: 'grafana-community/helm-charts', ref: 'grafana-11.2.2', path: 'charts/grafana' },
  'grafana-agent-operator@0.3.15': GRAFANA('grafana-agent-operator', '0.3.15', 'agent-operator'),
  'rollout-operator@0.13.0': GRAFANA('rollout-operator', '0.13.0'),
  'minio@4.0.15': { repo: 'minio/minio', ref: 'RELEASE.2022-09-22T18-57-27Z', path: 'helm/minio' },
};

/** Pinned charts that no git repository holds, and why: charts:pull reports them, charts:verify fails their Applications. */
export const UNAVAILABLE_CHARTS: Readonly<Record<string, string>> = {};
