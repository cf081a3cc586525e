/**
 * The data-service constructs (CloudNativePG, OT Redis, ECK, MongoDB) and the backup helpers, on
 * small inputs: every refusal names the field, and the schedules each tool receives mean the same
 * time as the model's cron.
 */
import { Chart, Testing } from 'cdk8s';
import type { ResolvedTarget, Resources } from '../../config/types';
import type { OperatorAddOn } from '../../constructs/k8s/operators';
import { chromadbBackupAddOn } from '../../constructs/k8s/operators/backup/chromadb';
import { dgraphBackupAddOn } from '../../constructs/k8s/operators/backup/dgraph';
import { qdrantBackupAddOn } from '../../constructs/k8s/operators/backup/qdrant';
import { PlatformCharts } from '../../lib/render/platform-charts';
import { shippedBuild } from '../support/render';
import { ObjectStorageDump } from '../../constructs/k8s/operators/backup/dump-job';
import { checkBackupPolicy, quartz, withSeconds } from '../../constructs/k8s/operators/backup/schedule';
import { MatihPostgres, type MatihPostgresProps } from '../../constructs/k8s/operators/cloudnative-pg';
import { MatihElasticsearch } from '../../constructs/k8s/operators/elasticsearch';
import { MatihMongo } from '../../constructs/k8s/operators/mongodb';
import { MatihRedis } from '../../constructs/k8s/operators/redis';

const chart = () => new Chart(Testing.app(), 'test');
type Json = any;
const R: Resources = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '1Gi' } };

const pg = (o: Partial<MatihPostgresProps> = {}, backup: Partial<MatihPostgresProps['backup']> = {}) =>
  new MatihPostgres(chart(), 'pg', {
    name: 'pg',
    namespace: 'ns',
    instances: 3,
    storage: '10Gi',
    walStorage: '2Gi',
    storageClass: 'fast',
    resources: R,
    maxConnections: 100,
    owner: { name: 'matih', secret: 'db' },
    databases: ['iam', 'ops_agent'],
    backup: { schedule: '0 2 * * *', retentionDays: 30, destinationPath: 's3://b/backups/postgresql', credentials: {}, ...backup },
    nodePool: 'dataplane',
    labels: {},
    inheritedLabels: {},
    ...o,
  });

describe('schedules', () => {
  test('CloudNativePG gets the same time with seconds first', () => {
    expect(withSeconds('30 2 * * *', 'x')).toBe('0 30 2 * * *');
  });

  test('Elasticsearch gets Quartz: seconds first, `?` for the open day field, weekdays 1-7 from Sunday', () => {
    expect(quartz('0 1 * * *', 'x')).toBe('0 0 1 * * ?');
    expect(quartz('0 6 * * 1', 'x')).toBe('0 0 6 ? * 2');
    expect(quartz('0 6 * * 0', 'x')).toBe('0 0 6 ? * 1');
    expect(quartz('0 6 15 * *', 'x')).toBe('0 0 6 15 * ?');
    expect(() => quartz('0 6 15 * 1', 'x')).toThrow('sets both day of month and day of week');
  });

  test('a schedule or retention that cannot work is refused with the field', () => {
    expect(() => checkBackupPolicy({ schedule: '0 2 * *', retentionDays: 1 }, 'pg')).toThrow('must have five cron fields');
    expect(() => checkBackupPolicy({ schedule: '0 two * * *', retentionDays: 1 }, 'pg')).toThrow('hour field "two" is not a cron field');
    expect(() => checkBackupPolicy({ schedule: '0 2 * * *', retentionDays: 0 }, 'pg')).toThrow('retentionDays must be a positive integer');
  });
});

describe('PostgreSQL (CloudNativePG)', () => {
  test('one Database per service database, named for Kubernetes, never dropped', () => {
    const dbs = pg().databases.map((d) => d.toJson());
    expect(dbs.map((d) => [d.metadata.name, d.spec.name, d.spec.databaseReclaimPolicy])).toEqual([
      ['pg-iam', 'iam', 'retain'],
      ['pg-ops-agent', 'ops_agent', 'retain'],
    ]);
  });

  test('refuses what could not run, naming the field', () => {
    expect(() => pg({ instances: 0 })).toThrow('instances must be a positive integer');
    expect(() => pg({ walStorage: '2 GB' })).toThrow('walStorage "2 GB" is not a Kubernetes quantity');
    expect(() => pg({ databases: ['iam', 'iam'] })).toThrow('database "iam" is listed twice');
    expect(() => pg({ databases: ['Bad-Name'] })).toThrow('"Bad-Name" is not a plain PostgreSQL identifier');
    expect(() => pg({}, { destinationPath: 'ftp://x' })).toThrow('is not an https://, s3:// or gs:// URL');
  });

  test('a restore bootstraps from the archive up to the target time and archives its new timeline under another name', () => {
    const spec = pg(
      {},
      { restore: { fromServerName: 'pg', archiveServerName: 'pg-2', targetTime: '2026-09-01T10:00:00Z' } },
    ).cluster.toJson().spec;
    expect(spec.bootstrap).toEqual({ recovery: { source: 'archive', recoveryTarget: { targetTime: '2026-09-01T10:00:00Z' } } });
    expect(spec.externalClusters).toEqual([
      {
        name: 'archive',
        plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'pg-backups', serverName: 'pg' } },
      },
    ]);
    expect(spec.plugins[0].parameters).toEqual({ barmanObjectName: 'pg-backups', serverName: 'pg-2' });
    expect(pg().cluster.toJson().spec.bootstrap.initdb).toEqual({ database: 'matih', owner: 'matih', secret: { name: 'db' } });
  });

  test('a restore that would overwrite its own source, or an unreadable time, is refused', () => {
    expect(() => pg({}, { restore: { fromServerName: 'pg', archiveServerName: 'pg' } })).toThrow('must differ from fromServerName');
    expect(() => pg({}, { restore: { fromServerName: 'pg', archiveServerName: 'pg-2', targetTime: 'yesterday' } })).toThrow(
      'restore.targetTime "yesterday" is not an RFC 3339 time',
    );
  });
});

