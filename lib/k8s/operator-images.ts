/**
 * Images operators run for the custom resources they manage, computed from the resources: fields
 * that name an image (`image`, `imageName`, Redis `kubernetesConfig.image`, Crossplane `package`)
 * and, where a resource names only a version, the image the operator derives from it. The one
 * place this knowledge lives: the gate's images rule checks the declared fields, INVENTORY.md lists
 * every image.
 */
import { groupOf } from './api-version';
import type { K8sObject } from './object';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const map = (value: unknown): Json => (isObject(value) ? value : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Image references a resource's spec names outside any pod spec (`image`, `imageName`), with
 * their paths; containers are pod specs, read by the pod-spec walker instead.
 */
export function declaredImages(value: unknown, path = 'spec', out: Array<{ path: string; image: string }> = []) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => declaredImages(item, `${path}[${i}]`, out));
    return out;
  }
  if (!isObject(value)) return out;
  for (const [key, child] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (key === 'containers' || key === 'initContainers' || key === 'ephemeralContainers') continue;
    if ((key === 'image' || key === 'imageName') && typeof child === 'string') out.push({ path: at, image: child });
    else declaredImages(child, at, out);
  }
  return out;
}

/**
 * Strimzi's Kafka image for a Kafka version (Strimzi versions its chart, operator and images
 * together; `STRIMZI_KAFKA_IMAGES` of the operator maps each supported Kafka version to it).
 */
export function strimziKafkaImageOf(strimziVersion: string, kafkaVersion: string): string {
  return `quay.io/strimzi/kafka:${strimziVersion}-kafka-${kafkaVersion}`;
}

/** temporal-operator v0.22.0 pkg/version/admintools.go DefaultAdminToolTag: the admin-tools tag of a server version. */
export function temporalAdminToolsTag(version: string): string {
  const [major, minor] = version.split('.').map(Number);
  if (major === 1 && minor === 23) return '1.23.1.1-tctl-1.18.1-cli-0.12.0';
  if (major === 1 && minor === 24) return '1.24.2-tctl-1.18.1-cli-1.0.0';
  if (major > 1 || (major === 1 && minor >= 25)) return `${major}.${minor}`;
  return version;
}

/** temporal-operator's defaults for a TemporalCluster (config/chart-images.ts TEMPORAL_OPERATOR_DEFAULTS). */
interface TemporalDefaults {
  readonly version: string;
  readonly image: string;
  readonly ui: string;
  readonly uiVersion: string;
  readonly admintools: string;
}

/** The operators' defaults, by `<chart>@<version>` (config/chart-images.ts); lib/k8s imports no config. */
export interface OperatorDefaults {
  readonly temporal: Readonly<Record<string, TemporalDefaults | undefined>>;
  readonly mongodbCommunity: Readonly<
    Record<string, { readonly repo: string; readonly name: string; readonly imageType: string } | undefined>
  >;
}

/** One image an operator runs for a resource. */
export interface OperatorImage {
  /** The pods or container it runs as (`brokers and controllers`, `sentinel`). */
  readonly role: string;
  readonly image: string;
  /** Why it may differ from what runs. */
  readonly note?: string;
}

/** The chart version each Argo CD Application among `objects` pins, by chart name (operators' versions). */
export function chartVersions(objects: Iterable<K8sObject>): Map<string, string> {
  const versions = new Map<string, string>();
  for (const o of objects) {
    const source = o.kind === 'Application' ? map(map(o.spec).source) : {};
    if (text(source.chart) && text(source.targetRevision)) versions.set(String(source.chart), String(source.targetRevision));
  }
  return versions;
}

/** The defaults of the pinned version of `chart`, or a note saying why there are none. */
function pinned<T>(chart: string, charts: ReadonlyMap<string, string>, table: Readonly<Record<string, T | undefined>>): T | string {
  const version = charts.get(chart);
  if (version === undefined) return `no ${chart} Application or version to take the operator's defaults from`;
  return table[`${chart}@${version}`] ?? `no defaults of ${chart}@${version} in config/chart-images.ts (add the defaults of that version)`;
}

function strimzi(o: K8sObject, charts: ReadonlyMap<string, string>): OperatorImage[] {
  const spec = map(o.spec);
  const operator = charts.get('strimzi-kafka-operator');
  const kafkaImage = (version: unknown, own: unknown): OperatorImage['image'] | undefined =>
    text(own) ?? (operator && text(version) ? strimziKafkaImageOf(operator, String(version)) : undefined);
  const out: OperatorImage[] = [];
  const add = (role: string, image: string | undefined) => {
    if (image) out.push({ role, image });
    else
      out.push({ role, image: 'quay.io/strimzi/kafka', note: 'no strimzi-kafka-operator Application or version to derive the tag from' });
  };
  if (o.kind === 'Kafka') {
    const kafka = map(spec.kafka);
    add('brokers and controllers', kafkaImage(kafka.version, kafka.image));
    const entity = spec.entityOperator === undefined ? undefined : map(spec.entityOperator);
    for (const part of ['topicOperator', 'userOperator'] as const) {
      if (entity?.[part] === undefined) continue;
      const image = text(map(entity[part]).image) ?? (operator ? `quay.io/strimzi/operator:${operator}` : undefined);
      if (image) out.push({ role: `entity operator: ${part}`, image });
    }
    if (spec.kafkaExporter !== undefined) add('kafka exporter', kafkaImage(kafka.version, map(spec.kafkaExporter).image));
    if (spec.cruiseControl !== undefined) add('cruise control', kafkaImage(kafka.version, map(spec.cruiseControl).image));
  } else if (o.kind === 'KafkaConnect' || o.kind === 'KafkaMirrorMaker2') add('workers', kafkaImage(spec.version, spec.image));
  return out;
}

