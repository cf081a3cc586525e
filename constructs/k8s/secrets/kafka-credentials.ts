/**
 * Kafka client credentials of first-party services (TLS client authentication on 9093): names,
 * keys, the mount path and the pod pieces that mount them. Strimzi writes each KafkaUser's Secret
 * and the cluster CA Secret into the Kafka namespace; services there mount them directly, services
 * elsewhere mount ESO copies (kafka-credential-copies.ts). Pure: no constructs.
 */
import type { k8s } from 'cdk8s-plus-29';
import { KAFKA_CA_SECRET } from '../../../config/secrets';
import { KAFKA_COMPONENT } from '../../../lib/model/validate-shapes';
import type { ResolvedTarget } from '../../../config/types';
import { operatedComponent } from '../operators/common';
import { kafkaUserName } from '../operators/strimzi/users';

/** Catalog name of the Strimzi-operated Kafka component (the model's, re-exported for the constructs). */
export { KAFKA_COMPONENT };
/** Directory the CA and the client certificate are mounted at, read-only. */
const KAFKA_TLS_PATH = '/etc/kafka/tls';
/** Name of the pod volume holding both Secrets. */
const KAFKA_TLS_VOLUME = 'kafka-tls';
/** Keys of the cluster CA Secret a client needs (the PEM truststore). */
export const KAFKA_CA_KEYS: readonly string[] = ['ca.crt'];
/** Files of the KafkaUser Secret mounted for a client (PEM for librdkafka, PKCS#12 for Java). */
const KAFKA_USER_FILES: readonly string[] = ['user.crt', 'user.key', 'user.p12'];
/** Key of the KafkaUser Secret holding the PKCS#12 password. */
const KAFKA_USER_PASSWORD_KEY = 'user.password';
/** Keys of the KafkaUser Secret a client needs (and an ESO copy holds). */
export const KAFKA_USER_KEYS: readonly string[] = [...KAFKA_USER_FILES, KAFKA_USER_PASSWORD_KEY];
/** Environment variable carrying the PKCS#12 keystore password (secretKeyRef). */
const KAFKA_KEYSTORE_PASSWORD_ENV = 'KAFKA_SSL_KEYSTORE_PASSWORD';

/** Non-secret client settings pointing at the mounted files; they go into the service's ConfigMap. */
export const KAFKA_TLS_CONFIG: Readonly<Record<string, string>> = {
  KAFKA_SSL_TRUSTSTORE_CERT_PATH: `${KAFKA_TLS_PATH}/ca.crt`,
  KAFKA_SSL_TRUSTSTORE_TYPE: 'PEM',
  KAFKA_SSL_KEYSTORE_LOCATION: `${KAFKA_TLS_PATH}/user.p12`,
  KAFKA_SSL_KEYSTORE_TYPE: 'PKCS12',
  KAFKA_SSL_CLIENT_CERT_PATH: `${KAFKA_TLS_PATH}/user.crt`,
  KAFKA_SSL_CLIENT_KEY_PATH: `${KAFKA_TLS_PATH}/user.key`,
};

/** Namespace of the target's Kafka cluster, or undefined when the target renders none. */
export function kafkaNamespaceOf(model: ResolvedTarget): string | undefined {
  return operatedComponent(model, KAFKA_COMPONENT)?.namespace;
}

/**
 * The Secret holding `service`'s Kafka client certificate in `namespace`: Strimzi's own Secret
 * `<user>` in the Kafka namespace, the ESO copy `kafka-user-<user>` anywhere else.
 */
export function kafkaUserSecretName(service: string, namespace: string, kafkaNamespace: string): string {
  const user = kafkaUserName(service);
  return namespace === kafkaNamespace ? user : `kafka-user-${user}`;
}

/** True when the service produces or consumes any topic. */
export function usesKafka(kafka: { readonly produces: readonly string[]; readonly consumes: readonly string[] }): boolean {
  return kafka.produces.length > 0 || kafka.consumes.length > 0;
}

/** What a Kafka client's pod gets: one read-only volume with both Secrets, the password variable, the file settings. */
export interface KafkaClientMount {
  readonly volume: k8s.Volume;
  readonly mount: k8s.VolumeMount;
  readonly env: k8s.EnvVar;
  readonly config: Readonly<Record<string, string>>;
}

/** The mount of `service` running in `namespace`: its own user Secret (kafkaUserSecretName) and the cluster CA. */
export function kafkaClientMount(service: string, namespace: string, kafkaNamespace: string): KafkaClientMount {
  const userSecret = kafkaUserSecretName(service, namespace, kafkaNamespace);
  const items = (keys: readonly string[]) => keys.map((key) => ({ key, path: key }));
  return {
    volume: {
      name: KAFKA_TLS_VOLUME,
      projected: {
        // Owner and fsGroup may read (the restricted pod runs with fsGroup = its GID); nobody writes.
        defaultMode: 0o440,
        sources: [
          { secret: { name: KAFKA_CA_SECRET, items: items(KAFKA_CA_KEYS) } },
          { secret: { name: userSecret, items: items(KAFKA_USER_FILES) } },
        ],
      },
    },
    mount: { name: KAFKA_TLS_VOLUME, mountPath: KAFKA_TLS_PATH, readOnly: true },
    env: { name: KAFKA_KEYSTORE_PASSWORD_ENV, valueFrom: { secretKeyRef: { name: userSecret, key: KAFKA_USER_PASSWORD_KEY } } },
    config: KAFKA_TLS_CONFIG,
  };
}
