/**
 * Where the pods of each pinned Helm chart take their scheduling from: for every pod template a
 * chart renders, the value paths its templates read for replicas, autoscaling, nodeSelector,
 * tolerations, affinity and resources, and the chart's own defaults at those paths. Written from
 * each chart's `template-refs.txt` and `values.yaml` (the vendored copies of ../shared/charts,
 * checked by test/scheduling/chart-pods.test.ts wherever ../shared is present) and, where the
 * semantics matter, its templates. The safety gate merges `defaults` with an Application's
 * `valuesObject` the way Helm merges and places the pods the result describes
 * (lib/gate/scheduling/chart-pods.ts).
 *
 * Path syntax: `a.b` is a value path; `!a.b` is true when the value is falsy (Go template
 * truthiness); `a.b=x` and `a.b!=x` compare its text; `@a` is relative to the item of `each`.
 */

/** A list of value paths: the first non-empty one applies (a chart's own key before its global fallback). */
type FirstOf = readonly string[];

export interface ChartPodResources {
  /** Path of a container's `{requests, limits}`. */
  readonly values?: string;
  /** Path of a Bitnami `resourcesPreset` name, used when `values` is empty. */
  readonly preset?: string;
  /** Path of a bare `requests` map. */
  readonly requests?: string;
  /** The container exists only when these hold. */
  readonly when?: readonly string[];
}

export interface ChartPod {
  /** The workload's name as the chart renders it (after the release name). */
  readonly name: string;
  readonly kind: 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'Pod';
  /** Rendered only when every condition holds. @default always */
  readonly when?: readonly string[];
  /** One pod template per item of this list value (`@` paths read the item). */
  readonly each?: string;
  /** Replica count: a value path or a number. @default 1 */
  readonly replicas?: string | number;
  /** The HorizontalPodAutoscaler the chart renders when `enabled` holds. */
  readonly autoscaling?: { readonly enabled: string; readonly min: string; readonly max: string };
  /** nodeSelector: first non-empty of the paths, or `merge` (maps merged, earlier paths win). */
  readonly nodeSelector?: FirstOf | { readonly merge: readonly string[] };
  /** Tolerations: first non-empty list, or `concat` (lists appended, as jupyterhub and vLLM do). */
  readonly tolerations?: FirstOf | { readonly concat: readonly string[] };
  /** The pod's whole `affinity`: first non-empty of the paths. */
  readonly affinity?: FirstOf;
  /** A `nodeAffinity` object the template wraps in `affinity`. */
  readonly nodeAffinity?: string;
  /** Required node affinity terms the template wraps (vLLM), used when `affinity` is empty. */
  readonly nodeSelectorTerms?: string;
  /** One entry per container: a `{requests, limits}` path or a richer description. */
  readonly resources?: ReadonlyArray<string | ChartPodResources>;
  /** Requests the template builds from scalar values (vLLM engines, jupyterhub user pods). */
  readonly requests?: { readonly cpu?: string; readonly memory?: string; readonly gpu?: string };
  /** Started at run time (per user, per task): must have a place, never counted in capacity. */
  readonly dynamic?: boolean;
  /** An NVIDIA device plugin: advertises `nvidia.com/gpu` on the nodes it runs on. */
  readonly devicePlugin?: boolean;
  readonly note?: string;
}

export interface ChartPodMap {
  /** Chart versions the map was written from; another pinned version is reported until the map is reviewed. */
  readonly versions: readonly string[];
  /** The chart's values.yaml at the paths the map reads (non-empty values only; `subcharts` nest under their name). */
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly pods: readonly ChartPod[];
  /** Subcharts whose values live under their name, and their folder in the vendored chart. */
  readonly subcharts?: Readonly<Record<string, string>>;
  /** No template-refs.txt is vendored: the paths are checked against values.yaml only. */
  readonly refs?: false;
  /** The vendored values.yaml is not the upstream one (airflow): the defaults are upstream's. */
  readonly upstreamDefaults?: true;
  /** Not vendored in ../shared: written from the chart's repository at the pinned tag. */
  readonly vendored?: false;
}

/**
 * Requests of Bitnami's `resourcesPreset` names (bitnami/charts `bitnami/common/templates/_resources.tpl`,
 * common 2.x); `none` renders no resources.
 */
export const BITNAMI_PRESET_REQUESTS: Readonly<Record<string, { readonly cpu: string; readonly memory: string }>> = {
  nano: { cpu: '100m', memory: '128Mi' },
  micro: { cpu: '250m', memory: '256Mi' },
  small: { cpu: '500m', memory: '512Mi' },
  medium: { cpu: '500m', memory: '1024Mi' },
  large: { cpu: '1', memory: '2048Mi' },
  xlarge: { cpu: '1', memory: '3072Mi' },
  '2xlarge': { cpu: '1', memory: '3072Mi' },
};

