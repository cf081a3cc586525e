/**
 * One data folder whose `overrides/<env>.yaml` set every environment knob at once (test/model/knobs*.test.ts),
 * and its builds, each made once per module registry: the files of a test group share them.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildK8s, type K8sBuild } from '../../lib/synth/k8s';
import { loadCloudTargets } from '../../lib/synth/cloud';
import { synthesizeInput } from '../support/cloud-stacks';
import type { K8sObject } from '../../lib/k8s/object';

const REPO = path.resolve(__dirname, '..', '..');

export type Json = Record<string, any>;

export const OVERRIDES: Readonly<Record<'dev' | 'staging' | 'prod', string>> = {
  dev: `
settings:
  certificateIssuer: letsencrypt-prod-dns01
  secretsSource: cloud-vault
  secretRefreshInterval: 20m
  dbPoolSize: 17
  kafka:
    capTopicPartitions: false
    brokers: 3
    controllers: 3
    replicationFactor: 3
    minInsyncReplicas: 2
    defaultPartitions: 5
    retentionHours: 200
    plainListener: false
    brokerStorage: 25Gi
    brokerResources: { requests: { cpu: 300m } }
  ray:
    head: { requests: { cpu: 1500m } }
    cpuWorkers:
      minReplicas: 1
      maxReplicas: 3
      resources: { requests: { cpu: '1', memory: 2Gi }, limits: { cpu: '1', memory: 2Gi } }
    gpuWorkers:
      minReplicas: 0
      maxReplicas: 2
      resources: { requests: { cpu: '2', memory: 8Gi }, limits: { cpu: '2', memory: 8Gi } }
  cloud:
    deletionProtection: true
    publicApiEndpoint: false
    azure: { aksSkuTier: Premium, logRetentionDays: 45, storageReplication: GZRS }
components:
  api-gateway: { replicas: 2 }
  query-engine: { autoscaling: { minReplicas: 2, maxReplicas: 4, targetCPUUtilizationPercentage: 60 } }
  trino: { values: { server: { workers: 2, autoscaling: { maxReplicas: 4 } } } }
  clickhouse:
    sizing:
      server: { replicas: 3, storage: 33Gi, resources: { requests: { cpu: 700m } } }
      keeper: { replicas: 5, storage: 7Gi }
      backup: { schedule: '10 1 * * *', retentionDays: 3, scratch: 31Gi }
  kafka: { sizing: { backup: { schedule: '20 1 * * *', retentionDays: 4, scratch: 21Gi } } }
  minio: { backup: { schedule: '30 1 * * *', retentionDays: 5 } }
  qdrant: { backup: { schedule: '40 1 * * *', retentionDays: 6 } }
  dgraph: { backup: { schedule: '50 1 * * *', retentionDays: 8 } }
  chromadb: { backup: { schedule: '10 2 * * *', retentionDays: 9 } }
  neo4j: { backup: { schedule: '20 2 * * *', retentionDays: 10 } }
  temporal: { sizing: { historyShards: 16, retention: 240h, resources: { limits: { memory: 3Gi } } } }
  spark-connect: { sizing: { executor: { instances: 7, memory: 6g }, server: { cores: 3 } } }
  kafka-connect: { sizing: { replicas: 3, resources: { requests: { cpu: 750m } } } }
  flink-sql-gateway: { sizing: { checkpointIntervalSeconds: 30, taskManager: { max: 5, slots: 3 }, jobManager: { memory: 3072m } } }
  postgresql:
    sizing:
      instances: 2
      storage: 21Gi
      walStorage: 3Gi
      resources: { limits: { memory: 3Gi } }
      maxConnections: 450
      backup: { schedule: '30 5 * * *', retentionDays: 9 }
      restore: { fromServerName: matih-pg, archiveServerName: matih-pg-2, targetTime: '2026-09-01T10:00:00Z' }
  redis: { sizing: { replicas: 2, sentinels: 3, storage: 3Gi, backup: { schedule: '15 4 * * *', retentionDays: 4, scratch: 3Gi } } }
  elasticsearch:
    sizing: { nodes: 3, storage: 33Gi, resources: { requests: { memory: 3Gi } }, backup: { schedule: '0 6 * * 1', retentionDays: 12 } }
  mongodb: { sizing: { members: 3, storage: 12Gi, backup: { retentionDays: 11, scratch: 13Gi } } }
  jupyterhub: { volumeSnapshots: { schedule: '45 2 * * 0', retentionDays: 3 } }
`,
  // Read by the model only (test/model/knobs-settings.test.ts): the fleet of staging-azure.
  staging: `
settings:
  tenancy:
    virtualShards: 8
    maxObjectsPerApplication: 4000
    quotaOvercommit: 2.5
    sharedClusters: [{ name: extra, shards: ['0-3'] }]
    memberNetwork: { supernet: 10.64.0.0/10, blockPrefix: 20 }
`,
  prod: `
settings:
  tenancy: { forceShared: true }
  cloud:
    deletionProtection: false
    aws: { logRetentionDays: 30 }
    gcp: { logRetentionDays: 60 }
`,
};

let dataDir: string | undefined;

/** The data folder (created once, removed when the process exits). */
export function knobsDataDir(): string {
  if (dataDir) return dataDir;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matih-knobs-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  fs.copyFileSync(path.join(REPO, 'config', 'tenants.yaml'), path.join(dir, 'tenants.yaml'));
  fs.mkdirSync(path.join(dir, 'overrides'));
  for (const [env, text] of Object.entries(OVERRIDES)) fs.writeFileSync(path.join(dir, 'overrides', `${env}.yaml`), text);
  dataDir = dir;
  return dir;
}

let devBuild: K8sBuild | undefined;

/** dev-azure rendered with overrides/dev.yaml. */
export function devK8s(): { build: K8sBuild; objects: K8sObject[] } {
  devBuild ??= buildK8s({ dataDir: knobsDataDir(), targets: ['dev-azure'] });
  return { build: devBuild, objects: [...devBuild.rendered[0].files.values()].flat() };
}

/** The one object of a kind (and name). */
export function one(objects: readonly K8sObject[], kind: string, name?: string): Json {
  const found = objects.filter((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (found.length !== 1) throw new Error(`expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  return found[0] as Json;
}

const stacks = new Map<string, Json>();

/** The Terraform JSON of a target's platform stack, synthesized from the data folder (as test/support/cloud-stacks.ts does). */
export function cloudStack(target: string): Json {
  const cached = stacks.get(target);
  if (cached) return cached;
  const json = JSON.parse(synthesizeInput(loadCloudTargets({ dataDir: knobsDataDir(), targets: [target] })[0]).text) as Json;
  stacks.set(target, json);
  return json;
}
