/**
 * Which Secrets the rendered manifests consume and which Secrets they produce, as pure functions
 * over plain JSON objects (the safety gate and the tests share them).
 *
 * Consumers are found in every pod spec, wherever it sits: Deployments, StatefulSets, Jobs,
 * CronJobs, DaemonSets, RayCluster head and worker templates, or any other custom resource that
 * embeds a pod template (any object with a `containers` array of named containers).
 */
import { forEachPodSpec, podSpecsIn } from '../../../lib/k8s/pod-specs';
import type { K8sObject } from '../../../lib/k8s/object';

type SecretReferenceKind = 'secretKeyRef' | 'envFrom' | 'volume' | 'projected' | 'imagePullSecret';

interface SecretReference {
  readonly namespace: string;
  readonly secret: string;
  readonly kind: SecretReferenceKind;
  /** `<Kind>/<name>` of the object holding the pod spec. */
  readonly from: string;
  /** JSON path of the reference inside that object. */
  readonly path: string;
  /** The data key for `secretKeyRef`. */
  readonly key?: string;
  /** `optional: true` references do not block a pod from starting. */
  readonly optional: boolean;
}

type SecretProducerKind = 'ExternalSecret' | 'Certificate' | 'Strimzi' | 'ECK' | 'CloudNativePG' | 'MongoDB';

interface SecretProducer {
  readonly namespace: string;
  readonly secret: string;
  readonly kind: SecretProducerKind;
  readonly from: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every pod spec inside an object, with its JSON path (the shared walker of lib/k8s/pod-specs.ts). */
export function podSpecs(object: unknown): Array<{ spec: Json; path: string }> {
  return podSpecsIn(object);
}

function* containerReferences(containers: unknown, base: string): Generator<Omit<SecretReference, 'namespace' | 'from'>> {
  if (!Array.isArray(containers)) return;
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i] as Json;
    const at = `${base}[${i}]`;
    const env = Array.isArray(c.env) ? (c.env as Json[]) : [];
    for (let j = 0; j < env.length; j++) {
      const from = env[j].valueFrom;
      const ref = isObject(from) && isObject(from.secretKeyRef) ? from.secretKeyRef : undefined;
      if (ref)
        yield {
          secret: String(ref.name),
          kind: 'secretKeyRef',
          path: `${at}.env[${j}]`,
          key: String(ref.key),
          optional: ref.optional === true,
        };
    }
    const envFrom = Array.isArray(c.envFrom) ? (c.envFrom as Json[]) : [];
    for (let j = 0; j < envFrom.length; j++) {
      const ref = envFrom[j].secretRef;
      if (isObject(ref)) yield { secret: String(ref.name), kind: 'envFrom', path: `${at}.envFrom[${j}]`, optional: ref.optional === true };
    }
  }
}

function* podSpecReferences(spec: Json, path: string): Generator<Omit<SecretReference, 'namespace' | 'from'>> {
  for (const field of ['initContainers', 'containers', 'ephemeralContainers']) {
    yield* containerReferences(spec[field], `${path}.${field}`);
  }
  const volumes = Array.isArray(spec.volumes) ? (spec.volumes as Json[]) : [];
  for (let i = 0; i < volumes.length; i++) {
    const v = volumes[i];
    if (isObject(v.secret)) {
      yield { secret: String(v.secret.secretName), kind: 'volume', path: `${path}.volumes[${i}]`, optional: v.secret.optional === true };
    }
    const sources = isObject(v.projected) && Array.isArray(v.projected.sources) ? (v.projected.sources as Json[]) : [];
    for (let j = 0; j < sources.length; j++) {
      const s = sources[j].secret;
      if (isObject(s)) {
        yield {
          secret: String(s.name),
          kind: 'projected',
          path: `${path}.volumes[${i}].projected.sources[${j}]`,
          optional: s.optional === true,
        };
      }
    }
  }
  const pullSecrets = Array.isArray(spec.imagePullSecrets) ? (spec.imagePullSecrets as Json[]) : [];
  for (let i = 0; i < pullSecrets.length; i++) {
    yield { secret: String(pullSecrets[i].name), kind: 'imagePullSecret', path: `${path}.imagePullSecrets[${i}]`, optional: false };
  }
}

function idOf(o: K8sObject): string {
  return `${o.kind}/${o.metadata.name}`;
}

/** The Secret references of one pod spec found in `object` (for callers that already walked it). */
export function podSpecSecretReferences(object: K8sObject, spec: Json, path: string): SecretReference[] {
  const namespace = object.metadata.namespace ?? '';
  return [...podSpecReferences(spec, path)].map((r) => ({ ...r, namespace, from: idOf(object) }));
}

