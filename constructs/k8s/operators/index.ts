import type { Feature } from '../core/target-scope';
import { buildClickHouse } from './clickhouse';
import { buildCrossplane } from './crossplane';
import { buildFlink } from './flink';
import { buildKubeRay } from './kuberay';
import { buildMonitoring } from './monitoring';
import { buildSparkConnect } from './spark';
import { buildKafkaConnect, buildStrimzi } from './strimzi';
import { buildTemporal } from './temporal';

/**
 * Custom resources reconciled by the operators the GitOps feature installs: Kafka (Strimzi),
 * KafkaConnect (Strimzi), RayCluster (KubeRay), TemporalCluster, ClickHouse (Altinity), SparkConnect,
 * FlinkDeployment, Crossplane packages/APIs/tenant buckets, alert rules.
 * Each builder renders nothing when its catalog component is disabled.
 */
export const operators: Feature = (charts, model) => {
  buildStrimzi(charts, model);
  buildKafkaConnect(charts, model);
  buildClickHouse(charts, model);
  buildSparkConnect(charts, model);
  buildFlink(charts, model);
  buildKubeRay(charts, model);
  buildTemporal(charts, model);
  buildCrossplane(charts, model);
  buildMonitoring(charts, model);
};
