/**
 * ESO copies of Strimzi's Kafka Secrets into the namespaces of Kafka clients outside the Kafka
 * namespace. The ClusterSecretStore `matih-kafka-credentials` reads the Kafka namespace through the
 * API server as a dedicated ServiceAccount that may `get` exactly the copied Secrets; only the
 * namespaces holding copies may use it.
 *   security/kafka-credentials.yaml  reader ServiceAccount, Role, RoleBinding, ClusterSecretStore
 *   data/kafka-credentials.yaml      ExternalSecrets (after the KafkaUsers, before the workloads)
 */
import { k8s } from 'cdk8s-plus-29';
import { Construct } from 'constructs';
import { KAFKA_CA_SECRET } from '../../../config/secrets';
import type { ApiGrant, Billing, ResolvedTarget, ServiceComponent } from '../../../config/types';
import { ClusterSecretStore } from '../../../imports/clustersecretstores-external-secrets.io';
import { standardLabels } from '../core/labels';
import type { TargetScope } from '../core/target-scope';
import { kafkaUserName } from '../operators/strimzi/users';
import { MatihExternalSecret } from './external-secret';
import { KAFKA_CA_KEYS, KAFKA_COMPONENT, KAFKA_USER_KEYS, kafkaNamespaceOf, kafkaUserSecretName, usesKafka } from './kafka-credentials';
import { kubernetesProvider } from './providers';
import { SecretReader, secretReaderGrant } from './secret-reader';

export const KAFKA_CREDENTIALS_STORE = 'matih-kafka-credentials';
export const KAFKA_CREDENTIALS_READER = 'matih-kafka-credentials-reader';
/** Namespace of the reader ServiceAccount (never mounted into a pod). */
export const KAFKA_CREDENTIALS_READER_NAMESPACE = 'matih-system';
/** Well inside Strimzi's renewal window (30 days by default), so renewed certificates reach clients quickly. */
export const KAFKA_CREDENTIALS_REFRESH = '15m';

/** The Kafka credentials reader: `get` on the copied Strimzi Secrets of the Kafka namespace, by name. */
export function kafkaCredentialsReaderGrant(kafkaNamespace: string): ApiGrant {
  return secretReaderGrant({
    namespace: kafkaNamespace,
    subject: { name: KAFKA_CREDENTIALS_READER, namespace: KAFKA_CREDENTIALS_READER_NAMESPACE },
    roleName: KAFKA_CREDENTIALS_READER,
    reason: "ESO copies Strimzi's user certificates and cluster CA to the namespaces of Kafka clients outside the Kafka namespace",
    declaredAt: 'constructs/k8s/secrets/kafka-credential-copies.ts kafkaCredentialsReaderGrant',
  });
}

/** The Kafka-using services of one namespace other than the Kafka namespace. */
export interface KafkaCredentialCopies {
  readonly namespace: string;
  /** Service names, sorted. */
  readonly services: readonly string[];
}

/** Namespaces (sorted) whose Kafka-using services need copies; empty when the target renders no Kafka. */
export function kafkaCredentialCopies(model: ResolvedTarget): KafkaCredentialCopies[] {
  const kafkaNamespace = kafkaNamespaceOf(model);
  if (kafkaNamespace === undefined) return [];
  const byNamespace = new Map<string, string[]>();
  for (const [name, c] of Object.entries(model.components).sort(([a], [b]) => a.localeCompare(b))) {
    if (c.kind !== 'service' || !usesKafka(c.kafka) || c.namespace === kafkaNamespace) continue;
    byNamespace.set(c.namespace, [...(byNamespace.get(c.namespace) ?? []), name]);
  }
  return [...byNamespace.keys()].sort().map((namespace) => ({ namespace, services: byNamespace.get(namespace)! }));
}

export interface KafkaCredentialsStoreProps {
  /** Namespace of the Kafka cluster, where Strimzi writes the Secrets. */
  readonly kafkaNamespace: string;
  /** Secrets of the Kafka namespace the store may read; nothing else. */
  readonly secretNames: readonly string[];
  /** Namespaces whose ExternalSecrets may use the store (never the Kafka namespace itself). */
  readonly namespaces: readonly string[];
  readonly billing: Billing;
}

