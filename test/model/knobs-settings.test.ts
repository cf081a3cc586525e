/**
 * Environment settings, first-party services, Helm values and backups set from `overrides/<env>.yaml`
 * alone (test/model/knobs-fixture.ts) reach the rendered manifests; the fleet settings reach the model.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPlatform, ModelError } from '../../lib/model/load';
import type { K8sObject } from '../../lib/k8s/object';
import { shippedBuild } from '../support/render';
import { devK8s, type Json, knobsDataDir, one as oneOf } from './knobs-fixture';

const POOL_ENV = 'SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE';

/** The data ConfigMaps of Spring Boot services whose datasource is PostgreSQL, and those of every other service. */
function configMaps(objects: readonly K8sObject[]): { postgres: Json[]; others: Json[] } {
  const maps = objects.filter((o) => o.kind === 'ConfigMap') as Json[];
  const isPostgres = (m: Json) => String(m.data?.SPRING_DATASOURCE_URL ?? '').startsWith('jdbc:postgresql://');
  return { postgres: maps.filter(isPostgres), others: maps.filter((m) => !isPostgres(m)) };
}

describe('settings.dbPoolSize: the HikariCP pool of every Spring Boot service with a PostgreSQL datasource', () => {
  test('each shipped cluster renders its environment pool size, and only for those services', () => {
    const { model, rendered } = shippedBuild();
    for (const r of rendered) {
      const { postgres, others } = configMaps([...r.files.values()].flat());
      expect(postgres.length).toBeGreaterThan(0);
      const size = model.targets.find((t) => t.target.name === r.target)!.settings.dbPoolSize;
      for (const m of postgres) expect([m.metadata.name, m.data[POOL_ENV]]).toEqual([m.metadata.name, String(size)]);
      for (const m of others) expect([m.metadata.name, m.data?.[POOL_ENV]]).toEqual([m.metadata.name, undefined]);
    }
  });

  test('on every shipped cluster the rendered pools at their replica maxima fit the rendered max_connections, less the reserve', () => {
    const { model, rendered } = shippedBuild();
    let checked = 0;
    for (const r of rendered) {
      const objects = [...r.files.values()].flat() as Json[];
      const cluster = objects.find((o) => o.kind === 'Cluster' && o.apiVersion.startsWith('postgresql.cnpg.io/'));
      if (!cluster) continue;
      checked++;
      let demand = 0;
      for (const map of configMaps(objects as K8sObject[]).postgres) {
        // The Deployment whose containers take the ConfigMap as their environment, and its autoscaler if any.
        const deployment = objects.find(
          (o) =>
            o.kind === 'Deployment' &&
            (o.spec.template.spec.containers as Json[]).some((c) =>
              (c.envFrom ?? []).some((e: Json) => e.configMapRef?.name === map.metadata.name),
            ),
        )!;
        const hpa = objects.find((o) => o.kind === 'HorizontalPodAutoscaler' && o.spec.scaleTargetRef.name === deployment.metadata.name);
        demand += (hpa?.spec.maxReplicas ?? deployment.spec.replicas) * Number(map.data[POOL_ENV]);
      }
      const reserved = (model.targets.find((t) => t.target.name === r.target)!.components.postgresql as Json).sizing
        .reservedConnections as number;
      expect({ cluster: r.target, fits: demand + reserved <= Number(cluster.spec.postgresql.parameters.max_connections) }).toEqual({
        cluster: r.target,
        fits: true,
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('overrides/dev.yaml sets it', () => {
    const { postgres } = configMaps(devK8s().objects);
    expect(postgres.map((m) => m.data[POOL_ENV])).toEqual(postgres.map(() => '17'));
    expect(postgres.map((m) => m.metadata.name)).toContain('query-engine-config');
  });
});

describe('environment settings from overrides/dev.yaml', () => {
  let objects: K8sObject[];
  const one = (kind: string, name?: string): Json => oneOf(objects, kind, name);
  const all = (kind: string): Json[] => objects.filter((o) => o.kind === kind) as Json[];
  beforeAll(() => {
    objects = devK8s().objects;
  });

  test('certificate issuer', () => {
    const issuers = all('Certificate').map((c) => c.spec.issuerRef.name);
    expect(issuers.length).toBeGreaterThan(0);
    expect(new Set(issuers)).toEqual(new Set(['letsencrypt-prod-dns01']));
  });

  test('secrets from the cloud vault, refreshed at the overridden interval', () => {
    expect(Object.keys(one('ClusterSecretStore', 'matih-secret-store').spec.provider)).toEqual(['azurekv']);
    const fromVault = all('ExternalSecret').filter((e) => e.spec.secretStoreRef.name === 'matih-secret-store');
    expect(fromVault.length).toBeGreaterThan(0);
    expect(new Set(fromVault.map((e) => e.spec.refreshInterval))).toEqual(new Set(['20m']));
  });

  test('Kafka brokers, controllers, replication, partitions, retention, listeners, storage and resources', () => {
    const kafka = one('Kafka').spec.kafka;
    expect(kafka.config).toMatchObject({
      'default.replication.factor': 3,
      'min.insync.replicas': 2,
      'num.partitions': 5,
      'log.retention.hours': 200,
    });
    expect(kafka.listeners.map((l: Json) => l.port)).not.toContain(9092);
    const broker = one('KafkaNodePool', 'broker').spec;
    expect(broker).toMatchObject({ replicas: 3, storage: { size: '25Gi' }, resources: { requests: { cpu: '300m' } } });
    expect(one('KafkaNodePool', 'controller').spec.replicas).toBe(3);
    expect(new Set(all('KafkaTopic').map((t) => t.spec.replicas))).toEqual(new Set([3]));
  });

  test('Ray head resources, CPU and GPU workers', () => {
    const ray = one('RayCluster').spec;
    expect(ray.headGroupSpec.template.spec.containers[0].resources.requests.cpu).toBe('1500m');
    expect(ray.workerGroupSpecs.map((w: Json) => [w.minReplicas, w.maxReplicas])).toEqual([
      [1, 3],
      [0, 2],
    ]);
  });

  test('service replicas and autoscaling', () => {
    expect(one('Deployment', 'api-gateway').spec.replicas).toBe(2);
    const hpa = one('HorizontalPodAutoscaler', 'query-engine').spec;
    expect(hpa).toMatchObject({ minReplicas: 2, maxReplicas: 4 });
    expect(hpa.metrics[0].resource.target.averageUtilization).toBe(60);
  });

  test('Helm values of a chart (Trino workers)', () => {
    const server = one('Application', 'trino').spec.source.helm.valuesObject.server;
    expect(server).toMatchObject({ workers: 2, autoscaling: { maxReplicas: 4 } });
  });

  test('data services: WAL volume, resources and storage', () => {
    const pg = one('Cluster').spec;
    expect(pg.walStorage.size).toBe('3Gi');
    expect(pg.resources.limits.memory).toBe('3Gi');
    expect(one('RedisReplication').spec.storage.volumeClaimTemplate.spec.resources.requests.storage).toBe('3Gi');
    expect(one('Elasticsearch').spec.nodeSets[0].podTemplate.spec.containers[0].resources.requests.memory).toBe('3Gi');
    const claims = one('MongoDBCommunity').spec.statefulSet.spec.volumeClaimTemplates;
    expect(claims.find((c: Json) => c.metadata.name === 'data-volume').spec.resources.requests.storage).toBe('12Gi');
  });

  // The dump jobs delete copies older than the retention with `rclone delete --min-age`; the MinIO mirror
  // purges its dated versions before a cutoff of that many days.
  test.each([
    ['clickhouse', '10 1 * * *', '--min-age 3d'],
    ['kafka', '20 1 * * *', '--min-age 4d'],
    ['minio', '30 1 * * *', '- 5 * 86400'],
    ['qdrant', '40 1 * * *', '--min-age 6d'],
    ['dgraph', '50 1 * * *', '--min-age 8d'],
    ['chromadb', '10 2 * * *', '--min-age 9d'],
    ['neo4j', '20 2 * * *', '--min-age 10d'],
  ])('%s backup: schedule and retention', (name, schedule, retention) => {
    const job = one('CronJob', `${name}-backup`);
    expect(job.spec.schedule).toBe(schedule);
    const commands = job.spec.jobTemplate.spec.template.spec.containers.map((c: Json) => (c.command ?? []).join(' ')).join('\n');
    expect(commands).toContain(retention);
  });

  test.each([
    ['clickhouse', '31Gi'],
    ['kafka', '21Gi'],
    ['redis', '3Gi'],
    ['mongodb', '13Gi'],
  ])('%s backup: the dump is staged on a claim of the scratch size', (name, size) => {
    const volumes = one('CronJob', `${name}-backup`).spec.jobTemplate.spec.template.spec.volumes as Json[];
    const claims = volumes.filter((v) => v.ephemeral).map((v) => v.ephemeral.volumeClaimTemplate.spec.resources.requests.storage);
    expect(claims).toEqual([size]);
  });
});

describe('fleet settings reach the model', () => {
  test('overrides/staging.yaml: virtual shards, objects per Application, a shared cluster in the member network', () => {
    const clusters = loadPlatform({ dataDir: knobsDataDir(), targets: ['staging-azure'] }).targets;
    expect(clusters.map((c) => c.target.name)).toEqual(['staging-azure', 'staging-azure-extra']);
    expect(clusters[0].fleet).toMatchObject({ virtualShards: 8, maxObjectsPerApplication: 4000 });
    expect(clusters[0].settings.tenancy.quotaOvercommit).toBe(2.5);
    const block = clusters[1].target.cluster.vnetCidr;
    expect(block).toMatch(/^10\.(\d+)\.\d+\.\d+\/20$/);
    expect(Number(block.split('.')[1])).toBeGreaterThanOrEqual(64);
    expect(Number(block.split('.')[1])).toBeLessThan(128);
  });

  test('overrides/prod.yaml: forceShared keeps a dedicated tenant on the platform cluster', () => {
    const clusters = loadPlatform({ dataDir: knobsDataDir(), targets: ['prod-azure'] }).targets;
    expect(clusters.map((c) => c.target.name)).toEqual(['prod-azure']);
    expect(clusters[0].tenants.map((t) => t.slug)).toContain('globex');
  });

  test('quotaOvercommit bounds the tier quotas a cluster accepts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-knobs-overcommit-'));
    try {
      fs.copyFileSync(path.join(knobsDataDir(), 'tenants.yaml'), path.join(dir, 'tenants.yaml'));
      fs.mkdirSync(path.join(dir, 'overrides'));
      fs.writeFileSync(path.join(dir, 'overrides', 'prod.yaml'), 'settings:\n  tenancy: { quotaOvercommit: 0.01 }\n');
      const load = (): unknown => loadPlatform({ dataDir: dir, targets: ['prod-azure'] });
      expect(load).toThrow(ModelError);
      expect(load).toThrow(/more than 0\.01x its allocatable/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
