/** The images operators run for custom resources, computed from synthetic resources (lib/k8s/operator-images.ts). */
import { MONGODB_COMMUNITY_IMAGES, TEMPORAL_OPERATOR_DEFAULTS } from '../../config/chart-images';
import type { K8sObject } from '../../lib/k8s/object';
import {
  chartVersions,
  declaredImages,
  type OperatorDefaults,
  operatorPodImages,
  temporalAdminToolsTag,
} from '../../lib/k8s/operator-images';

const cr = (apiVersion: string, kind: string, spec: Record<string, unknown>): K8sObject =>
  ({ apiVersion, kind, metadata: { name: 'x', namespace: 'ns' }, spec }) as K8sObject;
const app = (chart: string, targetRevision: string): K8sObject =>
  ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: chart },
    spec: { source: { chart, targetRevision } },
  }) as K8sObject;
const defaults: OperatorDefaults = { temporal: TEMPORAL_OPERATOR_DEFAULTS, mongodbCommunity: MONGODB_COMMUNITY_IMAGES };
/** The operator versions config/chart-images.ts has defaults for. */
const pinned = chartVersions([app('temporal-operator', '0.6.0'), app('mongodb-kubernetes', '1.10.0')]);
const images = (o: K8sObject, charts: ReadonlyMap<string, string> = pinned) =>
  operatorPodImages(o, charts, defaults).map((i) => `${i.role}: ${i.image}`);

test('the operators pinned by Applications, by chart name', () => {
  expect(chartVersions([app('strimzi-kafka-operator', '1.2.0'), cr('v1', 'ConfigMap', {})])).toEqual(
    new Map([['strimzi-kafka-operator', '1.2.0']]),
  );
});

test('CloudNativePG: imageName, or the unpinned operator default, flagged', () => {
  expect(images(cr('postgresql.cnpg.io/v1', 'Cluster', { imageName: 'ghcr.io/cloudnative-pg/postgresql:16.4' }))).toEqual([
    'postgres: ghcr.io/cloudnative-pg/postgresql:16.4',
  ]);
  expect(operatorPodImages(cr('postgresql.cnpg.io/v1', 'Cluster', {}), new Map(), defaults)[0].note).toMatch(/set spec.imageName/);
});

test('Redis and Sentinel (OT redis-operator), with the exporter only when enabled', () => {
  const redis = (kind: string, exporter: Record<string, unknown>) =>
    cr('redis.redis.opstreelabs.in/v1beta2', kind, { kubernetesConfig: { image: `quay.io/opstree/${kind}:v8` }, redisExporter: exporter });
  expect(images(redis('RedisReplication', { enabled: true, image: 'quay.io/opstree/redis-exporter:v1.76.0' }))).toEqual([
    'redis: quay.io/opstree/RedisReplication:v8',
    'redis exporter: quay.io/opstree/redis-exporter:v1.76.0',
  ]);
  expect(images(redis('RedisSentinel', { enabled: false, image: 'quay.io/opstree/redis-exporter:v1.76.0' }))).toEqual([
    'sentinel: quay.io/opstree/RedisSentinel:v8',
  ]);
});

test('ECK: the version names the Elasticsearch image unless spec.image does', () => {
  expect(images(cr('elasticsearch.k8s.elastic.co/v1', 'Elasticsearch', { version: '8.19.18' }))).toEqual([
    'nodes: docker.elastic.co/elasticsearch/elasticsearch:8.19.18',
  ]);
  expect(images(cr('elasticsearch.k8s.elastic.co/v1', 'Elasticsearch', { version: '8.19.18', image: 'my/es:1' }))).toEqual([
    'nodes: my/es:1',
  ]);
});

test("MongoDB community: the operator's community image of the version", () => {
  expect(images(cr('mongodbcommunity.mongodb.com/v1', 'MongoDBCommunity', { version: '8.0.12' }))).toEqual([
    'mongod: quay.io/mongodb/mongodb-community-server:8.0.12-ubi8',
  ]);
});

