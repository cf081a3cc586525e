/**
 * The shared PostgreSQL as CloudNativePG resources: a Cluster (primary and streaming replicas on
 * the data-plane pool, restricted pods), one Database per service database, and continuous backup
 * through the Barman Cloud plugin: an ObjectStore (the target's object storage, written as the
 * Cluster's own workload identity, retention in days) that receives every WAL segment, plus a
 * ScheduledBackup for base backups. Together they allow point-in-time recovery anywhere in the
 * retention window (README "Backups and restore"). Every object keeps data: prune-protected.
 */
import { Construct } from 'constructs';
import type { NodePoolName, PostgresRestore, Resources } from '../../../../config/types';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../../core/security-context';
import { isQuantity } from '../../../../lib/k8s/quantity';
import {
  Cluster,
  ClusterSpecResourcesLimits,
  ClusterSpecResourcesRequests,
  ClusterSpecManagedRolesEnsure,
  ClusterSpecPrimaryUpdateStrategy,
} from '../../../../imports/cnpgclusters-postgresql.cnpg.io';
import { Database, DatabaseSpecDatabaseReclaimPolicy, DatabaseSpecEnsure } from '../../../../imports/cnpgdatabases-postgresql.cnpg.io';
import {
  ScheduledBackup,
  ScheduledBackupSpecBackupOwnerReference,
  ScheduledBackupSpecMethod,
} from '../../../../imports/cnpgscheduledbackups-postgresql.cnpg.io';
import {
  ObjectStore,
  ObjectStoreSpecConfigurationDataCompression,
  ObjectStoreSpecConfigurationWalCompression,
  type ObjectStoreSpecConfiguration,
} from '../../../../imports/objectstores-barmancloud.cnpg.io';
import { protectFromPrune } from '../../core/argocd';
import { checkBackupPolicy, withSeconds } from '../backup/schedule';
import { dnsLabel, poolSelector, poolTolerations } from '../common';

/** UID and GID of `postgres` in the CloudNativePG operand images (the operator's default). */
export const POSTGRES_UID = 26;
/**
 * PostgreSQL 16 operand image from CloudNativePG's official catalog (artifacts repository,
 * image-catalogs/catalog-standard-trixie.yaml, 2026-08-17), pinned by digest.
 */
export const POSTGRES_IMAGE =
  'ghcr.io/cloudnative-pg/postgresql:16.15-202608170814-standard-trixie@sha256:3df9103d7f89c8abc2870463d4d446944c81b5f1f4b707c590895dc003ecbb65';
/** Name under which the Barman Cloud plugin registers with the operator. */
export const BARMAN_CLOUD_PLUGIN = 'barman-cloud.cloudnative-pg.io';

interface PostgresBackupProps {
  /** Five-field cron (UTC) of the base backups. */
  readonly schedule: string;
  readonly retentionDays: number;
  /** `destinationPath` of the ObjectStore (the service's own container or prefix). */
  readonly destinationPath: string;
  /** Workload-identity credentials block for the cloud (lib/clouds `barmanCredentials`). */
  readonly credentials: Pick<ObjectStoreSpecConfiguration, 'azureCredentials' | 's3Credentials' | 'googleCredentials'>;
  /** Recover from the archive instead of creating an empty cluster (config/types.ts `PostgresRestore`). @default none */
  readonly restore?: PostgresRestore | null;
}

export interface MatihPostgresProps {
  /** Name of the Cluster; the operator names its Services `<name>-rw`, `-ro`, `-r` and its ServiceAccount `<name>`. */
  readonly name: string;
  readonly namespace: string;
  /** One primary plus `instances - 1` streaming replicas. */
  readonly instances: number;
  readonly storage: string;
  readonly walStorage: string;
  readonly storageClass: string;
  readonly resources: Resources;
  readonly maxConnections: number;
  /** The owner of every database: a login role with REPLICATION (Debezium), password from `secret` (keys username, password). */
  readonly owner: { readonly name: string; readonly secret: string };
  /** Databases to create (PostgreSQL names; underscores allowed). */
  readonly databases: readonly string[];
  readonly backup: PostgresBackupProps;
  readonly nodePool: NodePoolName;
  /** Labels of the custom resources. */
  readonly labels: Readonly<Record<string, string>>;
  /** Labels the operator copies onto every pod, Service and claim (workload-identity pod label, billing). */
  readonly inheritedLabels: Readonly<Record<string, string>>;
  /** @default POSTGRES_IMAGE */
  readonly image?: string;
}

