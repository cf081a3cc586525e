/**
 * Every environment decision is a model field: each value that used to be chosen inside a construct
 * by the environment's name is set here from `overrides/<env>.yaml` alone (test/model/knobs-fixture.ts),
 * and the rendered manifests and Terraform follow it. Settings, services and backups: knobs-settings.test.ts.
 */
import type { K8sObject } from '../../lib/k8s/object';
import { only as resource } from '../cloud/helpers';
import { cloudStack, devK8s, type Json, one as oneOf } from './knobs-fixture';

describe('operated components size from components.<name>.sizing (overrides/dev.yaml)', () => {
  let objects: K8sObject[];
  const one = (kind: string, name?: string): Json => oneOf(objects, kind, name);
  beforeAll(() => {
    const { build, objects: rendered } = devK8s();
    // The larger data services no longer leave room for a PROFESSIONAL quota on dev's pool: the scheduling
    // rule says so (test/scheduling); this file checks that the sizes reach the manifests.
    expect(build.problems.filter((p) => p.rule !== 'scheduling')).toEqual([]);
    expect(build.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/tenant acme \(PROFESSIONAL\) may request/));
    objects = rendered;
  });

  test('ClickHouse servers and Keeper', () => {
    const chi = one('ClickHouseInstallation');
    expect(chi.spec.configuration.clusters[0].layout.replicasCount).toBe(3);
    expect(chi.spec.templates.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('33Gi');
    expect(chi.spec.templates.podTemplates[0].spec.containers[0].resources.requests.cpu).toBe('700m');
    const chk = one('ClickHouseKeeperInstallation');
    expect(chk.spec.configuration.clusters[0].layout.replicasCount).toBe(5);
    expect(chk.spec.templates.volumeClaimTemplates[0].spec.resources.requests.storage).toBe('7Gi');
  });

  test('Temporal history shards, retention and resources', () => {
    const cluster = one('TemporalCluster');
    expect(cluster.spec.numHistoryShards).toBe(16);
    expect(cluster.spec.services.frontend.resources.limits.memory).toBe('3Gi');
    for (const ns of objects.filter((o) => o.kind === 'TemporalNamespace')) expect((ns as Json).spec.retentionPeriod).toBe('240h');
  });

  test('Spark Connect server and executors', () => {
    const spark = one('SparkConnect');
    expect(spark.spec.executor).toMatchObject({ instances: 7, memory: '6g' });
    expect(spark.spec.server.cores).toBe(3);
  });

  test('PostgreSQL instances, storage, connections, base-backup schedule and retention', () => {
    const cluster = one('Cluster');
    expect(cluster.spec.instances).toBe(2);
    expect(cluster.spec.storage.size).toBe('21Gi');
    expect(cluster.spec.postgresql.parameters.max_connections).toBe('450');
    expect(one('ScheduledBackup').spec.schedule).toBe('0 30 5 * * *');
    expect(one('ObjectStore').spec.retentionPolicy).toBe('9d');
    // A restore from overrides alone: recovery to the target time, the new timeline archived under another name.
    expect(cluster.spec.bootstrap.recovery.recoveryTarget.targetTime).toBe('2026-09-01T10:00:00Z');
    expect(cluster.spec.externalClusters[0].plugin.parameters.serverName).toBe('matih-pg');
    expect(cluster.spec.plugins[0].parameters.serverName).toBe('matih-pg-2');
  });

  test('Redis replicas, Sentinels and the RDB copy', () => {
    expect(one('RedisReplication').spec.clusterSize).toBe(2);
    expect(one('RedisSentinel').spec.clusterSize).toBe(3);
    const job = one('CronJob', 'redis-backup');
    expect(job.spec.schedule).toBe('15 4 * * *');
    expect(job.spec.jobTemplate.spec.template.spec.containers[0].command[2]).toContain('--min-age 4d');
  });

  test('Elasticsearch nodes, storage and the snapshot lifecycle policy', () => {
    const es = one('Elasticsearch');
    expect(es.spec.nodeSets[0].count).toBe(3);
    expect(es.spec.nodeSets[0].volumeClaimTemplates[0].spec.resources.requests.storage).toBe('33Gi');
    const env = one('CronJob', 'elasticsearch-snapshot-policy').spec.jobTemplate.spec.template.spec.containers[0].env;
    const policy = JSON.parse(env.find((e: Json) => e.name === 'POLICY').value);
    expect(policy).toMatchObject({ schedule: '0 0 6 ? * 2', retention: { expire_after: '12d' } });
  });

  test('MongoDB members and dump retention', () => {
    expect(one('MongoDBCommunity').spec.members).toBe(3);
    expect(one('CronJob', 'mongodb-backup').spec.jobTemplate.spec.template.spec.containers[0].command[2]).toContain('--min-age 11d');
  });

  test("JupyterHub's volume snapshots: schedule and retention, the claims still those of the catalog", () => {
    const schedule = one('SnapshotSchedule', 'jupyterhub-volumes');
    expect(schedule.spec).toMatchObject({ schedule: '45 2 * * 0', retention: { expires: '72h' } });
    expect(schedule.spec.claimSelector.matchLabels).toEqual({ app: 'jupyterhub', release: 'jupyterhub' });
  });

  test('Kafka Connect replicas and resources', () => {
    const connect = one('KafkaConnect');
    expect(connect.spec.replicas).toBe(3);
    expect(connect.spec.resources.requests.cpu).toBe('750m');
  });

  test('Flink checkpoints, task slots and memory', () => {
    const flink = one('FlinkDeployment');
    expect(flink.spec.flinkConfiguration['execution.checkpointing.interval']).toBe('30s');
    expect(flink.spec.flinkConfiguration['taskmanager.numberOfTaskSlots']).toBe('3');
    expect(flink.spec.flinkConfiguration['slotmanager.number-of-slots.max']).toBe('15');
    expect(flink.spec.jobManager.resource.memory).toBe('3072m');
  });

  test('topics keep their declared partitions when the environment stops capping them', () => {
    const topics = objects.filter((o) => o.kind === 'KafkaTopic') as Json[];
    expect(Math.max(...topics.map((t) => t.spec.partitions))).toBeGreaterThan(3);
  });
});

