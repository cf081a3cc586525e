import { KAFKA_CLUSTER_NAME, KAFKA_CONNECT_CLUSTER_NAME } from '../../../../config/components/data-infrastructure';
import { IMAGE_REPOSITORY_PREFIX, PG_HOST } from '../../../../config/components/define';
import { KAFKA_CA_SECRET } from '../../../../config/secrets';
import type { KafkaComponentSizing, ReplicaSizing, ResolvedTarget } from '../../../../config/types';
import { strimziKafkaImageOf } from '../../../../lib/k8s/operator-images';
import { backupJobProps } from '../backup/cron-job';
import type { TargetScope } from '../../core/target-scope';
import { operatedComponent, operatorLabels } from '../common';
import { KAFKA_VERSION, KafkaCluster } from './kafka-cluster';
import { KafkaTopicBackup } from './backup';
import { type CdcSource, CDC_TOPIC_PREFIX, KafkaConnectCluster } from './kafka-connect';
import { KafkaTopics } from './topics';
import { kafkaClients, KafkaUsers } from './users';
import type { OperatorAddOn } from '../add-on';

export { KAFKA_METADATA_VERSION, KAFKA_UID, KAFKA_VERSION, KafkaCluster, PLAIN_LISTENER, TLS_LISTENER } from './kafka-cluster';
export { kafkaTopicResourceName, KafkaTopics, topicSettings } from './topics';
export { kafkaAcls, kafkaClients, KafkaUsers } from './users';
export { DUMP_FORMAT, heapMiB, kafkaBackupAcls, kafkaDumpScript, KafkaTopicBackup, RESTORE_READER_PROPERTIES } from './backup';
export { CDC_TOPIC_PREFIX, connectInternals, kafkaConnectAcls, KafkaConnectCluster, type CdcSource } from './kafka-connect';

/** Debezium release baked into the Connect image (its PostgreSQL plugin under /opt/kafka/plugins). */
const DEBEZIUM_VERSION = '3.2.3.Final';
/**
 * Strimzi's Kaniko `build` runs as root, which restricted Pod Security forbids, so the Connect
 * image is built by CI (FROM quay.io/strimzi/kafka:<strimzi>-kafka-<KAFKA_VERSION> + Debezium).
 */
const KAFKA_CONNECT_IMAGE = `${IMAGE_REPOSITORY_PREFIX}/kafka-connect-debezium:${DEBEZIUM_VERSION.replace(/\.Final$/, '')}-kafka-${KAFKA_VERSION}`;
/** KafkaUser (and User Operator Secret) of the Connect workers. */
export const KAFKA_CONNECT_USER = 'kafka-connect';
/** Shared PostgreSQL login, already synced into matih-data-plane for the charts there; Debezium needs REPLICATION on it. */
const KAFKA_CONNECT_DB_SECRET = 'matih-db-credentials';
/** Databases captured by Debezium; the fact sheet names none, so CDC starts with the tenant registry (a choice). */
const CDC_SOURCES: readonly CdcSource[] = [{ database: 'tenant' }];

/** ServiceAccount and KafkaUser of the nightly topic dump: the backup identity's (config/identities.ts). */
export const KAFKA_BACKUP_NAME = 'kafka-backup';

/**
 * The Strimzi Kafka image of KAFKA_VERSION released with the operator chart (Strimzi versions its
 * chart, operator and images together): `quay.io/strimzi/kafka:<strimzi>-kafka-<kafka>`.
 */
function strimziKafkaImage(model: ResolvedTarget, operator: string): string {
  const chart = model.components[operator];
  if (!chart || chart.kind !== 'chart')
    throw new Error(`component "kafka": its operator "${operator}" is not an enabled chart on ${model.target.name}`);
  return strimziKafkaImageOf(chart.chart.version, KAFKA_VERSION);
}

/** Kafka + node pools (`data/kafka.yaml`), topics (`data/kafka-topics.yaml`), users (`data/kafka-users.yaml`), backup (`data/kafka-backup.yaml`). */
function buildStrimzi(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<KafkaComponentSizing>(model, 'kafka');
  if (!component) return;
  const labels = operatorLabels('kafka', component.billing, undefined, KAFKA_CLUSTER_NAME);
  new KafkaCluster(charts.group('data', 'kafka'), 'cluster', {
    name: KAFKA_CLUSTER_NAME,
    namespace: component.namespace,
    sizing: model.settings.kafka,
    storageClass: model.target.storageClass,
    nodePool: component.nodePool,
    labels,
  });
  new KafkaTopics(charts.group('data', 'kafka-topics'), 'topics', {
    cluster: KAFKA_CLUSTER_NAME,
    namespace: component.namespace,
    topics: model.topics,
    settings: model.settings,
    labels: operatorLabels('kafka', component.billing, 'kafka-topic', KAFKA_CLUSTER_NAME),
  });
  new KafkaUsers(charts.group('data', 'kafka-users'), 'users', {
    cluster: KAFKA_CLUSTER_NAME,
    namespace: component.namespace,
    clients: kafkaClients(model),
  });
  const { backup } = component.sizing;
  new KafkaTopicBackup(charts.group('data', 'kafka-backup'), 'backup', {
    ...backupJobProps(model, 'kafka', component, backup, { name: KAFKA_BACKUP_NAME, instance: KAFKA_CLUSTER_NAME }),
    cluster: KAFKA_CLUSTER_NAME,
    caSecret: KAFKA_CA_SECRET,
    image: strimziKafkaImage(model, component.operator),
    topics: model.topics.map((t) => t.name),
    cdcPrefix: CDC_TOPIC_PREFIX,
  });
}

/** KafkaConnect, its KafkaConnectors and KafkaUser in `data/kafka-connect.yaml` (nothing when kafka-connect or kafka is off). */
function buildKafkaConnect(charts: TargetScope, model: ResolvedTarget): void {
  const component = operatedComponent<ReplicaSizing>(model, 'kafka-connect');
  const kafka = operatedComponent(model, 'kafka');
  if (!component) return;
  if (!kafka)
    throw new Error(`component "kafka-connect" is enabled on ${model.target.name} but its Kafka cluster (component "kafka") is not`);
  if (kafka.namespace !== component.namespace)
    throw new Error(
      `component "kafka-connect" must run in the Kafka namespace ${kafka.namespace} (its user certificate Secret lives there), found ${component.namespace}`,
    );
  new KafkaConnectCluster(charts.group('data', 'kafka-connect'), 'kafka-connect', {
    name: KAFKA_CONNECT_CLUSTER_NAME,
    namespace: component.namespace,
    kafkaCluster: KAFKA_CLUSTER_NAME,
    caSecret: KAFKA_CA_SECRET,
    user: KAFKA_CONNECT_USER,
    image: KAFKA_CONNECT_IMAGE,
    replicas: component.sizing.replicas,
    resources: component.sizing.resources,
    nodePool: component.nodePool,
    database: { host: PG_HOST, port: 5432, secret: KAFKA_CONNECT_DB_SECRET, usernameKey: 'username', passwordKey: 'password' },
    sources: CDC_SOURCES,
    labels: operatorLabels('kafka-connect', component.billing, undefined, KAFKA_CONNECT_CLUSTER_NAME),
    podLabels: component.podSelector,
  });
}

/** The add-on (../add-on.ts) built by `buildStrimzi`. */
export const kafkaAddOn: OperatorAddOn = { component: 'kafka', build: buildStrimzi };

/** The add-on (../add-on.ts) built by `buildKafkaConnect`. */
export const kafkaConnectAddOn: OperatorAddOn = { component: 'kafka-connect', build: buildKafkaConnect };
