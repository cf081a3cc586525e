import { Construct } from 'constructs';
import type { EnvironmentSettings, KafkaTopic as TopicSpec } from '../../../../config/types';
import { KafkaTopic } from '../../../../imports/kafkatopic-kafka.strimzi.io';
import { protectFromPrune } from '../../core/argocd';
import { dnsLabel } from '../common';

const HOUR_MS = 3_600_000;

/** Kafka topic names: at most 249 characters of [a-zA-Z0-9._-]. */
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

/** The spec of one KafkaTopic in an environment. */
interface TopicSettings {
  readonly partitions: number;
  readonly replicas: number;
  readonly config: { readonly 'retention.ms': number; readonly 'min.insync.replicas': number };
}

/**
 * Partitions, replicas and config of a topic: the topic's own partition count, or, where the
 * environment caps them (`kafka.capTopicPartitions`), at most its default, never raising a smaller topic.
 */
export function topicSettings(topic: TopicSpec, settings: EnvironmentSettings): TopicSettings {
  const k = settings.kafka;
  const partitions = k.capTopicPartitions ? Math.min(topic.partitions, k.defaultPartitions) : topic.partitions;
  return {
    partitions,
    replicas: k.replicationFactor,
    config: { 'retention.ms': k.retentionHours * HOUR_MS, 'min.insync.replicas': k.minInsyncReplicas },
  };
}

/** Kubernetes name of a topic's KafkaTopic: dots become dashes; the real name is in `spec.topicName`. */
export function kafkaTopicResourceName(topic: string): string {
  return dnsLabel(topic, 253);
}

interface KafkaTopicsProps {
  /** Kafka cluster the topics belong to (`strimzi.io/cluster` label). */
  readonly cluster: string;
  /** Namespace of the Kafka cluster (the Topic Operator watches only its own). */
  readonly namespace: string;
  readonly topics: readonly TopicSpec[];
  readonly settings: EnvironmentSettings;
  readonly labels: Readonly<Record<string, string>>;
}

/** One KafkaTopic per declared topic; deleting a KafkaTopic deletes its data, so each is prune-protected. */
export class KafkaTopics extends Construct {
  readonly topics: KafkaTopic[] = [];

  constructor(scope: Construct, id: string, props: KafkaTopicsProps) {
    super(scope, id);
    const byResourceName = new Map<string, string>();
    for (const topic of props.topics) {
      if (!TOPIC_NAME.test(topic.name))
        throw new Error(`Kafka topic "${topic.name}" is not a valid topic name (1-249 characters of [a-zA-Z0-9._-])`);
      if (!Number.isInteger(topic.partitions) || topic.partitions < 1)
        throw new Error(`Kafka topic "${topic.name}": partitions must be a positive integer, found ${topic.partitions}`);
      const name = kafkaTopicResourceName(topic.name);
      const clash = byResourceName.get(name);
      if (clash !== undefined) throw new Error(`Kafka topics "${clash}" and "${topic.name}" both map to the KafkaTopic name "${name}"`);
      byResourceName.set(name, topic.name);
      const s = topicSettings(topic, props.settings);
      this.topics.push(
        protectFromPrune(
          new KafkaTopic(this, name, {
            metadata: { name, namespace: props.namespace, labels: { ...props.labels, 'strimzi.io/cluster': props.cluster } },
            spec: { topicName: topic.name, partitions: s.partitions, replicas: s.replicas, config: { ...s.config } },
          }),
        ),
      );
    }
  }
}