/** Every Secret reference of every pod spec in `objects`. */
export function secretReferences(objects: Iterable<K8sObject>): SecretReference[] {
  const refs: SecretReference[] = [];
  for (const o of objects) forEachPodSpec(o, ({ spec, path }) => refs.push(...podSpecSecretReferences(o, spec, path)));
  return refs;
}

/** Secrets the Strimzi cluster operator creates for a Kafka cluster `<name>` in its namespace. */
function strimziClusterSecrets(cluster: string): string[] {
  return [`${cluster}-cluster-ca-cert`, `${cluster}-clients-ca-cert`];
}

/**
 * Secrets ECK creates for an Elasticsearch `<name>` in its namespace
 * (pkg/controller/elasticsearch/user and certificates, ECK 3.5): the `elastic` superuser's
 * password and the public CA of the HTTP layer.
 */
function eckClusterSecrets(cluster: string): string[] {
  return [`${cluster}-es-elastic-user`, `${cluster}-es-http-certs-public`];
}

/**
 * Secrets CloudNativePG creates for a Cluster `<name>` (pkg/specs/secrets.go, 1.30): its CA, the
 * server certificate and the streaming-replication client certificate. The owner's password is
 * the bootstrap Secret the Cluster names, not one it creates.
 */
function cnpgClusterSecrets(cluster: string): string[] {
  return [`${cluster}-ca`, `${cluster}-server`, `${cluster}-replication`];
}

/**
 * Secrets MongoDB Controllers for Kubernetes creates for a MongoDBCommunity `<name>`: the replica
 * set's keyfile and, per user, the connection string `<name>-<db>-<user>` (`_` and `.` become `-`).
 */
function mongoCommunitySecrets(name: string, users: readonly { db?: unknown; name?: unknown }[]): string[] {
  const connection = users.map((u) => `${name}-${String(u.db ?? 'admin')}-${String(u.name)}`.toLowerCase().replace(/[_.]/g, '-'));
  return [`${name}-keyfile`, ...connection];
}

/** Every Secret that an ExternalSecret, a Certificate or an operator (Strimzi, ECK, CloudNativePG, MongoDB) creates. */
export function secretProducers(objects: Iterable<K8sObject>): SecretProducer[] {
  const producers: SecretProducer[] = [];
  for (const o of objects) {
    const namespace = o.metadata.namespace ?? '';
    const spec = isObject(o.spec) ? o.spec : {};
    const group = o.apiVersion.split('/')[0];
    if (group === 'external-secrets.io' && o.kind === 'ExternalSecret') {
      const target = isObject(spec.target) ? spec.target : {};
      producers.push({
        namespace,
        secret: typeof target.name === 'string' ? target.name : o.metadata.name,
        kind: 'ExternalSecret',
        from: idOf(o),
      });
    } else if (group === 'cert-manager.io' && o.kind === 'Certificate' && typeof spec.secretName === 'string') {
      producers.push({ namespace, secret: spec.secretName, kind: 'Certificate', from: idOf(o) });
    } else if (group === 'kafka.strimzi.io' && o.kind === 'Kafka') {
      for (const secret of strimziClusterSecrets(o.metadata.name)) producers.push({ namespace, secret, kind: 'Strimzi', from: idOf(o) });
    } else if (group === 'kafka.strimzi.io' && o.kind === 'KafkaUser') {
      // The User Operator writes the user's credentials into a Secret named after the KafkaUser.
      producers.push({ namespace, secret: o.metadata.name, kind: 'Strimzi', from: idOf(o) });
    } else if (group === 'elasticsearch.k8s.elastic.co' && o.kind === 'Elasticsearch') {
      for (const secret of eckClusterSecrets(o.metadata.name)) producers.push({ namespace, secret, kind: 'ECK', from: idOf(o) });
    } else if (group === 'postgresql.cnpg.io' && o.kind === 'Cluster') {
      for (const secret of cnpgClusterSecrets(o.metadata.name)) producers.push({ namespace, secret, kind: 'CloudNativePG', from: idOf(o) });
    } else if (group === 'mongodbcommunity.mongodb.com' && o.kind === 'MongoDBCommunity') {
      const users = Array.isArray(spec.users) ? (spec.users as Json[]) : [];
      for (const secret of mongoCommunitySecrets(o.metadata.name, users))
        producers.push({ namespace, secret, kind: 'MongoDB', from: idOf(o) });
    }
  }
  return producers;
}

/** References without a producer of the same name in the same namespace. */
export function unresolvedReferences(objects: readonly K8sObject[]): SecretReference[] {
  const produced = new Set(secretProducers(objects).map((p) => `${p.namespace}/${p.secret}`));
  return secretReferences(objects).filter((r) => !produced.has(`${r.namespace}/${r.secret}`));
}
