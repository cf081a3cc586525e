/**
 * One KafkaUser per first-party service that produces or consumes, with ACLs on exactly its own
 * topics and its own consumer group.
 *
 * The User Operator writes each user's client certificate to a Secret named after the user in the
 * Kafka namespace (matih-data-plane); services elsewhere mount ESO copies of it
 * (constructs/k8s/secrets/kafka-credentials.ts).
 */
import { Construct } from 'constructs';
import type { ResolvedTarget, ServiceComponent } from '../../../../config/types';
import {
  KafkaUser,
  KafkaUserSpecAuthenticationType,
  KafkaUserSpecAuthorizationAclsOperations as Op,
  KafkaUserSpecAuthorizationAclsResourcePatternType as Pattern,
  KafkaUserSpecAuthorizationAclsResourceType as Resource,
  KafkaUserSpecAuthorizationType,
  type KafkaUserSpecAuthorizationAcls,
} from '../../../../imports/kafkauser-kafka.strimzi.io';
import { operatorLabels } from '../common';

/** A service's Kafka access, before it becomes ACLs. */
interface KafkaClient {
  readonly user: string;
  readonly produces: readonly string[];
  readonly consumes: readonly string[];
  readonly service: ServiceComponent;
}

/** Name of the KafkaUser (and of the Secret the User Operator writes) of a service. */
export function kafkaUserName(service: string): string {
  return service;
}

/** Every enabled service that produces or consumes, sorted by name; unknown topics are an error. */
export function kafkaClients(model: ResolvedTarget): KafkaClient[] {
  const declared = new Set(model.topics.map((t) => t.name));
  const clients: KafkaClient[] = [];
  for (const [name, c] of Object.entries(model.components).sort(([a], [b]) => a.localeCompare(b))) {
    if (c.kind !== 'service') continue;
    const produces = [...new Set(c.kafka.produces)].sort();
    const consumes = [...new Set(c.kafka.consumes)].sort();
    if (produces.length === 0 && consumes.length === 0) continue;
    const unknown = [...produces, ...consumes].filter((t) => !declared.has(t));
    if (unknown.length > 0)
      throw new Error(
        `service "${name}" uses Kafka topic(s) ${[...new Set(unknown)].map((t) => `"${t}"`).join(', ')} that config/kafka-topics.ts does not declare`,
      );
    clients.push({ user: kafkaUserName(name), produces, consumes, service: c });
  }
  return clients;
}

/** A KafkaUser of `cluster` that authenticates with a TLS client certificate (the User Operator writes it to a Secret named `name`) and may do exactly `acls`. */
export function tlsKafkaUser(
  scope: Construct,
  id: string,
  props: {
    name: string;
    namespace: string;
    cluster: string;
    labels: Readonly<Record<string, string>>;
    acls: KafkaUserSpecAuthorizationAcls[];
  },
): KafkaUser {
  return new KafkaUser(scope, id, {
    metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels, 'strimzi.io/cluster': props.cluster } },
    spec: {
      authentication: { type: KafkaUserSpecAuthenticationType.TLS },
      authorization: { type: KafkaUserSpecAuthorizationType.SIMPLE, acls: props.acls },
    },
  });
}

/** Write+Describe on produced topics, Read+Describe on consumed ones, Read on the group named after the user. */
export function kafkaAcls(client: Pick<KafkaClient, 'user' | 'produces' | 'consumes'>): KafkaUserSpecAuthorizationAcls[] {
  const topics = [...new Set([...client.produces, ...client.consumes])].sort();
  const acls: KafkaUserSpecAuthorizationAcls[] = topics.map((topic) => {
    const ops = new Set<Op>([Op.DESCRIBE]);
    if (client.produces.includes(topic)) ops.add(Op.WRITE);
    if (client.consumes.includes(topic)) ops.add(Op.READ);
    return { resource: { type: Resource.TOPIC, name: topic, patternType: Pattern.LITERAL }, operations: [...ops].sort() };
  });
  // A literal group per service: consumers must set group.id to their own service name.
  if (client.consumes.length > 0)
    acls.push({ resource: { type: Resource.GROUP, name: client.user, patternType: Pattern.LITERAL }, operations: [Op.READ] });
  return acls;
}

interface KafkaUsersProps {
  readonly cluster: string;
  readonly namespace: string;
  readonly clients: readonly KafkaClient[];
}

export class KafkaUsers extends Construct {
  readonly users: KafkaUser[] = [];

  constructor(scope: Construct, id: string, props: KafkaUsersProps) {
    super(scope, id);
    for (const client of props.clients) {
      this.users.push(
        tlsKafkaUser(this, client.user, {
          name: client.user,
          namespace: props.namespace,
          cluster: props.cluster,
          labels: operatorLabels(client.user, client.service.billing, 'kafka-user', client.user),
          acls: kafkaAcls(client),
        }),
      );
    }
  }
}