const PG_IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

function check(p: MatihPostgresProps): void {
  const what = `PostgreSQL cluster ${p.name}`;
  if (!Number.isInteger(p.instances) || p.instances < 1)
    throw new Error(`${what}: instances must be a positive integer, found ${p.instances}`);
  for (const [field, size] of [
    ['storage', p.storage],
    ['walStorage', p.walStorage],
  ] as const)
    if (!isQuantity(size)) throw new Error(`${what}: ${field} "${size}" is not a Kubernetes quantity`);
  if (!p.storageClass) throw new Error(`${what}: storageClass must not be empty`);
  if (!Number.isInteger(p.maxConnections) || p.maxConnections < 10)
    throw new Error(`${what}: maxConnections must be an integer of at least 10, found ${p.maxConnections}`);
  for (const db of [p.owner.name, ...p.databases])
    if (!PG_IDENTIFIER.test(db)) throw new Error(`${what}: "${db}" is not a plain PostgreSQL identifier (lowercase, digits, _)`);
  const duplicate = p.databases.find((d, i) => p.databases.indexOf(d) !== i);
  if (duplicate) throw new Error(`${what}: database "${duplicate}" is listed twice`);
  checkBackupPolicy({ schedule: p.backup.schedule, retentionDays: p.backup.retentionDays }, `${what} backup`);
  const restore = p.backup.restore;
  if (restore) {
    for (const [field, name] of [
      ['fromServerName', restore.fromServerName],
      ['archiveServerName', restore.archiveServerName],
    ] as const)
      if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) throw new Error(`${what}: restore.${field} "${name}" is not a DNS-1123 name`);
    if (restore.fromServerName === restore.archiveServerName)
      throw new Error(
        `${what}: restore.archiveServerName must differ from fromServerName, or the new timeline would overwrite the archive it recovers from`,
      );
    if (restore.targetTime !== undefined && Number.isNaN(Date.parse(restore.targetTime)))
      throw new Error(`${what}: restore.targetTime "${restore.targetTime}" is not an RFC 3339 time`);
  }
  if (!/^(https:\/\/|s3:\/\/|gs:\/\/)/.test(p.backup.destinationPath))
    throw new Error(`${what}: backup destination "${p.backup.destinationPath}" is not an https://, s3:// or gs:// URL`);
}

export class MatihPostgres extends Construct {
  readonly cluster: Cluster;
  readonly objectStore: ObjectStore;
  readonly scheduledBackup: ScheduledBackup;
  readonly databases: Database[] = [];