/** Pod maps by chart name (`spec.source.chart` of the Application). */
export const CHART_PODS: Readonly<Record<string, ChartPodMap>> = {
  'cert-manager': {
    versions: ['v1.21.1'],
    defaults: {
      replicaCount: 1,
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      webhook: { replicaCount: 1, nodeSelector: { 'kubernetes.io/os': 'linux' } },
      cainjector: { enabled: true, replicaCount: 1, nodeSelector: { 'kubernetes.io/os': 'linux' } },
      startupapicheck: { enabled: true, nodeSelector: { 'kubernetes.io/os': 'linux' } },
    },
    pods: [
      {
        name: 'controller',
        kind: 'Deployment',
        replicas: 'replicaCount',
        nodeSelector: { merge: ['nodeSelector', 'global.nodeSelector'] },
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
      {
        name: 'webhook',
        kind: 'Deployment',
        replicas: 'webhook.replicaCount',
        nodeSelector: { merge: ['webhook.nodeSelector', 'global.nodeSelector'] },
        tolerations: ['webhook.tolerations'],
        affinity: ['webhook.affinity'],
        resources: ['webhook.resources'],
      },
      {
        name: 'cainjector',
        kind: 'Deployment',
        when: ['cainjector.enabled'],
        replicas: 'cainjector.replicaCount',
        nodeSelector: { merge: ['cainjector.nodeSelector', 'global.nodeSelector'] },
        tolerations: ['cainjector.tolerations'],
        affinity: ['cainjector.affinity'],
        resources: ['cainjector.resources'],
      },
      {
        name: 'startupapicheck',
        kind: 'Job',
        when: ['startupapicheck.enabled'],
        nodeSelector: { merge: ['startupapicheck.nodeSelector', 'global.nodeSelector'] },
        tolerations: ['startupapicheck.tolerations'],
        affinity: ['startupapicheck.affinity'],
        resources: ['startupapicheck.resources'],
      },
    ],
  },
  'external-secrets': {
    versions: ['2.9.0'],
    defaults: {
      createOperator: true,
      replicaCount: 1,
      webhook: { create: true, replicaCount: 1, certManager: { enabled: false } },
      certController: { create: true, replicaCount: 1 },
    },
    pods: [
      {
        name: 'controller',
        kind: 'Deployment',
        when: ['createOperator'],
        replicas: 'replicaCount',
        nodeSelector: ['nodeSelector', 'global.nodeSelector'],
        tolerations: ['tolerations', 'global.tolerations'],
        affinity: ['affinity', 'global.affinity'],
        resources: ['resources'],
      },
      {
        name: 'webhook',
        kind: 'Deployment',
        when: ['webhook.create'],
        replicas: 'webhook.replicaCount',
        nodeSelector: ['webhook.nodeSelector', 'global.nodeSelector'],
        tolerations: ['webhook.tolerations', 'global.tolerations'],
        affinity: ['webhook.affinity', 'global.affinity'],
        resources: ['webhook.resources'],
      },
      {
        name: 'cert-controller',
        kind: 'Deployment',
        when: ['certController.create', '!webhook.certManager.enabled'],
        replicas: 'certController.replicaCount',
        nodeSelector: ['certController.nodeSelector', 'global.nodeSelector'],
        tolerations: ['certController.tolerations', 'global.tolerations'],
        affinity: ['certController.affinity', 'global.affinity'],
        resources: ['certController.resources'],
      },
    ],
  },
  'strimzi-kafka-operator': {
    versions: ['1.2.0'],
    defaults: { replicas: 1, resources: { limits: { memory: '384Mi', cpu: '1000m' }, requests: { memory: '384Mi', cpu: '200m' } } },
    pods: [
      {
        name: 'cluster-operator',
        kind: 'Deployment',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
        replicas: 'replicas',
      },
    ],
  },
  'kuberay-operator': {
    versions: ['1.7.0'],
    defaults: { replicas: 1, resources: { limits: { cpu: '100m', memory: '512Mi' } } },
    pods: [
      {
        name: 'operator',
        kind: 'Deployment',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
        replicas: 'replicas',
      },
    ],
  },
  'external-dns': {
    versions: ['1.15.0'],
    defaults: {},
    pods: [
      {
        name: 'controller',
        kind: 'Deployment',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
        replicas: 1,
      },
    ],
  },
  // Chart 0.6.0 is the chart of the operator's v0.22.0 tag (../shared/charts README); the catalog pins 0.22.0, which is no chart version.
  'temporal-operator': {
    versions: ['0.6.0'],
    defaults: {
      manager: { replicas: 1, resources: { limits: { cpu: '500m', memory: '128Mi' }, requests: { cpu: '10m', memory: '64Mi' } } },
    },
    pods: [
      {
        name: 'manager',
        kind: 'Deployment',
        nodeSelector: ['manager.nodeSelector'],
        tolerations: ['manager.tolerations'],
        resources: ['manager.resources'],
        replicas: 'manager.replicas',
      },
    ],
  },
  crossplane: {
    versions: ['2.3.4'],
    defaults: {
      replicas: 1,
      resourcesCrossplane: { limits: { cpu: '500m', memory: '1024Mi' }, requests: { cpu: '100m', memory: '256Mi' } },
      rbacManager: { deploy: true, replicas: 1 },
      resourcesRBACManager: { limits: { cpu: '100m', memory: '512Mi' }, requests: { cpu: '100m', memory: '256Mi' } },
    },
    pods: [
      {
        name: 'crossplane',
        kind: 'Deployment',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resourcesCrossplane'],
        replicas: 'replicas',
      },
      {
        name: 'rbac-manager',
        kind: 'Deployment',
        when: ['rbacManager.deploy'],
        replicas: 'rbacManager.replicas',
        nodeSelector: ['rbacManager.nodeSelector'],
        tolerations: ['rbacManager.tolerations'],
        affinity: ['rbacManager.affinity'],
        resources: ['resourcesRBACManager'],
      },
    ],
  },
  keda: {
    versions: ['2.16.0'],
    defaults: {
      operator: { replicaCount: 1 },
      resources: {
        operator: { limits: { cpu: 1, memory: '1000Mi' }, requests: { cpu: '100m', memory: '100Mi' } },
        metricServer: { limits: { cpu: 1, memory: '1000Mi' }, requests: { cpu: '100m', memory: '100Mi' } },
        webhooks: { limits: { cpu: 1, memory: '1000Mi' }, requests: { cpu: '100m', memory: '100Mi' } },
      },
      metricsServer: { replicaCount: 1 },
      webhooks: { enabled: true, replicaCount: 1 },
    },
    pods: [
      {
        name: 'operator',
        kind: 'Deployment',
        replicas: 'operator.replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['operator.affinity', 'affinity'],
        resources: ['resources.operator'],
      },
      {
        name: 'metrics-apiserver',
        kind: 'Deployment',
        replicas: 'metricsServer.replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['metricsServer.affinity', 'affinity'],
        resources: ['resources.metricServer'],
      },
      {
        name: 'admission-webhooks',
        kind: 'Deployment',
        when: ['webhooks.enabled'],
        replicas: 'webhooks.replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['webhooks.affinity', 'affinity'],
        resources: ['resources.webhooks'],
      },
    ],
  },
  'altinity-clickhouse-operator': {
    versions: ['0.25.5'],
    defaults: { metrics: { enabled: true } },
    pods: [
      {
        name: 'operator',
        kind: 'Deployment',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['operator.resources', { values: 'metrics.resources', when: ['metrics.enabled'] }],
      },
    ],
  },
  'spark-operator': {
    versions: ['2.4.0'],
    defaults: { controller: { replicas: 1 }, webhook: { enable: true, replicas: 1 } },
    pods: [
      {
        name: 'controller',
        kind: 'Deployment',
        nodeSelector: ['controller.nodeSelector'],
        tolerations: ['controller.tolerations'],
        affinity: ['controller.affinity'],
        resources: ['controller.resources'],
        replicas: 'controller.replicas',
      },
      {
        name: 'webhook',
        kind: 'Deployment',
        nodeSelector: ['webhook.nodeSelector'],
        tolerations: ['webhook.tolerations'],
        affinity: ['webhook.affinity'],
        resources: ['webhook.resources'],
        replicas: 'webhook.replicas',
        when: ['webhook.enable'],
      },
    ],
  },
  'flink-kubernetes-operator': {
    versions: ['1.12.1'],
    defaults: { replicas: 1, webhook: { create: true } },
    pods: [
      {
        name: 'operator',
        kind: 'Deployment',
        replicas: 'replicas',
        nodeSelector: ['operatorPod.nodeSelector'],
        tolerations: ['operatorPod.tolerations'],
        affinity: ['operatorPod.affinity'],
        resources: ['operatorPod.resources', { values: 'operatorPod.webhook.resources', when: ['webhook.create'] }],
      },
    ],
  },
  'prometheus-operator-crds': {
    versions: ['27.0.0'],
    defaults: {},
    pods: [],
  },
  'kube-prometheus-stack': {
    versions: ['65.1.1'],
    subcharts: { 'kube-state-metrics': 'charts/kube-state-metrics' },
    defaults: {
      prometheusOperator: {
        enabled: true,
        admissionWebhooks: { enabled: true, patch: { enabled: true }, deployment: { enabled: false, replicas: 1 } },
      },
      prometheus: { enabled: true, prometheusSpec: { replicas: 1 } },
      alertmanager: { enabled: true, alertmanagerSpec: { replicas: 1 } },
      kubeStateMetrics: { enabled: true },
      'kube-state-metrics': { replicas: 1 },
    },
    pods: [
      {
        name: 'operator',
        kind: 'Deployment',
        when: ['prometheusOperator.enabled'],
        nodeSelector: ['prometheusOperator.nodeSelector'],
        tolerations: ['prometheusOperator.tolerations'],
        affinity: ['prometheusOperator.affinity'],
        resources: ['prometheusOperator.resources'],
      },
      {
        name: 'admission-create',
        kind: 'Job',
        when: [
          'prometheusOperator.enabled',
          'prometheusOperator.admissionWebhooks.enabled',
          'prometheusOperator.admissionWebhooks.patch.enabled',
        ],
        nodeSelector: ['prometheusOperator.admissionWebhooks.patch.nodeSelector'],
        tolerations: ['prometheusOperator.admissionWebhooks.patch.tolerations'],
        affinity: ['prometheusOperator.admissionWebhooks.patch.affinity'],
        resources: ['prometheusOperator.admissionWebhooks.patch.resources'],
      },
      {
        name: 'admission-patch',
        kind: 'Job',
        when: [
          'prometheusOperator.enabled',
          'prometheusOperator.admissionWebhooks.enabled',
          'prometheusOperator.admissionWebhooks.patch.enabled',
        ],
        nodeSelector: ['prometheusOperator.admissionWebhooks.patch.nodeSelector'],
        tolerations: ['prometheusOperator.admissionWebhooks.patch.tolerations'],
        affinity: ['prometheusOperator.admissionWebhooks.patch.affinity'],
        resources: ['prometheusOperator.admissionWebhooks.patch.resources'],
      },
      {
        name: 'admission-webhook',
        kind: 'Deployment',
        when: ['prometheusOperator.enabled', 'prometheusOperator.admissionWebhooks.deployment.enabled'],
        replicas: 'prometheusOperator.admissionWebhooks.deployment.replicas',
        nodeSelector: ['prometheusOperator.admissionWebhooks.deployment.nodeSelector'],
        tolerations: ['prometheusOperator.admissionWebhooks.deployment.tolerations'],
        affinity: ['prometheusOperator.admissionWebhooks.deployment.affinity'],
        resources: ['prometheusOperator.admissionWebhooks.deployment.resources'],
      },
      {
        name: 'prometheus',
        kind: 'StatefulSet',
        when: ['prometheus.enabled'],
        replicas: 'prometheus.prometheusSpec.replicas',
        nodeSelector: ['prometheus.prometheusSpec.nodeSelector'],
        tolerations: ['prometheus.prometheusSpec.tolerations'],
        affinity: ['prometheus.prometheusSpec.affinity'],
        resources: ['prometheus.prometheusSpec.resources', 'prometheusOperator.prometheusConfigReloader.resources'],
        note: 'Rendered by the Prometheus operator from the Prometheus resource the chart creates.',
      },
      {
        name: 'alertmanager',
        kind: 'StatefulSet',
        when: ['alertmanager.enabled'],
        replicas: 'alertmanager.alertmanagerSpec.replicas',
        nodeSelector: ['alertmanager.alertmanagerSpec.nodeSelector'],
        tolerations: ['alertmanager.alertmanagerSpec.tolerations'],
        affinity: ['alertmanager.alertmanagerSpec.affinity'],
        resources: ['alertmanager.alertmanagerSpec.resources', 'prometheusOperator.prometheusConfigReloader.resources'],
        note: 'Rendered by the Prometheus operator from the Alertmanager resource the chart creates.',
      },
      {
        name: 'kube-state-metrics',
        kind: 'Deployment',
        when: ['kubeStateMetrics.enabled'],
        replicas: 'kube-state-metrics.replicas',
        nodeSelector: ['kube-state-metrics.nodeSelector'],
        tolerations: ['kube-state-metrics.tolerations'],
        affinity: ['kube-state-metrics.affinity'],
        resources: ['kube-state-metrics.resources'],
      },
    ],
  },
  grafana: {
    versions: ['8.0.0'],
    defaults: {
      replicas: 1,
      autoscaling: { minReplicas: 1, maxReplicas: 5, enabled: false },
      imageRenderer: { enabled: false, replicas: 1 },
    },
    pods: [
      {
        name: 'grafana',
        kind: 'Deployment',
        replicas: 'replicas',
        autoscaling: { enabled: 'autoscaling.enabled', min: 'autoscaling.minReplicas', max: 'autoscaling.maxReplicas' },
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
      {
        name: 'image-renderer',
        kind: 'Deployment',
        when: ['imageRenderer.enabled'],
        replicas: 'imageRenderer.replicas',
        nodeSelector: ['imageRenderer.nodeSelector'],
        tolerations: ['imageRenderer.tolerations'],
        affinity: ['imageRenderer.affinity'],
        resources: ['imageRenderer.resources'],
      },
    ],
  },
  loki: {
    versions: ['6.16.0'],
    defaults: {
      deploymentMode: 'SimpleScalable',
      singleBinary: {
        replicas: 0,
        autoscaling: { minReplicas: 1, maxReplicas: 3, enabled: false },
        affinity: {
          podAntiAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: [
              { labelSelector: { matchLabels: { 'app.kubernetes.io/component': 'single-binary' } }, topologyKey: 'kubernetes.io/hostname' },
            ],
          },
        },
      },
      sidecar: { rules: { enabled: true } },
      read: {
        replicas: 3,
        affinity: {
          podAntiAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: [
              { labelSelector: { matchLabels: { 'app.kubernetes.io/component': 'read' } }, topologyKey: 'kubernetes.io/hostname' },
            ],
          },
        },
      },
      write: {
        replicas: 3,
        affinity: {
          podAntiAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: [
              { labelSelector: { matchLabels: { 'app.kubernetes.io/component': 'write' } }, topologyKey: 'kubernetes.io/hostname' },
            ],
          },
        },
      },
      backend: {
        replicas: 3,
        affinity: {
          podAntiAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: [
              { labelSelector: { matchLabels: { 'app.kubernetes.io/component': 'backend' } }, topologyKey: 'kubernetes.io/hostname' },
            ],
          },
        },
      },
      gateway: {
        enabled: true,
        replicas: 1,
        affinity: {
          podAntiAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: [
              { labelSelector: { matchLabels: { 'app.kubernetes.io/component': 'gateway' } }, topologyKey: 'kubernetes.io/hostname' },
            ],
          },
        },
      },
      lokiCanary: { enabled: true },
      chunksCache: { enabled: true, replicas: 1 },
      resultsCache: { enabled: true, replicas: 1 },
    },
    pods: [
      {
        name: 'single-binary',
        kind: 'StatefulSet',
        when: ['deploymentMode=SingleBinary'],
        replicas: 'singleBinary.replicas',
        autoscaling: {
          enabled: 'singleBinary.autoscaling.enabled',
          min: 'singleBinary.autoscaling.minReplicas',
          max: 'singleBinary.autoscaling.maxReplicas',
        },
        nodeSelector: ['singleBinary.nodeSelector'],
        tolerations: ['singleBinary.tolerations'],
        affinity: ['singleBinary.affinity'],
        resources: ['singleBinary.resources', { values: 'sidecar.resources', when: ['sidecar.rules.enabled'] }],
      },
      {
        name: 'read',
        kind: 'Deployment',
        when: ['deploymentMode=SimpleScalable'],
        replicas: 'read.replicas',
        nodeSelector: ['read.nodeSelector'],
        tolerations: ['read.tolerations'],
        affinity: ['read.affinity'],
        resources: ['read.resources'],
      },
      {
        name: 'write',
        kind: 'StatefulSet',
        when: ['deploymentMode=SimpleScalable'],
        replicas: 'write.replicas',
        nodeSelector: ['write.nodeSelector'],
        tolerations: ['write.tolerations'],
        affinity: ['write.affinity'],
        resources: ['write.resources'],
      },
      {
        name: 'backend',
        kind: 'StatefulSet',
        when: ['deploymentMode=SimpleScalable'],
        replicas: 'backend.replicas',
        nodeSelector: ['backend.nodeSelector'],
        tolerations: ['backend.tolerations'],
        affinity: ['backend.affinity'],
        resources: ['backend.resources', { values: 'sidecar.resources', when: ['sidecar.rules.enabled'] }],
      },
      {
        name: 'gateway',
        kind: 'Deployment',
        when: ['gateway.enabled'],
        replicas: 'gateway.replicas',
        nodeSelector: ['gateway.nodeSelector'],
        tolerations: ['gateway.tolerations'],
        affinity: ['gateway.affinity'],
        resources: ['gateway.resources'],
      },
      {
        name: 'canary',
        kind: 'DaemonSet',
        when: ['lokiCanary.enabled'],
        nodeSelector: ['lokiCanary.nodeSelector'],
        tolerations: ['lokiCanary.tolerations'],
        resources: ['lokiCanary.resources'],
      },
      {
        name: 'chunks-cache',
        kind: 'StatefulSet',
        when: ['chunksCache.enabled'],
        replicas: 'chunksCache.replicas',
        nodeSelector: ['chunksCache.nodeSelector'],
        tolerations: ['chunksCache.tolerations'],
        affinity: ['chunksCache.affinity'],
        resources: ['chunksCache.resources'],
      },
      {
        name: 'results-cache',
        kind: 'StatefulSet',
        when: ['resultsCache.enabled'],
        replicas: 'resultsCache.replicas',
        nodeSelector: ['resultsCache.nodeSelector'],
        tolerations: ['resultsCache.tolerations'],
        affinity: ['resultsCache.affinity'],
        resources: ['resultsCache.resources'],
      },
    ],
  },
  tempo: {
    versions: ['1.24.4'],
    defaults: { replicas: 1, tempoQuery: { enabled: false } },
    pods: [
      {
        name: 'tempo',
        kind: 'StatefulSet',
        replicas: 'replicas',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['tempo.resources', { values: 'tempoQuery.resources', when: ['tempoQuery.enabled'] }],
      },
    ],
  },
  'opentelemetry-collector': {
    versions: ['0.108.0'],
    defaults: { replicaCount: 1, autoscaling: { minReplicas: 1, maxReplicas: 10, enabled: false } },
    pods: [
      {
        name: 'collector',
        kind: 'Deployment',
        when: ['mode=deployment'],
        replicas: 'replicaCount',
        autoscaling: { enabled: 'autoscaling.enabled', min: 'autoscaling.minReplicas', max: 'autoscaling.maxReplicas' },
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
      {
        name: 'collector',
        kind: 'StatefulSet',
        when: ['mode=statefulset'],
        replicas: 'replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
      {
        name: 'agent',
        kind: 'DaemonSet',
        when: ['mode=daemonset'],
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  minio: {
    // 5.4.0 (tag RELEASE.2025-09-06T17-38-46Z) places its pods from the same keys (templates read there).
    versions: ['5.2.0', '5.4.0'],
    defaults: {
      mode: 'distributed',
      replicas: 16,
      resources: { requests: { memory: '16Gi' } },
      makeBucketJob: { resources: { requests: { memory: '128Mi' } } },
    },
    pods: [
      {
        name: 'minio',
        kind: 'StatefulSet',
        when: ['mode=distributed'],
        replicas: 'replicas',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
      {
        name: 'minio',
        kind: 'Deployment',
        when: ['mode=standalone'],
        replicas: 1,
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
      {
        name: 'post-job',
        kind: 'Job',
        when: ['buckets'],
        nodeSelector: ['postJob.nodeSelector'],
        tolerations: ['postJob.tolerations'],
        affinity: ['postJob.affinity'],
        resources: ['makeBucketJob.resources'],
        note: 'Rendered when buckets, users, policies or service accounts are set; the matih values set buckets.',
      },
    ],
  },
  qdrant: {
    versions: ['1.12.4'],
    defaults: { replicaCount: 1 },
    pods: [
      {
        name: 'qdrant',
        kind: 'StatefulSet',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
        replicas: 'replicaCount',
      },
    ],
  },
  polaris: {
    versions: ['1.7.0'],
    defaults: { replicaCount: 1, autoscaling: { minReplicas: 1, maxReplicas: 3, enabled: false } },
    pods: [
      {
        name: 'polaris',
        kind: 'Deployment',
        replicas: 'replicaCount',
        autoscaling: { enabled: 'autoscaling.enabled', min: 'autoscaling.minReplicas', max: 'autoscaling.maxReplicas' },
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  'hive-metastore': {
    versions: ['1.4.0'],
    defaults: {
      replicaCount: 2,
      autoscaling: { minReplicas: 1, maxReplicas: 3, enabled: false },
      resources: { limits: { cpu: '500m', memory: '1024Mi' }, requests: { cpu: '100m', memory: '512Mi' } },
    },
    pods: [
      {
        name: 'hive-metastore',
        kind: 'Deployment',
        replicas: 'replicaCount',
        autoscaling: { enabled: 'autoscaling.enabled', min: 'autoscaling.minReplicas', max: 'autoscaling.maxReplicas' },
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  'spark-history-server': {
    versions: ['1.0.0'],
    defaults: { replicaCount: 1 },
    pods: [
      {
        name: 'spark-history-server',
        kind: 'Deployment',
        replicas: 'replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  mlflow: {
    versions: ['1.8.1'],
    defaults: { replicaCount: 1, autoscaling: { minReplicas: 1, maxReplicas: 5, enabled: false } },
    pods: [
      {
        name: 'mlflow',
        kind: 'Deployment',
        replicas: 'replicaCount',
        autoscaling: { enabled: 'autoscaling.enabled', min: 'autoscaling.minReplicas', max: 'autoscaling.maxReplicas' },
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  'feast-feature-server': {
    // 0.48.1 (tag v0.48.1): the same keys.
    versions: ['0.46.0', '0.48.1'],
    defaults: { replicaCount: 1 },
    pods: [
      {
        name: 'feature-server',
        kind: 'Deployment',
        replicas: 'replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  ollama: {
    versions: ['1.77.0'],
    defaults: {
      replicaCount: 1,
      autoscaling: { minReplicas: 1, maxReplicas: 100, enabled: false },
      resources: { requests: {}, limits: {} },
    },
    pods: [
      {
        name: 'ollama',
        kind: 'Deployment',
        replicas: 'replicaCount',
        autoscaling: { enabled: 'autoscaling.enabled', min: 'autoscaling.minReplicas', max: 'autoscaling.maxReplicas' },
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  openmetadata: {
    versions: ['1.12.10'],
    defaults: {
      replicaCount: 1,
      hpa: { minReplicas: 1, maxReplicas: 5, enabled: false },
      omjobOperator: {
        enabled: false,
        resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
      },
    },
    pods: [
      {
        name: 'openmetadata',
        kind: 'Deployment',
        replicas: 'replicaCount',
        autoscaling: { enabled: 'hpa.enabled', min: 'hpa.minReplicas', max: 'hpa.maxReplicas' },
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
      { name: 'omjob-operator', kind: 'Deployment', when: ['omjobOperator.enabled'], replicas: 1, resources: ['omjobOperator.resources'] },
    ],
  },
  // The vendored values.yaml is a customised copy (placement `workloads: catalog`, resources, statsd off); the defaults are upstream 1.15.0's.
  airflow: {
    versions: ['1.15.0'],
    upstreamDefaults: true,
    defaults: {
      scheduler: { enabled: true, replicas: 1, logGroomerSidecar: { enabled: true } },
      webserver: { enabled: true, replicas: 1, defaultUser: { enabled: true } },
      triggerer: { enabled: true, replicas: 1, logGroomerSidecar: { enabled: true } },
      dagProcessor: { enabled: false, replicas: 1, logGroomerSidecar: { enabled: true } },
      statsd: { enabled: true },
      migrateDatabaseJob: { enabled: true },
    },
    pods: [
      {
        name: 'scheduler',
        kind: 'Deployment',
        nodeSelector: ['scheduler.nodeSelector', 'nodeSelector'],
        tolerations: ['scheduler.tolerations', 'tolerations'],
        affinity: ['scheduler.affinity', 'affinity'],
        resources: [
          'scheduler.resources',
          { values: 'scheduler.logGroomerSidecar.resources', when: ['scheduler.logGroomerSidecar.enabled'] },
        ],
        when: ['scheduler.enabled'],
        replicas: 'scheduler.replicas',
      },
      {
        name: 'webserver',
        kind: 'Deployment',
        nodeSelector: ['webserver.nodeSelector', 'nodeSelector'],
        tolerations: ['webserver.tolerations', 'tolerations'],
        affinity: ['webserver.affinity', 'affinity'],
        resources: ['webserver.resources'],
        when: ['webserver.enabled'],
        replicas: 'webserver.replicas',
      },
      {
        name: 'triggerer',
        kind: 'StatefulSet',
        nodeSelector: ['triggerer.nodeSelector', 'nodeSelector'],
        tolerations: ['triggerer.tolerations', 'tolerations'],
        affinity: ['triggerer.affinity', 'affinity'],
        resources: [
          'triggerer.resources',
          { values: 'triggerer.logGroomerSidecar.resources', when: ['triggerer.logGroomerSidecar.enabled'] },
        ],
        when: ['triggerer.enabled'],
        replicas: 'triggerer.replicas',
      },
      {
        name: 'dagProcessor',
        kind: 'Deployment',
        nodeSelector: ['dagProcessor.nodeSelector', 'nodeSelector'],
        tolerations: ['dagProcessor.tolerations', 'tolerations'],
        affinity: ['dagProcessor.affinity', 'affinity'],
        resources: [
          'dagProcessor.resources',
          { values: 'dagProcessor.logGroomerSidecar.resources', when: ['dagProcessor.logGroomerSidecar.enabled'] },
        ],
        when: ['dagProcessor.enabled'],
        replicas: 'dagProcessor.replicas',
      },
      {
        name: 'statsd',
        kind: 'Deployment',
        nodeSelector: ['statsd.nodeSelector', 'nodeSelector'],
        tolerations: ['statsd.tolerations', 'tolerations'],
        affinity: ['statsd.affinity', 'affinity'],
        resources: ['statsd.resources'],
        when: ['statsd.enabled'],
        replicas: 1,
      },
      {
        name: 'migrateDatabaseJob',
        kind: 'Job',
        nodeSelector: ['migrateDatabaseJob.nodeSelector', 'nodeSelector'],
        tolerations: ['migrateDatabaseJob.tolerations', 'tolerations'],
        affinity: ['migrateDatabaseJob.affinity', 'affinity'],
        resources: ['migrateDatabaseJob.resources'],
        when: ['migrateDatabaseJob.enabled'],
      },
      {
        name: 'createUserJob',
        kind: 'Job',
        nodeSelector: ['createUserJob.nodeSelector', 'nodeSelector'],
        tolerations: ['createUserJob.tolerations', 'tolerations'],
        affinity: ['createUserJob.affinity', 'affinity'],
        resources: ['createUserJob.resources'],
        when: ['webserver.defaultUser.enabled'],
      },
      {
        name: 'workers',
        kind: 'Pod',
        nodeSelector: ['workers.nodeSelector', 'nodeSelector'],
        tolerations: ['workers.tolerations', 'tolerations'],
        affinity: ['workers.affinity', 'affinity'],
        resources: ['workers.resources'],
        dynamic: true,
        note: 'KubernetesExecutor task pods, started by the scheduler from the pod template file.',
      },
    ],
  },
  jupyterhub: {
    versions: ['3.3.8'],
    defaults: {
      scheduling: {
        corePods: {
          tolerations: [
            { key: 'hub.jupyter.org/dedicated', operator: 'Equal', value: 'core', effect: 'NoSchedule' },
            { key: 'hub.jupyter.org_dedicated', operator: 'Equal', value: 'core', effect: 'NoSchedule' },
          ],
        },
        userScheduler: { enabled: true, replicas: 2 },
        userPlaceholder: { enabled: true, replicas: 0 },
        userPods: {
          tolerations: [
            { key: 'hub.jupyter.org/dedicated', operator: 'Equal', value: 'user', effect: 'NoSchedule' },
            { key: 'hub.jupyter.org_dedicated', operator: 'Equal', value: 'user', effect: 'NoSchedule' },
          ],
        },
      },
      prePuller: { continuous: { enabled: true } },
      singleuser: { memory: { guarantee: '1G' } },
    },
    pods: [
      {
        name: 'hub',
        kind: 'Deployment',
        replicas: 1,
        nodeSelector: ['hub.nodeSelector'],
        tolerations: { concat: ['scheduling.corePods.tolerations', 'hub.tolerations'] },
        resources: ['hub.resources'],
      },
      {
        name: 'proxy',
        kind: 'Deployment',
        replicas: 1,
        nodeSelector: ['proxy.chp.nodeSelector'],
        tolerations: { concat: ['scheduling.corePods.tolerations', 'proxy.chp.tolerations'] },
        resources: ['proxy.chp.resources'],
      },
      {
        name: 'user-scheduler',
        kind: 'Deployment',
        when: ['scheduling.userScheduler.enabled'],
        replicas: 'scheduling.userScheduler.replicas',
        nodeSelector: ['scheduling.userScheduler.nodeSelector'],
        tolerations: { concat: ['scheduling.corePods.tolerations', 'scheduling.userScheduler.tolerations'] },
        resources: ['scheduling.userScheduler.resources'],
      },
      {
        name: 'user-placeholder',
        kind: 'StatefulSet',
        when: ['scheduling.userPlaceholder.enabled'],
        replicas: 'scheduling.userPlaceholder.replicas',
        nodeSelector: ['singleuser.nodeSelector'],
        tolerations: { concat: ['scheduling.userPods.tolerations', 'singleuser.extraTolerations'] },
        resources: ['scheduling.userPlaceholder.resources'],
      },
      {
        name: 'continuous-image-puller',
        kind: 'DaemonSet',
        when: ['prePuller.continuous.enabled'],
        nodeSelector: ['singleuser.nodeSelector'],
        tolerations: { concat: ['scheduling.userPods.tolerations', 'singleuser.extraTolerations', 'prePuller.extraTolerations'] },
        resources: ['prePuller.resources'],
      },
      {
        name: 'singleuser',
        kind: 'Pod',
        dynamic: true,
        nodeSelector: ['singleuser.nodeSelector'],
        tolerations: { concat: ['scheduling.userPods.tolerations', 'singleuser.extraTolerations'] },
        requests: { cpu: 'singleuser.cpu.guarantee', memory: 'singleuser.memory.guarantee' },
        note: 'One pod per user server, spawned by the hub.',
      },
    ],
  },
  trino: {
    versions: ['0.33.0'],
    defaults: { server: { workers: 2, autoscaling: { maxReplicas: 5, enabled: false } } },
    pods: [
      {
        name: 'coordinator',
        kind: 'Deployment',
        replicas: 1,
        nodeSelector: ['coordinator.nodeSelector'],
        tolerations: ['coordinator.tolerations'],
        affinity: ['coordinator.affinity'],
        resources: ['coordinator.resources'],
      },
      {
        name: 'worker',
        kind: 'Deployment',
        replicas: 'server.workers',
        autoscaling: { enabled: 'server.autoscaling.enabled', min: 'server.workers', max: 'server.autoscaling.maxReplicas' },
        nodeSelector: ['worker.nodeSelector'],
        tolerations: ['worker.tolerations'],
        affinity: ['worker.affinity'],
        resources: ['worker.resources'],
      },
    ],
  },
  'vllm-stack': {
    versions: ['0.1.12'],
    defaults: {
      routerSpec: {
        enableRouter: true,
        replicaCount: 1,
        autoscaling: { minReplicas: 1, maxReplicas: 3, enabled: false },
        resources: { requests: { cpu: '400m', memory: '1000Mi' }, limits: { memory: '1000Mi' } },
      },
      servingEngineSpec: {
        enableEngine: true,
        modelSpec: [
          {
            affinity: {},
            enabled: false,
            nodeSelectorTerms: [],
            replicaCount: 1,
            requestCPU: 6,
            requestGPU: 1,
            requestMemory: '16Gi',
            tolerations: [],
          },
        ],
      },
    },
    pods: [
      {
        name: 'router',
        kind: 'Deployment',
        when: ['routerSpec.enableRouter'],
        replicas: 'routerSpec.replicaCount',
        autoscaling: {
          enabled: 'routerSpec.autoscaling.enabled',
          min: 'routerSpec.autoscaling.minReplicas',
          max: 'routerSpec.autoscaling.maxReplicas',
        },
        affinity: ['routerSpec.affinity'],
        nodeSelectorTerms: 'routerSpec.nodeSelectorTerms',
        resources: ['routerSpec.resources'],
        note: 'The router template renders no tolerations: it can only run on an untainted pool.',
      },
      {
        name: 'engine',
        kind: 'Deployment',
        when: ['servingEngineSpec.enableEngine', '@enabled!=false'],
        each: 'servingEngineSpec.modelSpec',
        replicas: '@replicaCount',
        tolerations: { concat: ['servingEngineSpec.tolerations', '@tolerations'] },
        affinity: ['@affinity'],
        nodeSelectorTerms: '@nodeSelectorTerms',
        requests: { cpu: '@requestCPU', memory: '@requestMemory', gpu: '@requestGPU' },
      },
    ],
  },
  // Charts below are not vendored in ../shared: written from each chart's repository at the ref of config/chart-sources.ts.
  'nginx-ingress': {
    versions: ['2.6.4'],
    vendored: false,
    defaults: {
      controller: {
        kind: 'deployment',
        replicaCount: 1,
        autoscaling: { enabled: false, minReplicas: 1, maxReplicas: 3 },
        resources: { requests: { cpu: '100m', memory: '128Mi' } },
      },
    },
    pods: [
      {
        name: 'controller',
        kind: 'Deployment',
        when: ['controller.kind=deployment'],
        replicas: 'controller.replicaCount',
        autoscaling: {
          enabled: 'controller.autoscaling.enabled',
          min: 'controller.autoscaling.minReplicas',
          max: 'controller.autoscaling.maxReplicas',
        },
        nodeSelector: ['controller.nodeSelector'],
        tolerations: ['controller.tolerations'],
        affinity: ['controller.affinity'],
        resources: ['controller.resources'],
      },
      {
        name: 'controller',
        kind: 'DaemonSet',
        when: ['controller.kind=daemonset'],
        nodeSelector: ['controller.nodeSelector'],
        tolerations: ['controller.tolerations'],
        affinity: ['controller.affinity'],
        resources: ['controller.resources'],
      },
    ],
  },
  'cloudnative-pg': {
    versions: ['0.29.0'],
    vendored: false,
    defaults: { replicaCount: 1 },
    pods: [
      {
        name: 'operator',
        kind: 'Deployment',
        replicas: 'replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  'plugin-barman-cloud': {
    versions: ['0.7.0'],
    vendored: false,
    defaults: { replicaCount: 1 },
    pods: [
      {
        name: 'plugin',
        kind: 'Deployment',
        replicas: 'replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  'eck-operator': {
    versions: ['3.5.0'],
    vendored: false,
    defaults: { replicaCount: 1, resources: { limits: { cpu: 1, memory: '1Gi' }, requests: { cpu: '100m', memory: '150Mi' } } },
    pods: [
      {
        name: 'operator',
        kind: 'StatefulSet',
        replicas: 'replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  snapscheduler: {
    versions: ['3.5.0'],
    vendored: false,
    defaults: {
      replicaCount: 1,
      nodeSelector: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/os': 'linux' },
      resources: { requests: { cpu: '10m', memory: '100Mi' } },
      rbacProxy: { resources: { requests: { cpu: '10m', memory: '100Mi' } } },
    },
    pods: [
      {
        name: 'snapscheduler',
        kind: 'Deployment',
        replicas: 'replicaCount',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['rbacProxy.resources', 'resources'],
      },
    ],
  },
  'redis-operator': {
    versions: ['0.24.0'],
    vendored: false,
    defaults: { replicas: 1, resources: { limits: { cpu: '500m', memory: '500Mi' }, requests: { cpu: '500m', memory: '500Mi' } } },
    pods: [
      {
        name: 'operator',
        kind: 'Deployment',
        replicas: 'replicas',
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
      },
    ],
  },
  'mongodb-kubernetes': {
    versions: ['1.10.0'],
    vendored: false,
    defaults: { operator: { resources: { requests: { cpu: '500m', memory: '200Mi' }, limits: { cpu: '1100m', memory: '1Gi' } } } },
    pods: [
      {
        name: 'operator',
        kind: 'Deployment',
        replicas: 1,
        resources: ['operator.resources'],
        note: 'templates/operator.yaml renders no nodeSelector, tolerations or affinity, and `replicas: min 1 .Values.operator.replicas`: one pod, wherever an untainted pool is.',
      },
    ],
  },
  'nvidia-device-plugin': {
    versions: ['0.20.0'],
    vendored: false,
    defaults: {
      devicePlugin: { enabled: true },
      tolerations: [
        { key: 'CriticalAddonsOnly', operator: 'Exists' },
        { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
      ],
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'feature.node.kubernetes.io/pci-10de.present', operator: 'In', values: ['true'] }] },
              { matchExpressions: [{ key: 'feature.node.kubernetes.io/cpu-model.vendor_id', operator: 'In', values: ['NVIDIA'] }] },
              { matchExpressions: [{ key: 'nvidia.com/gpu.present', operator: 'In', values: ['true'] }] },
            ],
          },
        },
      },
    },
    pods: [
      {
        name: 'device-plugin',
        kind: 'DaemonSet',
        when: ['devicePlugin.enabled'],
        nodeSelector: ['nodeSelector'],
        tolerations: ['tolerations'],
        affinity: ['affinity'],
        resources: ['resources'],
        devicePlugin: true,
      },
    ],
  },
};