/** ClusterSecretStore `matih-kafka-credentials` and its least-privilege reader. */
export class KafkaCredentialsStore extends Construct {
  readonly name = KAFKA_CREDENTIALS_STORE;

  constructor(scope: Construct, id: string, props: KafkaCredentialsStoreProps) {
    super(scope, id);
    const where = `ClusterSecretStore ${KAFKA_CREDENTIALS_STORE}`;
    if (props.namespaces.length === 0)
      throw new Error(`${where}: no namespace may use the store; render it only when a namespace needs copies`);
    if (props.namespaces.includes(props.kafkaNamespace)) {
      throw new Error(
        `${where}: namespace ${props.kafkaNamespace} is the Kafka namespace; its services mount Strimzi's Secrets, a copy there would overwrite them`,
      );
    }
    if (props.secretNames.length === 0)
      throw new Error(`${where}: secretNames must not be empty (an empty resourceNames grants every Secret)`);
    const labels = standardLabels({ name: 'external-secrets', component: 'kafka-credentials', billing: props.billing });
    const reader = { name: KAFKA_CREDENTIALS_READER, namespace: KAFKA_CREDENTIALS_READER_NAMESPACE };
    new k8s.KubeServiceAccount(this, 'reader', { metadata: { ...reader, labels }, automountServiceAccountToken: false });
    new SecretReader(this, 'reader-rbac', {
      grant: kafkaCredentialsReaderGrant(props.kafkaNamespace),
      secretNames: props.secretNames,
      labels,
    });
    new ClusterSecretStore(this, 'store', {
      metadata: { name: KAFKA_CREDENTIALS_STORE, labels },
      spec: {
        provider: kubernetesProvider({ remoteNamespace: props.kafkaNamespace, serviceAccount: reader, clusterScoped: true }),
        conditions: [{ namespaces: [...new Set(props.namespaces)].sort() }],
      },
    });
  }
}

/** The store (security/) and, per namespace, one CA copy and one copy per client (data/). */
export function renderKafkaCredentials(charts: TargetScope, model: ResolvedTarget): void {
  const kafkaNamespace = kafkaNamespaceOf(model);
  const copies = kafkaCredentialCopies(model);
  if (kafkaNamespace === undefined || copies.length === 0) return;
  const kafka = model.components[KAFKA_COMPONENT];
  new KafkaCredentialsStore(charts.group('security', 'kafka-credentials'), 'store', {
    kafkaNamespace,
    secretNames: [KAFKA_CA_SECRET, ...copies.flatMap((c) => c.services.map(kafkaUserName))],
    namespaces: copies.map((c) => c.namespace),
    billing: { costCenter: model.target.costCenter, application: 'platform-secrets', team: 'platform-engineering' },
  });
  const group = charts.group('data', 'kafka-credentials');
  const store = { kind: 'ClusterSecretStore', name: KAFKA_CREDENTIALS_STORE } as const;
  for (const { namespace, services } of copies) {
    new MatihExternalSecret(group, `${namespace}-ca`, {
      namespace,
      secret: KAFKA_CA_SECRET,
      keys: KAFKA_CA_KEYS,
      remoteKey: KAFKA_CA_SECRET,
      store,
      refreshInterval: KAFKA_CREDENTIALS_REFRESH,
      labels: standardLabels({ name: KAFKA_CA_SECRET, component: 'kafka-credentials', billing: kafka.billing }),
    });
    for (const service of services) {
      const secret = kafkaUserSecretName(service, namespace, kafkaNamespace);
      new MatihExternalSecret(group, `${namespace}-${service}`, {
        namespace,
        secret,
        keys: KAFKA_USER_KEYS,
        remoteKey: kafkaUserName(service),
        store,
        refreshInterval: KAFKA_CREDENTIALS_REFRESH,
        labels: standardLabels({
          name: secret,
          component: 'kafka-credentials',
          billing: (model.components[service] as ServiceComponent).billing,
        }),
      });
    }
  }
}