  constructor(scope: Construct, id: string, props: MatihPostgresProps) {
    super(scope, id);
    check(props);
    const metadata = (name: string) => ({ name, namespace: props.namespace, labels: { ...props.labels } });
    const r = props.resources;
    const storeName = `${props.name}-backups`;
    const restore = props.backup.restore ?? undefined;
    /** The archive the recovery reads: the same object store, under the server name the backups were written as. */
    const ORIGIN = 'archive';

    this.objectStore = protectFromPrune(
      new ObjectStore(this, 'object-store', {
        metadata: metadata(storeName),
        spec: {
          configuration: {
            destinationPath: props.backup.destinationPath,
            ...props.backup.credentials,
            wal: { compression: ObjectStoreSpecConfigurationWalCompression.GZIP },
            data: { compression: ObjectStoreSpecConfigurationDataCompression.GZIP },
          },
          // Base backups and the WAL needed to recover from them are deleted once older than this.
          retentionPolicy: `${props.backup.retentionDays}d`,
        },
      }),
    );

    this.cluster = protectFromPrune(
      new Cluster(this, 'cluster', {
        metadata: metadata(props.name),
        spec: {
          instances: props.instances,
          imageName: props.image ?? POSTGRES_IMAGE,
          postgresUid: POSTGRES_UID,
          postgresGid: POSTGRES_UID,
          // Written out although they are the operator's defaults, so the gate checks what the pods get.
          podSecurityContext: restrictedPodSecurityContext({ uid: POSTGRES_UID }),
          securityContext: restrictedContainerSecurityContext({ uid: POSTGRES_UID }),
          storage: { size: props.storage, storageClass: props.storageClass },
          walStorage: { size: props.walStorage, storageClass: props.storageClass },
          resources: {
            requests: {
              cpu: ClusterSpecResourcesRequests.fromString(r.requests.cpu),
              memory: ClusterSpecResourcesRequests.fromString(r.requests.memory),
            },
            limits: {
              cpu: ClusterSpecResourcesLimits.fromString(r.limits.cpu),
              memory: ClusterSpecResourcesLimits.fromString(r.limits.memory),
            },
          },
          affinity: {
            nodeSelector: poolSelector(props.nodePool),
            tolerations: poolTolerations(props.nodePool),
            // Instances spread over nodes where the pool has room, so a node failure costs one copy.
            enablePodAntiAffinity: true,
            topologyKey: 'kubernetes.io/hostname',
            podAntiAffinityType: 'preferred',
          },
          // wal_level is logical by default in CloudNativePG (Debezium CDC, kafka-connect); slots and senders leave room for it.
          postgresql: {
            parameters: { max_connections: String(props.maxConnections), max_replication_slots: '10', max_wal_senders: '16' },
          },
          // initdb creates the owner and its own database `matih` (as the Bitnami release did); the Databases add one per service.
          // A restore recovers the owner, its databases and their data from the archive instead.
          bootstrap: restore
            ? {
                recovery: {
                  source: ORIGIN,
                  ...(restore.targetTime ? { recoveryTarget: { targetTime: restore.targetTime } } : {}),
                },
              }
            : { initdb: { database: props.owner.name, owner: props.owner.name, secret: { name: props.owner.secret } } },
          ...(restore
            ? {
                externalClusters: [
                  {
                    name: ORIGIN,
                    plugin: { name: BARMAN_CLOUD_PLUGIN, parameters: { barmanObjectName: storeName, serverName: restore.fromServerName } },
                  },
                ],
              }
            : {}),
          // The owner keeps its password in sync with the vault entry and may stream changes (Debezium needs REPLICATION).
          managed: {
            roles: [
              {
                name: props.owner.name,
                ensure: ClusterSpecManagedRolesEnsure.PRESENT,
                login: true,
                replication: true,
                inherit: true,
                passwordSecret: { name: props.owner.secret },
              },
            ],
          },
          enableSuperuserAccess: false,
          // Minor upgrades and restarts switch the primary over by themselves (a planned switchover, seconds of read-only time).
          primaryUpdateStrategy: ClusterSpecPrimaryUpdateStrategy.UNSUPERVISED,
          plugins: [
            {
              name: BARMAN_CLOUD_PLUGIN,
              isWalArchiver: true,
              parameters: { barmanObjectName: storeName, ...(restore ? { serverName: restore.archiveServerName } : {}) },
            },
          ],
          inheritedMetadata: { labels: { ...props.inheritedLabels } },
        },
      }),
    );

    this.scheduledBackup = protectFromPrune(
      new ScheduledBackup(this, 'scheduled-backup', {
        metadata: metadata(`${props.name}-nightly`),
        spec: {
          cluster: { name: props.name },
          schedule: withSeconds(props.backup.schedule, `PostgreSQL cluster ${props.name} backup`),
          method: ScheduledBackupSpecMethod.PLUGIN,
          pluginConfiguration: { name: BARMAN_CLOUD_PLUGIN },
          // A first base backup right away, so point-in-time recovery works from day one.
          immediate: true,
          backupOwnerReference: ScheduledBackupSpecBackupOwnerReference.SELF,
        },
      }),
    );

    for (const db of props.databases) {
      this.databases.push(
        protectFromPrune(
          new Database(this, `database-${db}`, {
            metadata: metadata(`${props.name}-${dnsLabel(db)}`),
            spec: {
              name: db,
              owner: props.owner.name,
              cluster: { name: props.name },
              ensure: DatabaseSpecEnsure.PRESENT,
              // Removing the resource never drops the database.
              databaseReclaimPolicy: DatabaseSpecDatabaseReclaimPolicy.RETAIN,
            },
          }),
        ),
      );
    }
  }
}