describe('Redis, Elasticsearch and MongoDB', () => {
  const redis = (o: object = {}) =>
    new MatihRedis(chart(), 'r', {
      name: 'redis',
      namespace: 'ns',
      replicas: 3,
      sentinels: 3,
      masterSet: 'mymaster',
      port: 6379,
      storage: '1Gi',
      storageClass: 'fast',
      resources: R,
      sentinelResources: R,
      password: { secret: 's', key: 'password' },
      nodePool: 'dataplane',
      labels: {},
      ...o,
    });

  test("Redis: Sentinels form a quorum, and the operator's own pod labels are left to it", () => {
    expect(redis().sentinel.toJson().spec.redisSentinelConfig).toMatchObject({
      quorum: '2',
      masterGroupName: 'mymaster',
      redisReplicationName: 'redis',
    });
    expect(() => redis({ sentinels: 2 })).toThrow('sentinels must be an odd positive integer');
    expect(() => redis({ labels: { app: 'x' } })).toThrow('label "app" is the operator\'s own pod label');
  });

  test('Elasticsearch: two master-eligible nodes and keystore entries without a Secret are refused', () => {
    const es = (o: object) =>
      new MatihElasticsearch(chart(), 'e', {
        name: 'es',
        namespace: 'ns',
        nodes: 3,
        storage: '1Gi',
        storageClass: 'fast',
        resources: R,
        serviceAccount: 'es',
        usersSecret: 'u',
        snapshots: { repository: { type: 'gcs', settings: {} }, keystore: {} },
        nodePool: 'dataplane',
        labels: {},
        podLabels: {},
        ...o,
      });
    expect(() => es({ nodes: 2 })).toThrow('2 master-eligible nodes cannot survive the loss of either');
    expect(() =>
      es({ snapshots: { repository: { type: 'azure', settings: {} }, keystore: { 'azure.client.default.account': 'a' } } }),
    ).toThrow('needs keystore entries but no keystoreSecret is given');
  });

  test('MongoDB: an even replica set is refused; every container the operator runs is named with the restricted context', () => {
    const mongo = (members: number) =>
      new MatihMongo(chart(), 'm', {
        name: 'mongodb',
        namespace: 'ns',
        members,
        storage: '1Gi',
        storageClass: 'fast',
        resources: R,
        admin: { user: 'matih', secret: 's', key: 'password' },
        nodePool: 'dataplane',
        labels: {},
        podLabels: {},
      });
    expect(() => mongo(2)).toThrow('members must be an odd positive integer');
    const pod = mongo(3).replicaSet.toJson().spec.statefulSet.spec.template.spec;
    const names = [...pod.containers, ...pod.initContainers].map((c: { name: string }) => c.name);
    expect(names).toEqual(['mongod', 'mongodb-agent', 'mongod-posthook', 'mongodb-agent-readinessprobe']);
  });

  const dump = (destination: string, scratch: { size: string; storageClass: string } | null = { size: '5Gi', storageClass: 'fast' }) =>
    new ObjectStorageDump(chart(), 'd', {
      name: 'x-backup',
      namespace: 'ns',
      schedule: '0 3 * * *',
      retentionDays: 7,
      serviceAccount: 'x-backup',
      dump: { image: 'i:1', uid: 1000, script: 'true', env: [] },
      upload: { env: [], destination },
      nodePool: 'dataplane',
      labels: {},
      podLabels: {},
      ...(scratch ? { scratch } : {}),
    });

  test('the dump is staged on a claim of the policy size and class, never on the node disk', () => {
    const pod = dump('backup:b/x').cronJob.toJson().spec.jobTemplate.spec.template.spec;
    const scratch = pod.volumes.find((v: Json) => v.ephemeral);
    expect(scratch.ephemeral.volumeClaimTemplate.spec).toEqual({
      accessModes: ['ReadWriteOnce'],
      storageClassName: 'fast',
      resources: { requests: { storage: '5Gi' } },
    });
    const dumpDir = pod.initContainers[0].env.find((e: Json) => e.name === 'DUMP_DIR').value;
    for (const c of [...pod.initContainers, ...pod.containers]) {
      const mount = c.volumeMounts.find((m: Json) => m.name === scratch.name);
      // The dump folder is a folder of the claim, not its root (lost+found).
      expect(dumpDir.startsWith(`${mount.mountPath}/`)).toBe(true);
      // No emptyDir holds it: the only emptyDir mounts are /tmp.
      const emptyDirs = new Set(pod.volumes.filter((v: Json) => v.emptyDir).map((v: Json) => v.name));
      expect(c.volumeMounts.filter((m: Json) => emptyDirs.has(m.name)).map((m: Json) => m.mountPath)).toEqual(['/tmp']);
    }
    expect(() => dump('backup:b/x', null)).toThrow('backup job ns/x-backup: its backup policy sets no scratch');
    expect(() => dump('backup:b/x', { size: '100Mi', storageClass: 'fast' })).toThrow(
      'backup job ns/x-backup: scratch must be a Kubernetes quantity of at least 1Gi, found "100Mi"',
    );
  });

  test('the dump job uploads only to the rclone remote of its identity', () => {
    expect(() => dump('s3://elsewhere')).toThrow('must be on the rclone remote "backup:"');
    expect(dump('backup:b/backups/x').cronJob.toJson().spec.jobTemplate.spec.template.spec.containers[0].command[2]).toContain(
      'rclone delete "backup:b/backups/x" --min-age 7d',
    );
  });
});

