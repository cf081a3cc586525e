/** The small parsers that read connection settings (lib/gate/connection-settings.ts). */
import { decodedBase64, findHosts, findShortNames, siblingPorts } from '../../lib/gate/connection-settings';
import { settingConnections } from '../../lib/gate/connections';

const NAMESPACES = new Set(['matih-control-plane', 'matih-data-plane', 'argocd']);
const isNamespace = (ns: string) => NAMESPACES.has(ns);
const hosts = (value: string) =>
  findHosts(value, isNamespace).map((h) => `${h.service}.${h.namespace}:${h.port ?? h.unreadablePort ?? '?'}`);

describe('findHosts', () => {
  test.each([
    ['JDBC', 'jdbc:postgresql://pg.matih-control-plane.svc.cluster.local:5432/iam', ['pg.matih-control-plane:5432']],
    ['JDBC without a port takes the driver default', 'jdbc:postgresql://pg.matih-control-plane.svc/iam', ['pg.matih-control-plane:5432']],
    [
      'JDBC with several hosts',
      'jdbc:postgresql://a.matih-control-plane:5432,b.matih-control-plane/db',
      ['a.matih-control-plane:5432', 'b.matih-control-plane:5432'],
    ],
    [
      'http without a port',
      'http://vllm-router-service.matih-data-plane.svc.cluster.local/v1',
      ['vllm-router-service.matih-data-plane:80'],
    ],
    ['https without a port', 'https://api.matih-control-plane.svc', ['api.matih-control-plane:443']],
    [
      'thrift',
      'hive.metastore.uri=thrift://hive-metastore.matih-data-plane.svc.cluster.local:9083',
      ['hive-metastore.matih-data-plane:9083'],
    ],
    ['Spark Connect', 'sc://spark-connect.matih-data-plane.svc.cluster.local:15002', ['spark-connect.matih-data-plane:15002']],
    ['Ray client', 'ray://matih-ray-head-svc.matih-data-plane.svc.cluster.local:10001', ['matih-ray-head-svc.matih-data-plane:10001']],
    ['S3 URL with the endpoint in it', 's3://minio.matih-data-plane.svc.cluster.local:9000/models', ['minio.matih-data-plane:9000']],
    [
      'SQLAlchemy URL with credentials',
      'postgresql+psycopg://${DB_USERNAME}:${DB_PASSWORD}@pg.matih-control-plane:5432/feast',
      ['pg.matih-control-plane:5432'],
    ],
    [
      'bootstrap servers',
      'k-0.matih-data-plane.svc:9093,k-1.matih-data-plane.svc:9093',
      ['k-0.matih-data-plane:9093', 'k-1.matih-data-plane:9093'],
    ],
    [
      'Redis connection string',
      'redis.matih-control-plane.svc.cluster.local:6379,password=${REDIS_PASSWORD}',
      ['redis.matih-control-plane:6379'],
    ],
    [
      'a Trino catalog (several lines)',
      'connector.name=iceberg\niceberg.rest-catalog.uri=http://polaris.matih-data-plane.svc.cluster.local:8181/api\ns3.endpoint=http://minio.matih-data-plane:9000',
      ['polaris.matih-data-plane:8181', 'minio.matih-data-plane:9000'],
    ],
    ['a bare host', 'trino.matih-data-plane.svc.cluster.local', ['trino.matih-data-plane:?']],
    ['a port that is not one', 'pg.matih-control-plane.svc:${PG_PORT}', ['pg.matih-control-plane:${PG_PORT}']],
    ['a .svc host in a namespace the target lacks', 'x.matih-typo.svc.cluster.local:1', ['x.matih-typo:1']],
    [
      'no Service: e-mail, API group, annotation domain, address',
      'alerts@matih.ai kafka.strimzi.io/cluster resources-finalizer.argocd.argoproj.io 0.0.0.0:4317',
      [],
    ],
    ['no Service: a longer DNS name under a namespace-like label', 'db.matih-data-plane.example.com:5432', []],
    // Tempo's chart writes `<release>.<namespace>` as its memberlist cluster label.
    [
      "no Service: a label key's value in a text block",
      'memberlist:\n  cluster_label: "tempo.matih-data-plane"\nmultitenancy_enabled: false',
      [],
    ],
    ['a label key with a port is still an address', 'cluster_label: tempo.matih-data-plane:7946', ['tempo.matih-data-plane:7946']],
    ['a host on the line after a label key is one', 'cluster_label: x\nhost: "tempo.matih-data-plane"', ['tempo.matih-data-plane:?']],
  ])('%s', (_case, value, expected) => {
    expect(hosts(value)).toEqual(expected);
  });
});

