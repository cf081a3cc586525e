/**
 * Where the chart-values gate rule (lib/gate/rules/chart-values.ts) may not check a chart version
 * fully. Every chart version the platform pins is vendored (../shared/charts, generated into
 * imports/charts by `npm run import -- --charts`) and checked: its merged values against the
 * chart's schema, and every key set against the paths its templates read. Each exception below
 * says why; an exception that no pinned chart uses is itself an error, so the list cannot rot.
 */
export interface ChartValuesException {
  /** `<chart>@<version>`. */
  readonly chart: string;
  /**
   * What is not checked:
   * - `unvendored`: no vendored files at all (values are untyped, nothing is checked);
   * - `unread-keys`: the read paths are missing or known to be incomplete, so keys set are not matched to them (the schema is
   *   still checked, and the values type comes from values.yaml and the schema alone);
   * - `findings`: findings are not reported (only for a temporary state, with the plan in `reason`).
   */
  readonly skip: 'unvendored' | 'unread-keys' | 'findings';
  readonly reason: string;
}

export const CHART_VALUES_EXCEPTIONS = [
  // The hub renders its whole `.Values` into its values.yaml Secret (templates/hub/secret.yaml: `merge dict .Values`), which
  // jupyterhub_config.py reads key by key, so template-refs.txt misses most reads; the chart's strict schema
  // (additionalProperties: false throughout) rejects unknown keys instead.
  {
    chart: 'jupyterhub@3.3.8',
    skip: 'unread-keys',
    reason: 'the hub reads every value through the values.yaml Secret (templates/hub/secret.yaml); its strict schema rejects unknown keys',
  },
  // Versions chosen over the vendored ones because no value of the vendored version fixes the finding; their files are
  // not vendored yet, so their values were checked by hand against the chart at its release tag.
  {
    chart: 'minio@5.4.0',
    skip: 'unvendored',
    reason:
      'minio 5.2.0 (vendored) renders fixed security contexts that cannot pass the restricted profile; 5.4.0 (tag RELEASE.2025-09-06T17-38-46Z) reads containerSecurityContext: vendor it',
  },
  {
    chart: 'feast-feature-server@0.48.1',
    skip: 'unvendored',
    reason:
      'feast-feature-server 0.46.0 (vendored) passes no environment to the server, so it gets no database or Redis credentials; 0.48.1 reads extraEnvs: vendor it',
  },
  // Disabled components (enabled: false) whose chart versions are not vendored: typed loosely until they are enabled and vendored.
  {
    chart: 'fluent-bit@0.57.9',
    skip: 'unvendored',
    reason: 'disabled: Fluent Bit needs hostPath, which the restricted Pod Security Standard forbids (config/components/observability.ts)',
  },
  {
    chart: 'kube-starrocks@1.11.4',
    skip: 'unvendored',
    reason: 'disabled: StarRocks runs as root (config/components/data-infrastructure.ts)',
  },
  // The maintained replacements of the withdrawn Bitnami charts and of ingress-nginx (docs/adr/0009, 0010): not vendored in
  // ../shared/charts yet, so their values were written against the chart at its release tag; charts:verify renders them.
  {
    chart: 'nginx-ingress@2.6.4',
    skip: 'unvendored',
    reason:
      'F5 NGINX Ingress Controller, successor of ingress-nginx (docs/adr/0010-ingress-controller-successor.md): not vendored yet; vendor it and run npm run import -- --charts',
  },
  {
    chart: 'cloudnative-pg@0.29.0',
    skip: 'unvendored',
    reason:
      'CloudNativePG operator (docs/adr/0009-data-services-on-operators.md): not vendored yet; vendor it and run npm run import -- --charts',
  },
  {
    chart: 'plugin-barman-cloud@0.7.0',
    skip: 'unvendored',
    reason:
      "CloudNativePG's Barman Cloud plugin (docs/adr/0009-data-services-on-operators.md): not vendored yet; vendor it and run npm run import -- --charts",
  },
  {
    chart: 'eck-operator@3.5.0',
    skip: 'unvendored',
    reason:
      'Elastic Cloud on Kubernetes operator (docs/adr/0009-data-services-on-operators.md): not vendored yet; vendor it and run npm run import -- --charts',
  },
  {
    chart: 'redis-operator@0.24.0',
    skip: 'unvendored',
    reason:
      'OT Redis operator (docs/adr/0009-data-services-on-operators.md): not vendored yet; vendor it and run npm run import -- --charts',
  },
  {
    chart: 'mongodb-kubernetes@1.10.0',
    skip: 'unvendored',
    reason:
      'MongoDB Controllers for Kubernetes (docs/adr/0009-data-services-on-operators.md): not vendored yet; vendor it and run npm run import -- --charts',
  },
  {
    chart: 'snapscheduler@3.5.0',
    skip: 'unvendored',
    reason:
      'snapscheduler, scheduled CSI snapshots of JupyterHub volumes (docs/adr/0031-jupyterhub-volumes-by-csi-snapshots.md): not vendored yet; vendor it and run npm run import -- --charts',
  },
  {
    chart: 'nvidia-device-plugin@0.20.0',
    skip: 'unvendored',
    reason:
      'NVIDIA device plugin for AKS and EKS (config/components/node-agents.ts): not vendored yet; vendor it and run npm run import -- --charts',
  },
] as const satisfies readonly ChartValuesException[];

/** Chart versions used without vendored files (untyped values). */
export type UnvendoredChartKey = Extract<(typeof CHART_VALUES_EXCEPTIONS)[number], { skip: 'unvendored' }>['chart'];

/**
 * Vendored chart versions (../shared/charts) that `npm run import -- --charts` leaves out of imports/charts: software
 * the platform no longer deploys from a chart, so no component may be typed by, or pinned to, that chart again.
 */
export const CHARTS_NOT_IMPORTED: Readonly<Record<string, string>> = {
  'neo4j@5.26.21':
    'Neo4j is rendered by the platform as a StatefulSet (config/components/data-infrastructure.ts, docs/adr/0027-neo4j-without-a-chart.md)',
  'chromadb@0.1.20':
    'no version passes restricted; ChromaDB is rendered by the platform (docs/adr/0021-dgraph-and-chromadb-without-charts.md)',
  'dgraph@0.0.18': 'no version passes restricted; Dgraph is rendered by the platform (docs/adr/0021-dgraph-and-chromadb-without-charts.md)',
  'postgresql@15.5.4':
    'Bitnami withdrew the versioned docker.io/bitnami images this chart pulls; PostgreSQL runs on CloudNativePG (docs/adr/0009-data-services-on-operators.md)',
  'redis@18.16.1':
    'Bitnami withdrew the versioned docker.io/bitnami images this chart pulls; Redis runs on the OT Redis operator (docs/adr/0009-data-services-on-operators.md)',
  'mongodb@15.6.9':
    'Bitnami withdrew the versioned docker.io/bitnami images this chart pulls; MongoDB runs on MongoDB Controllers for Kubernetes (docs/adr/0009-data-services-on-operators.md)',
  'elasticsearch@19.13.14':
    'Bitnami withdrew the versioned docker.io/bitnami images this chart pulls; Elasticsearch runs on ECK (docs/adr/0009-data-services-on-operators.md)',
  'ingress-nginx@4.13.2':
    'ingress-nginx reached end of maintenance; F5 nginx-ingress replaces it (docs/adr/0010-ingress-controller-successor.md)',
};
