/**
 * Kafka Connect with Debezium for PostgreSQL change data capture ([CDC]: `cdc.{db}.{schema}.{table}`):
 * a Strimzi KafkaConnect, one KafkaConnector per captured database and the KafkaUser the workers
 * authenticate with (TLS client certificate, ACLs on the internal topics, the group and `cdc.*`).
 *
 * Strimzi `kafka.strimzi.io/v1`: groupId and the internal topic names are dedicated, required fields.
 */
import { Construct } from 'constructs';
import type { NodePoolName, Resources } from '../../../../config/types';
import {
  KafkaUser,
  KafkaUserSpecAuthorizationAclsOperations as Op,
  KafkaUserSpecAuthorizationAclsResourcePatternType as Pattern,
  KafkaUserSpecAuthorizationAclsResourceType as Resource,
  type KafkaUserSpecAuthorizationAcls,
} from '../../../../imports/kafkauser-kafka.strimzi.io';
import {
  KafkaConnect,
  KafkaConnectSpecAuthenticationType,
  KafkaConnectSpecResourcesLimits as Limit,
  KafkaConnectSpecResourcesRequests as Request,
} from '../../../../imports/kafkaconnect-kafka.strimzi.io';
import { KafkaConnector } from '../../../../imports/kafkaconnector-kafka.strimzi.io';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../../core/security-context';
import { dnsLabel, poolAffinity, poolTolerations } from '../common';
import { secretEnv, typedResources } from '../pod-template';
import { KAFKA_UID, KAFKA_VERSION, TLS_LISTENER } from './kafka-cluster';
import { tlsKafkaUser } from './users';

/** Topic prefix of every CDC topic: Debezium's `topic.prefix` is `cdc.<db>`, it appends `.<schema>.<table>`. */
export const CDC_TOPIC_PREFIX = 'cdc.';
/** Env vars of the Connect container holding the database login, read by Kafka's EnvVarConfigProvider. */
const CDC_DB_USERNAME_ENV = 'CDC_DB_USERNAME';
const CDC_DB_PASSWORD_ENV = 'CDC_DB_PASSWORD';

/** Internal topics and consumer group of one Connect cluster, all derived from its name. */
interface ConnectInternals {
  readonly groupId: string;
  readonly configStorageTopic: string;
  readonly offsetStorageTopic: string;
  readonly statusStorageTopic: string;
}

export function connectInternals(cluster: string): ConnectInternals {
  return {
    groupId: cluster,
    configStorageTopic: `${cluster}-configs`,
    offsetStorageTopic: `${cluster}-offsets`,
    statusStorageTopic: `${cluster}-status`,
  };
}

/**
 * ACLs of the Connect workers: Create/Describe/DescribeConfigs/Read/Write on the three internal
 * topics, Read on the Connect group, Create/Describe/Write on topics prefixed `cdc.` (Connect
 * creates them; auto-creation is off on the brokers).
 */
export function kafkaConnectAcls(internals: ConnectInternals): KafkaUserSpecAuthorizationAcls[] {
  const internal = [internals.configStorageTopic, internals.offsetStorageTopic, internals.statusStorageTopic].sort();
  return [
    ...internal.map((name) => ({
      resource: { type: Resource.TOPIC, name, patternType: Pattern.LITERAL },
      operations: [Op.CREATE, Op.DESCRIBE, Op.DESCRIBE_CONFIGS, Op.READ, Op.WRITE],
    })),
    { resource: { type: Resource.GROUP, name: internals.groupId, patternType: Pattern.LITERAL }, operations: [Op.READ] },
    {
      resource: { type: Resource.TOPIC, name: CDC_TOPIC_PREFIX, patternType: Pattern.PREFIX },
      operations: [Op.CREATE, Op.DESCRIBE, Op.WRITE],
    },
  ];
}

/** One captured PostgreSQL database. */
export interface CdcSource {
  readonly database: string;
}

