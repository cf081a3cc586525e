/**
 * The images a chart runs that its values do not show: INVENTORY.md (lib/insight/images.ts) reads a
 * chart's images from its merged values, which for a chart version without vendored files
 * (config/chart-values.ts, `unvendored`) are only the Application's own values. `npm run
 * charts:verify` checks every image of each rendered chart against the Application's inventory
 * entry, so a table that drifts from the chart is a finding.
 */
import type { ChartValues } from '../imports/charts';
import type { UnvendoredChartKey } from './chart-values';

export interface ChartImage {
  /** The image as the pinned chart version renders it by default. */
  readonly image: string;
  /**
   * The values map that sets it (`{ repository, tag }` style), so the Application's values override
   * it; none when no value does (a template constant, or an operator setting read as a whole).
   */
  readonly values?: string;
  /** What runs it, when not a pod the chart renders (an operator's default for the pods of its resources). */
  readonly note?: string;
}

/** Default images of each unvendored chart version the platform enables, from the chart's values.yaml at the tag of config/chart-sources.ts. */
export const CHART_DEFAULT_IMAGES: { readonly [K in UnvendoredChartKey]?: readonly ChartImage[] } = {
  'minio@5.4.0': [
    // minio/minio RELEASE.2025-01-18T00-31-37Z helm/minio/values.yaml: image, mcImage (the post-job).
    { image: 'quay.io/minio/minio:RELEASE.2024-12-18T13-15-44Z', values: 'image' },
    { image: 'quay.io/minio/mc:RELEASE.2024-11-21T17-21-54Z', values: 'mcImage' },
  ],
  'feast-feature-server@0.48.1': [
    // feast-dev/feast v0.48.1 infra/charts/feast-feature-server/values.yaml: image.
    { image: 'quay.io/feastdev/feature-server:0.48.1', values: 'image' },
  ],
  'nginx-ingress@2.6.4': [
    // nginx/kubernetes-ingress v5.5.4 charts/nginx-ingress/values.yaml: controller.image, tag defaulting to appVersion 5.5.4
    // (App Protect images run only with controller.appprotect.enable).
    { image: 'nginx/nginx-ingress:5.5.4', values: 'controller.image' },
  ],
  'cloudnative-pg@0.29.0': [
    // cloudnative-pg/charts cloudnative-pg-v0.29.0 charts/cloudnative-pg/values.yaml: image, tag defaulting to appVersion 1.30.0.
    { image: 'ghcr.io/cloudnative-pg/cloudnative-pg:1.30.0', values: 'image' },
  ],
  'plugin-barman-cloud@0.7.0': [
    // cloudnative-pg/charts plugin-barman-cloud-v0.7.0 charts/plugin-barman-cloud/values.yaml: image and sidecarImage, tags
    // defaulting to appVersion v0.13.0.
    { image: 'ghcr.io/cloudnative-pg/plugin-barman-cloud:v0.13.0', values: 'image' },
    {
      image: 'ghcr.io/cloudnative-pg/plugin-barman-cloud-sidecar:v0.13.0',
      note: 'sidecar the plugin adds to the pods of Clusters using it',
    },
  ],
  'eck-operator@3.5.0': [
    // elastic/cloud-on-k8s v3.5.0 deploy/eck-operator/values.yaml: image, tag defaulting to appVersion 3.5.0.
    { image: 'docker.elastic.co/eck/eck-operator:3.5.0', values: 'image' },
  ],
  'redis-operator@0.24.0': [
    // OT-CONTAINER-KIT/redis-operator charts/redis-operator/values.yaml: redisOperator.imageName, imageTag defaulting to
    // v<appVersion> (the operator's init container uses the same image, initContainerImageTag).
    { image: 'quay.io/opstree/redis-operator:v0.24.0' },
  ],
  'mongodb-kubernetes@1.10.0': [
    // mongodb/mongodb-kubernetes 1.10.0 helm_chart/values.yaml: registry.operator + operator.name:operator.version.
    { image: 'quay.io/mongodb/mongodb-kubernetes:1.10.0' },
    // The same values.yaml, community.* and registry.versionUpgradeHook/readinessProbe: the operator's settings for the pods of
    // MongoDBCommunity resources (the mongod image itself: MONGODB_COMMUNITY_IMAGES).
    { image: 'quay.io/mongodb/mongodb-agent:108.0.25.9029-1', note: 'agent container of MongoDBCommunity pods' },
    {
      image: 'quay.io/mongodb/mongodb-kubernetes-operator-version-upgrade-post-start-hook:1.0.10',
      note: 'init container of MongoDBCommunity pods',
    },
    { image: 'quay.io/mongodb/mongodb-kubernetes-readinessprobe:1.0.24', note: 'init container of MongoDBCommunity pods' },
  ],
  'snapscheduler@3.5.0': [
    // backube/snapscheduler v3.5.0 helm/snapscheduler/values.yaml: image (tag: appVersion), rbacProxy.image.
    { image: 'quay.io/backube/snapscheduler:3.5.0', values: 'image' },
    {
      image: 'quay.io/brancz/kube-rbac-proxy:v0.19.1@sha256:9f21034731c7c3228611b9d40807f3230ce8ed2b286b913bf2d1e760d8d866fc',
      values: 'rbacProxy.image',
    },
  ],
  'nvidia-device-plugin@0.20.0': [
    // NVIDIA/k8s-device-plugin v0.20.0 deployments/helm/nvidia-device-plugin/values.yaml: image, tag defaulting to
    // v<appVersion> (templates/_helpers.tpl nvidia-device-plugin.fullimage).
    { image: 'nvcr.io/nvidia/k8s-device-plugin:v0.20.0', values: 'image' },
  ],
};