test('findShortNames reads same-namespace names, not dotted hosts or localhost', () => {
  expect(
    findShortNames('matih-kafka-kafka-bootstrap:9093, other:1 localhost:80 a.b:1 redis').map((r) => `${r.service}:${r.port ?? '?'}`),
  ).toEqual(['matih-kafka-kafka-bootstrap:9093', 'other:1', 'redis:?']);
});

describe('siblingPorts', () => {
  const map = (entries: Record<string, string>) => new Map(Object.entries(entries));
  test.each([
    ['DB_HOST', { DB_HOST: 'h', DB_PORT: '5432', REDIS_PORT: '6379' }, ['DB_PORT:5432']],
    [
      'QDRANT_HOST',
      { QDRANT_HOST: 'h', QDRANT_HTTP_PORT: '6333', QDRANT_GRPC_PORT: '6334' },
      ['QDRANT_HTTP_PORT:6333', 'QDRANT_GRPC_PORT:6334'],
    ],
    ['host', { host: 'h', port: '5432', adminPort: '8586' }, ['port:5432']],
    ['database.hostname', { 'database.hostname': 'h', 'database.port': '5432', 'database.dbname': 'x' }, ['database.port:5432']],
    ['DB_HOST', { DB_HOST: 'h', DB_PORT: 'five' }, ['DB_PORT:five']],
    ['DB_NAME', { DB_NAME: 'x', DB_PORT: '5432' }, []],
  ])('%s', (key, siblings, expected) => {
    expect(siblingPorts(key, map(siblings)).map((p) => `${p.key}:${p.port ?? p.text}`)).toEqual(expected);
  });
});

test('decodedBase64 decodes only keys that say so, and only text', () => {
  const text = 'path: postgresql://pg.matih-control-plane:5432/x';
  expect(decodedBase64('feature_store_yaml_base64', Buffer.from(text).toString('base64'))).toBe(text);
  expect(decodedBase64('feature_store_yaml', Buffer.from(text).toString('base64'))).toBeUndefined();
  expect(decodedBase64('blob_base64', Buffer.from([0, 1, 2, 255]).toString('base64'))).toBeUndefined();
});

describe('settingConnections', () => {
  const run = (key: string, value: string, siblings: Record<string, string> = {}) =>
    settingConnections(key, value, new Map(Object.entries({ [key]: value, ...siblings })), isNamespace).map((c) =>
      c.port !== undefined ? `${c.ref.service}:${c.port}${c.via ? ` via ${c.via}` : ''}` : `unreadable: ${c.unreadable}`,
    );

  test("a label key's own value is an identifier, not a host, unless it has a port or a scheme", () => {
    expect(run('cluster_label', 'tempo.matih-data-plane')).toEqual([]);
    expect(run('clusterLabel', 'http://tempo.matih-data-plane')).toEqual(['tempo:80']);
    expect(run('cluster_name', 'tempo.matih-data-plane')).toEqual([
      'unreadable: no port after tempo.matih-data-plane, no default for its scheme and no neighbouring …PORT setting',
    ]);
  });

  test('a host without port takes its neighbour', () => {
    expect(run('DB_HOST', 'pg.matih-control-plane.svc.cluster.local', { DB_PORT: '5432' })).toEqual(['pg:5432 via DB_PORT']);
  });

  test('a setting whose port cannot be read is reported, not skipped', () => {
    expect(run('TRINO_URL', 'trino.matih-data-plane.svc.cluster.local')).toEqual([
      'unreadable: no port after trino.matih-data-plane.svc.cluster.local, no default for its scheme and no neighbouring …PORT setting',
    ]);
    expect(run('DB_HOST', 'pg.matih-control-plane.svc', { DB_PORT: '${PORT}' })).toEqual([
      'unreadable: DB_PORT "${PORT}" is not a port number',
    ]);
  });

  test('short names count in address keys only', () => {
    expect(run('bootstrapServers', 'matih-kafka-kafka-bootstrap:9093')).toEqual(['matih-kafka-kafka-bootstrap:9093']);
    expect(run('JWT_ISSUER', 'matih-iam-service')).toEqual([]);
  });

  test('base64-encoded configuration is read through', () => {
    const yaml = Buffer.from('online_store:\n  connection_string: redis.matih-control-plane.svc.cluster.local:6379,password=x').toString(
      'base64',
    );
    expect(run('feature_store_yaml_base64', yaml)).toEqual(['redis:6379 via base64-decoded']);
  });
});