interface KafkaConnectClusterProps {
  /** Name of the KafkaConnect (the catalog podSelector's `strimzi.io/cluster`). */
  readonly name: string;
  readonly namespace: string;
  /** The Strimzi Kafka cluster (same namespace). */
  readonly kafkaCluster: string;
  /** Secret holding the Kafka cluster CA certificate (`ca.crt`). */
  readonly caSecret: string;
  /** KafkaUser of the workers; the User Operator writes its certificate to a Secret of the same name. */
  readonly user: string;
  /** Connect image with the Debezium PostgreSQL plugin under /opt/kafka/plugins. */
  readonly image: string;
  /** @default 1 */
  readonly replicas?: number;
  readonly resources: Resources;
  readonly nodePool: NodePoolName;
  readonly database: {
    readonly host: string;
    readonly port: number;
    readonly secret: string;
    readonly usernameKey: string;
    readonly passwordKey: string;
  };
  readonly sources: readonly CdcSource[];
  /** Labels of every object; the pod template adds the catalog podSelector. */
  readonly labels: Readonly<Record<string, string>>;
  readonly podLabels: Readonly<Record<string, string>>;
}

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class KafkaConnectCluster extends Construct {
  readonly connect: KafkaConnect;
  readonly connectors: KafkaConnector[] = [];
  readonly user: KafkaUser;

  constructor(scope: Construct, id: string, props: KafkaConnectClusterProps) {
    super(scope, id);
    const replicas = props.replicas ?? 1;
    if (!Number.isInteger(replicas) || replicas < 1)
      throw new Error(`KafkaConnect ${props.name}: replicas must be a positive integer, found ${replicas}`);
    if (!props.image.includes(':') || props.image.endsWith(':latest'))
      throw new Error(`KafkaConnect ${props.name}: image "${props.image}" must carry a pinned tag`);
    const seen = new Set<string>();
    for (const s of props.sources) {
      if (!DATABASE_NAME.test(s.database))
        throw new Error(`KafkaConnect ${props.name}: CDC database "${s.database}" is not a PostgreSQL identifier ([a-z_][a-z0-9_]*)`);
      if (seen.has(s.database)) throw new Error(`KafkaConnect ${props.name}: CDC database "${s.database}" is listed twice`);
      seen.add(s.database);
    }
    const internals = connectInternals(props.name);
    const clusterLabel = { 'strimzi.io/cluster': props.name };

    this.user = tlsKafkaUser(this, 'user', {
      name: props.user,
      namespace: props.namespace,
      cluster: props.kafkaCluster,
      labels: props.labels,
      acls: kafkaConnectAcls(internals),
    });

    const container = restrictedContainerSecurityContext({ uid: KAFKA_UID });
    this.connect = new KafkaConnect(this, 'connect', {
      // Connectors are managed only as KafkaConnector objects, never through the REST API.
      metadata: {
        name: props.name,
        namespace: props.namespace,
        labels: { ...props.labels },
        annotations: { 'strimzi.io/use-connector-resources': 'true' },
      },
      spec: {
        version: KAFKA_VERSION,
        replicas,
        image: props.image,
        bootstrapServers: `${props.kafkaCluster}-kafka-bootstrap:${TLS_LISTENER.port}`,
        tls: { trustedCertificates: [{ secretName: props.caSecret, certificate: 'ca.crt' }] },
        authentication: {
          type: KafkaConnectSpecAuthenticationType.TLS,
          certificateAndKey: { secretName: props.user, certificate: 'user.crt', key: 'user.key' },
        },
        ...internals,
        config: {
          'config.storage.replication.factor': -1,
          'offset.storage.replication.factor': -1,
          'status.storage.replication.factor': -1,
          'config.providers': 'env',
          'config.providers.env.class': 'org.apache.kafka.common.config.provider.EnvVarConfigProvider',
        },
        resources: typedResources(Request.fromString, Limit.fromString, props.resources),
        template: {
          pod: {
            metadata: { labels: { ...props.podLabels } },
            securityContext: restrictedPodSecurityContext({ uid: KAFKA_UID }),
            affinity: poolAffinity(props.nodePool),
            tolerations: poolTolerations(props.nodePool),
          },
          connectContainer: {
            securityContext: container,
            env: [
              secretEnv(CDC_DB_USERNAME_ENV, props.database.secret, props.database.usernameKey),
              secretEnv(CDC_DB_PASSWORD_ENV, props.database.secret, props.database.passwordKey),
            ],
          },
          initContainer: { securityContext: container },
        },
      },
    });

    for (const s of props.sources) {
      const name = dnsLabel(`cdc-${s.database}`);
      this.connectors.push(
        new KafkaConnector(this, name, {
          metadata: { name, namespace: props.namespace, labels: { ...props.labels, ...clusterLabel } },
          spec: {
            class: 'io.debezium.connector.postgresql.PostgresConnector',
            tasksMax: 1,
            config: {
              'database.hostname': props.database.host,
              'database.port': props.database.port,
              'database.user': `\${env:${CDC_DB_USERNAME_ENV}}`,
              'database.password': `\${env:${CDC_DB_PASSWORD_ENV}}`,
              'database.dbname': s.database,
              'topic.prefix': `${CDC_TOPIC_PREFIX}${s.database}`,
              'plugin.name': 'pgoutput',
              'slot.name': `debezium_${s.database}`,
              'publication.name': `debezium_${s.database}`,
              'publication.autocreate.mode': 'filtered',
              // Connect creates the cdc.* topics with the brokers' defaults (auto.create.topics.enable is off).
              'topic.creation.default.replication.factor': -1,
              'topic.creation.default.partitions': -1,
            },
          },
        }),
      );
    }
  }
}
