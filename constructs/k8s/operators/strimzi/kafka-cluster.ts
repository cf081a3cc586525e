import { Construct } from 'constructs';
import { isQuantity } from '../../../../lib/k8s/quantity';
import type { KafkaSizing, NodePoolName, Resources } from '../../../../config/types';
import {
  Kafka,
  KafkaSpecKafkaAuthorizationType,
  KafkaSpecKafkaListenersAuthenticationType,
  KafkaSpecKafkaListenersType,
  KafkaSpecKafkaMetricsConfigType,
  type KafkaSpecKafkaListeners,
} from '../../../../imports/kafka-kafka.strimzi.io';
import {
  KafkaNodePool,
  KafkaNodePoolSpecResourcesLimits,
  KafkaNodePoolSpecResourcesRequests,
  KafkaNodePoolSpecRoles,
  KafkaNodePoolSpecStorageType,
} from '../../../../imports/kafkanodepool-kafka.strimzi.io';
import { protectFromPrune } from '../../core/argocd';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../../core/security-context';
import { poolAffinity, poolTolerations } from '../common';

/**
 * Kafka version run by Strimzi 1.2.0 (the operator pinned by the catalog). The fact sheet's 3.7.0
 * [PVER] is ZooKeeper-era and unsupported by Strimzi 1.x; 1.1.0 added 4.3.0/4.2.1 and removed 4.1.x,
 * 1.2.0 added 4.3.1, so 4.3.1 is the newest version 1.2.0 runs.
 */
export const KAFKA_VERSION = '4.3.1';
/** KRaft metadata version matching KAFKA_VERSION (Strimzi kafka-versions.yaml: 4.3.x -> 4.3-IV0). */
export const KAFKA_METADATA_VERSION = '4.3-IV0';

/** Kafka image UID (fact sheet §7 [SECCTX]: Kafka 1001, writable root filesystem not needed with Strimzi's /tmp volume). */
export const KAFKA_UID = 1001;

export const TLS_LISTENER = { name: 'tls', port: 9093 } as const;
export const PLAIN_LISTENER = { name: 'plain', port: 9092 } as const;

/** KRaft controllers keep only the metadata log: small disks and heaps (chosen, not in the fact sheet). */
const CONTROLLER_STORAGE = '10Gi';
const CONTROLLER_RESOURCES: Resources = { requests: { cpu: '250m', memory: '1Gi' }, limits: { cpu: '1', memory: '2Gi' } };

/** Broker metrics the Strimzi metrics reporter exports (the alerts of constructs/k8s/operators/monitoring read them). */
const KAFKA_METRICS_ALLOW_LIST = [
  'kafka_server_replicamanager_.*',
  'kafka_controller_kafkacontroller_.*',
  'kafka_server_brokertopicmetrics_.*',
  'kafka_network_requestmetrics_.*',
  'kafka_log_log_size',
] as const;

interface KafkaClusterProps {
  /** Name of the Kafka resource; Strimzi prefixes every child (`<name>-kafka-bootstrap`). */
  readonly name: string;
  readonly namespace: string;
  readonly sizing: KafkaSizing;
  /** Storage class of the broker and controller volumes (the target's). */
  readonly storageClass: string;
  /** Node pool the brokers and controllers run on. @default dataplane */
  readonly nodePool?: NodePoolName;
  /** Labels of the Kafka and node pool objects. */
  readonly labels: Readonly<Record<string, string>>;
}

function checkSizing(s: KafkaSizing, storageClass: string): void {
  const problems: string[] = [];
  const positive = (what: string, n: number) =>
    (!Number.isInteger(n) || n < 1) && problems.push(`${what} must be a positive integer, found ${n}`);
  positive('brokers', s.brokers);
  positive('controllers', s.controllers);
  positive('replicationFactor', s.replicationFactor);
  positive('minInsyncReplicas', s.minInsyncReplicas);
  positive('defaultPartitions', s.defaultPartitions);
  positive('retentionHours', s.retentionHours);
  if (s.replicationFactor > s.brokers) problems.push(`replicationFactor ${s.replicationFactor} exceeds the ${s.brokers} broker(s)`);
  if (s.minInsyncReplicas > s.replicationFactor)
    problems.push(`minInsyncReplicas ${s.minInsyncReplicas} exceeds replicationFactor ${s.replicationFactor}`);
  if (s.controllers % 2 === 0) problems.push(`controllers must be odd for a KRaft quorum, found ${s.controllers}`);
  if (!isQuantity(s.brokerStorage)) problems.push(`brokerStorage "${s.brokerStorage}" is not a Kubernetes quantity`);
  if (!storageClass) problems.push('storageClass must not be empty');
  if (problems.length > 0) throw new Error(`invalid Kafka sizing: ${problems.join('; ')}`);
}

