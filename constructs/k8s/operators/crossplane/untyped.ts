/**
 * Custom kinds this folder renders with a plain `ApiObject` because no CRD of theirs is vendored in
 * ../shared/crds (so neither a typed import nor schema validation exists). The safety gate skips
 * schema validation for exactly these `apiVersion` + `kind` pairs; everything else must validate.
 */
export interface UntypedKind {
  readonly apiVersion: string;
  readonly kind: string;
  readonly reason: string;
}

export const UNTYPED_CUSTOM_KINDS: readonly UntypedKind[] = [
  { apiVersion: 'pkg.crossplane.io/v1beta1', kind: 'DeploymentRuntimeConfig', reason: 'Crossplane core CRD not vendored' },
  { apiVersion: 'pkg.crossplane.io/v1', kind: 'Function', reason: 'Crossplane core CRD not vendored' },
  { apiVersion: 'aws.m.upbound.io/v1beta1', kind: 'ClusterProviderConfig', reason: 'provider-upjet-aws CRDs not vendored' },
  { apiVersion: 'gcp.m.upbound.io/v1beta1', kind: 'ClusterProviderConfig', reason: 'provider-upjet-gcp CRDs not vendored' },
  {
    apiVersion: 'platform.matih.ai/v1alpha1',
    kind: 'TenantBucket',
    reason: "defined by this repository's own XRD (data/crossplane.yaml), not by a vendored CRD",
  },
  // Operated data components (constructs/operators/{strimzi/kafka-connect,clickhouse,spark,flink}): their operators' CRDs are not vendored.
  {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaConnect',
    reason: 'Strimzi 1.2.0 KafkaConnect CRD not vendored (only Kafka, KafkaNodePool, KafkaTopic, KafkaUser are)',
  },
  { apiVersion: 'kafka.strimzi.io/v1', kind: 'KafkaConnector', reason: 'Strimzi 1.2.0 KafkaConnector CRD not vendored' },
  { apiVersion: 'clickhouse.altinity.com/v1', kind: 'ClickHouseInstallation', reason: 'Altinity clickhouse-operator CRDs not vendored' },
  {
    apiVersion: 'clickhouse-keeper.altinity.com/v1',
    kind: 'ClickHouseKeeperInstallation',
    reason: 'Altinity clickhouse-operator CRDs not vendored',
  },
  { apiVersion: 'sparkoperator.k8s.io/v1alpha1', kind: 'SparkConnect', reason: 'Kubeflow spark-operator CRDs not vendored' },
  { apiVersion: 'flink.apache.org/v1beta1', kind: 'FlinkDeployment', reason: 'flink-kubernetes-operator CRDs not vendored' },
];

export function isUntypedKind(apiVersion: string, kind: string): boolean {
  return UNTYPED_CUSTOM_KINDS.some((k) => k.apiVersion === apiVersion && k.kind === kind);
}
