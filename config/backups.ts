/**
 * Stateful components whose data is not backed up, each with the reason. Every other stateful
 * component must carry a backup policy (`sizing.backup` or `backup`, written to object storage by
 * its `backup-write` identity; or `volumeSnapshots`, CSI snapshots of its claims);
 * test/cloud/backups.test.ts holds the two lists together, so a new stateful component cannot
 * arrive without a decision. README "Backups and restore" lists both.
 */
interface BackupException {
  /** `derived`: rebuilt from a source of record; `open`: data of record not yet backed up (a known gap). */
  readonly kind: 'derived' | 'open';
  readonly reason: string;
}

export const BACKUP_EXCEPTIONS: Readonly<Record<string, BackupException>> = {
  'kube-prometheus-stack': { kind: 'derived', reason: 'metrics with a retention window; alert rules and dashboards are rendered from git' },
  grafana: { kind: 'derived', reason: 'dashboards and data sources are provisioned from git; the volume holds sessions only' },
  loki: { kind: 'derived', reason: 'logs with a retention window' },
  tempo: { kind: 'derived', reason: 'traces with a retention window' },
  ollama: { kind: 'derived', reason: 'a cache of downloaded models' },
  airflow: { kind: 'derived', reason: 'the volume holds DAGs synced from git; the metadata lives in PostgreSQL (backed up)' },
  'dgraph-zero': {
    kind: 'derived',
    reason:
      "Dgraph's membership and shard map: the Alphas' nightly export (dgraph-backup) restores into a new cluster, whose Zeros start empty",
  },
  // Disabled in every environment (config/components/data-infrastructure.ts); a decision is due when it is enabled.
  starrocks: { kind: 'open', reason: 'disabled' },
};