function resources(r: Resources) {
  return {
    requests: {
      cpu: KafkaNodePoolSpecResourcesRequests.fromString(r.requests.cpu),
      memory: KafkaNodePoolSpecResourcesRequests.fromString(r.requests.memory),
    },
    limits: {
      cpu: KafkaNodePoolSpecResourcesLimits.fromString(r.limits.cpu),
      memory: KafkaNodePoolSpecResourcesLimits.fromString(r.limits.memory),
    },
  };
}

/** The Strimzi Kafka cluster (KRaft): one Kafka resource plus a controller and a broker KafkaNodePool. */
export class KafkaCluster extends Construct {
  readonly kafka: Kafka;
  readonly controllers: KafkaNodePool;
  readonly brokers: KafkaNodePool;

  constructor(scope: Construct, id: string, props: KafkaClusterProps) {
    super(scope, id);
    const s = props.sizing;
    checkSizing(s, props.storageClass);
    const pool = props.nodePool ?? 'dataplane';
    const podSecurity = restrictedPodSecurityContext({ uid: KAFKA_UID });
    const containerSecurity = restrictedContainerSecurityContext({ uid: KAFKA_UID });
    const pod = { securityContext: podSecurity, affinity: poolAffinity(pool), tolerations: poolTolerations(pool) };

    const listeners: KafkaSpecKafkaListeners[] = [];
    // Anonymous clients of the dev-only plain listener get no ACLs under `simple` authorization.
    if (s.plainListener) listeners.push({ ...PLAIN_LISTENER, type: KafkaSpecKafkaListenersType.INTERNAL, tls: false });
    listeners.push({
      ...TLS_LISTENER,
      type: KafkaSpecKafkaListenersType.INTERNAL,
      tls: true,
      authentication: { type: KafkaSpecKafkaListenersAuthenticationType.TLS },
    });

    const metadata = { name: props.name, namespace: props.namespace, labels: { ...props.labels } };
    this.kafka = protectFromPrune(
      new Kafka(this, 'kafka', {
        metadata,
        spec: {
          kafka: {
            version: KAFKA_VERSION,
            metadataVersion: KAFKA_METADATA_VERSION,
            listeners,
            authorization: { type: KafkaSpecKafkaAuthorizationType.SIMPLE },
            config: {
              'default.replication.factor': s.replicationFactor,
              'min.insync.replicas': s.minInsyncReplicas,
              'offsets.topic.replication.factor': s.replicationFactor,
              'transaction.state.log.replication.factor': s.replicationFactor,
              'transaction.state.log.min.isr': s.minInsyncReplicas,
              'num.partitions': s.defaultPartitions,
              'log.retention.hours': s.retentionHours,
              'compression.type': 'snappy',
              'message.max.bytes': 1048576,
              // Topics exist only as KafkaTopic objects, so a typo in a client cannot create one.
              'auto.create.topics.enable': false,
            },
            metricsConfig: {
              type: KafkaSpecKafkaMetricsConfigType.STRIMZI_METRICS_REPORTER,
              values: { allowList: [...KAFKA_METRICS_ALLOW_LIST] },
            },
            template: {
              pod,
              kafkaContainer: { securityContext: containerSecurity },
              initContainer: { securityContext: containerSecurity },
            },
          },
          entityOperator: {
            topicOperator: {},
            userOperator: {},
            template: {
              pod,
              topicOperatorContainer: { securityContext: containerSecurity },
              userOperatorContainer: { securityContext: containerSecurity },
            },
          },
        },
      }),
    );

    const poolLabels = { ...props.labels, 'strimzi.io/cluster': props.name };
    this.controllers = protectFromPrune(
      new KafkaNodePool(this, 'controllers', {
        metadata: { name: 'controller', namespace: props.namespace, labels: poolLabels },
        spec: {
          replicas: s.controllers,
          roles: [KafkaNodePoolSpecRoles.CONTROLLER],
          storage: {
            type: KafkaNodePoolSpecStorageType.PERSISTENT_HYPHEN_CLAIM,
            size: CONTROLLER_STORAGE,
            class: props.storageClass,
            deleteClaim: false,
          },
          resources: resources(CONTROLLER_RESOURCES),
        },
      }),
    );
    this.brokers = protectFromPrune(
      new KafkaNodePool(this, 'brokers', {
        metadata: { name: 'broker', namespace: props.namespace, labels: poolLabels },
        spec: {
          replicas: s.brokers,
          roles: [KafkaNodePoolSpecRoles.BROKER],
          storage: {
            type: KafkaNodePoolSpecStorageType.PERSISTENT_HYPHEN_CLAIM,
            size: s.brokerStorage,
            class: props.storageClass,
            deleteClaim: false,
          },
          resources: resources(s.brokerResources),
        },
      }),
    );
  }
}