describe('cloud stacks follow settings.cloud (overrides/dev.yaml, overrides/prod.yaml)', () => {
  test('AKS tier, log retention, storage replication, deletion protection and a private API server', () => {
    const json = cloudStack('dev-azure');
    const aks = resource(json, 'azurerm_kubernetes_cluster');
    expect(aks.sku_tier).toBe('Premium');
    expect(aks.lifecycle?.prevent_destroy).toBe(true);
    // dev's recorded exception (a public API server for the VPN ranges) switched off from the override.
    expect(aks.private_cluster_enabled).toBe(true);
    expect(aks.api_server_access_profile.authorized_ip_ranges).toBeUndefined();
    expect(resource(json, 'azurerm_log_analytics_workspace').retention_in_days).toBe(45);
    expect(resource(json, 'azurerm_storage_account').account_replication_type).toBe('GZRS');
  });

  test('EKS log retention and deletion protection', () => {
    const json = cloudStack('prod-aws');
    // The cluster's log group and Container Insights' groups alike.
    const retention = Object.values(json.resource.aws_cloudwatch_log_group).map((g) => (g as Json).retention_in_days);
    expect(new Set(retention)).toEqual(new Set([30]));
    const eks = resource(json, 'aws_eks_cluster');
    expect(eks.deletion_protection).toBe(false);
    expect(eks.lifecycle?.prevent_destroy).toBeUndefined();
  });

  test('GKE deletion protection and the Cloud Logging bucket retention', () => {
    const json = cloudStack('prod-gcp');
    const gke = resource(json, 'google_container_cluster');
    expect(gke.deletion_protection).toBe(false);
    expect(gke.lifecycle?.prevent_destroy).toBeUndefined();
    expect(resource(json, 'google_logging_project_bucket_config').retention_days).toBe(60);
  });
});
