/** Strimzi resources name a Kafka the target renders: the operator ignores the others. */
import { type Finding, type GateContext, ofKind } from '../context';
import { objectKey, renderedNames } from './shared/references';

/** Strimzi KafkaTopics and KafkaUsers name (label `strimzi.io/cluster`) a Kafka rendered in their namespace. */
export function kafkaClusterReferencesRule(ctx: GateContext): Finding[] {
  const clusters = renderedNames(ctx, 'Kafka', 'kafka.strimzi.io');
  const findings: Finding[] = [];
  for (const kind of ['KafkaTopic', 'KafkaUser', 'KafkaNodePool']) {
    for (const { file, object } of ofKind(ctx, kind, 'kafka.strimzi.io')) {
      const cluster = object.metadata.labels?.['strimzi.io/cluster'];
      if (cluster === undefined)
        findings.push({ file, object, message: 'label strimzi.io/cluster is missing: the Strimzi operator ignores it' });
      else if (!clusters.has(objectKey(object.metadata.namespace, cluster)))
        findings.push({ file, object, message: `label strimzi.io/cluster: Kafka ${object.metadata.namespace}/${cluster} is not rendered` });
    }
  }
  return findings;
}