describe('dump jobs of chart and service components', () => {
  /** The shipped prod-azure model with one component replaced (a shallow copy: the shared build stays untouched). */
  const withComponent = (name: string, patch: (c: Json) => Json): ResolvedTarget => {
    const model = shippedBuild().model.targets.find((t) => t.target.name === 'prod-azure')!;
    return { ...model, components: { ...model.components, [name]: patch(model.components[name] as unknown as Json) } } as ResolvedTarget;
  };
  const build = (addOn: OperatorAddOn, model: ResolvedTarget) => {
    const charts = new PlatformCharts(model);
    addOn.build(charts, model);
    return charts.chart('data').toJson() as Json[];
  };
  const initContainer = (objects: Json[]) => objects[0].spec.jobTemplate.spec.template.spec.initContainers[0];

  test('a component without a backup policy gets no job', () => {
    const jobs = (patch: (c: Json) => Json) => build(qdrantBackupAddOn, withComponent('qdrant', patch)).map((o) => o.metadata.name);
    expect(jobs((c) => c)).toEqual(['qdrant-backup']);
    expect(jobs(({ backup: _, ...c }) => c)).toEqual([]);
  });

  test('Qdrant: one snapshot per node of the chart, refused for a replica count that is not a positive integer', () => {
    const env = (values: Json) =>
      initContainer(
        build(
          qdrantBackupAddOn,
          withComponent('qdrant', (c) => ({ ...c, values: { ...c.values, ...values } })),
        ),
      ).env;
    expect(env({ replicaCount: 2 }).find((e: Json) => e.name === 'QDRANT_NODES').value).toBe('2');
    expect(() => env({ replicaCount: 0 })).toThrow('components.qdrant.values.replicaCount: expected a positive integer, found 0');
    expect(() => env({ replicaCount: '3' })).toThrow('found "3"');
  });

  test('Dgraph: the export needs the receive port the job serves and the admin token', () => {
    const dgraph = (patch: (c: Json) => Json) => () => build(dgraphBackupAddOn, withComponent('dgraph', patch));
    expect(dgraph((c) => ({ ...c, backup: { ...c.backup, receivePort: 9001 } }))).toThrow(
      'components.dgraph.backup.receivePort: the export job serves S3 on 9000, found 9001',
    );
    expect(dgraph((c) => ({ ...c, secrets: [] }))).toThrow('components.dgraph.secrets: the export job needs the Alpha admin token');
    const pod = dgraph((c) => c)()[0].spec.jobTemplate.spec.template;
    expect(pod.metadata.labels['matih.ai/cloud-identity']).toBe('dgraph-backup');
    // Named after the job: the service's own name label is its Services' selector.
    expect(pod.metadata.labels['app.kubernetes.io/name']).toBe('dgraph-backup');
  });

  test('ChromaDB: the export runs the server image and needs its token', () => {
    expect(() =>
      build(
        chromadbBackupAddOn,
        withComponent('chromadb', (c) => ({ ...c, secrets: [] })),
      ),
    ).toThrow('components.chromadb.secrets: the export job needs the server token');
    const model = withComponent('chromadb', (c) => c);
    const c = model.components.chromadb as unknown as Json;
    expect(initContainer(build(chromadbBackupAddOn, model)).image).toBe(`${c.image.repository}:${c.image.tag}`);
  });

  test('a backup policy without its backup identity is refused', () => {
    const model = withComponent('chromadb', (c) => c);
    const { 'chromadb-backup': _, ...identities } = model.identities;
    expect(() => build(chromadbBackupAddOn, { ...model, identities })).toThrow(
      'component "chromadb": no workload identity "chromadb-backup" in config/identities.ts for its backups',
    );
  });
});