/** `<chart>@<version>` of every chart version a component may pin: vendored (imports/charts) or not (config/chart-values.ts). */
type ChartKey = keyof ChartValues | UnvendoredChartKey;

/** The images temporal-operator gives a TemporalCluster whose spec names none (lib/k8s/operator-images.ts). */
interface TemporalOperatorDefaults {
  /** Server version when the spec names none. */
  readonly version: string;
  readonly image: string;
  readonly ui: string;
  readonly uiVersion: string;
  readonly admintools: string;
}

/** By the temporal-operator chart version pinned; a version without an entry is flagged in INVENTORY.md. */
export const TEMPORAL_OPERATOR_DEFAULTS: { readonly [K in Extract<ChartKey, `temporal-operator@${string}`>]?: TemporalOperatorDefaults } = {
  // alexandrevilain/temporal-operator v0.22.0 (the chart's appVersion) api/v1beta1/temporalcluster_defaults.go.
  'temporal-operator@0.6.0': {
    version: '1.24.3',
    image: 'temporalio/server',
    ui: 'temporalio/ui',
    uiVersion: '2.27.3',
    admintools: 'temporalio/admin-tools',
  },
};

/** The mongod image of MongoDBCommunity resources: `<repo>/<name>:<version>-<imageType>`. */
interface MongoDbCommunityImage {
  readonly repo: string;
  readonly name: string;
  readonly imageType: string;
}

/** By the mongodb-kubernetes chart version pinned; a version without an entry is flagged in INVENTORY.md. */
export const MONGODB_COMMUNITY_IMAGES: { readonly [K in Extract<ChartKey, `mongodb-kubernetes@${string}`>]?: MongoDbCommunityImage } = {
  // mongodb/mongodb-kubernetes 1.10.0 helm_chart/values.yaml community.mongodb (repo, name, imageType), which the operator
  // receives as MDB_COMMUNITY_REPO_URL/_IMAGE/_IMAGE_TYPE.
  'mongodb-kubernetes@1.10.0': { repo: 'quay.io/mongodb', name: 'mongodb-community-server', imageType: 'ubi8' },
};

/** How a vendored chart's template writes an image tag where that is not the values' tag or the appVersion. */
export interface TemplateTagDefault {
  /** The values map of the image. */
  readonly values: string;
  /** The tag the template uses when the values leave it empty; `{appVersion}` stands for the chart's appVersion. */
  readonly tag?: string;
  /** Text the template appends to the tag (only when the values path `when` is true, if given). */
  readonly suffix?: { readonly text: string; readonly when?: string };
  /** What the inventory row should add about how the image is run. */
  readonly note?: string;
  /** Values paths of which one must be true for any template to render the image. */
  readonly onlyWhen?: readonly string[];
}

/** By `<chart>@<version>`; each entry names the template that writes the tag. */
export const TEMPLATE_TAG_DEFAULTS: Readonly<Record<string, readonly TemplateTagDefault[]>> = {
  'loki@6.16.0': [
    // templates/_helpers.tpl loki.kubectlImage: `"defaultVersion" "latest"`; used by the tokengen and provisioner Jobs only,
    // each rendered under `if and .Values.enterprise.<job>.enabled .Values.enterprise.enabled`.
    { values: 'kubectlImage', tag: 'latest', onlyWhen: ['enterprise.enabled'] },
  ],
  // templates/deployment.yaml and rbac-manager-deployment.yaml: `.Values.image.tag | default (printf "v%s" .Chart.AppVersion)`.
  'crossplane@2.3.4': [{ values: 'image', tag: 'v{appVersion}' }],
  // templates/_helpers.tpl external-dns.image: `default (printf "v%s" .Chart.AppVersion) .Values.image.tag`.
  'external-dns@1.15.0': [{ values: 'image', tag: 'v{appVersion}' }],
  // charts/kube-state-metrics/templates/_helpers.tpl kube-state-metrics.image: `default (printf "v%s" .Chart.AppVersion)`.
  'kube-prometheus-stack@65.1.1': [{ values: 'kube-state-metrics.image', tag: 'v{appVersion}' }],
  // templates/_kafka_image_map.tpl (generated, 1.2.0): these values are prefixes of the operator's image maps; the tag
  // gets `-kafka-<version>` for each Kafka version the operator supports (4.2.0 to 4.3.1, the default 4.3.1).
  'strimzi-kafka-operator@1.2.0': ['kafka', 'kafkaConnect', 'kafkaMirrorMaker2', 'cruiseControl', 'kafkaExporter'].map((key) => ({
    values: `${key}.image`,
    suffix: { text: '-kafka-4.3.1' },
    note: "the operator's default; it runs the image of the Kafka version a resource names (see the rows of the Kafka resources)",
  })),
  // templates/statefulset.yaml: `{{ .Values.image.useUnprivilegedImage | ternary "-unprivileged" "" }}` after the tag.
  'qdrant@1.12.4': [{ values: 'image', suffix: { text: '-unprivileged', when: 'image.useUnprivilegedImage' } }],
};