function temporal(spec: Json, charts: ReadonlyMap<string, string>, table: OperatorDefaults['temporal']): OperatorImage[] {
  const defaults = pinned('temporal-operator', charts, table);
  if (typeof defaults === 'string') {
    const image = text(spec.image) ?? 'temporalio/server';
    return [
      {
        role: 'frontend, history, matching and worker',
        image: text(spec.version) ? `${image}:${String(spec.version)}` : image,
        note: defaults,
      },
    ];
  }
  const version = text(spec.version) ?? defaults.version;
  const admin = map(spec.admintools);
  const adminImage = text(admin.image) ?? defaults.admintools;
  const out: OperatorImage[] = [
    { role: 'frontend, history, matching and worker', image: `${text(spec.image) ?? defaults.image}:${version}` },
    // internal/resource/persistence/schema_setup_job_builder.go: the schema Jobs always use the default admin-tools tag.
    { role: 'schema setup Jobs', image: `${adminImage}:${temporalAdminToolsTag(version)}` },
  ];
  if (admin.enabled === true)
    out.push({ role: 'admin tools', image: `${adminImage}:${text(admin.version) ?? temporalAdminToolsTag(version)}` });
  const ui = map(spec.ui);
  if (ui.enabled === true) out.push({ role: 'ui', image: `${text(ui.image) ?? defaults.ui}:${text(ui.version) ?? defaults.uiVersion}` });
  return out;
}

/**
 * The images the operator of `object` runs for it, or [] when it is no resource of a known
 * operator; `charts` are the operators' chart versions (chartVersions), `defaults` the images each
 * version gives resources that name none.
 */
export function operatorPodImages(object: K8sObject, charts: ReadonlyMap<string, string>, defaults: OperatorDefaults): OperatorImage[] {
  const spec = map(object.spec);
  switch (groupOf(object.apiVersion)) {
    case 'postgresql.cnpg.io':
      if (object.kind !== 'Cluster') return [];
      return [
        text(spec.imageName)
          ? { role: 'postgres', image: String(spec.imageName) }
          : { role: 'postgres', image: 'ghcr.io/cloudnative-pg/postgresql', note: "the operator's default: set spec.imageName to pin it" },
      ];
    case 'redis.redis.opstreelabs.in': {
      const out: OperatorImage[] = [];
      const main = text(map(spec.kubernetesConfig).image);
      if (main) out.push({ role: object.kind === 'RedisSentinel' ? 'sentinel' : 'redis', image: main });
      const exporter = map(spec.redisExporter);
      if (exporter.enabled === true && text(exporter.image)) out.push({ role: 'redis exporter', image: String(exporter.image) });
      return out;
    }
    case 'elasticsearch.k8s.elastic.co':
      if (object.kind !== 'Elasticsearch') return [];
      return [{ role: 'nodes', image: text(spec.image) ?? `docker.elastic.co/elasticsearch/elasticsearch:${String(spec.version)}` }];
    case 'kibana.k8s.elastic.co':
      return [{ role: 'kibana', image: text(spec.image) ?? `docker.elastic.co/kibana/kibana:${String(spec.version)}` }];
    case 'mongodbcommunity.mongodb.com': {
      const community = pinned('mongodb-kubernetes', charts, defaults.mongodbCommunity);
      if (typeof community === 'string') return [{ role: 'mongod', image: 'quay.io/mongodb/mongodb-community-server', note: community }];
      return [{ role: 'mongod', image: `${community.repo}/${community.name}:${String(spec.version)}-${community.imageType}` }];
    }
    case 'kafka.strimzi.io':
      return strimzi(object, charts);
    case 'temporal.io':
      return object.kind === 'TemporalCluster' ? temporal(spec, charts, defaults.temporal) : [];
    case 'pkg.crossplane.io':
      return text(spec.package) ? [{ role: `${object.kind.toLowerCase()} package`, image: String(spec.package) }] : [];
    default:
      // Flink, Spark, KubeRay and the rest: whatever image fields the resource declares outside its pod templates.
      return declaredImages(spec).map(({ path, image }) => ({ role: path, image }));
  }
}
