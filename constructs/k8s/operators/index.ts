import { type OperatorAddOn, operatorFeature } from './add-on';
import { chromadbBackupAddOn } from './backup/chromadb';
import { dgraphBackupAddOn } from './backup/dgraph';
import { neo4jBackupAddOn } from './backup/neo4j';
import { qdrantBackupAddOn } from './backup/qdrant';
import { clickHouseAddOn } from './clickhouse';
import { postgresAddOn } from './cloudnative-pg';
import { elasticsearchAddOn } from './elasticsearch';
import { crossplaneAddOn } from './crossplane';
import { flinkAddOn } from './flink';
import { kubeRayAddOn } from './kuberay';
import { minioBackupAddOn } from './minio';
import { mongoAddOn } from './mongodb';
import { monitoringAddOn } from './monitoring';
import { redisAddOn } from './redis';
import { volumeSnapshotsAddOn } from './snapscheduler';
import { sparkConnectAddOn } from './spark';
import { kafkaAddOn, kafkaConnectAddOn } from './strimzi';
import { temporalAddOn } from './temporal';

export type { OperatorAddOn } from './add-on';

/**
 * Every operator add-on, in render order: custom resources reconciled by the operators the GitOps
 * feature installs (PostgreSQL by CloudNativePG, Redis, Elasticsearch by ECK, MongoDB, Kafka and Kafka Connect by Strimzi, ClickHouse, MinIO's backup mirror, snapshot schedules, Spark Connect, Flink, Ray,
 * Temporal, Crossplane packages and tenant buckets, alert rules). Add an operator: a folder with
 * its constructs and an `OperatorAddOn`, listed here.
 */
export const OPERATOR_ADD_ONS: readonly OperatorAddOn[] = [
  postgresAddOn,
  redisAddOn,
  elasticsearchAddOn,
  mongoAddOn,
  // Dump jobs of chart and service components with a backup policy (the components themselves render elsewhere).
  qdrantBackupAddOn,
  dgraphBackupAddOn,
  chromadbBackupAddOn,
  neo4jBackupAddOn,
  // Scheduled CSI snapshots of chart components' claims (JupyterHub's per-user volumes), by snapscheduler.
  volumeSnapshotsAddOn,
  kafkaAddOn,
  kafkaConnectAddOn,
  clickHouseAddOn,
  minioBackupAddOn,
  sparkConnectAddOn,
  flinkAddOn,
  kubeRayAddOn,
  temporalAddOn,
  crossplaneAddOn,
  monitoringAddOn,
];

export const operators = operatorFeature(OPERATOR_ADD_ONS);
