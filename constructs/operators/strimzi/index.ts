import { KAFKA_CLUSTER_NAME } from '../../../config/components/data-infrastructure';
import type { ResolvedTarget } from '../../../config/types';
import type { PlatformCharts } from '../../core/platform-charts';
import { operatedComponent, operatorLabels } from '../common';
import { KafkaCluster } from './kafka-cluster';
import { KafkaTopics } from './topics';
import { kafkaClients, KafkaUsers } from './users';

export { KAFKA_METADATA_VERSION, KAFKA_UID, KAFKA_VERSION, KafkaCluster, PLAIN_LISTENER, TLS_LISTENER } from './kafka-cluster';
export { kafkaTopicResourceName, KafkaTopics, topicSettings } from './topics';
export { kafkaAcls, kafkaClients, KafkaUsers } from './users';

/** Kafka + node pools (`data/kafka.yaml`), topics (`data/kafka-topics.yaml`), users (`data/kafka-users.yaml`). */
export function buildStrimzi(charts: PlatformCharts, model: ResolvedTarget): void {
  const component = operatedComponent(model, 'kafka');
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
}
