import type { KafkaTopic } from './types';

// Not listed: `tenant.{tenantId}.commands|config|status|events` [AGARCH] are created at runtime per tenant by provisioning,
// and `cdc.{db}.{schema}.{table}` [CDC] are created by Debezium (Kafka Connect) per captured table.
// Topics without a documented partition count get 6 when high-volume (AI traces and state) and 3 otherwise.
export const KAFKA_TOPICS: readonly KafkaTopic[] = [
  { name: 'tenant.lifecycle.events', partitions: 6, source: '[KTOPO][DSKAFKA]' },
  { name: 'query.execution.events', partitions: 6, source: '[KTOPO][DSKAFKA]' },
  { name: 'ai.agent.events', partitions: 6, source: '[KTOPO][DSKAFKA]' },
  { name: 'ml.model.events', partitions: 3, source: '[KTOPO][DSKAFKA]' },
  { name: 'pipeline.job.events', partitions: 3, source: '[KTOPO][DSKAFKA]' },
  { name: 'data.quality.events', partitions: 3, source: '[KTOPO][DSKAFKA]' },
  { name: 'config.change.events', partitions: 3, source: '[KTOPO][DSKAFKA]' },
  { name: 'security.audit.events', partitions: 6, source: '[KTOPO][DSKAFKA]' },
  { name: 'governance.policy.events', partitions: 3, source: '[KTOPO][DSKAFKA]' },
  { name: 'billing.usage.events', partitions: 3, source: '[KTOPO][DSKAFKA]' },
  { name: 'registry.version-events', partitions: 3, source: '[PREG]' },
  { name: 'registry.upgrade-orchestration-events', partitions: 3, source: '[PREG]' },
  { name: 'audit-events', partitions: 6, source: '[CHAUD]' },
  { name: 'matih.embeddings.events', partitions: 3, source: '[CHEMB]' },
  { name: 'matih.ai.state-changes', partitions: 6, source: '[FLINKJ]' },
  { name: 'matih.ai.agent-traces', partitions: 6, source: '[FLINKJ]' },
  { name: 'matih.ai.llm-ops', partitions: 6, source: '[FLINKJ]' },
];