test('Strimzi: brokers from the operator version and the Kafka version, the entity operator from the operator version', () => {
  const kafka = cr('kafka.strimzi.io/v1', 'Kafka', {
    kafka: { version: '4.3.1' },
    entityOperator: { topicOperator: {}, userOperator: {} },
  });
  expect(images(kafka, chartVersions([app('strimzi-kafka-operator', '1.2.0')]))).toEqual([
    'brokers and controllers: quay.io/strimzi/kafka:1.2.0-kafka-4.3.1',
    'entity operator: topicOperator: quay.io/strimzi/operator:1.2.0',
    'entity operator: userOperator: quay.io/strimzi/operator:1.2.0',
  ]);
  expect(images(cr('kafka.strimzi.io/v1', 'KafkaConnect', { version: '4.3.1', image: 'acr/connect:1' }))).toEqual([
    'workers: acr/connect:1',
  ]);
  // Without the operator's version the tag cannot be derived: said so, never guessed.
  expect(operatorPodImages(kafka, new Map(), defaults)[0]).toMatchObject({
    image: 'quay.io/strimzi/kafka',
    note: expect.stringMatching(/no strimzi/),
  });
});

test('Temporal: server services of the version, the schema Jobs with the matching admin-tools tag, UI only when enabled', () => {
  expect(images(cr('temporal.io/v1beta1', 'TemporalCluster', { version: '1.24.3', ui: { enabled: false } }))).toEqual([
    'frontend, history, matching and worker: temporalio/server:1.24.3',
    'schema setup Jobs: temporalio/admin-tools:1.24.2-tctl-1.18.1-cli-1.0.0',
  ]);
  expect(images(cr('temporal.io/v1beta1', 'TemporalCluster', { version: '1.26.2', ui: { enabled: true } }))).toContain(
    'ui: temporalio/ui:2.27.3',
  );
  expect(temporalAdminToolsTag('1.26.2')).toBe('1.26');
  expect(temporalAdminToolsTag('1.22.4')).toBe('1.22.4');
});

test("an operator version without defaults in config/chart-images.ts: a row that says so, never the other version's images", () => {
  const temporal = cr('temporal.io/v1beta1', 'TemporalCluster', { version: '1.24.3' });
  const mongo = cr('mongodbcommunity.mongodb.com/v1', 'MongoDBCommunity', { version: '8.0.12' });
  const bumped = chartVersions([app('temporal-operator', '99.0.0'), app('mongodb-kubernetes', '99.0.0')]);
  expect(operatorPodImages(temporal, bumped, defaults)).toEqual([
    {
      role: 'frontend, history, matching and worker',
      image: 'temporalio/server:1.24.3',
      note: expect.stringContaining('no defaults of temporal-operator@99.0.0 in config/chart-images.ts'),
    },
  ]);
  expect(operatorPodImages(mongo, bumped, defaults)).toEqual([
    {
      role: 'mongod',
      image: 'quay.io/mongodb/mongodb-community-server',
      note: expect.stringContaining('no defaults of mongodb-kubernetes@99.0.0'),
    },
  ]);
  expect(operatorPodImages(mongo, new Map(), defaults)[0].note).toMatch(/no mongodb-kubernetes Application/);
});

test('Crossplane packages, and declared image fields of other operators (not those inside pod templates)', () => {
  expect(images(cr('pkg.crossplane.io/v1', 'Provider', { package: 'xpkg.upbound.io/upbound/provider-azure:v1' }))).toEqual([
    'provider package: xpkg.upbound.io/upbound/provider-azure:v1',
  ]);
  const flink = cr('flink.apache.org/v1beta1', 'FlinkDeployment', {
    image: 'flink:1.20',
    jobManager: { podTemplate: { spec: { containers: [{ name: 'c', image: 'side:1' }] } } },
  });
  expect(images(flink)).toEqual(['spec.image: flink:1.20']);
  expect(declaredImages({ a: [{ imageName: 'x:1' }] })).toEqual([{ path: 'spec.a[0].imageName', image: 'x:1' }]);
});
